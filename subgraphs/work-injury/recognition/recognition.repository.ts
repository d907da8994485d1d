import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { placeholders } from "../../common/loader";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import type { CaseCopy } from "../accident-report/accident-report.entity";
import { RecognitionApplication } from "./recognition.entity";

export type ApplicationRecord = Pick<RecognitionApplication, "reportId" | "applicant" | "appliedOn" | "applicationDueBy" | "filedLate">;

/** The one place that reads and writes recognition_application; each state change is one conditional UPDATE. */
export function recognitionRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, RecognitionApplication);
  return {
    async byIds(ids: readonly number[]): Promise<RecognitionApplication[]> {
      const b = bound("RecognitionApplication", "a");
      const rows = await db.query(`SELECT a.* FROM recognition_application a WHERE a.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(map);
    },
    async ofReports(reportIds: readonly number[]): Promise<RecognitionApplication[]> {
      const b = bound("RecognitionApplication", "a");
      const rows = await db.query(`SELECT a.* FROM recognition_application a WHERE a.reportId IN (${placeholders(reportIds.length)}) AND ${b.sql}`, [...reportIds, ...b.params]);
      return rows.map(map);
    },
    /** For imports: the applications of these reports (unbounded: the import is). */
    async ofReportsInTx(tx: Tx, reportIds: readonly number[]): Promise<Map<number, RecognitionApplication>> {
      const out = new Map<number, RecognitionApplication>();
      for (let i = 0; i < reportIds.length; i += 1000) {
        const part = reportIds.slice(i, i + 1000);
        for (const a of (await tx.query(`SELECT * FROM recognition_application WHERE reportId IN (${placeholders(part.length)})`, part)).map(map)) out.set(a.reportId, a);
      }
      return out;
    },
    /** A second application for a report throws a UniqueViolation. */
    async insert(tx: Tx, a: ApplicationRecord, c: CaseCopy): Promise<number> {
      try {
        const { insertId } = await tx.run(
          "INSERT INTO recognition_application (reportId, personId, employerId, areaCode, applicant, appliedOn, applicationDueBy, filedLate, acceptedOn, clearFacts, suspendedSince, suspendedDays, dueBy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, 0, NULL)",
          [a.reportId, c.personId, c.employerId, c.areaCode, a.applicant, a.appliedOn, a.applicationDueBy, a.filedLate ? 1 : 0, 0],
        );
        return insertId;
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
    /** Accepts an application not accepted yet; false otherwise. */
    async accept(tx: Tx, id: number, acceptedOn: string, clearFacts: boolean, dueBy: string): Promise<boolean> {
      const { changes } = await tx.run("UPDATE recognition_application SET acceptedOn = ?, clearFacts = ?, dueBy = ? WHERE id = ? AND acceptedOn IS NULL", [acceptedOn, clearFacts ? 1 : 0, dueBy, id]);
      return changes === 1;
    },
    /** Pauses a running clock; false when it is paused already. */
    async suspend(tx: Tx, id: number, on: string): Promise<boolean> {
      const { changes } = await tx.run("UPDATE recognition_application SET suspendedSince = ? WHERE id = ? AND acceptedOn IS NOT NULL AND suspendedSince IS NULL", [on, id]);
      return changes === 1;
    },
    /** Ends the suspension that began on `since`, adding its days; false when it is not that suspension. */
    async resume(tx: Tx, id: number, since: string, suspendedDays: number, dueBy: string): Promise<boolean> {
      const { changes } = await tx.run("UPDATE recognition_application SET suspendedSince = NULL, suspendedDays = ?, dueBy = ? WHERE id = ? AND suspendedSince = ?", [suspendedDays, dueBy, id, since]);
      return changes === 1;
    },
  };
}
