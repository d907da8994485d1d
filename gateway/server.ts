import fs from "node:fs";
import http from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import crypto from "node:crypto";
import { ApolloServer, BaseContext } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloGateway } from "@apollo/gateway";
import type { Logger } from "pino";
import type { Config } from "../lib/config";
import { Claims, isPartnerRole } from "../lib/claims";
import { internalTokenKit } from "../lib/internal-token";
import { executeApollo, listen, metricsAllowed, parseJsonBody, readBody, sendGraphQLError, sendJson, HttpError } from "../lib/http";
import { createLogger } from "../lib/logger";
import { SUPERGRAPH_FILE } from "../lib/paths";
import { maskError } from "../subgraphs/common/errors";
import { AuthError, callerVerifier } from "./auth";
import { graphiqlPage } from "./graphiql";
import { SubgraphClient } from "./subgraph-client";
import { applySafelist, partnerKeyVerifier } from "./safelist";
import { serviceKeyVerifier, ServiceAuthError } from "./service-auth";
import { loadManifest, retireInvalid } from "../lib/persisted";
import { gatewayMetrics } from "./observability";
import { hideFieldSuggestions, introspectionGuard, MAX_DOCUMENT_TOKENS, operationLimits } from "./limits";
import { requestChecks, unavailableStatus } from "./request-checks";

export interface GatewayContext extends BaseContext {
  claims: Claims;
  /** The internal token forwarded to subgraphs for this caller. */
  internalToken: string;
  /** Identical subgraph queries of callers with these same claims may share one call (see SubgraphClient). */
  shareKey?: string;
}

/** The claims as one string, for callers whose answers are never unmasked personal data; undefined otherwise. */
function shareKeyOf(claims: Claims): string | undefined {
  if (claims.scopes.has("pii:read")) return undefined;
  return JSON.stringify([claims.sub, claims.role, claims.agency, claims.purpose, [...claims.scopes].sort(), claims.bounds ?? null, claims.operations ?? null, claims.actor ?? null]);
}

