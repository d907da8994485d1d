process.env.APOLLO_TELEMETRY_DISABLED = "1";
// Before graphql loads: outside production it checks every instanceof for a second copy of itself
// (measured: ~4 % of a subgraph's CPU on the employer page). The hub's own behaviour follows HUB_ENV.
process.env.NODE_ENV ??= "production";
import "reflect-metadata";
import path from "node:path";
import cliProgress from "cli-progress";
import { loadConfig } from "../lib/config";
import { signDevToken } from "../lib/dev-token";
import { createLogger } from "../lib/logger";
import { loadDemoData } from "../demo/load";
import { allSubgraphModules } from "../subgraphs/modules";
import { launchHub } from "./launch";
import { provisionServiceKeys } from "../subgraphs/access/provision";

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

  // Subgraphs that call the gateway get a service key for this run, unless one is configured.
  const secretsFile = process.env.INTERNAL_TOKEN_SECRET ? undefined : path.join(config.dataDir, "secrets.json");
  const keys = await provisionServiceKeys(config, allSubgraphModules(), log, { env: process.env, secretsFile });
  const hub = await launchHub(Object.keys(keys).length ? loadConfig({ ...process.env, ...keys }, { createSecrets: true }) : config, log, keys);
  const stop = () => void hub.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  console.log(`\nsi-hub ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (${config.development ? "development" : "production"} mode, ${config.DATABASE_URL ? "MySQL/MariaDB" : "embedded SQLite in " + config.dataDir}).`);
  console.log(`  GraphQL:  ${hub.gatewayUrl}/graphql`);
  console.log(`  GraphiQL: ${hub.gatewayUrl}/graphiql`);
  if (config.authJwtSecret) {
    const token = await signDevToken(config.authJwtSecret, { role: "analyst" });
    console.log(`\nDevelopment analyst token (valid 1 hour; new one: npm run token -- --role analyst):\n${token}\n`);
    console.log(`Paste into GraphiQL's Headers tab: { "Authorization": "Bearer <token>" }`);
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
