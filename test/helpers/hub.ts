import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { print, DocumentNode } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createConnection } from "mysql2/promise";
import { loadConfig, Config } from "../../lib/config";
import { signDevToken, DevTokenOptions } from "../../lib/dev-token";
import { createLogger } from "../../lib/logger";
import { createGateway, RunningGateway } from "../../gateway/server";
import { createSubgraph, RunningSubgraph } from "../../subgraphs/common/server";
import { loadDemoData } from "../../demo/load";
import { allSubgraphModules, assembleModules } from "../../subgraphs/modules";
import type { SubgraphModule } from "../../subgraphs/common/module";
import { composeForTest } from "./modules";
import { provisionServiceKeys } from "../../subgraphs/access/provision";
import { freePort } from "./ports";

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestHub {
  config: Config;
  /** The environment the hub's config was loaded from, for scripts run against it (npm run audit …). */
  env: Record<string, string>;
  gatewayUrl: string;
  subgraphs: RunningSubgraph[];
  gateway: RunningGateway;
  token(o: Partial<DevTokenOptions> & { role: string }): Promise<string>;
  /** POSTs an operation to the gateway with the token, returns status and body. */
  query<T = any, V = Record<string, unknown>>(doc: TypedDocumentNode<T, V> | DocumentNode | string, variables?: V, token?: string): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface HubOptions {
  /** Demo world scale to load; 0 = empty databases. */
  demoScale?: number;
  env?: Record<string, string>;
  /**
   * Extra subgraphs to run beside the registered ones (fixtures, test/fixtures/): their config
   * fragments are validated with the rest, and the gateway serves a supergraph composed at test time.
   */
  modules?: SubgraphModule<any>[];
}

/**
 * Starts the whole hub in-process on port 0: every registered subgraph and the gateway, on a fresh
 * SQLite folder, or on fresh databases of the MySQL/MariaDB server in DATABASE_URL.
 */
export async function startHub(options: HubOptions = {}): Promise<TestHub> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-test-"));
  const prefix = `t${crypto.randomBytes(4).toString("hex")}_`;
  const extra = options.modules ?? [];
  const modules = extra.length ? assembleModules([...allSubgraphModules(), ...extra]) : allSubgraphModules();
  // The gateway's port is chosen first: subgraphs that call the gateway (gateway-client.ts) need its URL.
  const gatewayPort = await freePort();
  const env: Record<string, string> = {
    HUB_ENV: "test",
    DATA_DIR: dataDir,
    DB_PREFIX: prefix,
    LOG_LEVEL: "silent",
    AUTH_JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    INTERNAL_TOKEN_SECRET: crypto.randomBytes(32).toString("hex"),
    DEMO_SCALE: String(options.demoScale || 0.01),
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    GATEWAY_PORT: String(gatewayPort),
    ...options.env,
  };
  let config = loadConfig(env, { modules });
  const log = createLogger(config, "test");
  if (options.demoScale) await loadDemoData(config, modules, log);
  const keys = await provisionServiceKeys(config, modules, log, { env });
  if (Object.keys(keys).length) config = loadConfig({ ...env, ...keys }, { modules });
  const subgraphs: RunningSubgraph[] = [];
  // On port 0 the configured URLs are wrong: subgraphs reach each other (access's rate counters) here.
  const peerUrls: Record<string, string> = {};
  for (const m of modules) {
    const s = await createSubgraph(m, config, { port: 0, log, peerUrls });
    peerUrls[s.name] = s.url;
    subgraphs.push(s);
  }
  const supergraphSdl = extra.length ? (await composeForTest(modules)).supergraphSdl : undefined;
  const gateway = await createGateway(config, { port: gatewayPort, log, supergraphSdl, subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])) });
  const gatewayUrl = `${gateway.url}/graphql`;
  const hub: TestHub = {
    config,
    env: { ...env, ...keys },
    gatewayUrl,
    subgraphs,
    gateway,
    token: (o) => signDevToken(config.authJwtSecret!, o),
    async query(doc, variables, token) {
      const res = await fetch(gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: typeof doc === "string" ? doc : print(doc), variables }),
      });
      const body = (await res.json()) as GraphQLResponse<never>;
      return { ...body, status: res.status };
    },
    async stop() {
      await gateway.stop();
      for (const s of subgraphs) await s.stop();
      if (config.DATABASE_URL) await dropDatabases(config.DATABASE_URL, prefix);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return hub;
}


export async function dropDatabases(url: string, prefix: string): Promise<void> {
  const u = new URL(url);
  u.pathname = "/";
  const conn = await createConnection({ uri: u.toString() });
  try {
    const [rows] = await conn.query("SHOW DATABASES");
    for (const r of rows as { Database: string }[]) if (r.Database.startsWith(prefix)) await conn.query(`DROP DATABASE \`${r.Database}\``);
  } finally {
    await conn.end();
  }
}

/** Every subgraph's data versions (figures-cache.ts), as "subgraph:table:year" → version: equal maps mean no cached figure was invalidated. */
export async function dataVersions(hub: TestHub): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of hub.subgraphs) {
    for (const r of (await s.db.query("SELECT tableName, year, version FROM data_versions")) as { tableName: string; year: number | string; version: number | string }[]) {
      out[`${s.name}:${r.tableName}:${Number(r.year)}`] = Number(r.version);
    }
  }
  return out;
}
