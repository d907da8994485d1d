process.env.APOLLO_TELEMETRY_DISABLED = "1";
// Before graphql loads: outside production it checks every instanceof for a second copy of itself
// (measured: ~4 % of a subgraph's CPU on the employer page). The hub's own behaviour follows HUB_ENV.
process.env.NODE_ENV ??= "production";
import "reflect-metadata";
import { loadConfig } from "../lib/config";
import { createSubgraph } from "./common/server";
import { loadSubgraphModule } from "./modules";
import { SUBGRAPH_NAMES, SubgraphName } from "./registry";

/** Entry point of one subgraph process: `node dist/subgraphs/run.js <name>`. */
async function main(): Promise<void> {
  const name = process.argv[2] as SubgraphName;
  if (!SUBGRAPH_NAMES.includes(name)) throw new Error(`Unknown subgraph "${name}"; one of ${SUBGRAPH_NAMES.join(", ")}`);
  const config = loadConfig();
  const running = await createSubgraph(loadSubgraphModule(name), config);
  const shutdown = () => void running.stop().then(() => process.exit(0));
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
  // Started by npm start (fork): if that process dies without stopping us, stop too.
  process.on("disconnect", shutdown);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
