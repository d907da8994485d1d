import { ChildProcess, fork } from "node:child_process";
import path from "node:path";
import type { Logger } from "pino";
import { Config, serviceKeyVariable } from "../lib/config";
import { createGateway } from "../gateway/server";
import { SUBGRAPH_NAMES } from "../subgraphs/registry";

export interface LaunchedHub {
  gatewayUrl: string;
  stop(): Promise<void>;
}

/**
 * Runs each subgraph in its own process (restarted if it dies) and the gateway in this one, as in
 * production: `npm start` and `npm run bench` both launch the hub this way.
 */
export async function launchHub(config: Config, log: Logger, extraEnv: Record<string, string> = {}): Promise<LaunchedHub> {
  const children = new Map<string, ChildProcess>();
  let stopping = false;
  let stopped: Promise<void> | undefined;
  const env = { ...process.env, ...secretsEnv(config), ...extraEnv };
  const spawn = (name: string) => {
    const child = fork(path.join(__dirname, "..", "subgraphs", "run.js"), [name], { env, stdio: "inherit" });
    children.set(name, child);
    child.on("exit", (code) => {
      if (stopping) return;
      log.error({ subgraph: name, code }, "subgraph exited; restarting in 2 s");
      setTimeout(() => !stopping && spawn(name), 2000);
    });
  };
  SUBGRAPH_NAMES.forEach(spawn);
  let gateway: Awaited<ReturnType<typeof createGateway>>;
  try {
    await Promise.all(SUBGRAPH_NAMES.map((n) => waitHealthy(config.subgraphs[n].url.replace(/\/graphql$/, "/healthz"), 60_000)));
    gateway = await createGateway(config, { log });
  } catch (err) {
    // Leave no subgraph process behind when the hub cannot come up.
    stopping = true;
    for (const c of children.values()) c.kill("SIGTERM");
    throw err;
  }
  return {
    gatewayUrl: gateway.url,
    // Idempotent: a second signal (Ctrl-C twice, SIGTERM from a supervisor) waits for the same stop.
    stop() {
      stopped ??= (async () => {
        stopping = true;
        await gateway.stop();
        await Promise.all(
          [...children.values()].map((c) => new Promise<void>((done) => (c.exitCode !== null || c.signalCode !== null ? done() : (c.once("exit", () => done()), c.kill("SIGTERM"))))),
        );
      })();
      return stopped;
    },
  };
}

/** Children read the same secrets: pass them so a DATA_DIR without secrets.json still works. */
function secretsEnv(config: Config): Record<string, string> {
  const env: Record<string, string> = { INTERNAL_TOKEN_SECRET: config.internalTokenSecret };
  if (config.authJwtSecret) env.AUTH_JWT_SECRET = config.authJwtSecret;
  // With both secrets in the environment a child does not read secrets.json, where a provisioned service key may be.
  for (const [name, key] of Object.entries(config.serviceKeys)) env[serviceKeyVariable(name)] = key;
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
