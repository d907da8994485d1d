import fs from "node:fs";
import path from "node:path";
import { Kind, parse } from "graphql";
import type { Config } from "../lib/config";
import { ROOT } from "../lib/paths";
import type { Claims } from "../lib/claims";
import type { InternalTokenKit } from "../lib/internal-token";

/**
 * Service callers (DESIGN §2, cross-subgraph references): a subgraph calls the gateway with its service key
 * (`X-Service-Key`, registered in `access`) and, for a request it is serving, the internal token that
 * request carried (`X-On-Behalf-Of`). The resulting claims are the original caller's (subject, role,
 * agency, purpose, bounds, `pii:read`) with its scopes narrowed to the service's, plus `actor`: the service
 * path never widens what the caller may see, and audits name both. Without an on-behalf-of token a service
 * may call only when the configuration allows its unattended batch work (SERVICE_UNATTENDED); it then has
 * its own registered scopes, and never `pii:read`.
 */
export const SERVICE_OPERATIONS: readonly string[] = serviceOperations();

/** The operations of schema/operations/service.graphql: adding a cross-subgraph read there is the one step. */
function serviceOperations(): string[] {
  const text = fs.readFileSync(path.join(ROOT, "schema", "operations", "service.graphql"), "utf8");
  return parse(text).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
}

export class ServiceAuthError extends Error {}

export function serviceKeyVerifier(config: Config, tokens: InternalTokenKit, accessUrl: string | undefined) {
  const url = accessUrl?.replace(/\/graphql$/, "/internal/authenticate");
  let gatewayToken: { token: string; until: number } | undefined;
  const lookup = async (serviceKey: string): Promise<{ name: string; scopes: Set<string> } | null> => {
    if (!url) return null;
    if (!gatewayToken || gatewayToken.until < Date.now()) {
      gatewayToken = { token: await tokens.sign({ sub: "gateway", role: "gateway", scopes: new Set(["partner:authenticate"]) }), until: Date.now() + 30_000 };
    }
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${gatewayToken.token}` },
      body: JSON.stringify({ serviceKey }),
      signal: AbortSignal.timeout(config.SUBGRAPH_TIMEOUT_MS),
    });
    if (res.status === 401) return null;
    if (!res.ok) throw new Error(`access subgraph answered ${res.status}`);
    const payload = (await res.json()) as { name?: unknown; scope?: unknown };
    if (typeof payload.name !== "string" || typeof payload.scope !== "string") throw new Error("access subgraph answered a malformed service");
    return { name: payload.name, scopes: new Set(payload.scope.split(" ").filter(Boolean)) };
  };

  /** The claims of a service call, or a ServiceAuthError (401) saying why not. */
  return async (serviceKey: string, onBehalfOf: string | undefined): Promise<Claims> => {
    const service = await lookup(serviceKey);
    if (!service) throw new ServiceAuthError("The service key is unknown or revoked.");
    const operations = [...SERVICE_OPERATIONS];
    if (!onBehalfOf) {
      if (!config.serviceUnattended.includes(service.name)) {
        throw new ServiceAuthError(`The service ${service.name} must call on behalf of a caller (X-On-Behalf-Of: the internal token of the request it serves); unattended calls are not configured for it (SERVICE_UNATTENDED).`);
      }
      const scopes = new Set([...service.scopes].filter((s) => s !== "pii:read"));
      return { sub: `service:${service.name}`, role: "service", scopes, operations, actor: service.name };
    }
    let caller: Claims;
    try {
      caller = await tokens.verify(onBehalfOf);
    } catch (err) {
      throw new ServiceAuthError(`The on-behalf-of token is not valid: ${(err as Error).message}`);
    }
    // The gateway's own token, another service's call or an unattended service is nobody to act for.
    if (caller.actor || caller.role === "gateway" || caller.role === "service") throw new ServiceAuthError("The on-behalf-of token must be an original caller's.");
    // The intersection: the caller's scopes the service may use; personal data only when the caller has it.
    const scopes = new Set([...caller.scopes].filter((s) => service.scopes.has(s) || s === "pii:read"));
    return { sub: caller.sub, role: caller.role, agency: caller.agency, purpose: caller.purpose, bounds: caller.bounds, scopes, operations, actor: service.name };
  };
}
