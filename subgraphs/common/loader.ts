import DataLoader from "dataloader";
import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";

/**
 * DataLoaders for reads by key: one SQL statement per batch, whatever the list size (DESIGN §6).
 * `fetch` gets the distinct keys of one tick and returns the rows; rows are matched back by `keyOf`.
 */
export interface OneLoader<K, V> extends DataLoader<K, V | null> {
  /** The value when this request already loaded the key (no promise: graphql-js completes the object at once), else `load`. */
  loadKnown(key: K): V | null | Promise<V | null>;
}

/** Rows of one batch from which a loader gives way to other requests before handing them on. */
export const GIVE_WAY_ROWS = 500;

/**
 * A subgraph is one thread, and a batch's statement, its rows' mapping and the completion of the
 * objects they feed run without a break: a page of 200 employers with their staff held the event loop
 * for over 100 ms at a time, and a dashboard's cached AnnualFigures waited behind it (DESIGN §6 noisy
 * neighbour). After a large batch the loader lets the requests waiting for the loop go first (one
 * setImmediate); a cheap request's batches are small and never wait.
 */
async function giveWay(rows: number): Promise<void> {
  if (rows >= GIVE_WAY_ROWS) await new Promise<void>((resolve) => setImmediate(resolve));
}

export function oneLoader<K extends string | number, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): OneLoader<K, V> {
  const known = new Map<string, V | null>();
  const loader = new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    await giveWay(rows.length);
    const byKey = new Map<string, V>();
    for (const r of rows) byKey.set(String(keyOf(r)), r);
    return keys.map((k) => {
      const v = byKey.get(String(k)) ?? null;
      known.set(String(k), v);
      return v;
    });
  }, { maxBatchSize: 1000, cacheKeyFn: (k) => String(k) as unknown as K }) as OneLoader<K, V>;
  loader.loadKnown = (key) => {
    const v = known.get(String(key));
    return v !== undefined ? v : loader.load(key);
  };
  return loader;
}

/** Whether the query selects `name` on the objects of this field (directly, or in a fragment); `@skip`/`@include` count as selected. */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean => !!set && set.selections.some((s) => {
    if (s.kind === "Field") return s.name.value === name;
    if (s.kind === "InlineFragment") return inSet(s.selectionSet);
    if (seen.has(s.name.value)) return false;
    seen.add(s.name.value);
    return inSet(info.fragments[s.name.value]?.selectionSet);
  });
  return info.fieldNodes.some((f) => inSet(f.selectionSet));
}

/**
 * For a list resolver, before it returns its rows: when the query selects the to-one reference
 * `field` on them, loads all their references in one batch, so that `field`'s resolver answers each
 * item from memory with `loadKnown`. Without it, each item's reference is a promise of its own, and
 * graphql-js completes every item asynchronously: on the employer page of 50 (1,309 enrollments with
 * their people) that was half the subgraph's CPU.
 */
export async function preload<T, K>(rows: readonly T[], info: GraphQLResolveInfo, field: string, loader: OneLoader<K, unknown>, keyOf: (row: T) => K): Promise<void> {
  if (rows.length && selects(info, field)) await loader.loadMany(rows.map(keyOf));
}

/** One-to-many: all rows whose `keyOf` is one of the keys, grouped per key (empty list when none). */
export function manyLoader<K extends string | number, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    await giveWay(rows.length);
    const byKey = new Map<string, V[]>();
    for (const r of rows) {
      const k = String(keyOf(r));
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
    return keys.map((k) => byKey.get(String(k)) ?? []);
  }, { maxBatchSize: 1000, cacheKeyFn: (k) => String(k) as unknown as K });
}

/** `?, ?, ?` for an IN list. */
export function placeholders(n: number): string {
  return new Array(n).fill("?").join(", ");
}

/** Keys per IN list of a batch lookup: one statement per chunk, as the loaders' maxBatchSize. */
export const BATCH_CHUNK = 1000;

/** `keys` in chunks of at most `size`, for one IN-list statement each. */
export function chunks<T>(keys: readonly T[], size = BATCH_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < keys.length; i += size) out.push(keys.slice(i, i + size));
  return out;
}
