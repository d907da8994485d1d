import { AsyncLocalStorage } from "node:async_hooks";
import type { DataSource, QueryRunner } from "typeorm";
import type BetterSqlite3 from "better-sqlite3";
import { dialectOf, Dialect, sqliteHandle } from "./data-source";
import { uniqueViolationOf, UniqueViolation } from "./db-errors";
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
   * a UniqueViolation on both dialects.
   */
  upsert(table: string, columns: string[], rows: unknown[][], conflict: string[], update: string[]): Promise<void>;
}

/**
 * In-process write lock. For SQLite it is keyed by the file: two connections to one file in one
 * process (a replica opened by a test, the demo loader beside a server) would otherwise block each
 * other's BEGIN synchronously. Across processes SQLite's own lock and busy timeout take over.
 */
const writeLocks = new Map<unknown, Promise<unknown>>();
const lockKey = (db: DataSource): unknown => (dialectOf(db) === "sqlite" ? `sqlite:${String(db.options.database)}` : db);

export interface TxOptions {
  /** False for writes that change no figures (the audit chain): cached figures stay valid. */
  bumpsVersion?: boolean;
}

/** Set while a transaction's work runs, so code that must never run inside one (gateway-client.ts) can refuse. */
const openTransaction = new AsyncLocalStorage<true>();

/** Whether the caller runs inside an open withTransaction (on this async path). */
export function inTransaction(): boolean {
  return openTransaction.getStore() === true;
}

export async function withTransaction<T>(db: DataSource, work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
  const bump = options.bumpsVersion ?? true;
  const body = async (tx: Tx) => {
    const result = await work(tx);
    // Every data write moves the version, so cached figures are recomputed (figures-cache.ts).
    if (bump) await tx.run("UPDATE data_version SET version = version + 1 WHERE id = 1");
    return result;
  };
  // One writer at a time per database in this process: better-sqlite3 has one connection, and a
  // second BEGIN inside an open transaction would fail. MySQL gets its own connection per writer.
  const key = lockKey(db);
  const previous = writeLocks.get(key) ?? Promise.resolve();
  let release!: () => void;
  const current = new Promise<void>((r) => (release = r));
  const chained = previous.then(() => current);
  writeLocks.set(key, chained);
  await previous.catch(() => undefined);
  try {
    return await openTransaction.run(true, () => (dialectOf(db) === "sqlite" ? sqliteTx(db, body) : mysqlTx(db, body)));
  } finally {
    release();
    if (writeLocks.get(key) === chained) writeLocks.delete(key);
  }
}

async function sqliteTx<T>(db: DataSource, work: (tx: Tx) => Promise<T>): Promise<T> {
  const raw = sqliteHandle(db);
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => {
    // Raw statements bypass TypeORM: tell its logger, so the SQL counters (bench, metrics) see them.
    db.logger.logQuery(sql);
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = raw.prepare(sql)));
    return s;
  };
  const tx: Tx = {
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
      if (rows.length === 0) return;
      const set = update.length ? `DO UPDATE SET ${update.map((c) => `${c} = excluded.${c}`).join(", ")}` : "DO NOTHING";
      // Many rows per statement: fewer calls across the native boundary (2–3x faster for bulk loads).
      const rowSql = `(${columns.map(() => "?").join(", ")})`;
      const sql = (n: number) => `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${new Array(n).fill(rowSql).join(", ")} ON CONFLICT (${conflict.join(", ")}) ${set}`;
      const batch = Math.max(1, Math.floor(999 / columns.length));
      const full = rows.length >= batch ? prepare(sql(batch)) : null;
      let i = 0;
      try {
        for (; full && i + batch <= rows.length; i += batch) full.run(...rows.slice(i, i + batch).flat());
        if (i < rows.length) prepare(sql(rows.length - i)).run(...rows.slice(i).flat());
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
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

async function mysqlTx<T>(db: DataSource, work: (tx: Tx) => Promise<T>): Promise<T> {
  const qr: QueryRunner = db.createQueryRunner("master");
  await qr.connect();
  const tx: Tx = {
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
      const chunk = Math.max(1, Math.floor(20_000 / columns.length));
      for (let i = 0; i < rows.length; i += chunk) {
        const part = rows.slice(i, i + chunk);
        try {
          await qr.query(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${part.map(() => rowSql).join(", ")} ON DUPLICATE KEY UPDATE ${set}`, part.flat());
        } catch (err) {
          // ER_BAD_NULL_ERROR from the guard: the row collided on another unique index.
          const e = ((err as { driverError?: { errno?: number } }).driverError ?? err) as { errno?: number };
          if (plan.otherUnique && e.errno === 1048) throw new UniqueViolation(table, [], err);
          throw uniqueViolationOf(db, err) ?? err;
        }
      }
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
