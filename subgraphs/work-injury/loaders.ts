import type { DataSource } from "typeorm";
import type { Claims } from "../../lib/claims";
import type { EntityBound } from "../common/bounds";
import { manyLoader, oneLoader } from "../common/loader";
import type { AccidentReport, AccidentReportStatusChange } from "./accident-report/accident-report.entity";
import { accidentReportRepository } from "./accident-report/accident-report.repository";

/** Per-request loaders over the repositories; every read by id (entity references too) goes through them. */
export function workInjuryLoaders(db: DataSource, _claims: Claims, bound: EntityBound) {
  const repo = { report: accidentReportRepository(db, bound) };
  return {
    repo,
    report: oneLoader<number, AccidentReport>((ids) => repo.report.byIds(ids), (r) => r.id),
    // History is read only under a report the caller already sees (its bound was applied there).
    history: manyLoader<number, AccidentReportStatusChange>((ids) => repo.report.historyOf(ids), (h) => h.reportId),
  };
}

export type WorkInjuryLoaders = ReturnType<typeof workInjuryLoaders>;
