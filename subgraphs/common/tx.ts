import { AsyncLocalStorage } from "node:async_hooks";
import type { DataSource, QueryRunner } from "typeorm";
import type BetterSqlite3 from "better-sqlite3";
import { dialectOf, Dialect, sqliteHandle } from "./data-source";
import { isTransactionConflict, TransactionConflict, uniqueViolationOf, UniqueViolation } from "./db-errors";
import { isVersionedTable, versionId, VersionKey } from "./figures-cache";
import { upsertPlan } from "./upsert";

/**
 * A write transaction: all of it lands or none of it does. Mutations, imports and the demo load
 * all write through this, so the same SQL runs on SQLite and MySQL.
 */
export interface Tx {
  dialect: Dialect;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** INSERT/UPDATE/DELETE; returns the affected row count and the last inserted id. */
  run(sql: string, params?: unknown[]): Promise<{ changes: number; insertId: number }>;
  /**
   * Inserts rows, updating `update` columns where a row with the same `conflict` key exists. The
   * upsert must be declared by the subgraph (upsert.ts); a collision on another unique index throws
   * a UniqueViolation on both dialects. Returns how many rows it inserted or changed: 0 when every
   * row was already there as given (a re-sent file), so a no-op write bumps no data version. Never
   * less than the truth; on MySQL a one-row upsert counts as a change even when it was none (the
   * server reports no duplicates for a single row, see mysqlTx).
   */
  upsert(table: string, columns: string[], rows: unknown[][], conflict: string[], update: string[]): Promise<number>;
  /**
   * The data versions this transaction changes (figures-cache.ts), bumped when it commits. A write
   * to a versioned table that touches none of that table's keys bumps the whole table: precise
   * keys are an optimisation, never a condition of correctness.
   */
  touch(...keys: VersionKey[]): void;
}

/**
 * What a transaction changed, for the version bump at its end. Only statements that changed rows
 * count (`run` with affected rows, `upsert` with rows inserted or changed), so re-importing a file
 * as it is leaves every cached figure valid. `query` reports no count, so DML sent through it
 * always counts as a write.
 */
class Writes {
  readonly keys = new Map<string, VersionKey | { table: string; year: number }>();
  readonly tables = new Set<string>();

