import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { placeholders } from "../../common/loader";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { Investigation } from "./investigation.entity";
import type { InvestigationRecord } from "./investigation.rules";

/** The one place that reads and writes investigation. */
export function investigationRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, Investigation);
  return {
    async byIds(ids: readonly number[]): Promise<Investigation[]> {
      const b = bound("Investigation", "i");
      const rows = await db.query(`SELECT i.* FROM investigation i WHERE i.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(map);
    },
    /** Investigations of several reports (one statement), oldest first: a corrected report may be investigated again. */
    async ofReports(reportIds: readonly number[]): Promise<Investigation[]> {
      const b = bound("Investigation", "i");
      const rows = await db.query(`SELECT i.* FROM investigation i WHERE i.reportId IN (${placeholders(reportIds.length)}) AND ${b.sql} ORDER BY i.reportId, i.completedOn, i.id`, [...reportIds, ...b.params]);
      return rows.map(map);
    },
    /** For imports: the investigations of these reports (unbounded: the import is). */
    async ofReportsInTx(tx: Tx, reportIds: readonly number[]): Promise<Map<number, Investigation>> {
      const out = new Map<number, Investigation>();
      for (let i = 0; i < reportIds.length; i += 1000) {
        const part = reportIds.slice(i, i + 1000);
        for (const x of (await tx.query(`SELECT * FROM investigation WHERE reportId IN (${placeholders(part.length)})`, part)).map(map)) out.set(x.reportId, x);
      }
      return out;
    },
    async insert(tx: Tx, reportId: number, c: { employerId: number; areaCode: string }, r: InvestigationRecord, dueBy: string, onTime: boolean): Promise<number> {
      const { insertId } = await tx.run(
        "INSERT INTO investigation (reportId, employerId, areaCode, investigator, siteVisitOn, completedOn, dueBy, onTime, interviewsJson, recordingsJson) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [reportId, c.employerId, c.areaCode, r.investigator, r.siteVisitOn, r.completedOn, dueBy, onTime ? 1 : 0, JSON.stringify(r.interviews), JSON.stringify(r.recordings)],
      );
      return insertId;
    },
  };
}
