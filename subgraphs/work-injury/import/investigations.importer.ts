import { UNBOUNDED } from "../../common/bounds";
import { isIsoDate, todayInChina } from "../../common/dates";
import type { CellParser, Importer, IndexedError, WriteContext } from "../../common/import/importer";
import { cells } from "../../common/import/cells";
import type { Tx } from "../../common/tx";
import { accidentReportRepository } from "../accident-report/accident-report.repository";
import { MOVES, ReportStatus } from "../accident-report/status";
import { IntervieweeRole, InterviewRecord, RecordingKind, RecordingRecord } from "../investigation/investigation.entity";
import { investigationRepository } from "../investigation/investigation.repository";
import { checkInvestigation, InvestigationRecord, metStandard } from "../investigation/investigation.rules";
import { investigationDue } from "../late-case/deadline.rules";
import { firstOfKey } from "../../common/import/first-of-key";
import { deadlineDays, reportsNamed } from "./cases";

export interface InvestigationRow {
  reportNumber: string;
  investigator: string;
  siteVisitOn: string | null;
  completedOn: string;
  interviews: InterviewRecord[];
  recordings: RecordingRecord[];
}

/** A list cell: `KIND:YYYY-MM-DD:count` items separated by `;` (e.g. `WORKER:2025-03-03:4;WITNESS:2025-03-04:2`). */
function listOf<T>(kinds: readonly string[], make: (kind: string, takenOn: string, count: number) => T): CellParser {
  return (c) => {
    if (!c) return { ok: true, value: [] };
    const items: T[] = [];
    for (const part of c.split(";").map((x) => x.trim()).filter(Boolean)) {
      const m = /^([A-Za-z]+):(\d{4}-\d{2}-\d{2}):(\d+)$/.exec(part);
      if (!m || !kinds.includes(m[1].toUpperCase()) || !isIsoDate(m[2])) {
        return { ok: false, rule: "investigation.list-format", message: `Items are KIND:YYYY-MM-DD:count separated by ";", KIND one of ${kinds.join(", ")}; "${part}" is not.` };
      }
      items.push(make(m[1].toUpperCase(), m[2], Number(m[3])));
    }
    return { ok: true, value: items };
  };
}

/**
 * Investigations, one per report, with the mutation's rules. For a report still PENDING_INVESTIGATION
 * the import makes the move to PENDING_RECOGNITION on `completedOn`, as recordInvestigation does; for a
 * report moved already (accident-reports.csv's `investigatedOn`) the investigation is attached when its
 * completion is that move's day (`investigation.day-differs` otherwise). A known investigation is never
 * rewritten (`investigation.differs`).
 */
async function writeInvestigations(tx: Tx, rows: InvestigationRow[], { db, config }: WriteContext): Promise<IndexedError[]> {
  const days = deadlineDays(config, "investigations.csv");
  const errors: IndexedError[] = [];
  const reportsRepo = accidentReportRepository(db, () => UNBOUNDED);
  const reports = await reportsNamed(tx, db, rows);
  const repo = investigationRepository(db, () => UNBOUNDED);
  const stored = await repo.ofReportsInTx(tx, [...reports.values()].map((r) => r.report.id));
  const first = firstOfKey(errors, "reportNumber");
  const today = todayInChina();
  for (const [index, r] of rows.entries()) {
    const number = r.reportNumber.toUpperCase();
    if (!first(index, number)) continue;
    const found = reports.get(number);
    if (!found) { errors.push({ index, field: "reportNumber", rule: "report.unknown", message: "No accident report with this number is in the hub (import accident-reports.csv first)." }); continue; }
    const { report, history } = found;
    const record: InvestigationRecord = { investigator: r.investigator, siteVisitOn: r.siteVisitOn, completedOn: r.completedOn, interviews: r.interviews, recordings: r.recordings };
    const known = stored.get(report.id);
    if (known) {
      const same = known.investigator === record.investigator && known.siteVisitOn === record.siteVisitOn && known.completedOn === record.completedOn
        && known.interviewsJson === JSON.stringify(record.interviews) && known.recordingsJson === JSON.stringify(record.recordings);
      if (!same) errors.push({ index, field: "reportNumber", rule: "investigation.differs", message: `The hub holds another investigation of ${number}; it is not rewritten by a file.` });
      continue;
    }
    const moved = history.find((h) => h.toStatus === ReportStatus.PENDING_RECOGNITION && !h.correction);
    const received = history.find((h) => h.toStatus === ReportStatus.PENDING_INVESTIGATION)!;
    const broken = checkInvestigation(record, { ...report, statusOn: received.changedOn }, today);
    if (broken.length) { errors.push(...broken.map((e) => ({ ...e, index }))); continue; }
    if (moved && moved.changedOn !== record.completedOn) {
      errors.push({ index, field: "completedOn", rule: "investigation.day-differs", message: `The report was moved to PENDING_RECOGNITION on ${moved.changedOn}: its investigation was completed that day.` });
      continue;
    }
    if (!moved) {
      if (report.status !== MOVES.investigate.from) { errors.push({ index, field: "reportNumber", rule: "report.status", message: `The report is ${report.status}: it cannot be investigated.` }); continue; }
      await reportsRepo.move(tx, report.id, MOVES.investigate.from, MOVES.investigate.to, record.completedOn, false, null);
    }
    const dueBy = investigationDue(report.reportedOn, report.severity, days);
    await repo.insert(tx, report.id, report, record, dueBy, metStandard(record, report.severity, dueBy));
  }
  return errors;
}

export const investigationsImporter: Importer<InvestigationRow> = {
  file: "investigations.csv", order: 101,
  description: "Investigations (工伤调查), one per report; interviews and recordings as KIND:day:count lists",
  columns: {
    reportNumber: cells.text, investigator: cells.text, siteVisitOn: cells.optionalDate, completedOn: cells.date,
    interviews: listOf(Object.values(IntervieweeRole), (role, takenOn, pages) => ({ role: role as IntervieweeRole, takenOn, pages })),
    recordings: listOf(Object.values(RecordingKind), (kind, takenOn, items) => ({ kind: kind as RecordingKind, takenOn, items })),
  },
  check: () => [],
  write: writeInvestigations,
};
