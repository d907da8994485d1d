import crypto from "node:crypto";
import type { DataSource } from "typeorm";
import type { Claims } from "../../../lib/claims";
import { addDays, chinaDayStart } from "../dates";
import { badInput } from "../errors";
import { decodePage, pageOf } from "../page";
import { dialectOf, hasTable, sqliteHandle } from "../data-source";
import { jsonList } from "../columns";
import { withTransaction, Tx } from "../tx";
import { isTransactionConflict, uniqueViolationOf } from "../db-errors";
import type { AuditChain, AuditEntry } from "./audit.entity";

const GENESIS = "0".repeat(64);

/**
 * What one request showed unmasked: collected by the personal-data fields (personal-data.ts), written
 * once at the end. Every subject, no cap (DESIGN §4); a page of 50 employers records ~1,700 reads, so
 * this stays two Set insertions.
 */
export class AuditCollector {
  readonly subjects = new Set<string>();
  readonly fields = new Set<string>();
  record(typeName: string, id: unknown, field: string): void {
    this.recordRead(typeName, id, `${typeName}.${field}`);
  }
  /** `fieldKey` is `Type.field`, built once per schema field by the caller. */
  recordRead(typeName: string, id: unknown, fieldKey: string): void {
    this.subjects.add(`${typeName}:${id ?? "?"}`);
    this.fields.add(fieldKey);
  }
  get empty(): boolean {
    return this.fields.size === 0;
  }
}

/** The entry's hash over its content and the previous hash; the document hash, recorded since AuditPaging, when present (older entries verify as they were written). */
function hashOf(e: Omit<AuditEntry, "hash">): string {
  const content = [e.seq, e.at, e.sub, e.role, e.agency, e.purpose, e.operation, e.subjects, e.fields, e.result, e.prevHash];
  const canonical = JSON.stringify(e.documentHash ? [...content, e.documentHash] : content);
  return crypto.createHash("sha256").update(canonical).digest("hex");
}

interface Pending {
  entry: Omit<AuditEntry, "seq" | "prevHash" | "hash">;
  done: { resolve(): void; reject(err: unknown): void };
}

/** Entries waiting for their database's next append, and whether one is running. */
const queues = new WeakMap<DataSource, { pending: Pending[]; running: boolean }>();

/**
 * Appends one entry to this database's chain, and resolves once it is committed: the response that
 * showed the data waits for it (fail closed). Entries of concurrent requests are appended together,
 * in one transaction, while the previous append commits (group commit: one lock and one flush for
 * many reads). The chain's last entry is its head, and no audit table is ever updated (the grants can
 * be INSERT and SELECT only). Replicas of a subgraph take turns (appendBatch), and a sequence number
 * is the primary key, so two appends can never both take one.
 */
export function appendAudit(db: DataSource, claims: Claims, operation: string | undefined, audit: AuditCollector, result: "OK" | "ERROR", documentHash: string | null = null): Promise<void> {
  const entry = {
    documentHash,
    at: new Date().toISOString(),
    sub: claims.sub,
    role: claims.role ?? null,
    agency: claims.agency ?? null,
    purpose: claims.purpose ?? null,
    operation: operation ?? null,
    subjects: [...audit.subjects],
    fields: [...audit.fields].sort(),
    result,
  };
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = { pending: [], running: false }));
  const promise = new Promise<void>((resolve, reject) => queue!.pending.push({ entry, done: { resolve, reject } }));
  if (!queue.running) void drain(db, queue);
  return promise;
}

async function drain(db: DataSource, queue: { pending: Pending[]; running: boolean }): Promise<void> {
  queue.running = true;
  while (queue.pending.length) {
    const batch = queue.pending.splice(0, 200);
    try {
      await withRetry(db, (attempt) => appendBatch(db, batch.map((p) => p.entry), attempt > 1));
      for (const p of batch) p.done.resolve();
    } catch (err) {
      for (const p of batch) p.done.reject(err);
    }
  }
  queue.running = false;
}

/**
 * MySQL may pick a replica's append as a deadlock victim, or let two replicas read the same last entry
 * (then the second one's sequence number is taken: a duplicate key); the whole append is safe to run again.
 */
async function withRetry(db: DataSource, work: (attempt: number) => Promise<void>, attempts = 8): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      return await work(i);
    } catch (err) {
      // The only unique key an append writes is the sequence number; SQLITE_BUSY: another process's write outlasted the busy timeout.
      const again = uniqueViolationOf(db, err) !== null || isTransactionConflict(err) || /SQLITE_BUSY/.test(String((err as Error).message));
      if (i >= attempts || !again) throw err;
      // Jittered: replicas that collided do not meet again at the same instant.
      await new Promise((r) => setTimeout(r, Math.random() * 10 * i));
    }
  }
}

/** The server's named lock replicas of one database take turns by after a collision (at most 64 characters). */
const appendLockName = (db: DataSource) => `sihub_audit:${new URL((db.options as { url: string }).url).pathname.slice(1)}`.slice(0, 64);

