import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { placeholders } from "../../common/loader";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import type { CaseCopy } from "../accident-report/accident-report.entity";
import { QualificationCheck } from "./qualification.entity";

/** The one place that reads and writes qualification_check. */
export function qualificationRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, QualificationCheck);
  return {
    async byIds(ids: readonly number[]): Promise<QualificationCheck[]> {
      const b = bound("QualificationCheck", "q");
      const rows = await db.query(`SELECT q.* FROM qualification_check q WHERE q.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(map);
    },
    /** Checks of several reports (one statement), by year; bounded like any read. */
    async ofReports(reportIds: readonly number[]): Promise<QualificationCheck[]> {
      const b = bound("QualificationCheck", "q");
      const rows = await db.query(`SELECT q.* FROM qualification_check q WHERE q.reportId IN (${placeholders(reportIds.length)}) AND ${b.sql} ORDER BY q.reportId, q.year`, [...reportIds, ...b.params]);
      return rows.map(map);
    },
    /** The years a case's beneficiary has passed (read in the paying transaction). */
    async yearsOf(tx: Tx, reportId: number): Promise<Set<number>> {
      const rows = await tx.query<{ year: unknown }>("SELECT year FROM qualification_check WHERE reportId = ?", [reportId]);
      return new Set(rows.map((r) => Number(r.year)));
    },
    /** For imports: the day of a case's check of a year, or null. */
    async checkedOn(tx: Tx, reportId: number, year: number): Promise<string | null> {
      const [row] = await tx.query<{ checkedOn: string }>("SELECT checkedOn FROM qualification_check WHERE reportId = ? AND year = ?", [reportId, year]);
      return row?.checkedOn ?? null;
    },
    /** For imports: a check's day corrected in place. */
    async setCheckedOn(tx: Tx, reportId: number, year: number, checkedOn: string): Promise<void> {
      await tx.run("UPDATE qualification_check SET checkedOn = ? WHERE reportId = ? AND year = ?", [checkedOn, reportId, year]);
    },
    /** A second check of the same case and year throws a UniqueViolation. */
    async insert(tx: Tx, q: { reportId: number; year: number; checkedOn: string }, c: CaseCopy): Promise<number> {
      try {
        const { insertId } = await tx.run(
          "INSERT INTO qualification_check (reportId, personId, employerId, areaCode, year, checkedOn) VALUES (?, ?, ?, ?, ?, ?)",
          [q.reportId, c.personId, c.employerId, c.areaCode, q.year, q.checkedOn],
        );
        return insertId;
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
  };
}
