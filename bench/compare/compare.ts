import { ChildProcess, fork, spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import type { Config } from "../../lib/config";
import { ROOT } from "../../lib/paths";
import type { LoadJob, LoadResult } from "../load-client";
import { graphql, problemOf } from "../operations";
import { delta, Snapshot } from "../probes";
import type { CompareResults, CompareRun, CompareScenarioResult } from "../report";
import { ensureHive, hiveCacheDir } from "./install";

/**
 * `npm run bench -- --compare` (or BENCH_COMPARE=1): our gateway side by side with Hive Gateway, with its
 * JavaScript planner and with its Rust one, on the same supergraph and the same subgraph processes
 * (DESIGN §6 "Ahead of the alternative"). Each scenario: every variant answered by each gateway and
 * compared with ours, a warm-up of each, then BENCH_COMPARE_ROUNDS (3) interleaved rounds (ours, hive-js,
 * hive-rust, ours, …); the median req/s of each, with the min–max as the margin.
 */

export interface CompareScenario {
  name: string;
  description: string;
  role: string;
  query: string;
  variables: Record<string, unknown>[];
  /** What must hold of a response's data besides having no errors. */
  check(data: any): string | undefined;
}

export interface CompareDeps {
  config: Config;
  /** The hub's environment (data folder, subgraph ports) for the Hive processes' config. */
  hubEnv: Record<string, string>;
  ourGatewayUrl: string;
  tokens: Record<string, string>;
  client: ChildProcess;
  runInClient(client: ChildProcess, job: LoadJob): Promise<LoadResult>;
  /** A snapshot of the subgraphs' counters once they stop moving (bench/run.ts `settled`). */
  settled(): Promise<Snapshot>;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  rounds: number;
  basePort: number;
}

interface Gateway {
  name: string;
  url: string;
  cpuMs(): Promise<number>;
  stats?(): Promise<Record<string, unknown>>;
}

const round = (n: number, digits = 1) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Equal as JSON values, member order aside. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a), kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue((a as any)[k], (b as any)[k]));
  }
  return false;
}

/** Where `b` differs from `a` in shape (members, list lengths, kinds of leaf), or undefined when it does not. */
export function shapeDifference(a: unknown, b: unknown, at = "data"): string | undefined {
  const kind = (x: unknown) => (x === null ? "null" : Array.isArray(x) ? "list" : typeof x);
  if (kind(a) !== kind(b)) return `${at}: ${kind(a)} vs ${kind(b)}`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = shapeDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (a && b && typeof a === "object") {
    const ka = Object.keys(a).sort().join(","), kb = Object.keys(b as object).sort().join(",");
    if (ka !== kb) return `${at}: members {${ka}} vs {${kb}}`;
    for (const k of Object.keys(a)) {
      const d = shapeDifference((a as any)[k], (b as any)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return undefined;
}

function startHive(name: string, planner: "js" | "rust", port: number, dir: string, deps: CompareDeps): Promise<{ child: ChildProcess; gateway: Gateway }> {
  const env = {
    ...process.env,
    ...deps.hubEnv,
    INTERNAL_TOKEN_SECRET: deps.config.internalTokenSecret,
    AUTH_JWT_SECRET: deps.config.authJwtSecret ?? "",
    HIVE_GATEWAY_DIR: dir,
    HIVE_PORT: String(port),
    HIVE_PLANNER: planner,
    APOLLO_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  const child = fork(path.join(__dirname, "hive-server.js"), [], { env, execArgv: [], stdio: "inherit" });
  // One question at a time on the channel: stats requests are serialized.
  let queue: Promise<unknown> = Promise.resolve();
  const stats = () => {
    const next = queue.then(
      () =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          const onMessage = (m: { stats?: Record<string, unknown> }) => {
            if (!m.stats) return;
            child.off("message", onMessage);
            resolve(m.stats);
          };
          child.on("message", onMessage);
          if (!child.send("stats")) reject(new Error(`${name}: IPC closed`));
        }),
    );
    queue = next.catch(() => undefined);
    return next;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 120 s`)), 120_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready`));
    });
    const onReady = (m: { ready?: string }) => {
      if (!m.ready) return;
      clearTimeout(timer);
      child.off("message", onReady);
      child.removeAllListeners("exit");
      resolve({ child, gateway: { name, url: m.ready, stats, cpuMs: async () => Number((await stats()).cpuMs) } });
    };
    child.on("message", onReady);
  });
}

