import type http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { Registry, Counter, Gauge, collectDefaultMetrics } from "prom-client";
import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Config } from "../../lib/config";
import { DOCUMENT_HASH_HEADER, internalTokenKit } from "../../lib/internal-token";
import { executeApollo, listen, metricsAllowed, parseJsonBody, readBody, sendGraphQLError, sendJson, HttpError } from "../../lib/http";
import { createLogger } from "../../lib/logger";
import type { Context } from "./context";
import { openDataSource, sqlStatements } from "./data-source";
import { maskError } from "./errors";
import { isUnavailable, translateDbError } from "./db-errors";
import { entityBounds } from "./bounds";
import type { SubgraphModule } from "./module";
import { buildFederatedSchema } from "./schema";
import { appendAudit, AuditCollector } from "./audit/audit.service";
import { rateCounterClient } from "./rate-limit";
import { outsideDeadline, withDeadline } from "./deadline";
import { compiledExecutor } from "./executor";

function bearer(req: { headers: { authorization?: string } }): string {
  const auth = req.headers.authorization ?? "";
  return auth.startsWith("Bearer ") ? auth.slice(7) : "";
}

export interface RunningSubgraph {
  name: string;
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql */
  url: string;
  db: DataSource;
  stop(): Promise<void>;
}

export interface SubgraphOptions {
  /** Overrides the configured port (tests pass 0). */
  port?: number;
  /** An already open database (the start script opens it once for the demo load). */
  db?: DataSource;
  log?: Logger;
  /**
   * Where this subgraph reaches the others (the access subgraph's shared rate counters), read at each
   * use; the configured URLs by default. Tests on port 0 fill it in once every subgraph listens.
   */
  peerUrls?: Readonly<Record<string, string | undefined>>;
}

/**
 * Serves one subgraph: `POST /graphql` for the gateway only (a valid internal token or 401),
 * unauthenticated `GET /healthz` for readiness and `GET /metrics` for Prometheus.
 */
