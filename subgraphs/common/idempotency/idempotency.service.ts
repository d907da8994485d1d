import crypto from "node:crypto";
import type { DataSource } from "typeorm";
import { withTransaction } from "../tx";

/** How long a key answers its first call (DESIGN §4); afterwards it may be used afresh. */
export const KEEP_MS = 24 * 60 * 60 * 1000;
/** How long a duplicate waits for the first call still running before it is told so. */
const WAIT_MS = 5_000;
const POLL_MS = 50;
const PURGE_EVERY_MS = 60_000;

export interface KeyedCall {
  /** The row's key: the caller's subject, the mutation and the idempotency key, hashed. */
  id: string;
  mutation: string;
  /** Hash of the arguments and the caller's rights. */
  requestHash: string;
}

export type Claim =
  | { kind: "first" }
  | { kind: "done"; response: string }
  | { kind: "running" }
  | { kind: "other-request" };

const lastPurge = new WeakMap<DataSource, number>();

/**
 * Takes the key for this call, or says who has it. A unique insert of a PENDING row is the lock:
 * of two concurrent calls with one key only one inserts; the other reads that row. Runs in its own
 * short transaction (not the mutation's): the mutation's own writes then commit or roll back alone.
 * No DELETE before the insert: on MySQL a delete of a missing row takes a gap lock, and two replicas
 * doing that for one key would deadlock on their inserts; an expired row is taken over by UPDATE.
 */
export async function claimKey(db: DataSource, call: KeyedCall, now = Date.now()): Promise<Claim> {
  await purgeExpired(db, now);
  const cutoff = iso(now - KEEP_MS);
  return withDeadlockRetry(() => withTransaction(db, async (tx) => {
    const insert = tx.dialect === "sqlite"
      ? "INSERT INTO idempotency_key (id, mutation, requestHash, status, response, createdAt) VALUES (?, ?, ?, 'PENDING', NULL, ?) ON CONFLICT (id) DO NOTHING"
      // Not ON DUPLICATE KEY UPDATE: with mysql2's FOUND_ROWS flag it reports 1 for an existing row too.
      : "INSERT IGNORE INTO idempotency_key (id, mutation, requestHash, status, response, createdAt) VALUES (?, ?, ?, 'PENDING', NULL, ?)";
    if ((await tx.run(insert, [call.id, call.mutation, call.requestHash, iso(now)])).changes > 0) return { kind: "first" };
    const [row] = await tx.query<{ requestHash: string; status: string; response: string | null; createdAt: string }>(
      "SELECT requestHash, status, response, createdAt FROM idempotency_key WHERE id = ?", [call.id]);
    if (!row) return { kind: "running" }; // released between our insert and read: the caller waits and claims again
    if (row.createdAt < cutoff) {
      // Expired, whether or not the purge has reached it yet: the key is free again. Only this rare
      // path locks the row for writing, so duplicates of a live key never contend for it.
      const takeOver = await tx.run(
        "UPDATE idempotency_key SET mutation = ?, requestHash = ?, status = 'PENDING', response = NULL, createdAt = ? WHERE id = ? AND createdAt < ?",
        [call.mutation, call.requestHash, iso(now), call.id, cutoff],
      );
      return takeOver.changes > 0 ? { kind: "first" } : { kind: "running" };
    }
    if (row.requestHash !== call.requestHash) return { kind: "other-request" };
    return row.status === "DONE" && row.response !== null ? { kind: "done", response: row.response } : { kind: "running" };
  }, { bumpsVersion: false }));
}

/** Two replicas claiming one key at once may meet in a MySQL deadlock; the claim is safe to run again. */
async function withDeadlockRetry<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (err) {
      if (i >= attempts || !/deadlock|lock wait timeout|SQLITE_BUSY/i.test(String((err as Error).message))) throw err;
      await new Promise((r) => setTimeout(r, 5 * i));
    }
  }
}

/**
 * Deletes entries older than 24 hours, at most once a minute per process and database, in a
 * transaction of its own: a purge that fails (a lock timeout on a busy MySQL) only waits for the next.
 */
async function purgeExpired(db: DataSource, now: number): Promise<void> {
  if (now - (lastPurge.get(db) ?? -Infinity) <= PURGE_EVERY_MS) return;
  lastPurge.set(db, now);
  try {
    await withTransaction(db, (tx) => tx.run("DELETE FROM idempotency_key WHERE createdAt < ?", [iso(now - KEEP_MS)]), { bumpsVersion: false });
  } catch {
    lastPurge.delete(db);
  }
}

/** Waits for the first call with this key to finish: its answer, or still `running` after WAIT_MS. */
export async function awaitFirst(db: DataSource, call: KeyedCall): Promise<Claim> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    const claim = await claimKey(db, call);
    if (claim.kind !== "running" || Date.now() >= until) return claim;
  }
}

/** Stores the first call's answer (already encrypted). */
export async function completeKey(db: DataSource, id: string, response: string): Promise<void> {
  await withTransaction(db, (tx) => tx.run("UPDATE idempotency_key SET status = 'DONE', response = ? WHERE id = ?", [response, id]), { bumpsVersion: false });
}

/** Frees the key after a failed call: errors are not stored, so the caller may retry with it. */
export async function releaseKey(db: DataSource, id: string): Promise<void> {
  await withTransaction(db, (tx) => tx.run("DELETE FROM idempotency_key WHERE id = ? AND status = 'PENDING'", [id]), { bumpsVersion: false });
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Stored answers are encrypted: they may hold what the database otherwise keeps only hashed (a new
 * partner API key) and personal data. The key is derived from the server's internal-token secret and
 * the idempotency key itself, so neither a copy of the database nor a guessed key alone reads them.
 */
export function sealer(secret: string, scope: string): { seal(plain: string): string; open(sealed: string): string | null } {
  const key = crypto.createHmac("sha256", secret).update(`si-hub idempotency response\0${scope}`).digest();
  return {
    seal(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
    },
    open(sealed) {
      try {
        const raw = Buffer.from(sealed, "base64");
        const decipher = crypto.createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
      } catch {
        return null; // the secret changed since: the answer cannot be read back
      }
    },
  };
}

/** JSON with sorted keys, so that equal arguments hash equally whatever order they came in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === "bigint") return v.toString();
    if (v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

export const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("hex");
