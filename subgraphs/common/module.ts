import type { DataSource } from "typeorm";
import type { NonEmptyArray } from "type-graphql";
import type { Claims } from "../../lib/claims";
import type { SubgraphName } from "../registry";
import type { ReferenceResolver } from "./schema";
import type { DemoPlugin } from "./demo/plugin";
import type { Importer } from "./import/importer";

/**
 * What a subgraph folder exports from its index.ts. The server, the demo loader, the importer,
 * the composer and the tests all work from this, so a new subgraph needs no edits elsewhere.
 */
export interface SubgraphModule<L = unknown> {
  name: SubgraphName;
  entities: Function[];
  migrations: Function[];
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  references?: Record<string, ReferenceResolver<L>>;
  /** Per-request DataLoaders; made fresh for every request, bounded by the caller's claims. */
  loaders(db: DataSource, claims: Claims): L;
  demo?: DemoPlugin;
  importers?: Importer[];
}
