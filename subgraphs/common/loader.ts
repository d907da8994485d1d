import DataLoader from "dataloader";

/**
 * DataLoaders for reads by key: one SQL statement per batch, whatever the list size (DESIGN §6).
 * `fetch` gets the distinct keys of one tick and returns the rows; rows are matched back by `keyOf`.
 */
export function oneLoader<K extends string | number, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<string, V>();
    for (const r of rows) byKey.set(String(keyOf(r)), r);
    return keys.map((k) => byKey.get(String(k)) ?? null);
  }, { maxBatchSize: 1000, cacheKeyFn: (k) => String(k) as unknown as K });
}

/** One-to-many: all rows whose `keyOf` is one of the keys, grouped per key (empty list when none). */
export function manyLoader<K extends string | number, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
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
