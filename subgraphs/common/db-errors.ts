import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { conflict, serviceUnavailable } from "./errors";

/**
 * Database errors the caller can act on, recognised the same way on SQLite (better-sqlite3) and
 * MySQL/MariaDB (mysql2), so that services never look at driver codes:
 * - a unique violation becomes CONFLICT naming the field of the index's columns;
 * - an unreachable or locked database becomes SERVICE_UNAVAILABLE (retry later), not INTERNAL.
 */

/** A row collided with an existing one on a unique index (`columns` empty when the driver does not say which). */
export class UniqueViolation extends Error {
  constructor(readonly table: string, readonly columns: string[], override readonly cause?: unknown) {
    super(`unique violation on ${table}(${columns.join(", ")})`);
  }
}

interface DriverError {
  code?: string;
  errno?: number;
  message?: string;
  driverError?: unknown;
  originalError?: unknown;
  cause?: unknown;
  /** graphql-js wraps a thrown value that is not `instanceof Error` (a driver error from another realm, as under jest). */
  thrownValue?: unknown;
}

/** The error itself and what it wraps (GraphQLError.originalError, TypeORM's driverError). */
function chain(err: unknown): DriverError[] {
  const out: DriverError[] = [];
  let e = err as DriverError | undefined;
  for (let i = 0; e && typeof e === "object" && i < 6; i++) {
    out.push(e);
    e = (e.originalError ?? e.driverError ?? e.thrownValue ?? e.cause) as DriverError | undefined;
  }
  return out;
}

/** Which table and columns a unique violation is about, read from the driver's message and the entity metadata. */
export function uniqueViolationOf(db: DataSource, err: unknown): UniqueViolation | null {
  for (const e of chain(err)) {
    if (e instanceof UniqueViolation) return e;
    const message = String(e.message ?? "");
    if (e.code === "SQLITE_CONSTRAINT_UNIQUE" || e.code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
      // "UNIQUE constraint failed: person.idNumber" or "...: contribution.personId, contribution.insurance, ..."
      const list = message.split(":").slice(1).join(":").split(",").map((s) => s.trim()).filter(Boolean);
      const table = list[0]?.split(".")[0] ?? "";
      return new UniqueViolation(table, list.map((c) => c.split(".").slice(1).join(".")), err);
    }
    if (e.errno === 1062 || e.code === "ER_DUP_ENTRY") {
      // "Duplicate entry 'x' for key 'IDX_…'" (MariaDB) or "… for key 'person.IDX_…'" (MySQL 8)
      const key = /for key '([^']+)'/.exec(message)?.[1]?.split(".").pop() ?? "";
      for (const meta of db.entityMetadatas) {
        if (key === "PRIMARY") continue;
        const index = meta.indices.find((i) => i.isUnique && i.name === key);
        if (index) return new UniqueViolation(meta.tableName, index.columns.map((c) => c.databaseName), err);
      }
      return new UniqueViolation("", key === "PRIMARY" ? ["id"] : [], err);
    }
  }
  return null;
}

const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EPIPE",
  "PROTOCOL_CONNECTION_LOST", "PROTOCOL_SEQUENCE_TIMEOUT", "ER_CON_COUNT_ERROR", "ER_SERVER_SHUTDOWN", "POOL_CLOSED",
  // SQLite: locked past busy_timeout by another process, or the file cannot be opened.
  "SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_RECOVERY", "SQLITE_LOCKED", "SQLITE_CANTOPEN",
]);

/** Whether an error means "the database cannot be reached now" rather than a defect. */
export function isUnavailable(err: unknown): boolean {
  // Any extended SQLITE_BUSY_* / SQLITE_LOCKED_* code too (the busy timeout ran out one way or another).
  return chain(err).some((e) => (typeof e.code === "string" && (UNAVAILABLE_CODES.has(e.code) || /^SQLITE_(BUSY|LOCKED)_/.test(e.code))) || e.errno === 2002 || e.errno === 2003 || e.errno === 2006 || e.errno === 2013 || e.errno === 1053
    // mysql2 on a pooled connection the server dropped: a plain Error, no code (seen with MariaDB killed under load).
    || /connection is in closed state/.test(String(e.message ?? "")));
}

/**
 * CONFLICT for a unique violation. `fields` maps an index's columns (joined with ",") to the input
 * field the caller sent; without an entry the field is `input.<first column>`. The message names no
 * record: the existing one may be outside the caller's bounds (existence never leaks, DESIGN §4).
 */
export function conflictFor(v: UniqueViolation, fields: Record<string, string> = {}, rule?: string, extensions: Record<string, unknown> = {}): GraphQLError {
  const field = fields[v.columns.join(",")] ?? (v.columns[0] ? `input.${v.columns[0]}` : "input");
  return conflict("This value is already registered.", { field, rule: rule ?? `${v.table || "record"}.duplicate`, ...extensions });
}

/**
 * Runs a write (a transaction) whose unique violation is the caller's duplicate: it becomes
 * `conflictFor(v, fields, rule)`; every other error passes unchanged.
 */
export async function orConflict<T>(db: DataSource, write: () => Promise<T>, fields: Record<string, string>, rule: string): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const v = uniqueViolationOf(db, err);
    if (!v) throw err;
    throw conflictFor(v, fields, rule);
  }
}

/**
 * A transaction the server rolled back because of other writers: a deadlock (1213), a lock-wait
 * timeout (1205), or on TiDB an optimistic write conflict (9007) or a retryable commit (8002, 8022).
 * Safe to run again whole (withTransaction does, a few times).
 */
export function isTransactionConflict(err: unknown): boolean {
  return chain(err).some((e) => e instanceof TransactionConflict || [1213, 1205, 9007, 8002, 8022].includes(Number(e.errno)) || e.code === "ER_LOCK_DEADLOCK" || e.code === "ER_LOCK_WAIT_TIMEOUT");
}

/** A transaction that still met other writers after withTransaction's retries: busy, retry later. */
export class TransactionConflict extends Error {
  constructor(override readonly cause?: unknown) {
    super("The transaction kept meeting concurrent writers (deadlock or lock wait) and was given up.");
  }
}

/** Maps a database error to the caller's error (CONFLICT, SERVICE_UNAVAILABLE), or null when it is none of those. */
export function translateDbError(db: DataSource, err: unknown): GraphQLError | null {
  // A deadlock or lock wait past the retries: the database is busy, the same answer as unreachable.
  if (isUnavailable(err) || isTransactionConflict(err)) return serviceUnavailable();
  const v = uniqueViolationOf(db, err);
  return v ? conflictFor(v) : null;
}
