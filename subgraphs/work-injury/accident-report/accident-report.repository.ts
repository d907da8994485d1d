import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { placeholders } from "../../common/loader";
import { toCount } from "../../common/money";
import { allOf, cond, inYear, page, PageArgs, underArea } from "../../common/page";
import type { ReportKey } from "../../common/report";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { AccidentReport, AccidentReportStatusChange } from "./accident-report.entity";
import type { ReportRecord } from "./accident-report.rules";
import { ReportStatus, Severity } from "./status";

export type LateKind = "APPLICATION" | "INVESTIGATION" | "RECOGNITION" | "APPRAISAL";
/** For each deadline, the latest start still on time on the day asked about (deadline.rules.ts `latestOnTimeStart`). */
export interface LateCutoffs {
  minorInvestigation: string;
  seriousInvestigation: string;
  employerApplication: string;
  appraisal: string;
  appraisalExtended: string;
}

export interface ReportFigures {
  total: number;
  submitted: number;
  notRecognized: number;
  pendingRecognition: number;
  pendingInvestigation: number;
}

/** Report r's status as at a day (the `?`): the last history entry dated on or before it. */
const STATUS_AT = "(SELECT h.toStatus FROM accident_report_status h WHERE h.reportId = r.id AND h.changedOn <= ? ORDER BY h.changedOn DESC, h.id DESC LIMIT 1)";

