import type { DataSource } from "typeorm";
import { toCount } from "./money";

/**
 * The one conversion of database values into an entity's fields (DESIGN §7, data access): mysql2
 * returns BIGINT (and SUM, COUNT) as strings, better-sqlite3 as numbers; dates are `YYYY-MM-DD`
 * strings on both (dateStrings on MySQL, text on SQLite) and stay so; booleans arrive as 0/1 (a
 * string on some mysql2 paths) and `simple-json` columns as text in raw queries. Read from the entity's
 * TypeORM columns, so a new numeric, boolean or JSON column is converted without anyone remembering it.
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

/** A boolean from the database (true/false, 0/1 or "0"/"1"), or null. */
export function toBoolean(value: unknown): boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value;
  if (value === 0 || value === "0") return false;
  if (value === 1 || value === "1") return true;
  throw new Error(`not a boolean from the database: ${String(value)}`);
}

/** A `simple-json` column's value: text in a raw query's row, already parsed elsewhere. */
function fromJson(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}

const isBoolean = (type: unknown) => type === Boolean || (typeof type === "string" && ["boolean", "bool"].includes(type.toLowerCase()));

const cache = new WeakMap<DataSource, Map<Function, RowMapper<unknown>>>();

export function rowMapper<T>(db: DataSource, entity: new () => T): RowMapper<T> {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  let mapper = perDb.get(entity) as RowMapper<T> | undefined;
  if (!mapper) {
    const columns = db.getMetadata(entity).columns;
    const numeric = columns.filter((c) => isNumeric(c.type) || (c.isPrimary && c.generationStrategy === "increment")).map((c) => c.propertyName);
    const booleans = columns.filter((c) => isBoolean(c.type)).map((c) => c.propertyName);
    const json = columns.filter((c) => c.type === "simple-json").map((c) => c.propertyName);
    // An instance of the entity's class (without running its constructor: every column is in the row), so
    // that type-graphql takes it as it is for each field resolver's root instead of copying it into a new
    // instance (convertToType), twice per call.
    const proto = entity.prototype as object;
    mapper = (row) => {
      const out = Object.assign(Object.create(proto) as Record<string, unknown>, row);
      for (const k of numeric) if (k in out) out[k] = toInteger(out[k]);
      for (const k of booleans) if (k in out) out[k] = toBoolean(out[k]);
      for (const k of json) if (k in out) out[k] = fromJson(out[k]);
      return out as T;
    };
    perDb.set(entity, mapper as RowMapper<unknown>);
  }
  return mapper;
}

/** COUNT(*) and SUM(...) of an aggregate row (strings on mysql2). */
export { toCount };
