/** The shape of bench/results.json and its printed table. */

export interface ScenarioResult {
  name: string;
  description: string;
  /** Set when the scenario's responses were wrong before any load: nothing was measured. */
  failed?: string;
  /** The first request of the operation after start (after the cold annualReport). */
  firstRequestMs?: number;
  warmupRps?: number;
  requests?: number;
  /** Requests sent; SQL and CPU per request divide by this (the hub serves the last in-flight ones too). */
  sent?: number;
  seconds?: number;
  rps?: number;
  latencyMs?: { p50: number; p95: number; p99: number; max: number; mean: number };
  errors?: number;
  timeouts?: number;
  non2xx?: number;
  graphqlErrors?: number;
  firstError?: string;
  sqlPerRequest?: number;
  sqlPerRequestBySubgraph?: Record<string, number>;
  /** CPU time per request of each party, from process counters over the measured run. */
  cpuMsPerRequest?: { gateway: number; subgraphs: number; bySubgraph: Record<string, number>; dbServer?: number; loadGenerator: number };
  /** Share of the machine's cores busy during the run, % (includes other work on the machine). */
  machineBusy?: number;
  /** Cores' worth of CPU taken by everything else on the machine during the run: noise when well above 0. */
  otherProcessesCores?: number;
}

export interface Target {
  name: string;
  bar: string;
  value: string;
  met: boolean;
}

export interface Results {
  date: string;
  machine: { cores: number; cpu?: string; memoryGb: number; node: string; platform: string; loadAverageBefore: number[] };
  database: { kind: string; version?: string; where: string };
  settings: { seconds: number; warmupSeconds: number; connections: number; demoScale: number };
  /** Set when this run loaded the demo data. */
  demoLoadMs?: number;
  startup: { readyMs?: number; coldAnnualReportMs?: number };
  scenarios: ScenarioResult[];
  /** AnnualFigures measured while 4 staff clients run the employer page of 200 (DESIGN §6). */
  noisyNeighbour?: { foreground: { requests: number; rps: number; latencyMs: { p50: number; p95: number } }; background: { rps: number } };
  /** The heaviest shapes, each sent once: refused by cost, or answered within 2 s. */
  heavyShapes?: { name: string; outcome: string; ms: number; met: boolean }[];
  /** Contribution imports into the full demo through the real importer (bench/import-month.ts). */
  imports?: { name: string; description: string; rows: number; ms: number }[];
  targets: Target[];
  failures: string[];
  /** `npm run bench -- --compare`: the side-by-side run against Hive Gateway (bench/compare). */
  compare?: CompareResults;
}

/** One measured run of one gateway in the side-by-side bench. */
export interface CompareRun {
  round: number;
  rps: number;
  latencyMs: { p50: number; p95: number; p99: number };
  /** Connection errors, timeouts, non-2xx and GraphQL errors. */
  failed: number;
  firstError?: string;
  sqlPerRequest: number;
  /** CPU of the gateway's own process per request sent (ours: the bench's process, where it runs). */
  gatewayCpuMsPerRequest: number;
  subgraphCpuMsPerRequest: number;
  machineBusy?: number;
  /** Cores' worth of CPU taken by other work on the machine during the run. */
  otherProcessesCores?: number;
}

export interface CompareScenarioResult {
  name: string;
  description: string;
  /** Per gateway: "identical to ours", "same shape as ours, …", or "FAILED: …" (then not measured). */
  answers: Record<string, string>;
  runs: Record<string, CompareRun[]>;
  /** Medians over the rounds; rpsMin–rpsMax is the margin. */
  median: Record<string, { rps: number; rpsMin: number; rpsMax: number; p95: number; gatewayCpuMsPerRequest: number; subgraphCpuMsPerRequest: number; sqlPerRequest: number }>;
}

