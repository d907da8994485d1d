import { Entity, PrimaryColumn, Column } from "typeorm";
import type { DataSource } from "typeorm";
import type { Context } from "./context";

/**
 * The data version of a subgraph database: every write transaction bumps it (withTransaction), so
 * figures computed from the data can be cached until the next write, by any process or replica —
 * `npm run import` from another process included. Figures of a year over a million rows then cost
 * one primary-key read per request instead of aggregates (DESIGN §6: annualReport p95 ≤ 50 ms).
 */
@Entity("data_version", { synchronize: false }) // created by the kit's migrations (kit-schema.ts)
export class DataVersion {
  @PrimaryColumn("integer")
  id: number;

  @Column("integer")
  version: number;
}

const MAX_ENTRIES = 5000;
const caches = new WeakMap<DataSource, { version: number; entries: Map<string, Promise<unknown>> }>();
const requestVersion = new WeakMap<object, Promise<number>>();

async function currentVersion(ctx: Context<unknown>): Promise<number> {
  let v = requestVersion.get(ctx);
  if (!v) {
    v = ctx.db.query("SELECT version FROM data_version WHERE id = 1").then((rows: { version: number }[]) => Number(rows[0]?.version ?? 0));
    requestVersion.set(ctx, v);
  }
  return v;
}

/**
 * A figure computed once per data version. The key must include everything the result depends
 * on besides the data, the caller's bounds above all (`boundsKey`).
 */
export async function cachedFigure<T>(ctx: Context<unknown>, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await currentVersion(ctx);
  let cache = caches.get(ctx.db);
  if (!cache || cache.version !== version) caches.set(ctx.db, (cache = { version, entries: new Map() }));
  const hit = cache.entries.get(key);
  if (hit) return hit as Promise<T>;
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.clear();
  const value = compute();
  cache.entries.set(key, value);
  value.catch(() => cache!.entries.delete(key));
  return value;
}

export function boundsKey(ctx: Context<unknown>): string {
  const b = ctx.claims.bounds;
  return b ? `${b.area ?? ""}|${b.employer ?? ""}|${b.institution ?? ""}` : "-";
}
