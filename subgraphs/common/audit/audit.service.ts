import crypto from "node:crypto";
import type { DataSource } from "typeorm";
import type { Claims } from "../../../lib/claims";
import { addDays, chinaDayStart } from "../dates";
import { dialectOf, hasTable, sqliteHandle } from "../data-source";
import { jsonList } from "../columns";
import { withTransaction } from "../tx";
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

function hashOf(e: Omit<AuditEntry, "hash">): string {
  const canonical = JSON.stringify([e.seq, e.at, e.sub, e.role, e.agency, e.purpose, e.operation, e.subjects, e.fields, e.result, e.prevHash]);
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
 * many reads). The head row is locked for each append (FOR UPDATE on MySQL; SQLite's write lock does
 * the same), so replicas of a subgraph append one after another.
 */
export function appendAudit(db: DataSource, claims: Claims, operation: string | undefined, audit: AuditCollector, result: "OK" | "ERROR"): Promise<void> {
  const entry = {
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
      await withRetry(() => appendBatch(db, batch.map((p) => p.entry)));
      for (const p of batch) p.done.resolve();
    } catch (err) {
      for (const p of batch) p.done.reject(err);
    }
  }
  queue.running = false;
}

/** MySQL may pick a replica's append as a deadlock victim; the whole append is safe to run again. */
async function withRetry(work: () => Promise<void>, attempts = 3): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (err) {
      if (i >= attempts || !/deadlock|lock wait timeout|SQLITE_BUSY/i.test(String((err as Error).message))) throw err;
      await new Promise((r) => setTimeout(r, 5 * i));
    }
  }
}

async function appendBatch(db: DataSource, entries: Pending["entry"][]): Promise<void> {
  await withTransaction(db, async (tx) => {
    const lock = tx.dialect === "mysql" ? " FOR UPDATE" : "";
    // The head row exists from the start (protectAuditLog), so this lock never races an insert.
    const [head] = await tx.query<{ seq: number; hash: string }>(`SELECT seq, hash FROM audit_head WHERE id = 1${lock}`);
    let seq = Number(head.seq);
    let prevHash = head.hash;
    const rows: unknown[][] = [];
    for (const e of entries) {
      const chained = { ...e, seq: ++seq, prevHash };
      const hash = hashOf(chained);
      rows.push([chained.seq, e.at, e.sub, e.role, e.agency, e.purpose, e.operation, JSON.stringify(e.subjects), JSON.stringify(e.fields), e.result, prevHash, hash]);
      prevHash = hash;
    }
    // A plain INSERT: a sequence number taken twice must fail the append, never be skipped.
    const one = `(${new Array(12).fill("?").join(", ")})`;
    await tx.run(
      `INSERT INTO audit_log (seq, at, sub, role, agency, purpose, operation, subjects, fields, result, prevHash, hash) VALUES ${rows.map(() => one).join(", ")}`,
      rows.flat(),
    );
    await tx.run("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", [seq, prevHash]);
  }, { bumpsVersion: false });
}

type Row = Omit<AuditEntry, "subjects" | "fields"> & { subjects: string; fields: string };
const parse = (r: Row): AuditEntry => ({ ...r, seq: Number(r.seq), subjects: jsonList.from(r.subjects), fields: jsonList.from(r.fields) });

/** The entries of a period of China days [from, to] and the verification of the whole chain, head included. */
export async function readChain(db: DataSource, from: string, to: string): Promise<AuditChain> {
  const rows = (await db.query("SELECT * FROM audit_log ORDER BY seq")) as Row[];
  let prev = GENESIS;
  let brokenAt: number | null = null;
  rows.forEach((raw, i) => {
    const e = parse(raw);
    if (brokenAt !== null) return;
    const { hash, ...rest } = e;
    if (e.seq !== i + 1 || e.prevHash !== prev || hashOf(rest) !== hash) brokenAt = e.seq;
    prev = hash;
  });
  const [head] = (await db.query("SELECT seq, hash FROM audit_head WHERE id = 1")) as { seq: number; hash: string }[];
  if (brokenAt === null && head && (Number(head.seq) !== rows.length || head.hash !== prev)) brokenAt = rows.length + 1;
  // `at` is an ISO UTC instant; the period is of China days (DESIGN §3), so its bounds are too.
  const start = chinaDayStart(from);
  const end = chinaDayStart(addDays(to, 1));
  const entries = rows.map(parse).filter((e) => e.at >= start && e.at < end).slice(0, 1000);
  return { entries, length: rows.length, verified: brokenAt === null, brokenAt };
}

/**
 * Refuses UPDATE and DELETE on the log in the database itself, so that not even a bug or a careless
 * script of ours can rewrite it. Created at start on both databases, so every subgraph has them.
 */
export async function protectAuditLog(db: DataSource): Promise<void> {
  const sqlite = dialectOf(db) === "sqlite";
  if (!(await hasTable(db, "audit_log"))) return; // before the first migration (as when generating it)
  await db.query(`INSERT ${sqlite ? "OR IGNORE" : "IGNORE"} INTO audit_head (id, seq, hash) VALUES (1, 0, ?)`, [GENESIS]);
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
      // Another replica starting at the same moment created it first.
      if (!/already exists/i.test(String((err as Error).message))) throw err;
    }
  }
}
