import type { DataSource } from "typeorm";
import type { Claims } from "../../lib/claims";
import type { EntityBound } from "../common/bounds";
import { manyLoader, oneLoader } from "../common/loader";
import { findingRepository } from "./finding/finding.repository";
import type { Finding } from "./finding/finding.entity";
import { inpatientCaseRepository } from "./inpatient-case/inpatient-case.repository";
import type { InpatientCase } from "./inpatient-case/inpatient-case.entity";
import { inspectionRepository } from "./inspection/inspection.repository";
import type { Inspection, InspectionCheck } from "./inspection/inspection.entity";
import { institutionRepository } from "./institution/institution.repository";
import type { MedicalInstitution } from "./institution/institution.entity";
import { settlementRepository } from "./settlement/settlement.repository";
import type { Settlement } from "./settlement/settlement.entity";

/** Per-request repositories and DataLoaders: every read by id (entity references too) goes through them. */
export function medicalLoaders(db: DataSource, _claims: Claims, bound: EntityBound) {
  const repo = {
    institution: institutionRepository(db, bound),
    inpatientCase: inpatientCaseRepository(db, bound),
    inspection: inspectionRepository(db, bound),
    finding: findingRepository(db, bound),
    settlement: settlementRepository(db, bound),
  };
  return {
    repo,
    institution: oneLoader<number, MedicalInstitution>((ids) => repo.institution.byIds(ids), (r) => r.id),
    inpatientCase: oneLoader<number, InpatientCase>((ids) => repo.inpatientCase.byIds(ids), (r) => r.id),
    casesOfPerson: manyLoader<number, InpatientCase>((ids) => repo.inpatientCase.byPersonIds(ids), (r) => r.personId as number),
    casesOfReport: manyLoader<number, InpatientCase>((ids) => repo.inpatientCase.byAccidentReportIds(ids), (r) => r.accidentReportId as number),
    inspection: oneLoader<number, Inspection>((ids) => repo.inspection.byIds(ids), (r) => r.id),
    checksOf: manyLoader<number, InspectionCheck>((ids) => repo.inspection.checksOf(ids), (r) => r.inspectionId),
    finding: oneLoader<number, Finding>((ids) => repo.finding.byIds(ids), (r) => r.id),
    findingsOf: manyLoader<number, Finding>((ids) => repo.finding.bySettlementIds(ids), (r) => r.settlementId as number),
    settlement: oneLoader<number, Settlement>((ids) => repo.settlement.byIds(ids), (r) => r.id),
  };
}

export type MedicalLoaders = ReturnType<typeof medicalLoaders>;