/**
 * One append: the chain's last entry read, the entries after it inserted, in one transaction. SQLite's
 * write lock (BEGIN IMMEDIATE) orders appends before the read. On MySQL the first attempt takes no lock
 * (one process per subgraph never collides with itself: its appends queue). Two
 * replicas may read the same last entry: the second one's INSERT then waits on the first's uncommitted
 * sequence number (the primary key), fails as a duplicate once the first commits, and runs again, now
 * under a named lock of the server (GET_LOCK, taken before the read and released after the insert),
 * so that colliding replicas take turns instead of colliding again. Measured, four replicas appending
 * 300 entries in lockstep waves (the worst case) on MariaDB: never locked, 197 attempts ran again;
 * always locked, 8, but every append costs two statements more; as here, 178, all of them first
 * attempts, and a lone process never pays for the lock. Not FOR UPDATE on the last entry:
 * its gap lock made two replicas' appends deadlock, and MySQL 8 refuses it without UPDATE, so the grants
 * stay INSERT and SELECT. The primary key alone keeps the chain right, also where GET_LOCK times out.
 */
async function appendBatch(db: DataSource, entries: Pending["entry"][], afterCollision: boolean): Promise<void> {
  await withTransaction(db, async (tx) => {
    const lock = afterCollision && tx.dialect === "mysql" ? appendLockName(db) : null;
    if (lock) await tx.query("SELECT GET_LOCK(?, 10) AS held", [lock]);
    try {
      await appendAfter(tx, await lastEntry(tx), entries);
    } finally {
      if (lock) await tx.query("SELECT RELEASE_LOCK(?) AS released", [lock]);
    }
  }, { bumpsVersion: false });
}

async function appendAfter(tx: Tx, head: { seq: number; hash: string }, entries: Pending["entry"][]): Promise<void> {
  let seq = head.seq;
  let prevHash = head.hash;
  const rows: unknown[][] = [];
  for (const e of entries) {
    const chained = { ...e, seq: ++seq, prevHash };
    const hash = hashOf(chained);
    rows.push([chained.seq, e.at, e.sub, e.role, e.agency, e.purpose, e.operation, e.documentHash, JSON.stringify(e.subjects), JSON.stringify(e.fields), e.result, prevHash, hash]);
    prevHash = hash;
  }
  // A plain INSERT: a sequence number taken twice must fail the append, never be skipped.
  const one = `(${new Array(13).fill("?").join(", ")})`;
  await tx.run(
    `INSERT INTO audit_log (seq, at, sub, role, agency, purpose, operation, documentHash, subjects, fields, result, prevHash, hash) VALUES ${rows.map(() => one).join(", ")}`,
    rows.flat(),
  );
}

/** The chain's head: its last entry's sequence number and hash, or the genesis of an empty chain. */
async function lastEntry(db: { query(sql: string, params?: unknown[]): Promise<unknown[]> }): Promise<{ seq: number; hash: string }> {
  const [row] = (await db.query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) as { seq: number | string; hash: string }[];
  return row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS };
}

type Row = Omit<AuditEntry, "subjects" | "fields"> & { subjects: string; fields: string };
const parse = (r: Row): AuditEntry => ({ ...r, seq: Number(r.seq), documentHash: r.documentHash ?? null, subjects: jsonList.from(r.subjects), fields: jsonList.from(r.fields) });

/** Entries read per statement while verifying: memory stays flat however long the chain is. */
const VERIFY_BATCH = 2_000;
export const MAX_AUDIT_PAGE = 1_000;

export interface Verification { length: number; verified: boolean; brokenAt: number | null }

/**
 * Verifies the chain from `from` (a verified checkpoint, or the genesis) to its last entry, reading it
 * in batches by sequence: each entry must recompute to its hash, link to the previous one and follow
 * it without a gap. Entries removed at the end, before a checkpoint, show at the checkpoint (verifyChain).
 */
async function verifyFrom(db: DataSource, from: { seq: number; hash: string }): Promise<Verification & { head: { seq: number; hash: string } }> {
  const head = await lastEntry(db);
  let prev = from.hash;
  let expected = from.seq + 1;
  for (;;) {
    const rows = (await db.query(`SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ${VERIFY_BATCH}`, [expected])) as Row[];
    for (const raw of rows) {
      const { hash, ...rest } = parse(raw);
      if (rest.seq !== expected || rest.prevHash !== prev || hashOf(rest) !== hash) return { length: head.seq, verified: false, brokenAt: Math.min(rest.seq, expected), head };
      prev = hash;
      expected++;
    }
    if (rows.length < VERIFY_BATCH) break;
  }
  // The last entry read at the start must have been reached (entries appended meanwhile are verified too).
  if (expected - 1 < head.seq) return { length: head.seq, verified: false, brokenAt: expected, head };
  return { length: expected - 1, verified: true, brokenAt: null, head: { seq: expected - 1, hash: prev } };
}

/**
 * The chain verified incrementally: from its last checkpoint (the seq and hash a verification reached
 * before, insert-only) to the head, then a new checkpoint there. The checkpoint's own entry is checked
 * to still carry its hash. What was verified before the checkpoint is not read again: a whole-chain check
 * is `npm run audit -- verify` (verifyWholeChain).
 */
