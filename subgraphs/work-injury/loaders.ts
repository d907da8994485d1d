import type { DataSource } from "typeorm";
import type { Claims } from "../../lib/claims";
import type { EntityBound } from "../common/bounds";
import { manyLoader, oneLoader } from "../common/loader";
import type { AccidentReport, AccidentReportStatusChange } from "./accident-report/accident-report.entity";
import { accidentReportRepository } from "./accident-report/accident-report.repository";
import { trainingRepository } from "./training/training.repository";
import type { Appraisal } from "./appraisal/appraisal.entity";
import { appraisalRepository } from "./appraisal/appraisal.repository";
import type { BenefitPayment } from "./payment/payment.entity";
import { paymentRepository } from "./payment/payment.repository";
import type { QualificationCheck } from "./qualification/qualification.entity";
import { qualificationRepository } from "./qualification/qualification.repository";
import type { Investigation } from "./investigation/investigation.entity";
import { investigationRepository } from "./investigation/investigation.repository";
import type { RecognitionApplication } from "./recognition/recognition.entity";
import { recognitionRepository } from "./recognition/recognition.repository";
import { parameterRepository } from "./parameter/parameter.repository";
import { dependantRepository } from "./dependant/dependant.repository";
import { ownWageRepository } from "./own-wage/own-wage.repository";
import type { Dependant } from "./dependant/dependant.entity";

/** Per-request loaders over the repositories; every read by id (entity references too) goes through them. */
export function workInjuryLoaders(db: DataSource, _claims: Claims, bound: EntityBound) {
  const repo = { report: accidentReportRepository(db, bound), training: trainingRepository(db, bound), appraisal: appraisalRepository(db, bound), payment: paymentRepository(db, bound), qualification: qualificationRepository(db, bound), recognition: recognitionRepository(db, bound), investigation: investigationRepository(db, bound), parameter: parameterRepository(db), dependant: dependantRepository(db, bound), ownWage: ownWageRepository(db) };
  return {
    repo,
    report: oneLoader<number, AccidentReport>((ids) => repo.report.byIds(ids), (r) => r.id),
    // History is read only under a report the caller already sees (its bound was applied there).
    appraisal: oneLoader<number, Appraisal>((ids) => repo.appraisal.byIds(ids), (a) => a.id),
    reportAppraisals: manyLoader<number, Appraisal>((ids) => repo.appraisal.ofReports(ids), (a) => a.reportId),
    payment: oneLoader<number, BenefitPayment>((ids) => repo.payment.byIds(ids), (p) => p.id),
    reportPayments: manyLoader<number, BenefitPayment>((ids) => repo.payment.ofReports(ids), (p) => p.reportId),
    reportDependants: manyLoader<number, Dependant>((ids) => repo.dependant.ofReports(ids), (d) => d.reportId),
    reportQualifications: manyLoader<number, QualificationCheck>((ids) => repo.qualification.ofReports(ids), (q) => q.reportId),
    reportsOfPerson: manyLoader<number, AccidentReport>((ids) => repo.report.ofPeople(ids), (r) => r.personId),
    reportsOfEmployer: manyLoader<number, AccidentReport>((ids) => repo.report.ofEmployers(ids), (r) => r.employerId),
    reportCountOfEmployer: oneLoader<number, { employerId: number; n: number }>((ids) => repo.report.countsOfEmployers(ids), (c) => c.employerId),
    reportRecognition: oneLoader<number, RecognitionApplication>((ids) => repo.recognition.ofReports(ids), (a) => a.reportId),
    reportInvestigations: manyLoader<number, Investigation>((ids) => repo.investigation.ofReports(ids), (i) => i.reportId),
    history: manyLoader<number, AccidentReportStatusChange>((ids) => repo.report.historyOf(ids), (h) => h.reportId),
  };
}

export type WorkInjuryLoaders = ReturnType<typeof workInjuryLoaders>;
