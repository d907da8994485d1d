import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { placeholders } from "../../common/loader";
import { cond, page, PageArgs } from "../../common/page";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import type { CaseCopy } from "../accident-report/accident-report.entity";
import { Dependant } from "./dependant.entity";
import type { DependantRecord } from "./dependant.rules";

/** The one place that reads and writes dependant. */
export function dependantRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, Dependant);
  return {
    /** Dependants within the caller's bounds, optionally those eligible on a day, in id order. */
    page(eligibleOn: string | null, args: PageArgs) {
      const where = [bound("Dependant", "d")];
      if (eligibleOn) where.push(cond("d.eligibleFrom <= ? AND (d.eligibleUntil IS NULL OR d.eligibleUntil >= ?)", eligibleOn, eligibleOn));
      return page(db, { from: "dependant d", alias: "d", where, map }, args);
    },
    async ofReports(reportIds: readonly number[]): Promise<Dependant[]> {
      const b = bound("Dependant", "d");
      const rows = await db.query(`SELECT d.* FROM dependant d WHERE d.reportId IN (${placeholders(reportIds.length)}) AND ${b.sql} ORDER BY d.reportId, d.id`, [...reportIds, ...b.params]);
      return rows.map(map);
    },
    /** A second record of the same person for the same case throws a UniqueViolation. */
    async insert(tx: Tx, reportId: number, d: DependantRecord, c: Pick<CaseCopy, "employerId" | "areaCode">): Promise<number> {
      try {
        const { insertId } = await tx.run(
          "INSERT INTO dependant (reportId, employerId, areaCode, name, idNumber, relation, orphanOrLoneElderly, eligibleFrom, eligibleUntil) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          [reportId, c.employerId, c.areaCode, d.name, d.idNumber, d.relation, d.orphanOrLoneElderly ? 1 : 0, d.eligibleFrom, d.eligibleUntil],
        );
        return insertId;
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
    /** For imports: the dependants of these reports, by "reportId:idNumber" (unbounded: the import is). */
    async ofReportsInTx(tx: Tx, reportIds: readonly number[]): Promise<Map<string, Dependant>> {
      const out = new Map<string, Dependant>();
      for (let i = 0; i < reportIds.length; i += 1000) {
        const part = reportIds.slice(i, i + 1000);
        for (const d of (await tx.query(`SELECT * FROM dependant WHERE reportId IN (${placeholders(part.length)})`, part)).map(map)) out.set(`${d.reportId}:${d.idNumber}`, d);
      }
      return out;
    },
    /** For imports: the end of an eligibility, set or corrected in place. */
    async setEligibleUntil(tx: Tx, id: number, until: string | null): Promise<void> {
      await tx.run("UPDATE dependant SET eligibleUntil = ? WHERE id = ?", [until, id]);
    },
    async byId(tx: Tx, id: number): Promise<Dependant | null> {
      const [row] = await tx.query("SELECT * FROM dependant WHERE id = ?", [id]);
      return row ? map(row) : null;
    },
  };
}