export interface GatewayOptions {
  port?: number;
  /** Subgraph GraphQL URLs by name; defaults to the configuration's. */
  subgraphUrls?: Record<string, string>;
  log?: Logger;
  /** Tests only: a supergraph composed at test time (a fixture subgraph beside the real ones) instead of the committed file. */
  supergraphSdl?: string;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/**
 * The hub's front door: authenticates callers, runs the federated query plan over the subgraphs
 * named in the committed supergraph, and signs a short-lived internal token for each subgraph call.
 */
export async function createGateway(config: Config, options: GatewayOptions = {}): Promise<RunningGateway> {
  const log = options.log ?? createLogger(config, "gateway");
  const urls: Record<string, string> = { ...Object.fromEntries(Object.entries(config.subgraphs).map(([n, s]) => [n, s.url])), ...options.subgraphUrls };
  const metrics = gatewayMetrics();
  const verifyCaller = callerVerifier(config);
  const tokens = internalTokenKit(config.internalTokenSecret);

  const gateway = new ApolloGateway({
    // Apollo's defaults follow NODE_ENV: outside "production" any caller could ask for the query plan
    // (the header Apollo-Query-Plan-Experimental: subgraph names and fetches). Never exposed; the
    // supergraph is always validated when loaded.
    __exposeQueryPlanExperimental: false,
    validateSupergraph: true,
    supergraphSdl: options.supergraphSdl ?? fs.readFileSync(SUPERGRAPH_FILE, "utf8"),
    buildService: ({ name, url }) =>
      new SubgraphClient({
        name,
        url: urls[name] ?? url!,
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        development: config.development,
        log,
        onFailure: (subgraph) => metrics.subgraphErrors.inc({ subgraph }),
      }),
  });

  const server = new ApolloServer<GatewayContext>({
    gateway,
    allowBatchedHttpRequests: false,
    // We stop on signals ourselves, in order (gateway, then subgraphs); Apollo's own handler would race us.
    stopOnTerminationSignals: false,
    persistedQueries: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: config.development,
    introspection: true,
    // Operation limits per caller (gateway/limits.ts); the parser stops at the largest token limit of any caller.
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    plugins: [ApolloServerPluginLandingPageDisabled(), requestChecks(), introspectionGuard(), operationLimits(), hideFieldSuggestions(), unavailableStatus()],
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      if (!code || code === "INTERNAL_SERVER_ERROR") log.error({ err: error }, "request error");
      return maskError(formatted, config.development);
    },
  });
  // Released document ids run their own text while it validates against the API being served.
  let manifest = loadManifest();
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    manifest = retireInvalid(loadManifest(), apiSchema);
  });
  await server.start();

  const signedFor = new Map<string, { token: string; until: number }>();
  const internalTokenFor = async (callerToken: string, claims: Claims) => {
    const now = Date.now();
    const hit = signedFor.get(callerToken);
    if (hit && hit.until > now) return hit.token;
    const token = await tokens.sign(claims);
    if (signedFor.size > 10_000) signedFor.clear();
    signedFor.set(callerToken, { token, until: now + 30_000 });
    return token;
  };

  const verifyPartnerKey = partnerKeyVerifier(config, tokens, urls.access);
  const verifyServiceKey = serviceKeyVerifier(config, tokens, urls.access);
  // The page carries GraphiQL and its editor inline (≈ 9 MB): compressed once here, not on a request's time.
  const page = await staticPage(graphiqlPage());
  const subgraphHealth = Object.entries(urls).map(([name, url]) => ({ name, url: url.replace(/\/graphql$/, "/healthz") }));

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    const route = ["/graphql", "/graphiql", "/healthz", "/readyz", "/metrics"].includes(path) ? path : "other";
    res.on("finish", () => metrics.requests.inc({ route, status: String(res.statusCode) }));
    try {
      if (req.method === "GET" && path === "/healthz") return sendJson(res, 200, { status: "ok" });
      if (req.method === "GET" && path === "/readyz") return await readiness(res, subgraphHealth, config.SUBGRAPH_TIMEOUT_MS);
      if (req.method === "GET" && path === "/metrics") {
        if (!metricsAllowed(req, config.METRICS_TOKEN)) return sendJson(res, 401, { error: "metrics token required" });
        res.writeHead(200, { "content-type": metrics.registry.contentType });
        return res.end(await metrics.registry.metrics());
      }
      if (req.method === "GET" && (path === "/graphiql" || path === "/")) return servePage(req, res, page);
      if (path !== "/graphql") return sendJson(res, 404, { error: "not found" });
      const auth = req.headers.authorization ?? "";
      const apiKey = typeof req.headers["x-api-key"] === "string" ? req.headers["x-api-key"] : auth.startsWith("ApiKey ") ? auth.slice(7).trim() : undefined;
      const serviceKey = typeof req.headers["x-service-key"] === "string" ? req.headers["x-service-key"] : undefined;
      let claims: Claims;
      let callerToken: string;
      if (serviceKey) {
        // A subgraph resolving other subgraphs' ids (DESIGN §2): its key, and the caller it acts for.
        const onBehalfOf = typeof req.headers["x-on-behalf-of"] === "string" ? req.headers["x-on-behalf-of"] : undefined;
        try {
          claims = await verifyServiceKey(serviceKey, onBehalfOf);
        } catch (err) {
          if (err instanceof ServiceAuthError) return sendGraphQLError(res, 401, err.message, "UNAUTHENTICATED");
          throw err;
        }
        callerToken = `svc:${serviceKey}:${onBehalfOf ?? ""}`;
      } else if (apiKey) {
        const partner = await verifyPartnerKey({ key: apiKey });
        if (!partner) return sendGraphQLError(res, 401, "The API key is unknown or revoked.", "UNAUTHENTICATED");
        claims = partner;
        callerToken = `key:${apiKey}`;
      } else {
        if (!auth.startsWith("Bearer ")) return sendGraphQLError(res, 401, "Send a bearer token (Authorization: Bearer <token>) or a partner API key (X-Api-Key).", "UNAUTHENTICATED");
        callerToken = auth.slice(7).trim();
        try {
          claims = await verifyCaller(callerToken);
          if (isPartnerRole(claims.role)) {
            // A partner's own JWT: its registered, active client (by the token's subject) decides what it may
            // do, whatever the token says besides (scopes, bounds, operations): revocation takes effect at once.
            const registered = await verifyPartnerKey({ clientId: claims.sub });
            if (!registered) return sendGraphQLError(res, 401, "No active partner client is registered for this token's subject.", "UNAUTHENTICATED");
            claims = registered;
          }
        } catch (err) {
          if (err instanceof AuthError) return sendGraphQLError(res, 401, err.message, "UNAUTHENTICATED");
          throw err;
        }
      }
      const parsed = parseJsonBody(await readBody(req, config.MAX_BODY_BYTES));
      if (req.method !== "POST" || !parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
        return sendGraphQLError(res, 400, "POST one GraphQL request as a JSON object.", "BAD_REQUEST");
      }
      const safe = applySafelist(claims, parsed as Record<string, unknown>, manifest);
      if (!safe.ok) return sendJson(res, safe.status, { errors: [{ message: safe.message, extensions: { code: safe.code, rule: safe.rule } }] });
      const body = safe.body;
      const internalToken = await internalTokenFor(callerToken, claims);
      const end = metrics.duration.startTimer();
      const shareKey = shareKeyOf(claims);
      // The audit entries of this request record what the client sent, not only the name it chose.
      const documentHash = typeof body.query === "string" ? crypto.createHash("sha256").update(body.query).digest("hex") : undefined;
      await executeApollo(server, req, res, body, async () => ({ claims, internalToken, shareKey, documentHash }));
      end({ operation: "graphql" });
    } catch (err) {
      if (err instanceof HttpError) return sendGraphQLError(res, err.status, err.message, err.code);
      log.error({ err }, "gateway request failed");
      if (!res.headersSent) sendGraphQLError(res, 500, "Internal error; the request was logged.", "INTERNAL");
      else res.end();
    }
  };

  const listening = await listen(handler, options.port ?? config.GATEWAY_PORT, config.HOST);
  log.info({ url: `${listening.url}/graphql` }, "gateway ready");
  return {
    url: listening.url,
    async stop() {
      await listening.stop();
      await server.stop();
    },
  };
}