export async function createSubgraph<L>(module: SubgraphModule<L>, config: Config, options: SubgraphOptions = {}): Promise<RunningSubgraph> {
  const log = options.log ?? createLogger(config, `subgraph-${module.name}`);
  const db = options.db ?? (await openDataSource(module, config, log));
  const schema = await buildFederatedSchema<L>(module);
  const tokens = internalTokenKit(config.internalTokenSecret);
  const configured = config.subgraphs as Readonly<Record<string, { url: string } | undefined>>;
  const rate = rateCounterClient(config, tokens, module.name, () => options.peerUrls?.access ?? configured.access?.url);
  const development = config.development;

  const server = new ApolloServer<Context<L>>({
    // Queries run compiled (executor.ts) unless the config says otherwise; what the kit enforces lives in resolvers either way.
    ...(config.SUBGRAPH_EXECUTOR === "compiled" ? { gateway: compiledExecutor(schema) } : { schema }),
    // We stop on signals ourselves, in order (gateway, then subgraphs); Apollo's own handler would race us.
    stopOnTerminationSignals: false,
    // Stated, not left to NODE_ENV: only the gateway reaches a subgraph (internal token); it answers
    // introspection itself from the supergraph and never asks a subgraph. There is no landing page.
    introspection: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // On by default, it wraps every field; we send no cache hints (measured: -35 % CPU on a page of 50 employers).
      ApolloServerPluginCacheControlDisabled(),
      {
        // Unmasked personal data leaves only with its audit entry written; if the log cannot be
        // written, the data is withheld (fail closed).
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, response, operationName }) {
              if (contextValue.audit.empty || response.body.kind !== "single") return;
              const result = response.body.singleResult.errors?.length ? "ERROR" : "OK";
              try {
                // The gateway names its fetches "<operation>__<subgraph>__<n>": record the client's name.
                const operation = operationName?.replace(/__[A-Za-z0-9_-]+__\d+$/, "");
                // A service acting for the caller (DESIGN §2): the entry is the caller's, and names the service too.
                const actor = contextValue.claims.actor;
                await outsideDeadline(() => appendAudit(db, contextValue.claims, actor ? `${(operation ?? "(anonymous)").slice(0, 60)} (via ${actor} service)` : operation, contextValue.audit, result, contextValue.documentHash ?? null));
              } catch (err) {
                log.error({ err }, "audit log write failed; response withheld");
                // A database that went away is the caller's "retry later"; anything else is a defect.
                const code = isUnavailable(err) ? "SERVICE_UNAVAILABLE" : "INTERNAL";
                response.body.singleResult = { errors: [{ message: "The audit log could not be written; personal data withheld.", extensions: { code } }] } as never;
              }
            },
          };
        },
      },
    ],
    includeStacktraceInErrorResponses: development,
    formatError: (formatted, error) => {
      // A driver error that escaped a repository: a unique violation or an unreachable database
      // is still the caller's CONFLICT / SERVICE_UNAVAILABLE, never INTERNAL.
      const known = formatted.extensions?.code === "INTERNAL_SERVER_ERROR" || !formatted.extensions?.code ? translateDbError(db, error) : null;
      if (known) return maskError({ ...formatted, message: known.message, extensions: known.extensions }, development);
      if (formatted.extensions?.code === "INTERNAL_SERVER_ERROR" || !formatted.extensions?.code) log.error({ err: error }, "resolver error");
      return maskError(formatted, development);
    },
  });
  await server.start();

  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  const requests = new Counter({ name: "sihub_subgraph_requests_total", help: "GraphQL requests", labelNames: ["status"], registers: [metrics] });
  new Gauge({
    name: "sihub_sql_statements_total",
    help: "SQL statements run by this subgraph since start",
    registers: [metrics],
    collect() {
      this.set(sqlStatements.get(module.name) ?? 0);
    },
  });

  const listening = await listen(async (req, res) => {
    try {
      const path = (req.url ?? "/").split("?")[0];
      if (path === "/healthz" && req.method === "GET") {
        // Ready means the database answers: the gateway's /readyz reports which subgraph's database is down.
        const database = await db.query("SELECT 1").then(() => "up", () => "unreachable");
        return sendJson(res, database === "up" ? 200 : 503, { status: database === "up" ? "ok" : "down", subgraph: module.name, database });
      }
      if (path === "/metrics" && req.method === "GET") {
        if (!metricsAllowed(req, config.METRICS_TOKEN)) return sendJson(res, 401, { error: "metrics token required" });
        res.writeHead(200, { "content-type": metrics.contentType });
        return res.end(await metrics.metrics());
      }
      const route = module.routes?.[path];
      if (route && req.method === "POST") return await route(req, res, { db, config, verifyInternal: (r) => tokens.verify(bearer(r)).catch(() => null) });
      if (path !== "/graphql") return sendJson(res, 404, { error: "not found" });
      const token = bearer(req);
      let claims;
      try {
        claims = await tokens.verify(token);
      } catch {
        requests.inc({ status: "401" });
        return sendGraphQLError(res, 401, "This service answers only the hub's gateway.", "UNAUTHENTICATED");
      }
      const body = await readBody(req, config.MAX_BODY_BYTES);
      requests.inc({ status: "200" });
      await withDeadline(config.REQUEST_DEADLINE_MS, () => executeApollo(server, req, res, parseJsonBody(body), async () => {
        const bound = entityBounds(module.bounds, claims);
        return { claims, db, bound, loaders: module.loaders(db, claims, bound), log, config, audit: new AuditCollector(), internalToken: token, rate: rate.forRequest(claims), documentHash: documentHashOf(req) };
      }));
    } catch (err) {
      if (err instanceof HttpError) return sendGraphQLError(res, err.status, err.message, err.code);
      log.error({ err }, "request failed");
      if (!res.headersSent) sendGraphQLError(res, 503, "The service is unavailable.", isUnavailable(err) ? "SERVICE_UNAVAILABLE" : "INTERNAL");
      else res.end();
    }
  }, options.port ?? portOf(config, module.name), config.HOST);

  log.info({ url: `${listening.url}/graphql` }, "subgraph ready");
  let stopped: Promise<void> | undefined;
  return {
    name: module.name,
    url: `${listening.url}/graphql`,
    db,
    stop() {
      stopped ??= (async () => {
        await listening.stop();
        await server.stop();
        if (!options.db && db.isInitialized) await db.destroy();
      })();
      return stopped;
    },
  };
}

/** The configured port of a registered subgraph (the kit knows names only as strings, not the registry). */
function portOf(config: Config, name: string): number {
  const endpoint = (config.subgraphs as Readonly<Record<string, { port: number } | undefined>>)[name];
  if (!endpoint) throw new Error(`subgraph ${name} is not in the registry (subgraphs/registry.ts)`);
  return endpoint.port;
}

/** The client's document hash the gateway sends beside its internal token (subgraph-client.ts); anything else is none. */
function documentHashOf(req: http.IncomingMessage): string | undefined {
  const value = req.headers[DOCUMENT_HASH_HEADER];
  return typeof value === "string" && /^[0-9a-f]{64}$/.test(value) ? value : undefined;
}
