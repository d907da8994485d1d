import { Config, serviceKeyVariable } from "../../lib/config";
import { loadManifest, Manifest } from "../../lib/persisted";
import type { Context } from "./context";
import { inTransaction } from "./tx";
import { forbidden, serviceUnavailable } from "./errors";
import { internalTokenKit } from "../../lib/internal-token";
import { DOMAINS } from "../../lib/claims";

/**
 * Cross-subgraph references (DESIGN §2): a subgraph stores other subgraphs' records by hub id, and turns the
 * natural keys of an import file or a mutation (ID numbers, credit codes) into those ids through the gateway,
 * with its own service key (SERVICE_KEY_<NAME>) and on behalf of the caller it is serving (the internal token
 * of the current request, `X-On-Behalf-Of`): enrollment applies that caller's bounds and personal-data rules and
 * audits both. Keys unknown or outside the caller's bounds are simply absent from the maps.
 *
 * Call it before the write's transaction, once per file or mutation: it refuses to run inside one (a
 * transaction held open across an HTTP call to another process would hold its locks for the call's time).
 */
export interface IdRequest {
  /** Resident ID numbers → Person ids (needs the caller's pii:read). */
  people?: readonly string[];
  /** Unified social credit codes → Employer ids. */
  employers?: readonly string[];
}

export interface ResolvedIds {
  people: Map<string, number>;
  employers: Map<string, number>;
}

/** Keys per gateway call: the batch fields take at most this many. */
export const GATEWAY_BATCH = 5_000;

export class GatewayUnavailableError extends Error {}

let manifest: Manifest | undefined;

/** The subgraph's identity for the gateway: its name, the config, and the request's caller (absent for an unattended import). */
export interface GatewayCaller {
  subgraph: string;
  config: Config;
  /** The internal token of the request being served; omitted only for the unattended batch case (SERVICE_UNATTENDED). */
  internalToken?: string;
}

export function callerOf(ctx: Pick<Context, "config" | "internalToken">, subgraph: string): GatewayCaller {
  return { subgraph, config: ctx.config, internalToken: ctx.internalToken };
}

/**
 * The caller an import acts for: the operator who runs `npm run import`. The importer already holds every
 * database and the internal token secret, so it signs for the operator itself: subject `import:<operator>`,
 * role `importer`, with every domain's read and pii:read (an ID number is resolved only for a caller who may
 * see it; the gateway narrows them to the service key's scopes), unbounded, valid a minute (one per file). Enrollment audits its reads
 * under that subject with the subgraph as actor.
 */
export async function importerToken(config: Pick<Config, "internalTokenSecret">, operator: string): Promise<string> {
  const name = operator.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40) || "unknown";
  return internalTokenKit(config.internalTokenSecret).sign({ sub: `import:${name}`, role: "importer", scopes: new Set([...DOMAINS.map((d) => `${d}:read`), "pii:read"]) });
}

export async function resolveIds(caller: GatewayCaller, request: IdRequest): Promise<ResolvedIds> {
  serviceKeyFor(caller, "resolveIds");
  const people = new Map<string, number>();
  const employers = new Map<string, number>();
  const idNumbers = [...new Set((request.people ?? []).map((k) => k.trim().toUpperCase()))];
  const creditCodes = [...new Set((request.employers ?? []).map((k) => k.trim().toUpperCase()))];
  for (let i = 0; i < idNumbers.length; i += GATEWAY_BATCH) {
    const part = idNumbers.slice(i, i + GATEWAY_BATCH);
    const data = await callGateway<{ peopleByIdNumbers: ({ id: string } | null)[] }>(caller, "PeopleByIdNumbers", { idNumbers: part });
    data.peopleByIdNumbers.forEach((p, j) => p && people.set(part[j], Number(p.id)));
  }
  for (let i = 0; i < creditCodes.length; i += GATEWAY_BATCH) {
    const part = creditCodes.slice(i, i + GATEWAY_BATCH);
    const data = await callGateway<{ employersByCreditCodes: ({ id: string } | null)[] }>(caller, "EmployersByCreditCodes", { creditCodes: part });
    data.employersByCreditCodes.forEach((e, j) => e && employers.set(part[j], Number(e.id)));
  }
  return { people, employers };
}

