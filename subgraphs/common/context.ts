import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { Claims } from "../../lib/claims";
import type { Config } from "../../lib/config";
import type { AuditCollector } from "./audit/audit.service";
import type { EntityBound } from "./bounds";
import type { RequestRate } from "./rate-limit";

/**
 * What every resolver gets: the caller, the subgraph's database, loaders made fresh for this request.
 * `F` is the subgraph's config fragment (SubgraphModule.config): the one config object holds it.
 */
export interface Context<L = unknown, F = unknown> {
  claims: Claims;
  db: DataSource;
  loaders: L;
  /** The SQL bound of an entity's rows for this caller, from the subgraph's declaration (bounds.ts). */
  bound: EntityBound;
  log: Logger;
  config: Config & Readonly<F>;
  /** Unmasked personal data shown in this request, written to the audit chain when it ends. */
  audit: AuditCollector;
  /** The internal token this request came with: what gateway-client.ts sends as on-behalf-of. */
  internalToken?: string;
  /** Per-subject allowances counted in access, shared by every replica (rate-limit.ts). */
  rate: RequestRate;
  /** The operation's name, for the audit trail of personal-data reads. */
  operationName?: string;
  /** SHA-256 of the client's document, from the gateway, recorded beside the name in the audit entry. */
  documentHash?: string;
}
