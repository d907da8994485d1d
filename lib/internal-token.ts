import { SignJWT, jwtVerify } from "jose";
import { Claims, parseClaims } from "./claims";

/**
 * The short-lived token the gateway signs for subgraphs (audience `si-hub-subgraph`, ≤ 60 s).
 * A subgraph trusts nothing else, so there is no side door around the gateway's checks.
 */
const AUDIENCE = "si-hub-subgraph";
const ISSUER = "si-hub-gateway";
const LIFETIME_S = 60;

/** The header that carries the SHA-256 of the client's document to a subgraph beside the internal token (for its audit entries). */
export const DOCUMENT_HASH_HEADER = "x-sihub-document-hash";

export interface InternalTokenKit {
  sign(claims: Claims): Promise<string>;
  verify(token: string): Promise<Claims>;
}

export function internalTokenKit(secret: string): InternalTokenKit {
  const key = new TextEncoder().encode(secret);
  // Verifying the same token again is common (one per caller per minute): remember the result until it expires.
  const verified = new Map<string, { claims: Claims; exp: number }>();
  return {
    async sign(claims) {
      return new SignJWT({
        scope: [...claims.scopes].join(" "),
        role: claims.role,
        agency: claims.agency,
        purpose: claims.purpose,
        bounds: claims.bounds,
        operations: claims.operations,
        actor: claims.actor,
      })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(claims.sub)
        .setAudience(AUDIENCE)
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(`${LIFETIME_S}s`)
        .sign(key);
    },
    async verify(token) {
      const now = Date.now() / 1000;
      const hit = verified.get(token);
      if (hit && hit.exp > now) return hit.claims;
      const { payload } = await jwtVerify(token, key, { audience: AUDIENCE, issuer: ISSUER, algorithms: ["HS256"], clockTolerance: 5 });
      const claims = parseClaims(payload, "internal");
      if (verified.size > 10_000) verified.clear();
      verified.set(token, { claims, exp: payload.exp ?? now });
      return claims;
    },
  };
}
