import type { DataSource } from "typeorm";
import type { Claims } from "../../lib/claims";
import { areaBound } from "../common/bounds";
import { manyLoader, oneLoader, placeholders } from "../common/loader";
import type { Area } from "./area/area.entity";
import type { Employer } from "./employer/employer.entity";
import type { Enrollment } from "./enrollment/enrollment.entity";
import type { Person } from "./person/person.entity";

/**
 * Per-request loaders of the enrollment subgraph. Every read by id, including entity references
 * from other subgraphs, goes through these, and all of them apply the caller's area bound: a record
 * outside it loads as null, exactly like one that does not exist.
 */
export function enrollmentLoaders(db: DataSource, claims: Claims) {
  const bounded = (table: string, column = "areaCode") => {
    const b = areaBound(claims, `${table}.${column}`);
    return { where: b.sql, params: b.params };
  };
  const byIds = <T>(table: string, extra = "") => async (ids: readonly (number | string)[]) => {
    const b = bounded(table);
    return db.query(`SELECT * FROM ${table} WHERE id IN (${placeholders(ids.length)}) AND ${b.where}${extra}`, [...ids, ...b.params]) as Promise<T[]>;
  };
  return {
    employer: oneLoader<number, Employer>(byIds<Employer>("employer"), (r) => r.id),
    person: oneLoader<number, Person>(byIds<Person>("person"), (r) => r.id),
    enrollment: oneLoader<number, Enrollment>(async (ids) => {
      const b = bounded("p");
      return db.query(
        `SELECT e.* FROM enrollment e JOIN person p ON p.id = e.personId WHERE e.id IN (${placeholders(ids.length)}) AND ${b.where}`,
        [...ids, ...b.params],
      );
    }, (r) => r.id),
    area: oneLoader<string, Area>((codes) => db.query(`SELECT * FROM area WHERE code IN (${placeholders(codes.length)})`, [...codes]), (r) => r.code),
    enrollmentsOfPerson: manyLoader<number, Enrollment>(
      (ids) => db.query(`SELECT * FROM enrollment WHERE personId IN (${placeholders(ids.length)}) ORDER BY startDate, id`, [...ids]),
      (r) => r.personId,
    ),
    /** Active enrollments of employers; their people are bounded when loaded. */
    activeEnrollmentsOfEmployer: manyLoader<number, Enrollment>(
      (ids) => db.query(`SELECT * FROM enrollment WHERE employerId IN (${placeholders(ids.length)}) AND status = 'ACTIVE' ORDER BY id`, [...ids]),
      (r) => r.employerId,
    ),
  };
}

export type EnrollmentLoaders = ReturnType<typeof enrollmentLoaders>;