export async function verifyChain(db: DataSource): Promise<Verification> {
  const [checkpoint] = (await db.query("SELECT seq, hash FROM audit_checkpoint ORDER BY seq DESC LIMIT 1")) as { seq: number | string; hash: string }[];
  const from = checkpoint ? { seq: Number(checkpoint.seq), hash: checkpoint.hash } : { seq: 0, hash: GENESIS };
  if (from.seq > 0) {
    const [at] = (await db.query("SELECT hash FROM audit_log WHERE seq = ?", [from.seq])) as { hash: string }[];
    if (at?.hash !== from.hash) return { length: from.seq, verified: false, brokenAt: from.seq };
  }
  const result = await verifyFrom(db, from);
  if (result.verified && result.head.seq > from.seq) {
    const sqlite = dialectOf(db) === "sqlite";
    // Two readers verifying at once reach the same head: the second checkpoint is the same row.
    await db.query(`INSERT ${sqlite ? "OR IGNORE" : "IGNORE"} INTO audit_checkpoint (seq, hash, at) VALUES (?, ?, ?)`, [result.head.seq, result.head.hash, new Date().toISOString()]);
  }
  return { length: result.length, verified: result.verified, brokenAt: result.brokenAt };
}

/** The whole chain from its first entry, checkpoints ignored (`npm run audit -- verify`). */
export async function verifyWholeChain(db: DataSource): Promise<Verification> {
  const { head: _head, ...result } = await verifyFrom(db, { seq: 0, hash: GENESIS });
  return result;
}

/**
 * A page of the entries of a period of China days [from, to], oldest first, filtered and cut in SQL
 * (keyset on seq: `after` is the cursor of the previous page's last entry), with the chain's verification.
 */
export async function readChain(db: DataSource, from: string, to: string, page: { first: number; after?: string | null } = { first: 100 }): Promise<AuditChain> {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_AUDIT_PAGE) throw badInput("first", "page.size", `A page holds 1 to ${MAX_AUDIT_PAGE} entries.`);
  const afterSeq = page.after ? decodePage({ first: 1, after: page.after }).afterId : 0;
  // `at` is an ISO UTC instant; the period is of China days (DESIGN §3), so its bounds are too.
  const start = chinaDayStart(from);
  const end = chinaDayStart(addDays(to, 1));
  const rows = (await db.query(`SELECT * FROM audit_log WHERE at >= ? AND at < ? AND seq > ? ORDER BY seq LIMIT ${page.first + 1}`, [start, end, afterSeq])) as Row[];
  const { nodes, pageInfo } = pageOf(rows.map(parse).map((e) => ({ ...e, id: e.seq })), page.first);
  return { entries: nodes, pageInfo, ...(await verifyChain(db)) };
}

/** What keeps the audit log append-only in this database (said at start). */
export type AuditProtection = "triggers" | "grants";

/**
 * Refuses UPDATE and DELETE on the log in the database itself, so that not even a bug or a careless
 * script of ours can rewrite it: triggers, created at start on SQLite and wherever the MySQL user may
 * create them. Where it may not (no TRIGGER privilege, MySQL 8 with binary logging, TiDB), the DBA's
 * grants must do it (docs/audit.md: INSERT and SELECT only on audit_log): the subgraph checks that the
 * user indeed cannot UPDATE or DELETE there, and refuses to start otherwise (fail closed).
 */
export async function protectAuditLog(db: DataSource): Promise<AuditProtection> {
  const sqlite = dialectOf(db) === "sqlite";
  if (!(await hasTable(db, "audit_log"))) return "triggers"; // before the first migration (as when generating it)
  for (const op of ["UPDATE", "DELETE"]) {
    const name = `audit_log_no_${op.toLowerCase()}`;
    if (sqlite) {
      sqliteHandle(db).exec(`CREATE TRIGGER IF NOT EXISTS ${name} BEFORE ${op} ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`);
      continue;
    }
    const exists = await db.query("SELECT 1 FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = ?", [name]);
    if (exists.length) continue;
    try {
      await db.query(`CREATE TRIGGER ${name} BEFORE ${op} ON audit_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only'`);
    } catch (err) {
      const message = String((err as Error).message);
      // Another replica starting at the same moment created it first.
      if (/already exists/i.test(message)) continue;
      if (!/denied|privilege|not supported|binary logging/i.test(message)) throw err;
      return grantsHold(db);
    }
  }
  return "triggers";
}

/** Without triggers, the log is append-only only if this user may neither UPDATE nor DELETE it (statements that touch no row). */
async function grantsHold(db: DataSource): Promise<AuditProtection> {
  for (const sql of ["UPDATE audit_log SET seq = seq WHERE 1 = 0", "DELETE FROM audit_log WHERE 1 = 0"]) {
    const refused = await db.query(sql).then(() => false, (err: Error) => /denied/i.test(err.message));
    if (!refused) {
      throw new Error("audit_log is not protected: this database user may not create triggers, yet may UPDATE or DELETE audit_log. Grant it INSERT and SELECT only there (docs/audit.md), or let it create triggers.");
    }
  }
  return "grants";
}
