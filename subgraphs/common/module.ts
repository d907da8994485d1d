import type http from "node:http";
import type { DataSource } from "typeorm";
import type { Config } from "../../lib/config";
import type { NonEmptyArray } from "type-graphql";
import type { Claims } from "../../lib/claims";
import type { SubgraphName } from "../registry";
import type { ReferenceResolver } from "./schema";
import type { DemoPlugin } from "./demo/plugin";
import type { Importer } from "./import/importer";
import type { EntityBound, SubgraphBounds } from "./bounds";
import type { UpsertDeclaration } from "./upsert";

/**
 * What a subgraph folder exports from its index.ts. The server, the demo loader, the importer,
 * the composer and the tests all work from this, so a new subgraph needs no edits elsewhere.
 */
export interface RouteContext {
  db: DataSource;
  config: Config;
  /** The claims of the request's internal token, or null when it has none or an invalid one. */
  verifyInternal(req: http.IncomingMessage): Promise<Claims | null>;
}

export interface SubgraphModule<L = unknown> {
  name: SubgraphName;
  entities: Function[];
  migrations: Function[];
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  references?: Record<string, ReferenceResolver<L>>;
  /** Per-request DataLoaders; made fresh for every request, bounded by the caller's claims through `bound`. */
  loaders(db: DataSource, claims: Claims, bound: EntityBound): L;
  /** Which bound kinds apply to which entity, and the bounds class of every Query field and entity type. */
  bounds: SubgraphBounds;
  /** Every upsert its writes run, checked against the unique indexes at start (upsert.ts). */
  upserts?: UpsertDeclaration[];
  /** True for the one subgraph that answers Query.auditLog (access). */
  hostsAuditLogQuery?: boolean;
  demo?: DemoPlugin;
  /** Extra HTTP routes besides /graphql (internal endpoints); each checks its caller itself. */
  routes?: Record<string, (req: http.IncomingMessage, res: http.ServerResponse, ctx: RouteContext) => Promise<void>>;
  importers?: Importer[];
}
