process.env.APOLLO_TELEMETRY_DISABLED = "1";
import { setMaxListeners } from "node:events";
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { loadConfig } from "../../lib/config";
import { internalTokenKit } from "../../lib/internal-token";
import { SUPERGRAPH_FILE } from "../../lib/paths";
import { callerVerifier } from "../../gateway/auth";
import { internalTokenPlugin } from "./token-plugin";

/**
 * One Hive Gateway, in a process of its own, forked by bench/compare/compare.ts: the committed supergraph
 * (its subgraph URLs pointed at the bench's subgraph processes), the token plugin (token-plugin.ts), and
 * either Hive's JavaScript planner (the default `@graphql-tools/federation` handler) or the Rust one
 * (`unifiedGraphHandler` of `@graphql-hive/router-runtime`, its native planner inside
 * `@graphql-hive/router-query-planner`). Otherwise Hive Gateway's defaults, as `createGatewayRuntime`
 * has them (what `hive-gateway supergraph` runs with no config file, one worker).
 *
 * Environment: HIVE_GATEWAY_DIR (the cache folder), HIVE_PORT, HIVE_PLANNER (js | rust), HIVE_DEDUPE (0: no
 * merging of identical subgraph queries), and the hub's
 * (DATA_DIR, the subgraph ports, INTERNAL_TOKEN_SECRET, AUTH_JWT_SECRET).
 * IPC: sends { ready: url } once listening; answers "stats" with its CPU time and the planner's state.
 */

/** The supergraph with each `@join__graph(name:, url:)` pointed at the given URL by subgraph name. */
export function withSubgraphUrls(sdl: string, urls: Record<string, string>): string {
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => (urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole));
}

async function main(): Promise<void> {
  const dir = process.env.HIVE_GATEWAY_DIR;
  const port = Number(process.env.HIVE_PORT);
  const planner = process.env.HIVE_PLANNER === "rust" ? "rust" : "js";
  if (!dir || !port) throw new Error("HIVE_GATEWAY_DIR and HIVE_PORT are required");
  const config = loadConfig(process.env);
  const verifyCaller = callerVerifier(config);
  const tokens = internalTokenKit(config.internalTokenSecret);
  const hiveRequire = createRequire(path.join(dir, "package.json"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const hive = hiveRequire("@graphql-hive/gateway") as { createGatewayRuntime(config: Record<string, unknown>): http.RequestListener & { getSchema(): Promise<unknown>; dispose?(): unknown } };
  // Hive adds an abort listener per upstream call to a shared signal: Node's warning at 11 is noise here.
  setMaxListeners(1000);

  const urls = Object.fromEntries(Object.entries(config.subgraphs).map(([n, s]) => [n, s.url]));
  const supergraph = withSubgraphUrls(fs.readFileSync(SUPERGRAPH_FILE, "utf8"), urls);
  let handlerCalls = 0;
  let unifiedGraphHandler: ((opts: unknown) => unknown) | undefined;
  if (planner === "rust") {
    const router = hiveRequire("@graphql-hive/router-runtime") as { unifiedGraphHandler(opts: unknown): unknown };
    // Counted, so the bench can say the Rust planner is the one in use (Hive's CLI falls back to the JS one silently).
    unifiedGraphHandler = (opts) => (handlerCalls++, router.unifiedGraphHandler(opts));
  }
  // HIVE_DEDUPE=0: without Hive's merging of identical in-flight subgraph queries (on by default, for every
  // caller), which ours does only between callers of identical claims and never for `pii:read` callers.
  const dedupe = process.env.HIVE_DEDUPE !== "0";
  const runtime = hive.createGatewayRuntime({
    supergraph: () => supergraph,
    ...(dedupe ? {} : { transportEntries: { "*": { options: { deduplicateInflightRequests: false } } } }),
    ...(unifiedGraphHandler ? { unifiedGraphHandler } : {}),
    logging: "warn",
    landingPage: false,
    graphiql: false,
    plugins: () => [internalTokenPlugin({ verifyCaller, sign: (c) => tokens.sign(c) })],
  });
  await runtime.getSchema();
  const server = http.createServer(runtime);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));

  process.on("message", (m: unknown) => {
    if (m === "stats") {
      const cpu = process.cpuUsage();
      process.send?.({ stats: { cpuMs: (cpu.user + cpu.system) / 1000, planner, dedupe, rustHandlerCalls: handlerCalls, rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) } });
    }
  });
  process.on("disconnect", () => {
    server.close();
    server.closeAllConnections();
    void Promise.resolve(runtime.dispose?.()).finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
  process.send?.({ ready: `http://127.0.0.1:${port}` });
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
}