export interface CompareResults {
  commit?: string;
  /** Installed versions of the Hive packages that matter. */
  hive: Record<string, string>;
  gateways: string[];
  rounds: number;
  scenarios: CompareScenarioResult[];
  /** What the Hive processes said at the end: planner, Rust handler calls, memory. */
  hiveProcesses?: Record<string, Record<string, unknown>>;
  failures: string[];
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const f = (n: number | undefined, digits = 1) => (n === undefined || !Number.isFinite(n) ? "-" : n.toFixed(digits));

export function printReport(r: Results): void {
  console.log(`\n=== si-hub bench, ${r.database.kind} ${r.database.version ?? ""}, ${r.machine.cores} cores, Node ${r.machine.node}, ${r.settings.connections} connections, ${r.settings.seconds} s runs ===`);
  if (r.demoLoadMs !== undefined) console.log(`demo load: ${(r.demoLoadMs / 1000).toFixed(1)} s`);
  console.log(`launch to ready: ${f(r.startup.readyMs, 0)} ms; cold AnnualFigures: ${f(r.startup.coldAnnualReportMs, 0)} ms\n`);
  const rows = r.scenarios.map((s) =>
    s.failed
      ? [s.name, "FAILED", s.failed.slice(0, 60)]
      : [
          s.name,
          f(s.rps, 0),
          f(s.latencyMs?.p50, 1),
          f(s.latencyMs?.p95, 1),
          f(s.latencyMs?.p99, 1),
          String((s.errors ?? 0) + (s.non2xx ?? 0) + (s.graphqlErrors ?? 0)),
          f(s.sqlPerRequest, 2),
          f(s.cpuMsPerRequest?.gateway, 2),
          f(s.cpuMsPerRequest?.subgraphs, 2),
          f(s.cpuMsPerRequest?.dbServer, 2),
          f(s.cpuMsPerRequest?.loadGenerator, 2),
          s.machineBusy === undefined ? "-" : `${s.machineBusy.toFixed(0)}%`,
          f(s.otherProcessesCores, 2),
          f(s.firstRequestMs, 0),
        ],
  );
  console.log(table(["scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "failed", "SQL/req", "gw CPU ms/req", "subgraph CPU", "db CPU", "client CPU", "machine busy", "others' cores", "1st req ms"], rows));
  const noisy = r.scenarios.filter((s) => (s.otherProcessesCores ?? 0) >= 0.25);
  if (noisy.length)
    console.log(`\nNote: other work on the machine took ≥ 0.25 cores during ${noisy.map((s) => s.name).join(", ")}: those figures are pessimistic; run again on a quiet machine.`);
  if (r.imports?.length) {
    console.log("\nImports (one transaction each, from another process while the hub runs):");
    console.log(table(["import", "rows", "ms", "what"], r.imports.map((i) => [i.name, String(i.rows), f(i.ms, 0), i.description])));
  }
  console.log("\nDESIGN §6 targets:");
  console.log(table(["target", "bar", "measured", "met"], r.targets.map((t) => [t.name, t.bar, t.value, t.met ? "yes" : "NO"])));
}

/** Our median against each other gateway's, as a signed percentage of theirs. */
function margin(ours: number, theirs: number): string {
  const pct = ((ours - theirs) / theirs) * 100;
  return `${pct >= 0 ? "+" : ""}${pct.toFixed(0)}%`;
}

export function printCompareReport(r: Results): void {
  const c = r.compare;
  if (!c) return;
  console.log(`\n=== si-hub vs Hive Gateway, ${r.database.kind}, ${r.machine.cores} cores, Node ${r.machine.node}, ${r.settings.connections} connections, ${r.settings.seconds} s runs, median of ${c.rounds} interleaved rounds (min–max) ===`);
  console.log(`${r.date}, commit ${c.commit ?? "?"}; load average before ${r.machine.loadAverageBefore.join(" ")}`);
  console.log(`Hive: ${Object.entries(c.hive).map(([n, v]) => `${n} ${v}`).join(", ")}\n`);
  const others = c.gateways.filter((g) => g !== "si-hub");
  const head = ["scenario", ...c.gateways.map((g) => `${g} req/s`), ...others.map((g) => `vs ${g}`), ...c.gateways.map((g) => `${g} p95`), "ahead"];
  const rows = c.scenarios.map((s) => {
    const ours = s.median["si-hub"];
    const cell = (g: string) => {
      const m = s.median[g];
      return m ? `${m.rps.toFixed(0)} (${m.rpsMin.toFixed(0)}–${m.rpsMax.toFixed(0)})` : s.answers[g]?.startsWith("FAILED") ? "FAILED" : "-";
    };
    const ahead = ours && others.every((g) => !s.median[g] || ours.rps > s.median[g].rps);
    return [
      s.name,
      ...c.gateways.map(cell),
      ...others.map((g) => (ours && s.median[g] ? margin(ours.rps, s.median[g].rps) : "-")),
      ...c.gateways.map((g) => f(s.median[g]?.p95, 1)),
      ours ? (ahead ? "yes" : "NO") : "-",
    ];
  });
  console.log(table(head, rows));
  console.log("\nPer request (medians): gateway CPU ms / subgraph CPU ms / SQL statements");
  console.log(
    table(
      ["scenario", ...c.gateways],
      c.scenarios.map((s) => [s.name, ...c.gateways.map((g) => (s.median[g] ? `${f(s.median[g].gatewayCpuMsPerRequest, 2)} / ${f(s.median[g].subgraphCpuMsPerRequest, 2)} / ${f(s.median[g].sqlPerRequest, 2)}` : "-"))]),
    ),
  );
  const notes = c.scenarios.flatMap((s) => Object.entries(s.answers).filter(([, a]) => a !== "identical to ours").map(([g, a]) => `${s.name} on ${g}: ${a}`));
  if (notes.length) console.log(`\nAnswers:\n${notes.map((n) => `  - ${n}`).join("\n")}`);
  const all = c.scenarios.flatMap((s) => Object.values(s.runs).flat());
  const noisy = all.map((x) => x.otherProcessesCores ?? 0).filter((o) => o >= 0.25);
  if (noisy.length)
    console.log(`\nNote: other work on the machine took ≥ 0.25 cores in ${noisy.length} of ${all.length} runs (${Math.min(...noisy).toFixed(2)}–${Math.max(...noisy).toFixed(2)} cores): absolute figures are pessimistic; the interleaved rounds keep the comparison fair only as far as that work was steady.`);
  if (c.hiveProcesses) console.log(`\nHive processes: ${Object.entries(c.hiveProcesses).map(([g, st]) => `${g} ${JSON.stringify(st)}`).join("; ")}`);
}
