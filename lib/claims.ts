/**
 * Principals, scopes and roles (DESIGN §4). The caller's JWT and the gateway's internal token carry
 * the same claims; subgraphs decide with `scopes` and `bounds`.
 */
import { AREA_CODE } from "../subgraphs/common/validators/area-code";

export const DOMAINS = ["enrollment", "unemployment", "injury", "finance", "medical"] as const;
export type Domain = (typeof DOMAINS)[number];

const read = DOMAINS.map((d) => `${d}:read`);

export const SCOPES = [
  ...DOMAINS.flatMap((d) => [`${d}:read`, `${d}:write`]),
  "injury:benefits", "audit:read", "audit:write", "aggregate:read", "pii:read", "auditlog:read", "admin", "introspection", "partner:authenticate",
] as const;

/** Default scopes per role; a token may carry fewer or more (its `scope` claim wins when present). */
export const ROLE_SCOPES: Readonly<Record<string, readonly string[]>> = {
  analyst: [...read, "audit:read", "aggregate:read", "introspection"],
  dashboard: ["aggregate:read"],
  registrar: ["enrollment:read", "enrollment:write", "pii:read"],
  investigator: ["injury:read", "injury:write", "medical:read", "enrollment:read", "pii:read"],
  // benefits officers settle with the hospitals (medical:write: settlements) and own the injured worker's
  // benefits (injury:benefits: own wage, payments, dependants), not the case itself
  "benefits-officer": ["unemployment:read", "unemployment:write", "injury:read", "injury:benefits", "medical:read", "medical:write", "finance:read", "enrollment:read", "pii:read"],
  "finance-auditor": [...read, "finance:write", "audit:read", "aggregate:read", "pii:read"],
  // risk officers run the ward rounds: inspections and findings are medical writes
  "risk-officer": [...read, "audit:read", "audit:write", "medical:write", "aggregate:read", "pii:read"],
  administrator: ["admin", "auditlog:read"],
  "tax-bureau": ["enrollment:read"],
  "medical-insurance-bureau": ["unemployment:read", "medical:read"],
  // a designated hospital sees its own inpatients unmasked, always bounded to its institution (DESIGN §4)
  hospital: ["medical:read", "pii:read"],
  "civil-affairs": [],
  "statistics-bureau": ["aggregate:read"],
  service: [...read, "aggregate:read", "pii:read"],
};

export interface Bounds {
  /** An area code; the caller sees this area and everything under it. */
  area?: string;
  institution?: string;
  employer?: string;
}

export interface Claims {
  sub: string;
  role?: string;
  agency?: string;
  purpose?: string;
  scopes: ReadonlySet<string>;
  bounds?: Bounds;
  /** Registered operations (by name) the caller is held to; absent for free-form callers. */
  operations?: readonly string[];
  /**
   * The service (a subgraph, by name) calling on this caller's behalf (DESIGN §2, cross-subgraph
   * references): the claims are the original caller's, narrowed; audits name both. Internal tokens only.
   */
  actor?: string;
}

/** Partner kinds (DESIGN §4): they run registered operations only, sent by document id. */
export const PARTNER_ROLES: ReadonlySet<string> = new Set(["tax-bureau", "medical-insurance-bureau", "hospital", "civil-affairs", "statistics-bureau"]);

/** Whether a role is a partner kind, compared case-insensitively: "Tax-Bureau" is the tax bureau too. */
export function isPartnerRole(role: string | undefined): boolean {
  return role !== undefined && PARTNER_ROLES.has(role.toLowerCase());
}

/** The operations a caller is held to: its registered ones; none at all for a partner without any. */
export function claimsOperations(claims: Claims): readonly string[] | undefined {
  if (claims.operations) return claims.operations;
  return isPartnerRole(claims.role) ? [] : undefined;
}

/** A claim that is present but malformed: the token is refused (401), never read as if the claim were absent. */
export class ClaimsError extends Error {}

/** Where a token's claims come from: callers (their identity provider), our own internal tokens, the partner registry. */
export type ClaimsSource = "caller" | "internal" | "registry";

const HUB_ID = /^[1-9]\d{0,17}$/;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
const BOUND_KINDS = ["area", "institution", "employer"] as const;