/** The subgraph's service key; refused inside a transaction and without a key, before any call is made. */
function serviceKeyFor(caller: GatewayCaller, what: string): string {
  if (inTransaction()) throw new Error(`${what} runs before the write's transaction, never inside one: resolve first, then write.`);
  const key = caller.config.serviceKeys[caller.subgraph];
  if (!key) throw new Error(`The subgraph ${caller.subgraph} has no service key: set ${serviceKeyVariable(caller.subgraph)} (npm run service -- register ${caller.subgraph}).`);
  return key;
}

/** A GraphQL error the gateway answered (refused or failed), with its code and rule. */
export class GatewayCallError extends Error {
  constructor(message: string, readonly code?: string, readonly rule?: string, readonly field?: string) {
    super(message);
  }
}

/**
 * Runs one operation of schema/operations/ (by its persisted id) through the gateway with the subgraph's
 * service key, on behalf of the caller: the other subgraphs' reads a write needs (an enrollment on a day,
 * contribution bases, dates of death …). Same rules as resolveIds: before the transaction, batched.
 */
export async function callGateway<T>(caller: GatewayCaller, operation: string, variables: Record<string, unknown>): Promise<T> {
  return call<T>(caller, serviceKeyFor(caller, operation), operation, variables);
}

async function call<T>(caller: GatewayCaller, key: string, operation: string, variables: Record<string, unknown>): Promise<T> {
  const doc = (manifest ??= loadManifest()).byName.get(operation);
  if (!doc) throw new Error(`The operation ${operation} is not in the persisted manifest (npm run codegen).`);
  const url = caller.config.gatewayUrl;
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-service-key": key, ...(caller.internalToken ? { "x-on-behalf-of": caller.internalToken } : {}) },
      body: JSON.stringify({ documentId: doc.id, operationName: operation, variables }),
      signal: AbortSignal.timeout(caller.config.GATEWAY_TIMEOUT_MS),
    });
  } catch (err) {
    const timedOut = (err as Error).name === "TimeoutError";
    throw new GatewayUnavailableError(
      `${operation} reads another subgraph's records (people by ID number, employers by credit code, their facts); it needs the hub running (GATEWAY_URL ${url} ${timedOut ? `did not answer within ${caller.config.GATEWAY_TIMEOUT_MS} ms` : "is not reachable"}). Start the hub (npm start) or set GATEWAY_URL.`,
    );
  }
  const body = (await res.json().catch(() => ({}))) as { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  const first = body.errors?.[0];
  if (first || !body.data) {
    const ext = first?.extensions ?? {};
    throw new GatewayCallError(`The hub refused ${operation} (HTTP ${res.status}): ${first?.message ?? "no data"}`, ext.code as string | undefined, ext.rule as string | undefined, ext.field as string | undefined);
  }
  return body.data;
}

/**
 * A read a write needs, through the gateway, as the caller should see its failure: FORBIDDEN (or rate
 * limited) passed on, anything else SERVICE_UNAVAILABLE "nothing was recorded" with the cause in the log.
 * A write never goes ahead without the facts it asked for.
 */
export async function readForWrite<T>(ctx: Pick<Context, "log">, subgraph: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof GatewayCallError && (err.code === "FORBIDDEN" || err.code === "RATE_LIMITED")) throw forbidden(`The read this write needs was refused: ${err.message}`);
    if (!(err instanceof GatewayUnavailableError || err instanceof GatewayCallError)) throw err;
    // The operator needs the cause (a revoked key, the gateway down); the caller gets "retry later".
    ctx.log.warn({ err: err.message, subgraph }, "a write could not read another subgraph's records through the gateway");
    throw serviceUnavailable("Another subgraph's records cannot be read just now; nothing was recorded. Retry later.");
  }
}
