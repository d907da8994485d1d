import { AsyncLocalStorage } from "node:async_hooks";
import { Entity, PrimaryColumn, Column } from "typeorm";
import type { DataSource } from "typeorm";
import type { Context } from "./context";

/**
 * Figures cached per data version, where a version is kept per table and year (data_versions), not
 * one for the whole database: a write bumps only the (table, year) rows of what it touched
 * (withTransaction, tx.ts), so a contribution for 2025 leaves the cached 2024 report valid, and
 * writes no figure reads (registering a person) bump nothing, so concurrent writers on MySQL
 * replicas or TiDB do not all contend for one row. Versions live in the database, so a write by any
 * process or replica (`npm run import` included) invalidates every process's cache; each request
 * reads the (small) version table once. Figures of a year over a million rows then cost one
 * indexed read per request instead of aggregates (DESIGN §6: annualReport p95 ≤ 50 ms).
 *
 * Forgetting a dependency is made hard three ways:
 * - a figure states the versions it depends on (`cachedFigure(ctx, key, deps, compute)`), and a
 *   dependency can only be named through a `versionedTable` declaration;
 * - while a figure computes, every table its SQL reads must be among its dependencies, or the
 *   figure fails (so a test of the figure finds the omission);
 * - a write transaction that writes a declared table without saying which years it touched bumps
 *   the whole table (year 0), which every figure over that table also depends on.
 */
@Entity("data_versions", { synchronize: false }) // created by the kit's migrations (kit-schema.ts)
export class DataVersion {
  @PrimaryColumn("varchar", { length: 64 })
  tableName: string;

  /** 0: the whole table (any year). */
  @PrimaryColumn("integer")
  year: number;

  @Column("bigint")
  version: number;
}

/** The year of a version that stands for the whole table. */
export const ANY_YEAR = 0;

declare const versionKeyBrand: unique symbol;
/** A version figures depend on and writes bump; made only by a `versionedTable`. */
export interface VersionKey {
  readonly table: string;
  readonly year: number;
  readonly [versionKeyBrand]: true;
}

export interface VersionedTable {
  readonly name: string;
  /** The whole table: for tables that are not kept by year (employers, areas). */
  readonly all: VersionKey;
  /** One year of a table kept by year (rollups): a write for that year bumps it. */
  year(year: number): VersionKey;
}

/** Every table some figure depends on, in this process (declared at module load, by name). */
const declaredTables = new Set<string>();

const key = (table: string, year: number) => ({ table, year }) as VersionKey;

/**
 * Declares a table that cached figures read. Declare it once, in a module that both the figures and
 * the writers of the table import, so every process that can write it knows it is versioned.
 */
export function versionedTable(name: string): VersionedTable {
  if (!/^\w+$/.test(name)) throw new Error(`not a table name: ${name}`);
  declaredTables.add(name);
  return {
    name,
    all: key(name, ANY_YEAR),
    year(year: number) {
      if (!Number.isInteger(year) || year < 1) throw new Error(`not a year: ${year}`);
      return key(name, year);
    },
  };
}

export function isVersionedTable(name: string): boolean {
  return declaredTables.has(name);
}

/** `table:year`, the order in which writers bump (one order for all: no deadlock between two bumps). */
export const versionId = (k: { table: string; year: number }) => `${k.table}:${k.year}`;

const MAX_ENTRIES = 5000;
const caches = new WeakMap<DataSource, Map<string, { stamp: string; value: Promise<unknown> }>>();
const requestVersions = new WeakMap<object, Promise<Map<string, number>>>();

/** All version rows, once per request (a few dozen rows: tables × years). */
function versionsOf(ctx: Context<unknown>): Promise<Map<string, number>> {
  let v = requestVersions.get(ctx);
  if (!v) {
    v = ctx.db.query("SELECT tableName, year, version FROM data_versions").then((rows: { tableName: string; year: number | string; version: number | string }[]) =>
      new Map(rows.map((r) => [versionId({ table: r.tableName, year: Number(r.year) }), Number(r.version)])));
    requestVersions.set(ctx, v);
  }
  return v;
}

/** The versions a figure was computed at: its keys, and for a year its table's whole-table key too. */
function stampOf(versions: Map<string, number>, deps: VersionKey[]): string {
  const ids = new Set<string>();
  for (const d of deps) {
    ids.add(versionId(d));
    ids.add(versionId({ table: d.table, year: ANY_YEAR }));
  }
  return [...ids].sort().map((id) => `${id}=${versions.get(id) ?? 0}`).join(",");
}

interface Computing {
  key: string;
  tables: Set<string>;
}
const computing = new AsyncLocalStorage<Computing>();

/**
 * Called for every SQL statement a data source runs (data-source.ts): inside a figure's computation,
 * a table read that is not among the figure's dependencies fails the figure — its cached value would
 * not be invalidated by writes to that table.
 */
export function checkFigureRead(sql: string): void {
  const figure = computing.getStore();
  if (!figure) return;
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+[`"]?(\w+)/gi)) {
    const table = m[1];
    // data_versions: a figure computed inside another's computation reads the versions itself.
    if (!figure.tables.has(table) && table !== "data_versions") {
      throw new Error(`The cached figure ${figure.key} reads the table ${table}, which is not among its dependencies (cachedFigure deps): its value would go stale when ${table} changes.`);
    }
  }
}

/**
 * A figure computed once per version of what it depends on. `key` must include everything the
 * result depends on besides the data, the caller's bounds above all (`boundsKey`); `deps` the
 * versions of every table `compute` reads, for the years it reads.
 */
export async function cachedFigure<T>(ctx: Context<unknown>, key: string, deps: VersionKey[], compute: () => Promise<T>): Promise<T> {
  if (deps.length === 0) throw new Error(`The cached figure ${key} declares no dependencies.`);
  for (const d of deps) if (!declaredTables.has(d.table)) throw new Error(`The cached figure ${key} depends on ${d.table}, which no versionedTable declares.`);
  const stamp = stampOf(await versionsOf(ctx), deps);
  let cache = caches.get(ctx.db);
  if (!cache) caches.set(ctx.db, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.value as Promise<T>;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const value = computing.run({ key, tables: new Set(deps.map((d) => d.table)) }, compute);
  const entry = { stamp, value };
  cache.set(key, entry);
  value.catch(() => cache!.get(key) === entry && cache!.delete(key));
  return value;
}

export function boundsKey(ctx: Context<unknown>): string {
  const b = ctx.claims.bounds;
  return b ? `${b.area ?? ""}|${b.employer ?? ""}|${b.institution ?? ""}` : "-";
}
