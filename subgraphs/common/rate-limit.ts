import type { DataSource } from "typeorm";
import type { Claims } from "../../lib/claims";
import type { Config } from "../../lib/config";
import type { InternalTokenKit } from "../../lib/internal-token";
import { rateLimited, serviceUnavailable } from "./errors";
import { dialectOf } from "./data-source";
import { withTransaction } from "./tx";

/**
 * Per-subject allowances (DESIGN §4: lookups by ID number, 600 a minute by default). The counters live
 * in the access subgraph's database (table rate_counter), so every replica of every subgraph counts
 * against the same number: a subgraph asks `POST /internal/rate` on access with its own internal token
 * (scope `rate:count`). Fixed one-minute windows; the uses of one request for one bucket (20 aliased
 * lookups) go in one call, and the k-th of them is allowed when the count up to it is within the limit.
 * When access cannot be asked the use is refused (SERVICE_UNAVAILABLE): a limit that cannot be checked
 * is not a limit.
 */
export interface RequestRate {
  /** Counts one use of `bucket` for the caller; throws RATE_LIMITED past `limitPerMinute` (0 = unlimited). */
  take(bucket: string, limitPerMinute: number): Promise<void>;
}

export const WINDOW_S = 60;
export const RATE_SCOPE = "rate:count";

interface Counted { count: number; retryAfterS: number }

/** The process's client of access's counters; `accessUrl` is read at each use (tests start access last). */
export function rateCounterClient(config: Config, tokens: InternalTokenKit, service: string, accessUrl: () => string | undefined) {
  let serviceToken: { token: string; until: number } | undefined;
  async function post(subject: string, bucket: string, count: number): Promise<Counted> {
    const graphqlUrl = accessUrl();
    if (!graphqlUrl) throw serviceUnavailable("The lookup allowance cannot be checked (no access service); retry later.");
    if (!serviceToken || serviceToken.until < Date.now()) {
      serviceToken = { token: await tokens.sign({ sub: service, role: "service", scopes: new Set([RATE_SCOPE]) }), until: Date.now() + 30_000 };
    }
    let res: Response;
    try {
      res = await fetch(graphqlUrl.replace(/\/graphql$/, "/internal/rate"), {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${serviceToken.token}` },
        body: JSON.stringify({ subject, bucket, count }),
        signal: AbortSignal.timeout(config.SUBGRAPH_TIMEOUT_MS),
      });
    } catch {
      throw serviceUnavailable("The lookup allowance cannot be checked; retry later.");
    }
    if (!res.ok) throw serviceUnavailable("The lookup allowance cannot be checked; retry later.");
    return (await res.json()) as Counted;
  }
  return {
    forRequest(claims: Claims): RequestRate {
      const batches = new Map<string, { n: number; result: Promise<Counted> }>();
      return {
        take(bucket, limitPerMinute) {
          if (limitPerMinute <= 0) return Promise.resolve();
          let batch = batches.get(bucket);
          if (!batch) {
            const b = { n: 0, result: undefined as unknown as Promise<Counted> };
            b.result = new Promise<void>((r) => setImmediate(r)).then(() => {
              batches.delete(bucket);
              return post(claims.sub, bucket, b.n);
            });
            batches.set(bucket, b);
            batch = b;
          }
          const b = batch;
          const k = ++b.n;
          return b.result.then(({ count, retryAfterS }) => {
            if (count - b.n + k > limitPerMinute) {
              throw rateLimited(`Too many lookups: at most ${limitPerMinute} a minute. Retry in ${retryAfterS} s.`, retryAfterS);
            }
          });
        },
      };
    },
  };
}

export type RateCounterClient = ReturnType<typeof rateCounterClient>;

let sweeps = 0;

/**
 * Access's side: adds `count` to the subject's counter of this window, atomically (an upsert inside a
 * write transaction: SQLite's write lock, InnoDB's row lock), and answers the new total.
 */
export async function countInWindow(db: DataSource, subject: string, bucket: string, count: number, now = Date.now()): Promise<Counted> {
  const windowStart = Math.floor(now / 1000 / WINDOW_S);
  const retryAfterS = Math.max(1, Math.ceil((windowStart + 1) * WINDOW_S - now / 1000));
  const upsert = dialectOf(db) === "sqlite"
    ? "INSERT INTO rate_counter (subject, bucket, windowStart, uses) VALUES (?, ?, ?, ?) ON CONFLICT (subject, bucket, windowStart) DO UPDATE SET uses = uses + excluded.uses"
    : "INSERT INTO rate_counter (subject, bucket, windowStart, uses) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE uses = uses + VALUES(uses)";
  const total = await withTransaction(db, async (tx) => {
    await tx.run(upsert, [subject, bucket, windowStart, count]);
    const [row] = await tx.query<{ uses: number | string }>("SELECT uses FROM rate_counter WHERE subject = ? AND bucket = ? AND windowStart = ?", [subject, bucket, windowStart]);
    // Old windows are dropped now and then (one statement per ~500 counts).
    if (++sweeps % 500 === 0) await tx.run("DELETE FROM rate_counter WHERE windowStart < ?", [windowStart - 1]);
    return Number(row.uses);
  }, { bumpsVersion: false });
  return { count: total, retryAfterS };
}
