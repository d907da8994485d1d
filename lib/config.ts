import { z } from "zod";
import type { ZodObject } from "zod";
import path from "node:path";
import fs from "node:fs";
import crypto from "node:crypto";
import { SUBGRAPHS, SubgraphName } from "../subgraphs/registry";
import { privateDir } from "./files";

/**
 * The one configuration object of a process. Nothing else reads process.env (DESIGN §7);
 * every variable is documented in .env.example. These are the hub's own settings; a subgraph's own
 * settings are its config fragment (`config` of its module), validated here with them.
 */
const envSchema = z.object({
  HUB_ENV: z.enum(["production", "development", "test"]).default("production"),
  HOST: z.string().default("127.0.0.1"),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATA_DIR: z.string().default("data"),
  DATABASE_URL: z
    .string()
    .regex(/^mysql:\/\//, "DATABASE_URL must be a mysql:// URL (MySQL or MariaDB)")
    .optional(),
  DB_PREFIX: z.string().regex(/^[a-z0-9_]+$/, "DB_PREFIX: lower-case letters, digits and _").default("sihub_"),
  AUTH_JWT_SECRET: z.string().min(32, "AUTH_JWT_SECRET must have at least 32 characters").optional(),
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_ISSUER: z.string().optional(),
  INTERNAL_TOKEN_SECRET: z.string().min(32, "INTERNAL_TOKEN_SECRET must have at least 32 characters").optional(),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /**
   * A subgraph's time budget per request: past it, no further SQL statement runs and the request fails
   * (SERVICE_UNAVAILABLE, rule request.deadline). Below SUBGRAPH_TIMEOUT_MS, so that a subgraph stops before
   * the gateway gives up on it; the cost limits refuse the shapes that would need more.
   */
  REQUEST_DEADLINE_MS: z.coerce.number().int().positive().default(5_000),
  /**
   * How a subgraph executes the gateway's operations: `compiled` (graphql-jit, subgraphs/common/executor.ts;
   * queries only, the rest interpreted) or `interpreted` (graphql-js for everything), the way back should a
   * compiled query ever answer differently (test/kit/executor.test.ts compares the two).
   */
  SUBGRAPH_EXECUTOR: z.enum(["compiled", "interpreted"]).default("compiled"),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>` (the scraper's). */
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must have at least 16 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEMO_DATA: z.enum(["auto", "off"]).default("auto"),
  DEMO_SCALE: z.coerce.number().positive().max(1).default(1),
  /** Where subgraphs reach the gateway to resolve other subgraphs' ids (DESIGN §2); defaults to this host's GATEWAY_PORT. */
  GATEWAY_URL: z.string().url("GATEWAY_URL must be a URL such as http://127.0.0.1:4000/graphql").optional(),
  /** Timeout of a subgraph's call to the gateway (gateway-client.ts). */
  GATEWAY_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Services (subgraph names, comma-separated) whose key may call without a caller to act for: unattended batch imports. */
  SERVICE_UNATTENDED: z.string().regex(/^[a-z][a-z0-9-]*(,[a-z][a-z0-9-]*)*$/, "SERVICE_UNATTENDED: subgraph names, comma-separated").optional(),
});

/** The variable of a subgraph's service key: SERVICE_KEY_WORK_INJURY for work-injury. */
export const serviceKeyVariable = (name: string) => `SERVICE_KEY_${name.toUpperCase().replace(/-/g, "_")}`;

/** SERVICE_KEY_<NAME>: a subgraph's service key, as `npm run service -- register <name>` printed it. */
const SERVICE_KEY = /^svc_[a-z][a-z0-9-]{1,39}_[A-Za-z0-9_-]{43}$/;

export interface SubgraphEndpoint {
  readonly port: number;
  /** Where the gateway reaches it; the supergraph's URL is only the default. */
  readonly url: string;
}

export type Config = Readonly<Omit<z.infer<typeof envSchema>, "AUTH_JWT_SECRET" | "INTERNAL_TOKEN_SECRET" | "GATEWAY_URL" | "SERVICE_UNATTENDED">> & {
  readonly development: boolean;
  /** The gateway's GraphQL URL, for subgraphs that resolve other subgraphs' ids. */
  readonly gatewayUrl: string;
  /** Service keys by subgraph name (SERVICE_KEY_<NAME>); a subgraph without one cannot call the gateway. */
  readonly serviceKeys: Readonly<Record<string, string>>;
  /** Services allowed to call the gateway unattended (no caller to act for). */
  readonly serviceUnattended: readonly string[];
  readonly dataDir: string;
  readonly authJwtSecret?: string;
  readonly internalTokenSecret: string;
  readonly subgraphs: Readonly<Record<SubgraphName, SubgraphEndpoint>>;
};

/** A subgraph's settings: a zod object over environment variables (SubgraphModule.config). */
export interface ConfigFragment {
  readonly name: string;
  readonly config?: ZodObject;
}

export interface LoadOptions {
  /**
   * The subgraphs whose config fragments are validated and merged into the config object; every
   * registered one by default, so a wrong value of any subgraph stops every process at start.
   */
  modules?: readonly ConfigFragment[];
  /**
   * When the secrets are not configured, read them from DATA_DIR/secrets.json, creating the file on
   * first use, so that `npm install && npm start` works with no configuration. A deployment sets them.
   */
  createSecrets?: boolean;
}

/** Reads and validates the environment once. Tests pass their own `env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: LoadOptions = {}): Config {
  let merged: Record<string, string> = stripEmpty(env);
  if (!merged.INTERNAL_TOKEN_SECRET || (!merged.AUTH_JWT_SECRET && !merged.AUTH_JWKS_URL)) {
    merged = { ...localSecrets(path.resolve(merged.DATA_DIR ?? "data"), options.createSecrets ?? false), ...merged };
  }
  const parsed = envSchema.safeParse(merged);
  const fragments = parseFragments(options.modules ?? registeredModules(), merged);
  const problems = [...(parsed.success ? [] : parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`)), ...fragments.problems];
  if (!parsed.success || problems.length) throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  const e = parsed.data;
  const host = e.HOST === "0.0.0.0" ? "127.0.0.1" : e.HOST;
  const subgraphs = {} as Record<SubgraphName, SubgraphEndpoint>;
  for (const s of SUBGRAPHS) {
    const key = s.name.toUpperCase().replace(/-/g, "_");
    const port = Number(merged[`SUBGRAPH_${key}_PORT`] ?? s.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid configuration:\n  SUBGRAPH_${key}_PORT: not a port`);
    subgraphs[s.name] = { port, url: merged[`SUBGRAPH_${key}_URL`] ?? `http://${host}:${port}/graphql` };
  }
  const development = e.HUB_ENV !== "production";
  const internalTokenSecret = merged.INTERNAL_TOKEN_SECRET;
  if (!internalTokenSecret) throw new Error("Invalid configuration:\n  INTERNAL_TOKEN_SECRET: required (npm start generates one under DATA_DIR)");
  if (internalTokenSecret.length < 32) throw new Error("Invalid configuration:\n  INTERNAL_TOKEN_SECRET must have at least 32 characters");
  const serviceKeys: Record<string, string> = {};
  const known = new Map(SUBGRAPHS.map((s) => [s.name.toUpperCase().replace(/-/g, "_"), s.name as string]));
  const keyProblems: string[] = [];
  for (const [k, v] of Object.entries(merged)) {
    if (!k.startsWith("SERVICE_KEY_")) continue;
    const name = known.get(k.slice("SERVICE_KEY_".length));
    if (!name) keyProblems.push(`  ${k}: no subgraph ${k.slice(12).toLowerCase().replace(/_/g, "-")} is registered`);
    else if (!SERVICE_KEY.test(v) || !v.startsWith(`svc_${name}_`)) keyProblems.push(`  ${k}: not a service key of ${name} (svc_${name}_…, from npm run service -- register ${name})`);
    else serviceKeys[name] = v;
  }
  if (keyProblems.length) throw new Error(`Invalid configuration:\n${keyProblems.join("\n")}`);
  const { AUTH_JWT_SECRET, INTERNAL_TOKEN_SECRET: _ignored, GATEWAY_URL, SERVICE_UNATTENDED, ...rest } = e;
  return Object.freeze({
    ...fragments.values,
    ...rest,
    development,
    gatewayUrl: GATEWAY_URL ?? `http://${host}:${e.GATEWAY_PORT}/graphql`,
    serviceKeys: Object.freeze(serviceKeys),
    serviceUnattended: Object.freeze(SERVICE_UNATTENDED ? SERVICE_UNATTENDED.split(",") : []),
    dataDir: path.resolve(e.DATA_DIR),
    authJwtSecret: AUTH_JWT_SECRET,
    internalTokenSecret,
    subgraphs: Object.freeze(subgraphs),
  });
}

/**
 * Each fragment validated against the same variables. A variable belongs to one owner: a fragment
 * declaring a global variable or another fragment's is refused, naming both, rather than one of them
 * silently reading a value meant for the other.
 */
function parseFragments(modules: readonly ConfigFragment[], env: Record<string, string>): { values: Record<string, unknown>; problems: string[] } {
  const owner = new Map<string, string>(Object.keys(envSchema.shape).map((k) => [k, "the hub's global config (lib/config.ts)"]));
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const m of modules) {
    if (!m.config) continue;
    for (const key of Object.keys(m.config.shape)) {
      const first = owner.get(key);
      if (first) problems.push(`  ${key}: declared by ${first} and by subgraph ${m.name}'s config fragment`);
      else owner.set(key, `subgraph ${m.name}'s config fragment`);
    }
    const parsed = m.config.safeParse(env);
    if (parsed.success) Object.assign(values, parsed.data);
    else problems.push(...parsed.error.issues.map((i) => `  ${i.path.join(".")} (${m.name}): ${i.message}`));
  }
  return { values, problems };
}

/** Loaded when first needed: the subgraph modules import this file's types, never its values. */
function registeredModules(): readonly ConfigFragment[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../subgraphs/modules") as typeof import("../subgraphs/modules")).allSubgraphModules();
}

function localSecrets(dataDir: string, create: boolean): Record<string, string> {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8"));
  if (!create) return {};
  const secrets = {
    AUTH_JWT_SECRET: crypto.randomBytes(32).toString("base64url"),
    INTERNAL_TOKEN_SECRET: crypto.randomBytes(32).toString("base64url"),
  };
  privateDir(dataDir);
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== "") out[k] = v;
  return out;
}
