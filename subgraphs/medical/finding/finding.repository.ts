import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { placeholders } from "../../common/loader";
import { toCount, toFen } from "../../common/money";
import { allOf, areaPrefix, cond, inYear, page, PageArgs } from "../../common/page";
import type { ReportKey } from "../../common/report";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { Finding, FindingResolution } from "./finding.entity";

export interface FindingFigures {
  findings: number;
  refunded: number;
  deductedAtSettlement: number;
}

/** Reads and writes medical_finding rows, always within the caller's bound; deductions are claimed here. */
export function findingRepository(db: DataSource, bound: EntityBound) {
  const fromRow = rowMapper(db, Finding);
  return {
    fromRow,
    async byIds(ids: readonly number[]): Promise<Finding[]> {
      const b = bound("Finding", "f");
      const rows = await db.query(`SELECT f.* FROM medical_finding f WHERE f.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(fromRow);
    },
    async bySettlementIds(ids: readonly number[]): Promise<Finding[]> {
      const b = bound("Finding", "f");
      const rows = await db.query(`SELECT f.* FROM medical_finding f WHERE f.settlementId IN (${placeholders(ids.length)}) AND ${b.sql} ORDER BY f.id`, [...ids, ...b.params]);
      return rows.map(fromRow);
    },
    page(filter: { institutionId?: number | null; pending?: boolean | null } | undefined, args: PageArgs) {
      const where = [bound("Finding", "f")];
      if (filter?.institutionId) where.push(cond("f.institutionId = ?", filter.institutionId));
      if (filter?.pending === true) where.push(cond("f.resolution = ? AND f.settlementId IS NULL", FindingResolution.DEDUCT_AT_SETTLEMENT));
      if (filter?.pending === false) where.push(cond("NOT (f.resolution = ? AND f.settlementId IS NULL)", FindingResolution.DEDUCT_AT_SETTLEMENT));
      return page(db, { from: "medical_finding f", alias: "f", where, map: fromRow }, args);
    },
    /** Findings of the year (found on), by the institution's area, within the bounds. */
    async figures(key: ReportKey): Promise<FindingFigures> {
      const b = bound("Finding", "f");
      const where = [inYear("f.foundOn", key.year), b];
      if (key.areaCode) where.push(cond("EXISTS (SELECT 1 FROM medical_institution ai WHERE ai.id = f.institutionId AND ai.areaCode LIKE ?)", areaPrefix(key.areaCode)));
      const all = allOf(where);
      const [row] = await db.query(
        `SELECT COUNT(*) AS findings,
                COALESCE(SUM(CASE WHEN f.resolution = 'REFUNDED' THEN f.amount ELSE 0 END), 0) AS refunded,
                COALESCE(SUM(CASE WHEN f.resolution = 'DEDUCT_AT_SETTLEMENT' THEN f.amount ELSE 0 END), 0) AS deducted
         FROM medical_finding f WHERE ${all.sql}`,
        all.params,
      );
      return { findings: toCount(row.findings), refunded: toFen(row.refunded), deductedAtSettlement: toFen(row.deducted) };
    },
    /** For imports: findings by number (unbounded: the import is). */
    async byNumbers(tx: Tx, numbers: readonly string[]): Promise<Map<string, Finding>> {
      const out = new Map<string, Finding>();
      for (let i = 0; i < numbers.length; i += 1000) {
        const part = numbers.slice(i, i + 1000);
        for (const x of (await tx.query(`SELECT * FROM medical_finding WHERE findingNumber IN (${placeholders(part.length)})`, part)).map(fromRow)) out.set(x.findingNumber, x);
      }
      return out;
    },
    async insert(tx: Tx, r: Omit<Finding, "id" | "settlementId">): Promise<Finding> {
      const { insertId } = await tx.run(
        "INSERT INTO medical_finding (findingNumber, institutionId, inspectionId, foundOn, kinds, amount, resolution, refundedOn, settlementId) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
        [r.findingNumber, r.institutionId, r.inspectionId, r.foundOn, JSON.stringify(r.kinds), r.amount, r.resolution, r.refundedOn],
      );
      const [row] = await tx.query("SELECT * FROM medical_finding WHERE id = ?", [insertId]);
      return fromRow(row);
    },
    /**
     * Claims the institution's pending findings found before `periodUntil` for a settlement, in one
     * conditional UPDATE: a finding another settlement took (settlementId no longer NULL) is not
     * matched, and on MySQL the row lock makes a concurrent claimer wait and then re-read the row,
     * so each finding is deducted exactly once. Returns the sum claimed.
     */
    async claimPending(tx: Tx, institutionId: number, periodUntil: string, settlementId: number): Promise<number> {
      await tx.run(
        "UPDATE medical_finding SET settlementId = ? WHERE institutionId = ? AND resolution = ? AND settlementId IS NULL AND foundOn < ?",
        [settlementId, institutionId, FindingResolution.DEDUCT_AT_SETTLEMENT, periodUntil],
      );
      const [row] = await tx.query<{ total: unknown }>("SELECT COALESCE(SUM(amount), 0) AS total FROM medical_finding WHERE settlementId = ?", [settlementId]);
      return toFen(row.total);
    },
  };
}
export type FindingRepository = ReturnType<typeof findingRepository>;
