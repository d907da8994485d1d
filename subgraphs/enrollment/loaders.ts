import type { DataSource } from "typeorm";
import type { Claims } from "../../lib/claims";
import type { EntityBound } from "../common/bounds";
import { manyLoader, oneLoader } from "../common/loader";
import type { Area } from "./area/area.entity";
import { areaRepository } from "./area/area.repository";
import { contributionRepository } from "./contribution/contribution.repository";
import type { Employer } from "./employer/employer.entity";
import { employerRepository } from "./employer/employer.repository";
import type { Enrollment } from "./enrollment/enrollment.entity";
import { enrollmentRepository } from "./enrollment/enrollment.repository";
import { rateRepository } from "./parameter/rate.repository";
import type { Person } from "./person/person.entity";
import { personRepository } from "./person/person.repository";
import { statisticsRepository } from "./statistics/statistics.repository";

/**
 * Per-request loaders of the enrollment subgraph, over the entity repositories. Every read by id,
 * including entity references from other subgraphs, goes through these; the repositories apply the
 * bounds declared in bounds.ts: a record outside them loads as null (or is left out of a list),
 * exactly like one that does not exist.
 */
export function enrollmentLoaders(db: DataSource, _claims: Claims, bound: EntityBound) {
  const repo = {
    area: areaRepository(db, bound),
    employer: employerRepository(db, bound),
    person: personRepository(db, bound),
    enrollment: enrollmentRepository(db, bound),
    contribution: contributionRepository(db, bound),
    rate: rateRepository(db, bound),
    statistics: statisticsRepository(db, bound),
  };
  return {
    repo,
    employer: oneLoader<number, Employer>((ids) => repo.employer.byIds(ids), (r) => r.id),
    person: oneLoader<number, Person>((ids) => repo.person.byIds(ids), (r) => r.id),
    enrollment: oneLoader<number, Enrollment>((ids) => repo.enrollment.byIds(ids), (r) => r.id),
    area: oneLoader<string, Area>((codes) => repo.area.byCodes(codes), (r) => r.code),
    enrollmentsOfPerson: manyLoader<number, Enrollment>((ids) => repo.enrollment.ofPeople(ids), (r) => r.personId),
    activeEnrollmentsOfEmployer: manyLoader<number, Enrollment>((ids) => repo.enrollment.activeOfEmployers(ids), (r) => r.employerId),
  };
}

export type EnrollmentLoaders = ReturnType<typeof enrollmentLoaders>;
