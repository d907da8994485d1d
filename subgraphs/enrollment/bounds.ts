import { aggregate, BoundRules, reference, rows, SubgraphBounds } from "../common/bounds";

/**
 * How a caller's bounds apply to the enrollment records, declared once (DESIGN §7); repositories and
 * loaders get their SQL from here through `Context.bound`. Employers, enrollments and contributions
 * belong to the area the employer is registered in (records are written under the employer's area); a
 * person is visible in their own area and wherever they are employed. An employer bound sees that
 * employer's records and its staff. The subgraph applies no institution bound: a caller bounded to an
 * institution sees nothing here.
 */
const written = (t: string): BoundRules => ({ area: `${t}.areaCode`, employer: `${t}.employerId` });

const AREAS = "administrative divisions are public reference data (行政区划), the same for every caller";

export const enrollmentBounds: SubgraphBounds = {
  entities: {
    Employer: (t) => ({ area: `${t}.areaCode`, employer: `${t}.id` }),
    Person: (t) => ({
      area: { sql: `${t}.areaCode LIKE ? OR ${t}.id IN (SELECT bx.personId FROM enrollment bx JOIN employer bm ON bm.id = bx.employerId WHERE bm.areaCode LIKE ?)` },
      employer: { sql: `${t}.id IN (SELECT by2.personId FROM enrollment by2 WHERE by2.employerId = ?)` },
    }),
    // By the employer's area: a lookup by primary key per row, on SQLite and MySQL alike.
    Enrollment: (t) => ({ area: { sql: `EXISTS (SELECT 1 FROM employer bm WHERE bm.id = ${t}.employerId AND bm.areaCode LIKE ?)` }, employer: `${t}.employerId` }),
    Contribution: written,
    PersonYear: written,
    PersonAreaYear: written,
    ContributionMonth: written,
    Area: { reference: AREAS },
    RateParameter: { reference: "contribution rates are published parameters (缴费费率), the same for every caller" },
  },
  queries: {
    area: reference(AREAS),
    areas: reference(AREAS),
    contributionRates: reference("contribution rates are published parameters (缴费费率)"),
    employer: rows,
    employerByCreditCode: rows,
    employers: rows,
    person: rows,
    personByIdNumber: rows,
    peopleByIdNumbers: rows,
    employersByCreditCodes: rows,
    people: rows,
    enrollment: rows,
    enrollments: rows,
    contributions: rows,
    zombieEmployers: rows,
    insuredStatistics: aggregate,
  },
  references: { Person: rows, Employer: rows },
};