/** Roles a token may carry, by source: nobody outside claims the service role; the gateway's own role exists only inside. */
function knownRole(role: string, source: ClaimsSource): boolean {
  // Internal-only roles: the gateway's own calls, and `importer`, the operator of `npm run import` on whose
  // behalf an import's reads go through the gateway (gateway-client.ts, importerToken). No caller JWT carries them.
  if (source === "internal") return role in ROLE_SCOPES || role === "gateway" || role === "importer";
  return role in ROLE_SCOPES && role !== "service";
}

function optionalText(payload: Record<string, unknown>, name: string): string | undefined {
  const v = payload[name];
  if (v === undefined) return undefined;
  if (typeof v !== "string" || !v.trim() || v.length > 200) throw new ClaimsError(`The ${name} claim must be a non-empty string.`);
  return v;
}

/**
 * Reads the claims of a verified token, strictly (DESIGN §4 "Claims fail closed"): bounds must be an
 * object of known kinds with well-formed values (an area code of 6, 9 or 12 digits, hub ids), operations
 * a list of operation names, the role a known one (compared case-insensitively). Anything else throws.
 */
export function parseClaims(payload: Record<string, unknown>, source: ClaimsSource): Claims {
  const sub = payload.sub;
  if (typeof sub !== "string" || !sub || sub.length > 200) throw new ClaimsError("The token has no subject.");
  const rawRole = payload.role;
  if (typeof rawRole !== "string" || !knownRole(rawRole.toLowerCase(), source)) throw new ClaimsError("The token's role is missing or unknown.");
  const role = rawRole.toLowerCase();
  const scope = payload.scope;
  if (scope !== undefined && typeof scope !== "string") throw new ClaimsError("The scope claim must be a space-separated string.");
  const scopes = scope === undefined && source === "caller" ? new Set(ROLE_SCOPES[role] ?? []) : new Set(String(scope ?? "").split(" ").filter(Boolean));
  const bounds = parseBounds(payload.bounds);
  // The hospital's scopes include pii:read because it reads its own patients: without its institution
  // bound that would be every hospital's, so such a token is refused rather than trusted (fail closed).
  if (role === "hospital" && !bounds?.institution) throw new ClaimsError("A hospital token must be bounded to its institution.");
  return {
    sub,
    role,
    agency: optionalText(payload, "agency"),
    purpose: optionalText(payload, "purpose"),
    scopes,
    bounds,
    operations: parseOperations(payload.operations),
    actor: parseActor(payload.actor, source),
  };
}

/** Only the gateway says a service acts for someone: a caller's own token naming an actor is refused. */
function parseActor(raw: unknown, source: ClaimsSource): string | undefined {
  if (raw === undefined) return undefined;
  if (source !== "internal") throw new ClaimsError("The actor claim is the gateway's own.");
  if (typeof raw !== "string" || !/^[a-z][a-z0-9-]{1,39}$/.test(raw)) throw new ClaimsError("The actor claim must be a service name.");
  return raw;
}

function parseBounds(raw: unknown): Bounds | undefined {
  if (raw === undefined) return undefined;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new ClaimsError("The bounds claim must be an object.");
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length === 0) throw new ClaimsError("The bounds claim names no bound.");
  const bounds: Bounds = {};
  for (const [kind, value] of entries) {
    if (!(BOUND_KINDS as readonly string[]).includes(kind)) throw new ClaimsError(`Unknown bound ${kind}.`);
    if (typeof value !== "string") throw new ClaimsError(`The ${kind} bound must be a string.`);
    const pattern = kind === "area" ? AREA_CODE : HUB_ID;
    if (!pattern.test(value)) throw new ClaimsError(`The ${kind} bound is not ${kind === "area" ? "an area code of 6, 9 or 12 digits" : "a hub id"}.`);
    bounds[kind as (typeof BOUND_KINDS)[number]] = value;
  }
  return bounds;
}

function parseOperations(raw: unknown): readonly string[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw) || raw.some((o) => typeof o !== "string" || !OPERATION_NAME.test(o))) throw new ClaimsError("The operations claim must be a list of operation names.");
  return raw as string[];
}
