import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { placeholders } from "../../common/loader";
import { toCount } from "../../common/money";
import { allOf, areaPrefix, cond, inYear, page, PageArgs } from "../../common/page";
import type { ReportKey } from "../../common/report";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { Inspection, InspectionCheck } from "./inspection.entity";

/** Reads and writes medical_inspection and its checks, always within the caller's bound. */
export function inspectionRepository(db: DataSource, bound: EntityBound) {
  const fromRow = rowMapper(db, Inspection);
  const mapCheck = rowMapper(db, InspectionCheck);
  return {
    async byIds(ids: readonly number[]): Promise<Inspection[]> {
      const b = bound("Inspection", "n");
      const rows = await db.query(`SELECT n.* FROM medical_inspection n WHERE n.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(fromRow);
    },
    async checksOf(inspectionIds: readonly number[]): Promise<InspectionCheck[]> {
      const b = bound("InspectionCheck", "k");
      const rows = await db.query(
        `SELECT k.* FROM medical_inspection_check k WHERE k.inspectionId IN (${placeholders(inspectionIds.length)}) AND ${b.sql} ORDER BY k.id`,
        [...inspectionIds, ...b.params],
      );
      return rows.map(mapCheck);
    },
    page(filter: { institutionId?: number | null } | undefined, args: PageArgs) {
      const where = [bound("Inspection", "n")];
      if (filter?.institutionId) where.push(cond("n.institutionId = ?", filter.institutionId));
      return page(db, { from: "medical_inspection n", alias: "n", where, map: fromRow }, args);
    },
    /** Inspections made in the year, by the institution's area, within the bounds. */
    async countInYear(key: ReportKey): Promise<number> {
      const where = [inYear("n.inspectedOn", key.year), bound("Inspection", "n")];
      if (key.areaCode) where.push(cond("EXISTS (SELECT 1 FROM medical_institution ai WHERE ai.id = n.institutionId AND ai.areaCode LIKE ?)", areaPrefix(key.areaCode)));
      const all = allOf(where);
      const [row] = await db.query(`SELECT COUNT(*) AS n FROM medical_inspection n WHERE ${all.sql}`, all.params);
      return toCount(row.n);
    },
    /** For imports: inspections by number (unbounded: the import is). */
    async byNumbers(tx: Tx, numbers: readonly string[]): Promise<Map<string, Inspection>> {
      const out = new Map<string, Inspection>();
      for (let i = 0; i < numbers.length; i += 1000) {
        const part = numbers.slice(i, i + 1000);
        for (const x of (await tx.query(`SELECT * FROM medical_inspection WHERE inspectionNumber IN (${placeholders(part.length)})`, part)).map(fromRow)) out.set(x.inspectionNumber, x);
      }
      return out;
    },
    async insert(tx: Tx, r: Omit<Inspection, "id">, checks: Omit<InspectionCheck, "id" | "inspectionId">[]): Promise<Inspection> {
      const { insertId } = await tx.run("INSERT INTO medical_inspection (inspectionNumber, institutionId, inspectedOn, inspectors) VALUES (?, ?, ?, ?)", [r.inspectionNumber, r.institutionId, r.inspectedOn, JSON.stringify(r.inspectors)]);
      for (const c of checks) {
        await tx.run(
          "INSERT INTO medical_inspection_check (inspectionId, caseId, institutionId, presentInWard, identityVerified) VALUES (?, ?, ?, ?, ?)",
          [insertId, c.caseId, c.institutionId, c.presentInWard ? 1 : 0, c.identityVerified ? 1 : 0],
        );
      }
      const [row] = await tx.query("SELECT * FROM medical_inspection WHERE id = ?", [insertId]);
      return fromRow(row);
    },
  };
}
