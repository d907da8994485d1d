import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { placeholders } from "../../common/loader";
import { rowMapper } from "../../common/rows";
import { Area } from "./area.entity";

/** Area rows: reference data, the same for every caller (the bound declared for Area lets every row through). */
export function areaRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, Area);
  return {
    async byCodes(codes: readonly string[]): Promise<Area[]> {
      const b = bound("Area", "a");
      return (await db.query(`SELECT a.* FROM area a WHERE a.code IN (${placeholders(codes.length)}) AND ${b.sql}`, [...codes, ...b.params])).map(map);
    },
    async children(parentCode: string | null): Promise<Area[]> {
      const b = bound("Area", "a");
      const rows = parentCode
        ? await db.query(`SELECT a.* FROM area a WHERE a.parentCode = ? AND ${b.sql} ORDER BY a.code`, [parentCode, ...b.params])
        : await db.query(`SELECT a.* FROM area a WHERE a.parentCode IS NULL AND ${b.sql} ORDER BY a.code`, b.params);
      return rows.map(map);
    },
    async existsInTx(tx: { query(sql: string, params?: unknown[]): Promise<unknown[]> }, code: string): Promise<boolean> {
      return (await tx.query("SELECT code FROM area WHERE code = ?", [code])).length > 0;
    },
    /** Names of the areas at one level (9 digits: townships, 12: villages). */
    async namesAtLevel(digits: number): Promise<Map<string, string>> {
      const rows = (await db.query("SELECT code, name FROM area WHERE LENGTH(code) = ?", [digits])) as { code: string; name: string }[];
      return new Map(rows.map((a) => [a.code, a.name]));
    },
  };
}
