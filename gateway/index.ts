process.env.APOLLO_TELEMETRY_DISABLED = "1";
// Before graphql loads: outside production it checks every instanceof for a second copy of itself
// (measured: ~4 % of a subgraph's CPU on the employer page). The hub's own behaviour follows HUB_ENV.
process.env.NODE_ENV ??= "production";
import { loadConfig } from "../lib/config";
import { createGateway } from "./server";

/**
 * Entry point of a gateway process on its own (`node dist/gateway/index.js`), for deployments that
 * run gateways and subgraphs on different hosts; `npm start` runs everything on one machine.
 */
async function main(): Promise<void> {
  const gateway = await createGateway(loadConfig());
  const shutdown = () => void gateway.stop().then(() => process.exit(0));
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
