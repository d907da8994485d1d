import type { Claims } from "../../lib/claims";
import { isPartnerRole } from "../../lib/claims";

/**
 * The Hive Gateway plugin of the side-by-side bench (`npm run bench -- --compare`): what our gateway does
 * about tokens, so Hive can talk to our subgraphs, which accept only the gateway's internal token.
 *
 * - `onRequest`: verifies the caller's bearer JWT with the hub's own verifier (gateway/auth.ts: signature,
 *   audience, lifetime, strict claims), answering 401 as ours does when it is missing or invalid.
 *   Partner roles are refused: ours re-reads their registered client on every request (the access
 *   subgraph); this bench plugin does not, and no bench scenario uses a partner.
 * - `onFetch`: signs the internal token (lib/internal-token.ts) with the caller's claims and sends it to
 *   each subgraph as `authorization: Bearer …`, one token per caller for 30 s, as ours caches it.
 *
 * Typed structurally: Hive Gateway is installed on demand in a cache folder, never a dependency of the hub.
 */

export interface TokenPluginDeps {
  verifyCaller(token: string): Promise<Claims>;
  sign(claims: Claims): Promise<string>;
  /** Milliseconds; tests move it. */
  now?: () => number;
}

interface HeadersLike {
  get(name: string): string | null;
}

interface OnRequestPayload {
  request: { headers: HeadersLike; method: string };
  url: URL;
  endResponse(response: unknown): void;
  fetchAPI: { Response: new (body: string, init: { status: number; headers: Record<string, string> }) => unknown };
}

interface OnFetchPayload {
  context?: { request?: { headers: HeadersLike }; headers?: Record<string, string | undefined> };
  options: { headers?: Record<string, string> } & Record<string, unknown>;
  setOptions(options: Record<string, unknown>): void;
}

export interface TokenPlugin {
  onRequest(payload: OnRequestPayload): Promise<void>;
  onFetch(payload: OnFetchPayload): Promise<void>;
}

/** The caller's bearer token from an Authorization header, or undefined. */
export function bearerOf(header: string | null | undefined): string | undefined {
  if (!header || !header.startsWith("Bearer ")) return undefined;
  const token = header.slice(7).trim();
  return token || undefined;
}

export function internalTokenPlugin(deps: TokenPluginDeps, graphqlPath = "/graphql"): TokenPlugin {
  const now = deps.now ?? Date.now;
  const signedFor = new Map<string, { token: string; until: number }>();
  const internalTokenFor = async (callerToken: string, claims: Claims) => {
    const t = now();
    const hit = signedFor.get(callerToken);
    if (hit && hit.until > t) return hit.token;
    const token = await deps.sign(claims);
    if (signedFor.size > 10_000) signedFor.clear();
    signedFor.set(callerToken, { token, until: t + 30_000 });
    return token;
  };
  const refuse = (p: OnRequestPayload, message: string) =>
    p.endResponse(new p.fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] }), { status: 401, headers: { "content-type": "application/json" } }));

  return {
    async onRequest(p) {
      if (p.url.pathname !== graphqlPath) return;
      const token = bearerOf(p.request.headers.get("authorization"));
      if (!token) return refuse(p, "Send a bearer token (Authorization: Bearer <token>).");
      let claims: Claims;
      try {
        claims = await deps.verifyCaller(token);
      } catch (err) {
        return refuse(p, (err as Error).message);
      }
      if (isPartnerRole(claims.role)) return refuse(p, "The compare bench's Hive plugin serves staff tokens only (partners are checked against their registry by our gateway).");
    },
    async onFetch(p) {
      // Hive's own fetches (none with a static supergraph) have no request context: nothing to sign for.
      const header = p.context?.request?.headers.get("authorization") ?? p.context?.headers?.authorization;
      const token = bearerOf(header);
      if (!token) return;
      // A cache hit in the verifier: onRequest verified this token already.
      const claims = await deps.verifyCaller(token);
      const internal = await internalTokenFor(token, claims);
      p.setOptions({ ...p.options, headers: { ...p.options.headers, authorization: `Bearer ${internal}` } });
    },
  };
}
