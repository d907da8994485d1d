/**
 * Principals, scopes and roles (DESIGN §4). The caller's JWT and the gateway's internal token carry
 * the same claims; subgraphs decide with `scopes` and `bounds`.
 */
export const DOMAINS = ["enrollment", "unemployment", "injury", "finance", "medical"] as const;
export type Domain = (typeof DOMAINS)[number];

const read = DOMAINS.map((d) => `${d}:read`);

export const SCOPES = [
  ...DOMAINS.flatMap((d) => [`${d}:read`, `${d}:write`]),
  "audit:read", "audit:write", "aggregate:read", "pii:read", "auditlog:read", "admin", "introspection", "partner:authenticate",
] as const;

/** Default scopes per role; a token may carry fewer or more (its `scope` claim wins when present). */
export const ROLE_SCOPES: Readonly<Record<string, readonly string[]>> = {
  analyst: [...read, "audit:read", "aggregate:read", "introspection"],
  dashboard: ["aggregate:read"],
  registrar: ["enrollment:read", "enrollment:write", "pii:read"],
  investigator: ["injury:read", "injury:write", "medical:read", "enrollment:read", "pii:read"],
  "benefits-officer": ["unemployment:read", "unemployment:write", "injury:read", "finance:read", "enrollment:read", "pii:read"],
  "finance-auditor": [...read, "finance:write", "audit:read", "aggregate:read", "pii:read"],
  "risk-officer": [...read, "audit:read", "audit:write", "aggregate:read", "pii:read"],
  administrator: ["admin", "auditlog:read"],
  "tax-bureau": ["enrollment:read"],
  "medical-insurance-bureau": ["unemployment:read", "medical:read"],
  hospital: ["medical:read"],
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
}

/** Partner kinds (DESIGN §4): they run registered operations only, sent by document id. */
export const PARTNER_ROLES: ReadonlySet<string> = new Set(["tax-bureau", "medical-insurance-bureau", "hospital", "civil-affairs", "statistics-bureau"]);

/** The operations a caller is held to: its registered ones; none at all for a partner without any. */
export function claimsOperations(claims: Claims): readonly string[] | undefined {
  if (claims.operations) return claims.operations;
  return claims.role && PARTNER_ROLES.has(claims.role) ? [] : undefined;
}

export function scopesFor(role: string | undefined, scope: unknown): Set<string> {
  if (typeof scope === "string") return new Set(scope.split(" ").filter(Boolean));
  return new Set(role ? ROLE_SCOPES[role] ?? [] : []);
}
