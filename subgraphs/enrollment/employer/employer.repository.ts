import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { chunks, placeholders } from "../../common/loader";
import { areaPrefix, cond, page, PageArgs } from "../../common/page";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { Employer } from "./employer.entity";
import type { EmployerFilter } from "./employer.input";

/** The one place that reads and writes employer rows; reads are bounded by the declared Employer bound. */
export function employerRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, Employer);
  return {
    map,
    async byIds(ids: readonly number[]): Promise<Employer[]> {
      const b = bound("Employer", "m");
      const rows = await db.query(`SELECT m.* FROM employer m WHERE m.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(map);
    },
    async byCreditCode(creditCode: string): Promise<Employer | null> {
      const b = bound("Employer", "m");
      const [row] = await db.query(`SELECT m.* FROM employer m WHERE m.creditCode = ? AND ${b.sql}`, [creditCode, ...b.params]);
      return row ? map(row) : null;
    },
    /** Batch lookup (employersByCreditCodes): one statement per chunk of BATCH_CHUNK keys, bounded like every read. */
    async byCreditCodes(creditCodes: readonly string[]): Promise<Employer[]> {
      const b = bound("Employer", "m");
      const out: Employer[] = [];
      for (const part of chunks(creditCodes)) {
        const rows = await db.query(`SELECT m.* FROM employer m WHERE m.creditCode IN (${placeholders(part.length)}) AND ${b.sql}`, [...part, ...b.params]);
        out.push(...rows.map(map));
      }
      return out;
    },
    page(filter: EmployerFilter | undefined, args: PageArgs) {
      const where = [bound("Employer", "m")];
      if (filter?.areaCode) where.push(cond("m.areaCode LIKE ?", areaPrefix(filter.areaCode)));
      if (filter?.industry) where.push(cond("m.industry = ?", filter.industry));
      if (filter?.status) where.push(cond("m.status = ?", filter.status));
      if (filter?.riskClass) where.push(cond("m.riskClass = ?", filter.riskClass));
      return page(db, { from: "employer m", alias: "m", where, map }, args);
    },
    /** Inserts an employer; a registered credit code throws a UniqueViolation. */
    async insert(tx: Tx, e: Omit<Employer, "id">): Promise<Employer> {
      try {
        const { insertId } = await tx.run(
          "INSERT INTO employer (creditCode, name, industry, riskClass, areaCode, staffCount, status, registeredOn) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          [e.creditCode, e.name, e.industry, e.riskClass, e.areaCode, e.staffCount, e.status, e.registeredOn],
        );
        const [row] = await tx.query("SELECT * FROM employer WHERE id = ?", [insertId]);
        return map(row);
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
  };
}
