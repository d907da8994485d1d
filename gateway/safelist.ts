import type { Config } from "../lib/config";
import { Claims, claimsOperations, parseClaims } from "../lib/claims";
import type { InternalTokenKit } from "../lib/internal-token";
import type { Manifest } from "../lib/persisted";

/**
 * Partner clients (DESIGN §4): they authenticate with an API key, which the access subgraph checks on
 * every request (so revoking or rotating it takes effect at once on every gateway), and they may run
 * only their registered operations, sent by document id.
 */
export function partnerKeyVerifier(config: Config, tokens: InternalTokenKit, accessUrl: string | undefined) {
  const url = accessUrl?.replace(/\/graphql$/, "/internal/authenticate");
  let gatewayToken: { token: string; until: number } | undefined;
  return async (by: { key: string } | { clientId: string }): Promise<Claims | null> => {
    if (!url) return null;
    if (!gatewayToken || gatewayToken.until < Date.now()) {
      gatewayToken = { token: await tokens.sign({ sub: "gateway", role: "gateway", scopes: new Set(["partner:authenticate"]) }), until: Date.now() + 30_000 };
    }
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${gatewayToken.token}` },
      body: JSON.stringify(by),
      signal: AbortSignal.timeout(config.SUBGRAPH_TIMEOUT_MS),
    });
    if (res.status === 401) return null;
    if (!res.ok) throw new Error(`access subgraph answered ${res.status}`);
    const payload = (await res.json()) as Record<string, unknown>;
    return parseClaims(payload, "registry");
  };
}

export type SafelistOutcome = { ok: true; body: Record<string, unknown> } | { ok: false; status: number; code: string; rule: string; message: string };

/**
 * Resolves a document id against the manifest (current and released ids alike), and holds a safelisted
 * caller (a partner, or a token carrying `operations`) to its registered operations, by name: a partner
 * registered for an operation may send any of its ids, old or new. Free-form queries from such callers never
 * reach the query planner, let alone a subgraph.
 */
export function applySafelist(claims: Claims, body: Record<string, unknown>, manifest: Manifest): SafelistOutcome {
  const allowed = claimsOperations(claims);
  const ext = body.extensions as { persistedQuery?: { sha256Hash?: string } } | undefined;
  const rawId = typeof body.documentId === "string" ? body.documentId : ext?.persistedQuery?.sha256Hash;
  if (rawId === undefined) {
    if (!allowed) return { ok: true, body };
    return { ok: false, status: 403, code: "FORBIDDEN", rule: "safelist.free-form", message: "Send the documentId of one of your registered operations, not a query." };
  }
  const doc = manifest.byId.get(rawId.startsWith("sha256:") ? rawId : `sha256:${rawId}`);
  if (!doc) return { ok: false, status: 400, code: "PERSISTED_QUERY_NOT_FOUND", rule: "safelist.unknown-document", message: "No operation with this documentId is registered." };
  // A released id whose text no longer runs: say so, so its client knows to update rather than retry.
  if (doc.retired) {
    return { ok: false, status: 400, code: "PERSISTED_QUERY_NOT_FOUND", rule: "safelist.retired-document", message: `The operation ${doc.name} of this documentId was retired: ${doc.retired}. Use its current document id.` };
  }
  if (allowed && !allowed.includes(doc.name)) {
    return { ok: false, status: 403, code: "FORBIDDEN", rule: "safelist.not-registered", message: `The operation ${doc.name} is not registered for you.` };
  }
  const { documentId: _d, extensions: _e, query: _q, ...rest } = body;
  return { ok: true, body: { ...rest, query: doc.body, operationName: doc.name } };
}
