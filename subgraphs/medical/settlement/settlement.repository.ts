import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { placeholders } from "../../common/loader";
import { toFen } from "../../common/money";
import { allOf, areaPrefix, cond, inYear, page, PageArgs } from "../../common/page";
import type { ReportKey } from "../../common/report";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { Settlement } from "./settlement.entity";

/** Reads and writes medical_settlement rows, always within the caller's bound. */
export function settlementRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, Settlement);
  return {
    async byIds(ids: readonly number[]): Promise<Settlement[]> {
      const b = bound("Settlement", "s");
      const rows = await db.query(`SELECT s.* FROM medical_settlement s WHERE s.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(map);
    },
    page(filter: { institutionId?: number | null; paidInYear?: number | null } | undefined, args: PageArgs) {
      const where = [bound("Settlement", "s")];
      if (filter?.institutionId) where.push(cond("s.institutionId = ?", filter.institutionId));
      if (filter?.paidInYear) where.push(inYear("s.paidOn", filter.paidInYear));
      return page(db, { from: "medical_settlement s", alias: "s", where, map }, args);
    },
    /** Paid in the year (expenditure counts in the year paid), by the institution's area ("" or null: whole hub). */
    async paidInYear(key: ReportKey): Promise<number> {
      const b = bound("Settlement", "s");
      const where = [inYear("s.paidOn", key.year), b];
      if (key.areaCode) where.push(cond("EXISTS (SELECT 1 FROM medical_institution ai WHERE ai.id = s.institutionId AND ai.areaCode LIKE ?)", areaPrefix(key.areaCode)));
      const all = allOf(where);
      const [row] = await db.query(`SELECT COALESCE(SUM(s.paid), 0) AS paid FROM medical_settlement s WHERE ${all.sql}`, all.params);
      return toFen(row.paid);
    },
    /** A settlement row with nothing deducted yet: its id is what findings and carry-overs are claimed for. */
    /** For imports: settlements by number (unbounded: the import is). */
    async byNumbers(tx: Tx, numbers: readonly string[]): Promise<Map<string, Settlement>> {
      const out = new Map<string, Settlement>();
      for (let i = 0; i < numbers.length; i += 1000) {
        const part = numbers.slice(i, i + 1000);
        for (const x of (await tx.query(`SELECT * FROM medical_settlement WHERE settlementNumber IN (${placeholders(part.length)})`, part)).map(map)) out.set(x.settlementNumber, x);
      }
      return out;
    },
    async insertOpen(tx: Tx, r: Pick<Settlement, "settlementNumber" | "institutionId" | "periodFrom" | "periodUntil" | "claimed" | "paidOn">): Promise<number> {
      try {
        const { insertId } = await tx.run(
          "INSERT INTO medical_settlement (settlementNumber, institutionId, periodFrom, periodUntil, claimed, deducted, carriedIn, carryOver, carryTakenBy, paid, paidOn) VALUES (?, ?, ?, ?, ?, 0, 0, 0, NULL, ?, ?)",
          [r.settlementNumber, r.institutionId, r.periodFrom, r.periodUntil, r.claimed, r.claimed, r.paidOn],
        );
        return insertId;
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
    /** Takes the institution's waiting carry-overs for settlement `id`, once (the same conditional UPDATE as findings). */
    async claimCarryOver(tx: Tx, institutionId: number, id: number): Promise<number> {
      await tx.run("UPDATE medical_settlement SET carryTakenBy = ? WHERE institutionId = ? AND carryOver > 0 AND carryTakenBy IS NULL AND id <> ?", [id, institutionId, id]);
      const [row] = await tx.query<{ total: unknown }>("SELECT COALESCE(SUM(carryOver), 0) AS total FROM medical_settlement WHERE carryTakenBy = ?", [id]);
      return toFen(row.total);
    },
    async close(tx: Tx, id: number, amounts: Pick<Settlement, "deducted" | "carriedIn" | "carryOver" | "paid">): Promise<Settlement> {
      await tx.run("UPDATE medical_settlement SET deducted = ?, carriedIn = ?, carryOver = ?, paid = ? WHERE id = ?", [amounts.deducted, amounts.carriedIn, amounts.carryOver, amounts.paid, id]);
      const [row] = await tx.query("SELECT * FROM medical_settlement WHERE id = ?", [id]);
      return map(row);
    },
  };
}
export type SettlementRepository = ReturnType<typeof settlementRepository>;
