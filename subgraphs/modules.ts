import type { SubgraphModule } from "./common/module";
import { assertNoImporterCollisions } from "./common/import/collisions";
import { SUBGRAPHS, SubgraphName } from "./registry";

/** Loads a subgraph's module by name (subgraphs/<name>/index.ts exports `subgraph`). */
export function loadSubgraphModule(name: SubgraphName): SubgraphModule<any> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`./${name}`).subgraph as SubgraphModule<any>;
}

/**
 * Every registered subgraph: the hub as it starts (npm start, npm run import, compose, tests), so
 * what cannot work together — two importers of one file or one order — stops it here.
 */
export function allSubgraphModules(): SubgraphModule<any>[] {
  return assembleModules(SUBGRAPHS.map((s) => loadSubgraphModule(s.name)));
}

/** Checks that modules can run together; tests assemble fake ones through it. */
export function assembleModules<M extends SubgraphModule<any>>(modules: M[]): M[] {
  assertNoImporterCollisions(modules);
  return modules;
}
