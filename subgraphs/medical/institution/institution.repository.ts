import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { placeholders } from "../../common/loader";
import { cond, page, PageArgs } from "../../common/page";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { MedicalInstitution } from "./institution.entity";

/** The one place that reads and writes medical_institution rows, always within the caller's bound. */
export function institutionRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, MedicalInstitution);
  return {
    map,
    async byIds(ids: readonly number[]): Promise<MedicalInstitution[]> {
      const b = bound("MedicalInstitution", "i");
      const rows = await db.query(`SELECT i.* FROM medical_institution i WHERE i.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(map);
    },
    page(args: PageArgs) {
      return page(db, { from: "medical_institution i", alias: "i", where: [bound("MedicalInstitution", "i")], map }, args);
    },
    /** Inside a write: the institution locked for this transaction (MySQL), so settlements of one institution queue. */
    async lockedInTx(tx: Tx, id: number): Promise<MedicalInstitution | null> {
      const b = bound("MedicalInstitution", "i");
      const lock = tx.dialect === "mysql" ? " FOR UPDATE" : "";
      const [row] = await tx.query(`SELECT i.* FROM medical_institution i WHERE i.id = ? AND ${b.sql}${lock}`, [id, ...b.params]);
      return row ? map(row) : null;
    },
    /** For imports: institutions by code, a known one's details and agreement updated in place (declared upsert). */
    async upsert(tx: Tx, rows: readonly Omit<MedicalInstitution, "id">[]): Promise<void> {
      const columns = ["code", "name", "level", "kind", "areaCode", "agreementFrom", "agreementUntil", "agreementStatus"] as const;
      await tx.upsert("medical_institution", [...columns], rows.map((r) => columns.map((c) => r[c])), ["code"], columns.slice(1) as unknown as string[]);
    },
    /** For imports: every institution by code (a county has a handful; unbounded: the import is). */
    async byCodes(tx: Tx): Promise<Map<string, MedicalInstitution>> {
      return new Map((await tx.query("SELECT * FROM medical_institution")).map(map).map((i) => [i.code, i]));
    },
    async insert(tx: Tx, r: Omit<MedicalInstitution, "id">): Promise<MedicalInstitution> {
      try {
        const { insertId } = await tx.run(
          "INSERT INTO medical_institution (code, name, level, kind, areaCode, agreementFrom, agreementUntil, agreementStatus) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          [r.code, r.name, r.level, r.kind, r.areaCode, r.agreementFrom, r.agreementUntil, r.agreementStatus],
        );
        const [row] = await tx.query("SELECT * FROM medical_institution WHERE id = ?", [insertId]);
        return map(row);
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
  };
}
export { cond };
