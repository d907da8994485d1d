import { SignJWT } from "jose";
import type { Bounds } from "./claims";

export interface DevTokenOptions {
  role: string;
  sub?: string;
  /** Space-separated scopes; the role's defaults when omitted. */
  scope?: string;
  agency?: string;
  purpose?: string;
  bounds?: Bounds;
  /** Lifetime in seconds, at most 3600. */
  ttl?: number;
  audience?: string;
  /** Registered operations the token is held to (partners, pinned dashboards). */
  operations?: string[];
}

/**
 * A caller token signed with the development shared secret (AUTH_JWT_SECRET), as an identity
 * provider would issue it. Production callers get theirs from the provider behind AUTH_JWKS_URL.
 */
export async function signDevToken(secret: string, o: DevTokenOptions): Promise<string> {
  const claims: Record<string, unknown> = { role: o.role };
  if (o.scope !== undefined) claims.scope = o.scope;
  if (o.agency) claims.agency = o.agency;
  if (o.purpose) claims.purpose = o.purpose;
  if (o.bounds) claims.bounds = o.bounds;
  if (o.operations) claims.operations = o.operations;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(o.sub ?? `dev-${o.role}`)
    .setAudience(o.audience ?? "si-hub")
    .setIssuedAt()
    .setExpirationTime(`${o.ttl ?? 3600}s`)
    .sign(new TextEncoder().encode(secret));
}
