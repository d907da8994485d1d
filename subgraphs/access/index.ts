import "reflect-metadata";
import type { SubgraphModule } from "../common/module";
import { readBody, sendJson } from "../../lib/http";
import { rows } from "../common/bounds";
import { migrations } from "./migrations";
import { PartnerClient } from "./partner/partner.entity";
import { PartnerResolver } from "./partner/partner.resolver";
import { authenticate } from "./partner/partner.service";
import { ServiceKey } from "./service-key/service-key.entity";
import { ServiceKeyResolver } from "./service-key/service-key.resolver";
import { authenticateService } from "./service-key/service-key.service";
import { RateCounter } from "./rate/rate-counter.entity";
import { countInWindow, RATE_SCOPE } from "../common/rate-limit";

/**
 * Access (访问管理): the registry of partner clients, their hashed keys and registered operations.
 * The gateway asks it about every partner request (`POST /internal/authenticate`), so a revoked or
 * rotated key stops working at once on every gateway replica.
 */
export const subgraph: SubgraphModule<Record<string, never>> = {
  name: "access",
  entities: [PartnerClient, ServiceKey, RateCounter],
  migrations,
  resolvers: [PartnerResolver, ServiceKeyResolver],
  hostsAuditLogQuery: true,
  loaders: () => ({}),
  // Partner clients are admin data: they apply no bound kind, so a bounded caller sees none of them.
  bounds: {
    entities: { PartnerClient: () => ({}), ServiceKey: () => ({}) },
    queries: { partnerClients: rows, partnerClient: rows, serviceKeys: rows },
    references: {},
  },
  routes: {
    "/internal/authenticate": async (req, res, { db, verifyInternal, config }) => {
      const claims = await verifyInternal(req);
      if (!claims?.scopes.has("partner:authenticate")) return sendJson(res, 401, { error: "gateway only" });
      const { key, clientId, serviceKey } = JSON.parse(await readBody(req, config.MAX_BODY_BYTES)) as { key?: unknown; clientId?: unknown; serviceKey?: unknown };
      const found =
        typeof serviceKey === "string" && serviceKey.length < 200 ? await authenticateService(db, serviceKey)
        : typeof key === "string" && key.length < 200 ? await authenticate(db, { key })
        : typeof clientId === "string" && clientId.length <= 60 ? await authenticate(db, { clientId })
        : null;
      return found ? sendJson(res, 200, found) : sendJson(res, 401, { error: "unknown or revoked key" });
    },
    // The shared counters of per-subject limits (lookups by ID number): subgraphs only, with their own token.
    "/internal/rate": async (req, res, { db, verifyInternal, config }) => {
      const claims = await verifyInternal(req);
      if (!claims?.scopes.has(RATE_SCOPE) || claims.role !== "service") return sendJson(res, 401, { error: "subgraphs only" });
      const { subject, bucket, count } = JSON.parse(await readBody(req, config.MAX_BODY_BYTES)) as { subject?: unknown; bucket?: unknown; count?: unknown };
      const ok = typeof subject === "string" && subject.length > 0 && subject.length <= 200
        && typeof bucket === "string" && /^[a-z0-9:-]{1,40}$/.test(bucket)
        && typeof count === "number" && Number.isInteger(count) && count >= 1 && count <= 10_000;
      if (!ok) return sendJson(res, 400, { error: "subject, bucket and count (1..10000) expected" });
      return sendJson(res, 200, await countInWindow(db, subject, bucket, count));
    },
  },
};
