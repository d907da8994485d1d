import type { DataSource } from "typeorm";

/**
 * Upserts are declared by the subgraph (entity and conflict columns) and checked against the
 * entity's unique indexes when its database opens: an upsert whose conflict columns are no unique
 * index refuses to start (on SQLite it would fail at the first row, on MySQL it would silently insert
 * duplicates). `tx.upsert` refuses an undeclared one.
 *
 * One rule on both dialects: an upsert updates the row with the same conflict key; a row that
 * collides with another row on any *other* unique index fails with a unique violation. SQLite does
 * that by itself (ON CONFLICT names its target); MySQL's ON DUPLICATE KEY UPDATE would match any
 * unique index, so tx.ts adds a guard there for tables that have more than one.
 */
export interface UpsertDeclaration {
  entity: Function;
  conflict: string[];
}

export interface UpsertPlan {
  /** The table has a unique index (or primary key) besides the conflict one. */
  otherUnique: boolean;
}

const plans = new WeakMap<DataSource, Map<string, UpsertPlan>>();
const keyOf = (table: string, conflict: string[]) => `${table}(${[...conflict].sort().join(",")})`;

export function checkUpserts(db: DataSource, declarations: readonly UpsertDeclaration[]): void {
  const map = new Map<string, UpsertPlan>();
  const problems: string[] = [];
  for (const d of declarations) {
    const meta = db.getMetadata(d.entity);
    const wanted = [...d.conflict].sort().join(",");
    // An autoincrement id is never among an upsert's columns, so it cannot collide.
    const primary = meta.primaryColumns.every((c) => c.isGenerated) ? [] : [meta.primaryColumns.map((c) => c.databaseName)];
    const uniques = [
      ...primary,
      ...meta.indices.filter((i) => i.isUnique).map((i) => i.columns.map((c) => c.databaseName)),
      ...meta.uniques.map((u) => u.columns.map((c) => c.databaseName)),
    ].map((cols) => [...cols].sort().join(","));
    if (!uniques.includes(wanted)) {
      problems.push(`${meta.tableName}(${d.conflict.join(", ")}) is no unique index of ${meta.tableName}; its unique indexes are ${uniques.map((u) => `(${u})`).join(", ")}`);
      continue;
    }
    const first = meta.columns.find((c) => c.databaseName === d.conflict[0]);
    if (first?.isNullable) problems.push(`${meta.tableName}: the first conflict column ${d.conflict[0]} must be NOT NULL (the MySQL guard relies on it)`);
    map.set(keyOf(meta.tableName, d.conflict), { otherUnique: uniques.filter((u) => u !== wanted).length > 0 });
  }
  if (problems.length) throw new Error(`Upserts that cannot work the same on SQLite and MySQL:\n  ${problems.join("\n  ")}`);
  plans.set(db, map);
}

export function upsertPlan(db: DataSource, table: string, conflict: string[]): UpsertPlan {
  const plan = plans.get(db)?.get(keyOf(table, conflict));
  if (!plan) throw new Error(`Undeclared upsert into ${table}(${conflict.join(", ")}): declare it in the subgraph's upserts, so it is checked at start.`);
  return plan;
}
