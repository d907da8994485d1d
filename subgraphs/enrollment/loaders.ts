import type { DataSource } from "typeorm";
import type { Claims } from "../../lib/claims";
import { manyLoader, oneLoader, placeholders } from "../common/loader";
import type { Area } from "./area/area.entity";
import { bound } from "./bounds";
import type { Employer } from "./employer/employer.entity";
import type { Enrollment } from "./enrollment/enrollment.entity";
import type { Person } from "./person/person.entity";

/**
 * Per-request loaders of the enrollment subgraph. Every read by id, including entity references
 * from other subgraphs, goes through these, and all of them apply the caller's bounds: a record
 * outside them loads as null (or is left out of a list), exactly like one that does not exist.
 */
export function enrollmentLoaders(db: DataSource, claims: Claims) {
  const employerB = bound.employer(claims, "employer");
  const personB = bound.person(claims, "person");
  const enrollmentB = bound.enrollment(claims, "m", "e");
  const enrollments = (column: "personId" | "employerId", extra: string) => (ids: readonly number[]) =>
    db.query(
      `SELECT e.* FROM enrollment e JOIN employer m ON m.id = e.employerId WHERE e.${column} IN (${placeholders(ids.length)})${extra} AND ${enrollmentB.sql} ORDER BY e.id`,
      [...ids, ...enrollmentB.params],
    ) as Promise<Enrollment[]>;
  return {
    employer: oneLoader<number, Employer>(
      (ids) => db.query(`SELECT * FROM employer WHERE id IN (${placeholders(ids.length)}) AND ${employerB.sql}`, [...ids, ...employerB.params]),
      (r) => r.id,
    ),
    person: oneLoader<number, Person>(
      (ids) => db.query(`SELECT * FROM person WHERE id IN (${placeholders(ids.length)}) AND ${personB.sql}`, [...ids, ...personB.params]),
      (r) => r.id,
    ),
    enrollment: oneLoader<number, Enrollment>(
      (ids) => db.query(`SELECT e.* FROM enrollment e JOIN employer m ON m.id = e.employerId WHERE e.id IN (${placeholders(ids.length)}) AND ${enrollmentB.sql}`, [...ids, ...enrollmentB.params]),
      (r) => r.id,
    ),
    area: oneLoader<string, Area>((codes) => db.query(`SELECT * FROM area WHERE code IN (${placeholders(codes.length)})`, [...codes]), (r) => r.code),
    enrollmentsOfPerson: manyLoader<number, Enrollment>(enrollments("personId", ""), (r) => r.personId),
    activeEnrollmentsOfEmployer: manyLoader<number, Enrollment>(enrollments("employerId", " AND e.status = 'ACTIVE'"), (r) => r.employerId),
  };
}

export type EnrollmentLoaders = ReturnType<typeof enrollmentLoaders>;
