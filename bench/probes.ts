import fs from "node:fs";

/**
 * What the bench reads around a measured run: each subgraph's SQL statement count and CPU time from its
 * Prometheus endpoint, the gateway's CPU time (it runs in the bench's own process), the database
 * server's CPU time when it is local, and how busy the whole machine was.
 */

export interface SubgraphSample {
  sqlStatements: number;
  cpuSeconds: number;
}

export interface Snapshot {
  at: number;
  subgraphs: Record<string, SubgraphSample>;
  gatewayCpuMs: number;
  dbServerCpuMs?: number;
  machine?: { busy: number; total: number };
}

export interface Delta {
  ms: number;
  sqlStatements: Record<string, number>;
  subgraphCpuMs: Record<string, number>;
  gatewayCpuMs: number;
  dbServerCpuMs?: number;
  /** Share of all cores busy during the run, 0–1 (every process on the machine, not only the hub's). */
  machineBusy?: number;
}

function metricValue(text: string, name: string): number {
  const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.eE+-]+)$`, "m").exec(text);
  if (!m) throw new Error(`metric ${name} not found`);
  return Number(m[1]);
}

export async function scrapeSubgraph(metricsUrl: string): Promise<SubgraphSample> {
  const res = await fetch(metricsUrl, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`${metricsUrl}: HTTP ${res.status}`);
  const text = await res.text();
  return { sqlStatements: metricValue(text, "sihub_sql_statements_total"), cpuSeconds: metricValue(text, "process_cpu_seconds_total") };
}

/** Finds a local MariaDB/MySQL server process, to read its CPU time from /proc (Linux only). */
export function findDbServerPid(): number | undefined {
  try {
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const comm = fs.readFileSync(`/proc/${entry}/comm`, "utf8").trim();
        if (comm === "mariadbd" || comm === "mysqld") return Number(entry);
      } catch {
        /* gone or not ours */
      }
    }
  } catch {
    /* no /proc */
  }
  return undefined;
}

function procCpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat; fields[0] here is field 3.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

function machineTicks(): { busy: number; total: number } | undefined {
  try {
    const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const total = cpu.reduce((a, b) => a + b, 0);
    const idle = cpu[3] + (cpu[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

export async function snapshot(metricsUrls: Record<string, string>, dbServerPid?: number): Promise<Snapshot> {
  const entries = await Promise.all(Object.entries(metricsUrls).map(async ([name, url]) => [name, await scrapeSubgraph(url)] as const));
  const cpu = process.cpuUsage();
  return {
    at: Date.now(),
    subgraphs: Object.fromEntries(entries),
    gatewayCpuMs: (cpu.user + cpu.system) / 1000,
    dbServerCpuMs: dbServerPid ? procCpuMs(dbServerPid) : undefined,
    machine: machineTicks(),
  };
}

export function delta(a: Snapshot, b: Snapshot): Delta {
  const sqlStatements: Record<string, number> = {};
  const subgraphCpuMs: Record<string, number> = {};
  for (const name of Object.keys(b.subgraphs)) {
    sqlStatements[name] = b.subgraphs[name].sqlStatements - (a.subgraphs[name]?.sqlStatements ?? 0);
    subgraphCpuMs[name] = (b.subgraphs[name].cpuSeconds - (a.subgraphs[name]?.cpuSeconds ?? 0)) * 1000;
  }
  return {
    ms: b.at - a.at,
    sqlStatements,
    subgraphCpuMs,
    gatewayCpuMs: b.gatewayCpuMs - a.gatewayCpuMs,
    dbServerCpuMs: a.dbServerCpuMs !== undefined && b.dbServerCpuMs !== undefined ? b.dbServerCpuMs - a.dbServerCpuMs : undefined,
    machineBusy: a.machine && b.machine ? (b.machine.busy - a.machine.busy) / Math.max(1, b.machine.total - a.machine.total) : undefined,
  };
}