  noteSql(sql: string): void {
    const m = /^\s*(?:INSERT(?:\s+OR\s+\w+)?(?:\s+IGNORE)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+IGNORE)?|DELETE\s+FROM)\s+[`"]?(\w+)/i.exec(sql);
    if (m) this.tables.add(m[1]);
  }

  /** The keys to bump, in one order for every writer (so that two bumps never deadlock). */
  versions(): { table: string; year: number }[] {
    const out = new Map(this.keys);
    const precise = new Set([...this.keys.values()].map((k) => k.table));
    for (const t of this.tables) if (isVersionedTable(t) && !precise.has(t)) out.set(versionId({ table: t, year: 0 }), { table: t, year: 0 });
    return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k);
  }
}

function trackWrites(tx: Omit<Tx, "touch">, writes: Writes): Tx {
  return {
    dialect: tx.dialect,
    query: (sql, params) => (writes.noteSql(sql), tx.query(sql, params)),
    run: async (sql, params) => {
      const r = await tx.run(sql, params);
      if (r.changes > 0) writes.noteSql(sql);
      return r;
    },
    upsert: async (table, ...rest) => {
      const changed = await tx.upsert(table, ...rest);
      if (changed > 0) writes.tables.add(table);
      return changed;
    },
    touch: (...keys) => keys.forEach((k) => writes.keys.set(versionId(k), k)),
  };
}

/**
 * Upsert-increment, so a version row never has to exist first (no insert race between two writers
 * of a new year). Rows in `versions()` order: InnoDB locks them in the order of the VALUES list.
 */
async function bumpVersions(tx: Omit<Tx, "touch">, keys: { table: string; year: number }[]): Promise<void> {
  if (keys.length === 0) return;
  const values = keys.map(() => "(?, ?, 1)").join(", ");
  const params = keys.flatMap((k) => [k.table, k.year]);
  await tx.run(
    tx.dialect === "sqlite"
      ? `INSERT INTO data_versions (tableName, year, version) VALUES ${values} ON CONFLICT (tableName, year) DO UPDATE SET version = version + 1`
      : `INSERT INTO data_versions (tableName, year, version) VALUES ${values} ON DUPLICATE KEY UPDATE version = version + 1`,
    params,
  );
}

/**
 * In-process write lock, for SQLite only, keyed by the file: better-sqlite3 has one connection, a
 * second BEGIN inside an open transaction would fail, and two connections to one file in one process
 * (a replica opened by a test, the demo loader beside a server) would block each other's BEGIN
 * synchronously. Across processes SQLite's own lock and busy timeout take over. MySQL has none: each
 * writer has its own connection and the server's row locks order them, across replicas too.
 */
const writeLocks = new Map<string, Promise<unknown>>();

async function underSqliteLock<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  const key = String(db.options.database);
  const previous = writeLocks.get(key) ?? Promise.resolve();
  let release!: () => void;
  const current = new Promise<void>((r) => (release = r));
  const chained = previous.then(() => current);
  writeLocks.set(key, chained);
  await previous.catch(() => undefined);
  try {
    return await work();
  } finally {
    release();
    if (writeLocks.get(key) === chained) writeLocks.delete(key);
  }
}

export interface TxOptions {
  /**
   * False for writes that change no figures (the audit chain, idempotency keys): nothing is bumped,
   * not even for a versioned table written. Writes to unversioned tables bump nothing anyway.
   */
  bumpsVersion?: boolean;
}

/** Set while a transaction's work runs, so code that must never run inside one (gateway-client.ts) can refuse. */
const openTransaction = new AsyncLocalStorage<true>();

/** Whether the caller runs inside an open withTransaction (on this async path). */
export function inTransaction(): boolean {
  return openTransaction.getStore() === true;
}

/** Attempts of a MySQL transaction that met a deadlock, a lock-wait timeout or a write conflict. */
export const MAX_ATTEMPTS = 4;

/**
 * Runs `work` in one transaction and bumps the data versions of what it wrote (figures-cache.ts).
 *
 * On MySQL/MariaDB/TiDB a transaction that dies in a deadlock, a lock-wait timeout or an optimistic
 * write conflict is rolled back whole by the server, so it is run again, up to MAX_ATTEMPTS times in
 * all with a short random backoff. The rule that makes this safe: **`work` has no effect outside the
 * database** — no HTTP calls, no messages, no changes to state that outlives the call (build such
 * things from its result, after it returns). It may run more than once; only the last run commits.
 * When the attempts run out the caller gets a TransactionConflict, answered as SERVICE_UNAVAILABLE
 * (retry later: db-errors.ts), never INTERNAL.
 */
export async function withTransaction<T>(db: DataSource, work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
  const bump = options.bumpsVersion ?? true;
  const body = async (raw: Omit<Tx, "touch">) => {
    const writes = new Writes();
    const result = await openTransaction.run(true, () => work(trackWrites(raw, writes)));
    // At the end, so the version rows are locked for the shortest time.
    if (bump) await bumpVersions(raw, writes.versions());
    return result;
  };
  if (dialectOf(db) === "sqlite") return underSqliteLock(db, () => sqliteTx(db, body));
  for (let attempt = 1; ; attempt++) {
    try {
      return await mysqlTx(db, body);
    } catch (err) {
      if (!isTransactionConflict(err)) throw err;
      if (attempt >= MAX_ATTEMPTS) throw new TransactionConflict(err);
      // Randomised, growing: two writers that deadlocked do not meet again at the same instant.
      await new Promise((r) => setTimeout(r, Math.random() * 20 * 2 ** attempt));
    }
  }
}

async function sqliteTx<T>(db: DataSource, work: (tx: Omit<Tx, "touch">) => Promise<T>): Promise<T> {
  const raw = sqliteHandle(db);
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => {
    // Raw statements bypass TypeORM: tell its logger, so the SQL counters (bench, metrics) see them.
    db.logger.logQuery(sql);
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = raw.prepare(sql)));
    return s;
  };
  const tx: Omit<Tx, "touch"> = {
    dialect: "sqlite",
    async query<R>(sql: string, params: unknown[] = []) {
      return prepare(sql).all(...params) as R[];
    },
    async run(sql, params = []) {
      const r = prepare(sql).run(...params);
      return { changes: r.changes, insertId: Number(r.lastInsertRowid) };
    },
    async upsert(table, columns, rows, conflict, update) {
      upsertPlan(db, table, conflict);
      if (rows.length === 0) return 0;
      // The WHERE leaves a row that is already as given untouched, so `changes` counts real changes only.
      const differs = update.map((c) => `${table}.${c} IS NOT excluded.${c}`).join(" OR ");
      const set = update.length ? `DO UPDATE SET ${update.map((c) => `${c} = excluded.${c}`).join(", ")} WHERE ${differs}` : "DO NOTHING";
      // Many rows per statement: fewer calls across the native boundary (2–3x faster for bulk loads).
      const rowSql = `(${columns.map(() => "?").join(", ")})`;
      const sql = (n: number) => `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${new Array(n).fill(rowSql).join(", ")} ON CONFLICT (${conflict.join(", ")}) ${set}`;
      const batch = Math.max(1, Math.floor(999 / columns.length));
      const full = rows.length >= batch ? prepare(sql(batch)) : null;
      let i = 0;
      let changed = 0;
      try {
        for (; full && i + batch <= rows.length; i += batch) changed += full.run(...rows.slice(i, i + batch).flat()).changes;
        if (i < rows.length) changed += prepare(sql(rows.length - i)).run(...rows.slice(i).flat()).changes;
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
      return changed;
    },
  };
  raw.exec("BEGIN IMMEDIATE");
  try {
    const result = await work(tx);
    raw.exec("COMMIT");
    return result;
  } catch (err) {
    if (raw.inTransaction) raw.exec("ROLLBACK");
    throw err;
  }
}

/**
 * Rows an INSERT … ON DUPLICATE KEY UPDATE inserted or changed. mysql2 connects with FOUND_ROWS, so
 * the affected rows are 1 per insert, 2 per changed row and 1 per row left as it was; the server's
 * info line ("Records: 3  Duplicates: 2  Warnings: 0") gives the rows that met an existing key, and
 * affected − duplicates = inserted + changed. A one-row statement carries no info line: it counts as
 * a change when anything was affected (on the side of a version bump too many, never one too few).
 */
function changedRows(rows: number, result: unknown): number {
  const { affectedRows = 0, info = "" } = result as { affectedRows?: number; info?: string };
  const duplicates = /Duplicates:\s*(\d+)/.exec(info);
  if (duplicates) return Math.max(0, Number(affectedRows) - Number(duplicates[1]));
  return rows === 1 ? Math.min(1, Number(affectedRows)) : Number(affectedRows);
}

async function mysqlTx<T>(db: DataSource, work: (tx: Omit<Tx, "touch">) => Promise<T>): Promise<T> {
  const qr: QueryRunner = db.createQueryRunner("master");
  await qr.connect();
  const tx: Omit<Tx, "touch"> = {
    dialect: "mysql",
    async query<R>(sql: string, params: unknown[] = []) {
      return (await qr.query(sql, params)) as R[];
    },
    async run(sql, params = []) {
      const r = (await qr.query(sql, params)) as { affectedRows?: number; insertId?: number };
      return { changes: Number(r.affectedRows ?? 0), insertId: Number(r.insertId ?? 0) };
    },
    async upsert(table, columns, rows, conflict, update) {
      const plan = upsertPlan(db, table, conflict);
      // ON DUPLICATE KEY UPDATE matches *any* unique index. Where the table has another one, the
      // first assignment sets the first conflict column (NOT NULL) to NULL unless the matched row has
      // the same conflict key, so a collision on the other index fails as it does on SQLite.
      const same = conflict.map((c) => `${c} <=> VALUES(${c})`).join(" AND ");
      const guard = plan.otherUnique ? [`${conflict[0]} = IF(${same}, ${conflict[0]}, NULL)`] : [];
      const assignments = [...guard, ...update.map((c) => `${c} = VALUES(${c})`)];
      const set = assignments.length ? assignments.join(", ") : `${conflict[0]} = ${conflict[0]}`;
      const rowSql = `(${columns.map(() => "?").join(", ")})`;
      // Chunks of equal size, so that only a one-row upsert is ever sent as one row (see changedRows).
      const chunks = Math.ceil(rows.length / Math.max(1, Math.floor(20_000 / columns.length)));
      const chunk = Math.ceil(rows.length / Math.max(1, chunks));
      let changed = 0;
      for (let i = 0; i < rows.length; i += chunk) {
        const part = rows.slice(i, i + chunk);
        try {
          changed += changedRows(part.length, await qr.query(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${part.map(() => rowSql).join(", ")} ON DUPLICATE KEY UPDATE ${set}`, part.flat()));
        } catch (err) {
          // ER_BAD_NULL_ERROR from the guard: the row collided on another unique index.
          const e = ((err as { driverError?: { errno?: number } }).driverError ?? err) as { errno?: number };
          if (plan.otherUnique && e.errno === 1048) throw new UniqueViolation(table, [], err);
          throw uniqueViolationOf(db, err) ?? err;
        }
      }
      return changed;
    },
  };
  await qr.startTransaction();
  try {
    const result = await work(tx);
    await qr.commitTransaction();
    return result;
  } catch (err) {
    if (qr.isTransactionActive) await qr.rollbackTransaction();
    throw err;
  } finally {
    await qr.release();
  }
}
