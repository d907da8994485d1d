process.env.APOLLO_TELEMETRY_DISABLED = "1";
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
