import type { Claims } from "../../lib/claims";
import { rowBound, SqlBound } from "../common/bounds";

/**
 * How a caller's bounds apply to the enrollment records, in one place. Employers, enrollments and
 * contributions belong to the area the employer is registered in (records are written under the
 * employer's area); a person is visible in their own area and wherever they are employed.
 * An employer bound sees that employer's records and its staff.
 */
export const bound = {
  employer: (c: Claims, t = "employer"): SqlBound => rowBound(c, { area: `${t}.areaCode`, employer: `${t}.id` }),
  person: (c: Claims, t = "person"): SqlBound =>
    rowBound(c, {
      area: { sql: `${t}.areaCode LIKE ? OR ${t}.id IN (SELECT bx.personId FROM enrollment bx JOIN employer bm ON bm.id = bx.employerId WHERE bm.areaCode LIKE ?)` },
      employer: { sql: `${t}.id IN (SELECT by2.personId FROM enrollment by2 WHERE by2.employerId = ?)` },
    }),
  /** Enrollment rows joined with their employer as `employerAlias`. */
  enrollment: (c: Claims, employerAlias: string, t = "enrollment"): SqlBound => rowBound(c, { area: `${employerAlias}.areaCode`, employer: `${t}.employerId` }),
  /** Contributions, person_year and contribution_month rows: they carry areaCode and employerId. */
  written: (c: Claims, t: string): SqlBound => rowBound(c, { area: `${t}.areaCode`, employer: `${t}.employerId` }),
};
