import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { placeholders } from "../../common/loader";
import { toCount } from "../../common/money";
import { allOf, cond, inYear, page, PageArgs, underArea } from "../../common/page";
import type { ReportKey } from "../../common/report";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { Appraisal, AppraisalStatus } from "./appraisal.entity";
import type { ConclusionRecord } from "./appraisal.rules";

export interface AppraisalFigures {
  applications: number;
  completed: number;
  grade1to4: number;
  grade5to6: number;
  grade7to10: number;
  ungraded: number;
}

export interface ApplicationRecord {
  applicationNumber: string;
  reportId: number;
  personId: number;
  employerId: number;
  areaCode: string;
  appliedOn: string;
}

/** The one place that reads and writes appraisal. */
export function appraisalRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, Appraisal);
  return {
    async byIds(ids: readonly number[]): Promise<Appraisal[]> {
      const b = bound("Appraisal", "a");
      const rows = await db.query(`SELECT a.* FROM appraisal a WHERE a.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(map);
    },
    /** Appraisals of several reports (one statement), oldest first; bounded like any read. */
    async ofReports(reportIds: readonly number[]): Promise<Appraisal[]> {
      const b = bound("Appraisal", "a");
      const rows = await db.query(`SELECT a.* FROM appraisal a WHERE a.reportId IN (${placeholders(reportIds.length)}) AND ${b.sql} ORDER BY a.reportId, a.appliedOn, a.id`, [...reportIds, ...b.params]);
      return rows.map(map);
    },
    page(filter: { areaCode?: string | null; year?: number | null } | undefined, args: PageArgs) {
      const where = [bound("Appraisal", "a")];
      if (filter?.areaCode) where.push(underArea("a.areaCode", filter.areaCode));
      if (filter?.year) where.push(inYear("a.appliedOn", filter.year));
      return page(db, { from: "appraisal a", alias: "a", where, map }, args);
    },
    /**
     * The year's applications and, of them, those concluded by 31 December by grade band. A
     * conclusion dated after the year end leaves the application pending in that year's figures.
     */
    async figures(key: ReportKey): Promise<AppraisalFigures> {
      const end = `${key.year}-12-31`;
      const where = [cond("a.appliedOn >= ? AND a.appliedOn <= ?", `${key.year}-01-01`, end), bound("Appraisal", "a")];
      if (key.areaCode) where.push(underArea("a.areaCode", key.areaCode));
      const done = `a.status = '${AppraisalStatus.CONCLUDED}' AND a.concludedOn <= ?`;
      const all = allOf(where);
      const [row] = await db.query(
        `SELECT COUNT(*) AS applications,
           COALESCE(SUM(CASE WHEN ${done} THEN 1 ELSE 0 END), 0) AS completed,
           COALESCE(SUM(CASE WHEN ${done} AND a.grade BETWEEN 1 AND 4 THEN 1 ELSE 0 END), 0) AS g14,
           COALESCE(SUM(CASE WHEN ${done} AND a.grade BETWEEN 5 AND 6 THEN 1 ELSE 0 END), 0) AS g56,
           COALESCE(SUM(CASE WHEN ${done} AND a.grade BETWEEN 7 AND 10 THEN 1 ELSE 0 END), 0) AS g710,
           COALESCE(SUM(CASE WHEN ${done} AND a.grade IS NULL THEN 1 ELSE 0 END), 0) AS ungraded
         FROM appraisal a WHERE ${all.sql}`,
        [end, end, end, end, end, ...all.params],
      );
      return { applications: toCount(row.applications), completed: toCount(row.completed), grade1to4: toCount(row.g14), grade5to6: toCount(row.g56), grade7to10: toCount(row.g710), ungraded: toCount(row.ungraded) };
    },
    /** A known application number throws a UniqueViolation. */
    async insert(tx: Tx, a: ApplicationRecord): Promise<number> {
      try {
        const { insertId } = await tx.run(
          "INSERT INTO appraisal (applicationNumber, reportId, personId, employerId, areaCode, appliedOn, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
          [a.applicationNumber, a.reportId, a.personId, a.employerId, a.areaCode, a.appliedOn, AppraisalStatus.APPLIED],
        );
        return insertId;
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
    /** For imports: the stored appraisals of these application numbers (unbounded: the import is). */
    async byNumbers(tx: Tx, numbers: readonly string[]): Promise<Map<string, Appraisal>> {
      const out = new Map<string, Appraisal>();
      for (let i = 0; i < numbers.length; i += 1000) {
        const part = numbers.slice(i, i + 1000);
        for (const a of (await tx.query(`SELECT * FROM appraisal WHERE applicationNumber IN (${placeholders(part.length)})`, part)).map(map)) out.set(a.applicationNumber, a);
      }
      return out;
    },
    /** Extends an APPLIED appraisal not extended yet (the check and the write in one statement); false otherwise. */
    async extend(tx: Tx, id: number, on: string, reason: string): Promise<boolean> {
      const { changes } = await tx.run("UPDATE appraisal SET extendedOn = ?, extensionReason = ? WHERE id = ? AND status = ? AND extendedOn IS NULL", [on, reason, id, AppraisalStatus.APPLIED]);
      return changes === 1;
    },
    /** Concludes only an APPLIED appraisal (the check and the write in one statement); false otherwise. */
    async conclude(tx: Tx, id: number, c: ConclusionRecord): Promise<boolean> {
      const { changes } = await tx.run(
        "UPDATE appraisal SET status = ?, concludedOn = ?, conclusionNumber = ?, grade = ?, careLevel = ? WHERE id = ? AND status = ?",
        [AppraisalStatus.CONCLUDED, c.concludedOn, c.conclusionNumber, c.grade, c.careLevel, id, AppraisalStatus.APPLIED],
      );
      return changes === 1;
    },
  };
}
