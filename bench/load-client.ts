import autocannon from "autocannon";

/**
 * The load generator, run in its own process (`fork`) by bench/run.ts. The gateway lives in the bench's
 * main process (launchHub, as with `npm start`); autocannon on the same event loop would steal the
 * gateway's CPU turns and measure its own queueing, so the clients get a process of their own, as real
 * clients would.
 */

export interface LoadJob {
  url: string;
  token: string;
  /** Request bodies, sent in turn across all connections (variables differ from one to the next). */
  bodies: string[];
  connections: number;
  seconds: number;
}

export interface LoadResult {
  /** Responses received within the run. */
  requests: number;
  /** Requests sent: the ones still in flight when the run stops are served after it. */
  sent: number;
  seconds: number;
  rps: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** Connection errors and timeouts (autocannon's `errors`, which include timeouts). */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 2xx responses whose body carries a GraphQL `errors` member. */
  graphqlErrors: number;
  /** The first failing response body, cut short, when any. */
  firstError?: string;
  /** CPU time of this load-generator process, to see how much of the machine the clients took. */
  clientCpuMs: number;
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  // autocannon's histogram has p97.5 but no p95; DESIGN §6 states p95, so keep every latency.
  let times = new Float64Array(1 << 16);
  let count = 0;
  let graphqlErrors = 0;
  let firstError: string | undefined;
  let next = 0;
  const cpu0 = process.cpuUsage();

  let finish: (err: unknown, result?: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => (finish = (err, result) => (err || !result ? reject(err) : resolve(result))));
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    timeout: 10,
    requests: [
      {
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/json", authorization: `Bearer ${job.token}` },
        setupRequest: (req) => ({ ...req, body: job.bodies[next++ % job.bodies.length] }),
        onResponse: (status, body) => {
          // A cheap scan: the operations under test never have a field or value named "errors".
          if (status >= 200 && status < 300 && body.includes('"errors"')) {
            graphqlErrors++;
            firstError ??= body.slice(0, 500);
          } else if (status >= 300) firstError ??= `HTTP ${status}: ${body.slice(0, 500)}`;
        },
      },
    ],
  }, (err, result) => finish(err, result));
  instance.on("response", (_client, _status, _bytes, responseTime) => {
    if (count === times.length) {
      const bigger = new Float64Array(times.length * 2);
      bigger.set(times);
      times = bigger;
    }
    times[count++] = responseTime;
  });
  const result = await done;
  const cpu = process.cpuUsage(cpu0);

  const sorted = times.slice(0, count).sort();
  let sum = 0;
  for (const t of sorted) sum += t;
  const seconds = result.duration;
  return {
    requests: count,
    sent: result.requests.sent,
    seconds,
    rps: count / seconds,
    latencyMs: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: count ? sorted[count - 1] : NaN,
      mean: count ? sum / count : NaN,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    firstError,
    clientCpuMs: (cpu.user + cpu.system) / 1000,
  };
}

/** Child side of the IPC: one job per message, one result (or error) back. */
if (require.main === module) {
  process.on("message", (job: LoadJob) => {
    runLoad(job).then(
      (result) => process.send?.({ ok: true, result }),
      (err: unknown) => process.send?.({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
  });
  process.on("disconnect", () => process.exit(0));
}