function gitCommit(): string | undefined {
  const r = spawnSync("git", ["-C", ROOT, "rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  if (r.status !== 0) return undefined;
  const dirty = spawnSync("git", ["-C", ROOT, "status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).stdout.trim();
  return r.stdout.trim() + (dirty ? " (uncommitted changes)" : "");
}

export async function compareGateways(scenarios: CompareScenario[], deps: CompareDeps): Promise<CompareResults> {
  const dir = hiveCacheDir();
  const versions = ensureHive(dir);
  console.log(`Hive Gateway from ${dir}: ${Object.entries(versions).map(([n, v]) => `${n}@${v}`).join(", ")}`);
  const children: ChildProcess[] = [];
  const failures: string[] = [];
  const results: CompareResults = {
    commit: gitCommit(),
    hive: versions,
    gateways: [],
    rounds: deps.rounds,
    scenarios: [],
    failures,
  };
  try {
    const started = await Promise.all([
      startHive("hive-js", "js", deps.basePort + 10, dir, deps),
      startHive("hive-rust", "rust", deps.basePort + 11, dir, deps),
    ]);
    children.push(...started.map((s) => s.child));
    const ours: Gateway = { name: "si-hub", url: deps.ourGatewayUrl, cpuMs: async () => (({ user, system }) => (user + system) / 1000)(process.cpuUsage()) };
    const gateways = [ours, ...started.map((s) => s.gateway)];
    results.gateways = gateways.map((g) => g.name);
    console.log(`Gateways: ${gateways.map((g) => `${g.name} ${g.url}`).join(", ")}`);

    for (const sc of scenarios) {
      console.log(`\n${sc.name}: ${sc.description}`);
      const out: CompareScenarioResult = { name: sc.name, description: sc.description, answers: {}, runs: {}, median: {} };
      results.scenarios.push(out);
      // Every variant from every gateway, checked, and compared with our answer.
      const active: Gateway[] = [];
      const oursData: unknown[] = [];
      for (const g of gateways) {
        let verdict = "identical to ours";
        for (const [i, v] of sc.variables.entries()) {
          const r = await graphql(`${g.url}/graphql`, deps.tokens[sc.role], sc.query, v);
          const problem = problemOf(r) ?? sc.check(r.body.data);
          if (problem) {
            verdict = `FAILED: ${problem}`;
            break;
          }
          if (g === ours) oursData[i] = r.body.data;
          else if (!sameValue(oursData[i], r.body.data)) {
            const d = shapeDifference(oursData[i], r.body.data);
            if (d) {
              verdict = `FAILED: not the shape of ours (variant ${i + 1}, ${d})`;
              break;
            }
            verdict = "same shape as ours, some values differ";
          }
        }
        out.answers[g.name] = verdict;
        if (verdict.startsWith("FAILED")) failures.push(`${sc.name} on ${g.name}: ${verdict}`);
        else active.push(g);
        console.log(`  ${g.name}: ${verdict} (${sc.variables.length} variants)`);
      }
      if (!active.includes(ours)) continue;
      const bodies = sc.variables.map((v) => JSON.stringify({ query: sc.query, variables: v }));
      const job = (g: Gateway, seconds: number): LoadJob => ({ url: g.url, token: deps.tokens[sc.role], connections: deps.connections, seconds, bodies });
      for (const g of active) {
        const warm = await deps.runInClient(deps.client, job(g, deps.warmupSeconds));
        console.log(`  warm-up ${g.name} ${deps.warmupSeconds} s: ${warm.rps.toFixed(0)} req/s`);
      }
      for (let r = 1; r <= deps.rounds; r++) {
        for (const g of active) {
          const before = await deps.settled();
          const cpu0 = await g.cpuMs();
          const load = await deps.runInClient(deps.client, job(g, deps.seconds));
          const after = await deps.settled();
          const gatewayCpuMs = (await g.cpuMs()) - cpu0;
          const d = delta(before, after);
          const n = Math.max(1, load.sent);
          const bad = load.errors + load.non2xx + load.graphqlErrors;
          const run: CompareRun = {
            round: r,
            rps: round(load.rps),
            latencyMs: { p50: round(load.latencyMs.p50, 2), p95: round(load.latencyMs.p95, 2), p99: round(load.latencyMs.p99, 2) },
            failed: bad,
            firstError: load.firstError,
            sqlPerRequest: round(Object.values(d.sqlStatements).reduce((a, b) => a + b, 0) / n, 2),
            gatewayCpuMsPerRequest: round(gatewayCpuMs / n, 3),
            subgraphCpuMsPerRequest: round(Object.values(d.subgraphCpuMs).reduce((a, b) => a + b, 0) / n, 3),
            machineBusy: d.machineBusy === undefined ? undefined : round(d.machineBusy * 100),
            // Everything but this gateway, the subgraphs and the load generator (another gateway idles): noise when well above 0.
            otherProcessesCores:
              d.machineBusy === undefined ? undefined : round(Math.max(0, d.machineBusy * os.cpus().length - (gatewayCpuMs + Object.values(d.subgraphCpuMs).reduce((x, y) => x + y, 0) + load.clientCpuMs) / d.ms), 2),
          };
          (out.runs[g.name] ??= []).push(run);
          if (bad) failures.push(`${sc.name} on ${g.name}, round ${r}: ${bad} failed responses (${load.firstError ?? "connection errors/timeouts"})`);
          console.log(`  round ${r} ${g.name.padEnd(9)} ${load.rps.toFixed(0).padStart(5)} req/s, p95 ${load.latencyMs.p95.toFixed(1)} ms, gw CPU ${run.gatewayCpuMsPerRequest} ms/req, ${run.sqlPerRequest} SQL/req, others' cores ${run.otherProcessesCores ?? "-"}${bad ? `, ${bad} FAILED` : ""}`);
        }
      }
      for (const [name, runs] of Object.entries(out.runs)) {
        const rps = runs.map((x) => x.rps);
        out.median[name] = {
          rps: round(median(rps)),
          rpsMin: Math.min(...rps),
          rpsMax: Math.max(...rps),
          p95: round(median(runs.map((x) => x.latencyMs.p95)), 1),
          gatewayCpuMsPerRequest: round(median(runs.map((x) => x.gatewayCpuMsPerRequest)), 3),
          subgraphCpuMsPerRequest: round(median(runs.map((x) => x.subgraphCpuMsPerRequest)), 3),
          sqlPerRequest: round(median(runs.map((x) => x.sqlPerRequest)), 2),
        };
      }
    }
    for (const g of gateways) if (g.stats) results.hiveProcesses = { ...results.hiveProcesses, [g.name]: await g.stats() };
    const rust = results.hiveProcesses?.["hive-rust"];
    if (rust && !Number(rust.rustHandlerCalls)) failures.push("hive-rust: the router-runtime handler was never called: the Rust planner was not in use");
  } finally {
    for (const c of children) if (c.connected) c.disconnect();
    await Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? undefined : new Promise<void>((done) => { c.once("exit", () => done()); setTimeout(() => (c.kill("SIGKILL"), done()), 5000).unref(); }))));
  }
  return results;
}
