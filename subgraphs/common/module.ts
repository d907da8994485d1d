import type http from "node:http";
import type { DataSource } from "typeorm";
import type { Config } from "../../lib/config";
import type { NonEmptyArray } from "type-graphql";
import type { ZodObject } from "zod";
import type { Claims } from "../../lib/claims";
import type { ReferenceResolver } from "./schema";
import type { ReportSection } from "./report";
import type { DemoPlugin } from "./demo/plugin";
import type { Importer } from "./import/importer";
import type { EntityBound, SubgraphBounds } from "./bounds";
import type { UpsertDeclaration } from "./upsert";
import type { SyncedDataStep } from "./data-source";

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
  /** The subgraph's name as in subgraphs/registry.ts (the kit does not import the registry). */
  name: string;
  entities: Function[];
  migrations: Function[];
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  references?: Record<string, ReferenceResolver<L>>;
  /** Per-request DataLoaders; made fresh for every request, bounded by the caller's claims through `bound`. */
  loaders(db: DataSource, claims: Claims, bound: EntityBound): L;
  /** Its section of AnnualReport, declared once; the kit wires everything else (report.ts). */
  reportSection?: ReportSection<L>;
  /** Which bound kinds apply to which entity, and the bounds class of every Query field and entity type. */
  bounds: SubgraphBounds;
  /**
   * SQLite only: idempotent SQL run at every start after synchronize, for the data part of a MySQL
   * migration (SQLite's schema follows the entities and has no migrations, so a data folder made
   * before a change of stored values would otherwise keep the old ones). Each must change nothing once
   * applied; the migration on MySQL and the step here say the same thing.
   */
  syncedDataSteps?: SyncedDataStep[];
  /** Every upsert its writes run, checked against the unique indexes at start (upsert.ts). */
  upserts?: UpsertDeclaration[];
  /** True for the one subgraph that answers Query.auditLog (access). */
  hostsAuditLogQuery?: boolean;
  demo?: DemoPlugin;
  /** Extra HTTP routes besides /graphql (internal endpoints); each checks its caller itself. */
  routes?: Record<string, (req: http.IncomingMessage, res: http.ServerResponse, ctx: RouteContext) => Promise<void>>;
  importers?: Importer[];
  /**
   * The scopes of the service key this subgraph calls the gateway with (gateway-client.ts: ID numbers to
   * hub ids, another subgraph's facts a write needs). Declaring them is the one step: `npm start` and the
   * test hub register the key when SERVICE_KEY_<NAME> is not configured (subgraphs/access/provision.ts).
   */
  serviceScopes?: readonly string[];
  /**
   * The subgraph's own settings (its config fragment): environment variables it alone reads,
   * validated at start together with the hub's (lib/config.ts), documented in .env.example. Read them
   * as `ctx.config.X` with `Context<Loaders, z.infer<typeof fragment>>`.
   */
  config?: ZodObject;
}