/** The one place that reads and writes accident_report and its history (rows converted by the kit's rowMapper). */
export function accidentReportRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, AccidentReport);
  const mapChange = rowMapper(db, AccidentReportStatusChange);
  return {
    async byIds(ids: readonly number[]): Promise<AccidentReport[]> {
      const b = bound("AccidentReport", "r");
      const rows = await db.query(`SELECT r.* FROM accident_report r WHERE r.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(map);
    },
    page(filter: { areaCode?: string | null; status?: ReportStatus | null } | undefined, args: PageArgs) {
      const where = [bound("AccidentReport", "r")];
      if (filter?.areaCode) where.push(underArea("r.areaCode", filter.areaCode));
      if (filter?.status) where.push(cond("r.status = ?", filter.status));
      return page(db, { from: "accident_report r", alias: "r", where, map }, args);
    },
    /** Reports of several people (one statement), newest first; bounded like any read. */
    async ofPeople(personIds: readonly number[]): Promise<AccidentReport[]> {
      const b = bound("AccidentReport", "r");
      const rows = await db.query(`SELECT r.* FROM accident_report r WHERE r.personId IN (${placeholders(personIds.length)}) AND ${b.sql} ORDER BY r.personId, r.reportedOn DESC, r.id DESC`, [...personIds, ...b.params]);
      return rows.map(map);
    },
    /** Reports of several employers (one statement), newest first; bounded like any read. */
    async ofEmployers(employerIds: readonly number[]): Promise<AccidentReport[]> {
      const b = bound("AccidentReport", "r");
      const rows = await db.query(`SELECT r.* FROM accident_report r WHERE r.employerId IN (${placeholders(employerIds.length)}) AND ${b.sql} ORDER BY r.employerId, r.reportedOn DESC, r.id DESC`, [...employerIds, ...b.params]);
      return rows.map(map);
    },
    /** Counts of several employers' reports (one statement), within the caller's bounds. */
    async countsOfEmployers(employerIds: readonly number[]): Promise<{ employerId: number; n: number }[]> {
      const b = bound("AccidentReport", "r");
      const rows: { employerId: unknown; n: unknown }[] = await db.query(`SELECT r.employerId AS employerId, COUNT(*) AS n FROM accident_report r WHERE r.employerId IN (${placeholders(employerIds.length)}) AND ${b.sql} GROUP BY r.employerId`, [...employerIds, ...b.params]);
      return rows.map((r) => ({ employerId: Number(r.employerId), n: toCount(r.n) }));
    },
    /**
     * Cases late on `asOf` for one kind of deadline, a page of reports (keyset, bounded). The due days
     * are compared as cut-off days computed by the caller (a start before the cut-off is overdue), so the
     * SQL needs no date arithmetic and is the same on both databases.
     */
    late(kind: LateKind, asOf: string, cut: LateCutoffs, args: PageArgs) {
      const where = [bound("AccidentReport", "r"), cond("r.reportedOn <= ?", asOf)];
      if (kind === "INVESTIGATION") {
        where.push(cond(`${STATUS_AT} = '${ReportStatus.PENDING_INVESTIGATION}'`, asOf));
        where.push(cond(`((r.severity = '${Severity.MINOR}' AND r.reportedOn < ?) OR (r.severity <> '${Severity.MINOR}' AND r.reportedOn < ?))`, cut.minorInvestigation, cut.seriousInvestigation));
      } else if (kind === "APPLICATION") {
        where.push(cond("r.occurredOn < ?", cut.employerApplication));
        where.push(cond("NOT EXISTS (SELECT 1 FROM recognition_application a WHERE a.reportId = r.id AND a.appliedOn <= ?)", asOf));
        where.push(cond(`${STATUS_AT} <> '${ReportStatus.NOT_RECOGNIZED}'`, asOf));
      } else if (kind === "RECOGNITION") {
        where.push(cond("EXISTS (SELECT 1 FROM recognition_application a WHERE a.reportId = r.id AND a.acceptedOn <= ? AND a.dueBy < ? AND (a.suspendedSince IS NULL OR a.suspendedSince > ?))", asOf, asOf, asOf));
        where.push(cond("(r.decidedOn IS NULL OR r.decidedOn > ?)", asOf));
      } else {
        // An extended appraisal (extended on or before asOf) has 30 days more.
        where.push(cond("EXISTS (SELECT 1 FROM appraisal ap WHERE ap.reportId = r.id AND ap.appliedOn < CASE WHEN ap.extendedOn IS NOT NULL AND ap.extendedOn <= ? THEN ? ELSE ? END AND (ap.concludedOn IS NULL OR ap.concludedOn > ?))", asOf, cut.appraisalExtended, cut.appraisal, asOf));
      }
      return page(db, { from: "accident_report r", alias: "r", where, map }, args);
    },
    /** Histories of several reports (one statement), oldest first. */
    async historyOf(reportIds: readonly number[]): Promise<AccidentReportStatusChange[]> {
      const rows = await db.query(`SELECT h.* FROM accident_report_status h WHERE h.reportId IN (${placeholders(reportIds.length)}) ORDER BY h.reportId, h.changedOn, h.id`, [...reportIds]);
      return rows.map(mapChange);
    },
    /**
     * Reports received in the year, by their status as at 31 December: the last history entry dated
     * on or before that day (a later correction of an earlier day counts where it is dated).
     */
    async figures(key: ReportKey): Promise<ReportFigures> {
      const end = `${key.year}-12-31`;
      const b = bound("AccidentReport", "r");
      const where = [inYear("r.reportedOn", key.year), b];
      if (key.areaCode) where.push(underArea("r.areaCode", key.areaCode));
      const all = allOf(where);
      const rows: { status: string; n: unknown }[] = await db.query(
        `SELECT ${STATUS_AT} AS status, COUNT(*) AS n
         FROM accident_report r WHERE ${all.sql} GROUP BY 1`,
        [end, ...all.params],
      );
      const by = new Map(rows.map((r) => [r.status, toCount(r.n)]));
      const total = [...by.values()].reduce((a, b) => a + b, 0);
      return {
        total,
        submitted: by.get(ReportStatus.SUBMITTED) ?? 0,
        notRecognized: by.get(ReportStatus.NOT_RECOGNIZED) ?? 0,
        pendingRecognition: by.get(ReportStatus.PENDING_RECOGNITION) ?? 0,
        pendingInvestigation: by.get(ReportStatus.PENDING_INVESTIGATION) ?? 0,
      };
    },
    /** Inserts a report and its first history entry; a known report number throws a UniqueViolation. */
    async insert(tx: Tx, r: ReportRecord): Promise<number> {
      try {
        const { insertId } = await tx.run(
          `INSERT INTO accident_report (reportNumber, personId, employerId, areaCode, industry, occurredOn, reportedOn, place, description, severity, insured, status, statusOn)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [r.reportNumber, r.personId, r.employerId, r.areaCode, r.industry, r.occurredOn, r.reportedOn, r.place, r.description, r.severity, r.insured ? 1 : 0, ReportStatus.PENDING_INVESTIGATION, r.reportedOn],
        );
        await addHistory(tx, insertId, null, ReportStatus.PENDING_INVESTIGATION, r.reportedOn, false, null);
        return insertId;
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
    /** The row as it is inside the transaction, locked where the dialect can (no bound: the caller checked it first). */
    async forUpdate(tx: Tx, id: number): Promise<AccidentReport | null> {
      const lock = tx.dialect === "mysql" ? " FOR UPDATE" : "";
      const [row] = await tx.query(`SELECT * FROM accident_report WHERE id = ?${lock}`, [id]);
      return row ? map(row) : null;
    },
    /** Moves the status only if it is still `from` (the check and the move in one statement). */
    async move(tx: Tx, id: number, from: ReportStatus, to: ReportStatus, on: string, correction: boolean, reason: string | null): Promise<boolean> {
      const { changes } = await tx.run("UPDATE accident_report SET status = ?, statusOn = ? WHERE id = ? AND status = ?", [to, on, id, from]);
      if (changes !== 1) return false;
      await addHistory(tx, id, from, to, on, correction, reason);
      return true;
    },
    async decide(tx: Tx, id: number, d: { decision: string; decisionNumber: string; decisionReason: string | null; decidedOn: string }): Promise<boolean> {
      const { changes } = await tx.run(
        "UPDATE accident_report SET decision = ?, decisionNumber = ?, decisionReason = ?, decidedOn = ? WHERE id = ? AND status = ?",
        [d.decision, d.decisionNumber, d.decisionReason, d.decidedOn, id, ReportStatus.SUBMITTED],
      );
      return changes === 1;
    },
    /** Reports by number within the caller's bounds (accidentReportsByNumbers). */
    async byNumbersBounded(numbers: readonly string[]): Promise<Map<string, AccidentReport>> {
      const out = new Map<string, AccidentReport>();
      const b = bound("AccidentReport", "r");
      for (let i = 0; i < numbers.length; i += 1000) {
        const part = numbers.slice(i, i + 1000);
        for (const r of (await db.query(`SELECT r.* FROM accident_report r WHERE r.reportNumber IN (${placeholders(part.length)}) AND ${b.sql}`, [...part, ...b.params])).map(map)) out.set(r.reportNumber, r);
      }
      return out;
    },
    /** For imports: the stored reports of these numbers with their history in order (unbounded: the import is). */
    async byNumbers(tx: Tx, numbers: readonly string[]): Promise<Map<string, { report: AccidentReport; history: AccidentReportStatusChange[] }>> {
      const out = new Map<string, { report: AccidentReport; history: AccidentReportStatusChange[] }>();
      for (let i = 0; i < numbers.length; i += 1000) {
        const part = numbers.slice(i, i + 1000);
        const reports = (await tx.query(`SELECT * FROM accident_report WHERE reportNumber IN (${placeholders(part.length)})`, part)).map(map);
        if (!reports.length) continue;
        const history = (await tx.query(`SELECT * FROM accident_report_status WHERE reportId IN (${placeholders(reports.length)}) ORDER BY reportId, changedOn, id`, reports.map((r) => r.id))).map(mapChange);
        const byReport = new Map<number, AccidentReportStatusChange[]>();
        for (const h of history) byReport.set(h.reportId, [...(byReport.get(h.reportId) ?? []), h]);
        for (const r of reports) out.set(r.reportNumber, { report: r, history: byReport.get(r.id) ?? [] });
      }
      return out;
    },
    /** For imports: a report's place and description corrected in place. */
    async setText(tx: Tx, id: number, place: string, description: string): Promise<void> {
      await tx.run("UPDATE accident_report SET place = ?, description = ? WHERE id = ?", [place, description, id]);
    },
    /** Closing a report records the reason on the report as well. */
    async setReason(tx: Tx, id: number, reason: string): Promise<void> {
      await tx.run("UPDATE accident_report SET decisionReason = ? WHERE id = ?", [reason, id]);
    },
  };
}

async function addHistory(tx: Tx, reportId: number, from: ReportStatus | null, to: ReportStatus, on: string, correction: boolean, reason: string | null) {
  await tx.run("INSERT INTO accident_report_status (reportId, fromStatus, toStatus, changedOn, correction, reason) VALUES (?, ?, ?, ?, ?, ?)", [reportId, from, to, on, correction ? 1 : 0, reason]);
}

export type AccidentReportRepository = ReturnType<typeof accidentReportRepository>;
