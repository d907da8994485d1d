import type { DataSource } from "typeorm";
import { toCount } from "./money";

/**
 * The one conversion of database values into an entity's fields (DESIGN §7, data access): mysql2
 * returns BIGINT (and SUM, COUNT) as strings, better-sqlite3 as numbers; dates are `YYYY-MM-DD`
 * strings on both (dateStrings on MySQL, text on SQLite) and stay so. Read from the entity's
 * TypeORM columns, so a new numeric column is converted without anyone remembering it.
 */
export type RowMapper<T> = (row: Record<string, unknown>) => T;

const NUMERIC = new Set(["int", "integer", "bigint", "smallint", "tinyint", "mediumint", "increment", "float", "double", "real", "decimal", "numeric"]);

function isNumeric(type: unknown): boolean {
  if (type === Number) return true;
  return typeof type === "string" && NUMERIC.has(type.toLowerCase());
}

/** A whole number from the database, or null; a value that is not one is a defect, never NaN. */
export function toInteger(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) throw new Error(`not a number from the database: ${String(value)}`);
  return n;
}

const cache = new WeakMap<DataSource, Map<Function, RowMapper<unknown>>>();

export function rowMapper<T>(db: DataSource, entity: new () => T): RowMapper<T> {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  let mapper = perDb.get(entity) as RowMapper<T> | undefined;
  if (!mapper) {
    const numeric = db.getMetadata(entity).columns
      .filter((c) => isNumeric(c.type) || (c.isPrimary && c.generationStrategy === "increment"))
      .map((c) => c.propertyName);
    mapper = (row) => {
      const out: Record<string, unknown> = { ...row };
      for (const k of numeric) if (k in out) out[k] = toInteger(out[k]);
      return out as T;
    };
    perDb.set(entity, mapper as RowMapper<unknown>);
  }
  return mapper;
}

/** COUNT(*) and SUM(...) of an aggregate row (strings on mysql2). */
export { toCount };
