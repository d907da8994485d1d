import http from "node:http";
import { GraphQLError } from "graphql";
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import type { Logger } from "pino";
import { DOCUMENT_HASH_HEADER } from "../lib/internal-token";

export interface SubgraphClientOptions {
  name: string;
  url: string;
  timeoutMs: number;
  development: boolean;
  log: Logger;
  onFailure(name: string): void;
}

/**
 * The gateway's client for one subgraph: keep-alive HTTP (node:http with a pooled agent, cheaper per
 * call than fetch and its streams), a timeout, the internal token, and errors the caller may see:
 * a subgraph's input error stays BAD_USER_INPUT; anything else becomes "the <name> service is
 * unavailable", never an address or a network error text.
 */
export interface SubgraphCallContext {
  internalToken?: string;
  /**
   * Set when this caller's identical requests may share one subgraph call: its claims, as one string.
   * Unset for callers with `pii:read`, whose answers may hold unmasked personal data: each of their
   * reads keeps its own audit entry.
   */
  shareKey?: string;
  /** SHA-256 of the client's document, for the subgraphs' audit entries (DOCUMENT_HASH_HEADER). */
  documentHash?: string;
}

export class SubgraphClient implements GraphQLDataSource<SubgraphCallContext> {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64, keepAliveMsecs: 10_000 });
  /** Identical queries in flight, by caller claims and body: dashboards send the same request all day. */
  private readonly inflight = new Map<string, Promise<{ status: number; text: string }>>();

  constructor(private readonly o: SubgraphClientOptions) {}

  async process({ request, context }: GraphQLDataSourceProcessOptions<SubgraphCallContext>): Promise<GatewayGraphQLResponse> {
    const { query, variables, operationName, extensions } = request;
    const body = JSON.stringify({ query, variables, operationName, extensions });
    const headers: Record<string, string> = context.internalToken ? { authorization: `Bearer ${context.internalToken}` } : {};
    if (context.documentHash) headers[DOCUMENT_HASH_HEADER] = context.documentHash;
    try {
      const res = await this.shared(context.shareKey !== undefined && !/^\s*mutation\b/.test(query ?? "") ? `${context.shareKey}\n${body}` : undefined, headers, body);
      const parsed = parseJson(res.text);
      if (res.status === 200 && parsed && typeof parsed === "object") return parsed as GatewayGraphQLResponse;
      const first = (parsed as { errors?: { message: string; extensions?: { code?: string } }[] } | null)?.errors?.[0];
      if (res.status === 400 && first?.extensions?.code === "BAD_USER_INPUT") throw inputError(first.message);
      // The subgraph answers but its database does not: the caller may retry later (not a defect, not a hang).
      if (res.status === 503 && first?.extensions?.code === "SERVICE_UNAVAILABLE") throw new GraphQLError(`The ${this.o.name} database is unavailable; retry later.`, { extensions: { code: "SERVICE_UNAVAILABLE", serviceName: this.o.name } });
      throw new Error(`${this.o.name} answered HTTP ${res.status}`);
    } catch (err) {
      if (err instanceof GraphQLError && err.extensions.code === "BAD_USER_INPUT") throw err;
      if (err instanceof GraphQLError && err.extensions.code === "SERVICE_UNAVAILABLE") {
        this.o.onFailure(this.o.name);
        throw err;
      }
      this.o.onFailure(this.o.name);
      this.o.log.warn({ subgraph: this.o.name, err: (err as Error).message }, "subgraph request failed");
      if (this.o.development) throw err;
      throw new GraphQLError(`The ${this.o.name} service is unavailable.`, { extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: this.o.name } });
    }
  }

  /** One subgraph call for every identical query in flight (only between callers whose claims are identical); each parses its own copy. */
  private shared(key: string | undefined, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
    if (key === undefined) return this.post(this.o.url, headers, body);
    const running = this.inflight.get(key);
    if (running) return running;
    const call = this.post(this.o.url, headers, body).finally(() => this.inflight.delete(key));
    this.inflight.set(key, call);
    return call;
  }

  private post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(url, {
        method: "POST",
        agent: this.agent,
        headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        timeout: this.o.timeoutMs,
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      });
      // A hung subgraph yields an error for its part after the timeout, never a hung gateway.
      req.on("timeout", () => req.destroy(new Error(`no answer within ${this.o.timeoutMs} ms`)));
      req.on("error", reject);
      req.end(body);
    });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Names the input field and the scalar's rule, e.g. field "i.startDate", rule "date.format". */
export function inputError(message: string): GraphQLError {
  const m = /^Variable "\$(\w+)" got invalid value .* at "([^"]+)"; Expected type "\w+"\. ([a-z-]+\.[a-z-]+):/.exec(message)
    ?? /^Variable "\$(\w+)" got invalid value .*?; Expected type "\w+"\. ([a-z-]+\.[a-z-]+):/.exec(message);
  const extensions: Record<string, unknown> = { code: "BAD_USER_INPUT" };
  if (m && m.length === 4) Object.assign(extensions, { field: m[2], rule: m[3] });
  else if (m) Object.assign(extensions, { field: m[1], rule: m[2] });
  return new GraphQLError(message, { extensions });
}
