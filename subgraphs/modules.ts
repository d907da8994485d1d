import type { SubgraphModule } from "./common/module";
import { SUBGRAPHS, SubgraphName } from "./registry";

/** Loads a subgraph's module by name (subgraphs/<name>/index.ts exports `subgraph`). */
export function loadSubgraphModule(name: SubgraphName): SubgraphModule<any> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`./${name}`).subgraph as SubgraphModule<any>;
}

export function allSubgraphModules(): SubgraphModule<any>[] {
  return SUBGRAPHS.map((s) => loadSubgraphModule(s.name));
}