/**
 * Each subgraph "up" or "down"; for a subgraph whose process answers but whose database does not,
 * `databases` says so ("unreachable"), so an operator sees at once which database to look at.
 */
async function readiness(res: http.ServerResponse, subgraphs: { name: string; url: string }[], timeoutMs: number): Promise<void> {
  const checks = await Promise.all(
    subgraphs.map(async ({ name, url }) => {
      try {
        const r = await fetch(url, { signal: AbortSignal.timeout(Math.min(timeoutMs, 2000)) });
        const body = (await r.json().catch(() => ({}))) as { database?: string };
        return { name, up: r.ok, database: body.database ?? (r.ok ? "up" : "unknown") };
      } catch {
        return { name, up: false, database: "unknown" };
      }
    }),
  );
  const ready = checks.every((c) => c.up);
  sendJson(res, ready ? 200 : 503, {
    status: ready ? "ready" : "not ready",
    subgraphs: Object.fromEntries(checks.map((c) => [c.name, c.up ? "up" : "down"])),
    databases: Object.fromEntries(checks.map((c) => [c.name, c.database])),
  });
}

interface StaticPage {
  html: Buffer;
  gzipped: Buffer;
  etag: string;
}

async function staticPage(html: string): Promise<StaticPage> {
  const body = Buffer.from(html, "utf8");
  const etag = `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  return { html: body, gzipped: await promisify(gzip)(body), etag };
}

/** The GraphiQL page: gzipped when the browser accepts it, and 304 when its copy is current (ETag). */
function servePage(req: http.IncomingMessage, res: http.ServerResponse, page: StaticPage): void {
  const headers: Record<string, string> = { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache", "x-frame-options": "DENY", vary: "accept-encoding", etag: page.etag };
  if (String(req.headers["if-none-match"] ?? "").split(/\s*,\s*/).includes(page.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gzipped = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzipped ? page.gzipped : page.html;
  res.writeHead(200, { ...headers, ...(gzipped ? { "content-encoding": "gzip" } : {}), "content-length": String(body.length) });
  res.end(body);
}
