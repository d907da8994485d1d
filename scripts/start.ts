process.env.APOLLO_TELEMETRY_DISABLED = "1";
import "reflect-metadata";
import { ChildProcess, fork } from "node:child_process";
import path from "node:path";
import cliProgress from "cli-progress";
import { loadConfig } from "../lib/config";
import { signDevToken } from "../lib/dev-token";
import { createLogger } from "../lib/logger";
import { createGateway } from "../gateway/server";
import { loadDemoData } from "../subgraphs/common/demo/load";
import { allSubgraphModules } from "../subgraphs/modules";
import { SUBGRAPH_NAMES } from "../subgraphs/registry";

/**
 * `npm start`: loads the demo data on first start, runs each subgraph in its own process, then the
 * gateway in this one, and prints where to go. Ctrl-C stops everything.
 */
async function main(): Promise<void> {
  const t0 = Date.now();
  const config = loadConfig(process.env, { createSecrets: true });
  const log = createLogger(config, "start");

  if (config.DEMO_DATA === "auto") {
    const bars = new Map<string, cliProgress.SingleBar>();
    const multi = process.stdout.isTTY ? new cliProgress.MultiBar({ format: " {bar} {percentage}% | {step}", hideCursor: true, clearOnComplete: false }, cliProgress.Presets.shades_classic) : null;
    let lastLine = "";
    const result = await loadDemoData(config, allSubgraphModules(), log, (step, done, total) => {
      if (multi) {
        let bar = bars.get(step);
        if (!bar) bars.set(step, (bar = multi.create(total, 0, { step })));
        bar.update(done, { step });
      } else if (done === total && step !== lastLine) {
        lastLine = step;
        console.log(`demo data: ${step} (${total.toLocaleString("en")})`);
      }
    });
    multi?.stop();
    if (result.loaded.length) console.log(`Demo data loaded into ${result.loaded.join(", ")} in ${(result.ms / 1000).toFixed(1)} s.`);
  }

  const children = new Map<string, ChildProcess>();
  let stopping = false;
  const spawn = (name: string) => {
    const child = fork(path.join(__dirname, "..", "subgraphs", "run.js"), [name], { env: { ...process.env, ...secretsEnv(config) }, stdio: "inherit" });
    children.set(name, child);
    child.on("exit", (code) => {
      if (stopping) return;
      log.error({ subgraph: name, code }, "subgraph exited; restarting in 2 s");
      setTimeout(() => !stopping && spawn(name), 2000);
    });
  };
  SUBGRAPH_NAMES.forEach(spawn);
  await Promise.all(SUBGRAPH_NAMES.map((n) => waitHealthy(config.subgraphs[n].url.replace(/\/graphql$/, "/healthz"), 60_000)));
  const gateway = await createGateway(config, { log });

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await gateway.stop();
    for (const c of children.values()) c.kill("SIGTERM");
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  console.log(`\nsi-hub ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (${config.development ? "development" : "production"} mode, ${config.DATABASE_URL ? "MySQL/MariaDB" : "embedded SQLite in " + config.dataDir}).`);
  console.log(`  GraphQL:  ${gateway.url}/graphql`);
  console.log(`  GraphiQL: ${gateway.url}/graphiql`);
  if (config.authJwtSecret) {
    const token = await signDevToken(config.authJwtSecret, { role: "analyst" });
    console.log(`\nDevelopment analyst token (valid 1 hour; new one: npm run token -- --role analyst):\n${token}\n`);
    console.log(`Paste into GraphiQL's Headers tab: { "Authorization": "Bearer <token>" }`);
  }
}

/** Children read the same secrets: pass them so a DATA_DIR without secrets.json still works. */
function secretsEnv(config: ReturnType<typeof loadConfig>): Record<string, string> {
  const env: Record<string, string> = { INTERNAL_TOKEN_SECRET: config.internalTokenSecret };
  if (config.authJwtSecret) env.AUTH_JWT_SECRET = config.authJwtSecret;
  return env;
}

async function waitHealthy(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs / 1000} s`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
