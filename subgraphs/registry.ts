/**
 * The subgraphs of the hub. Adding one is a folder under subgraphs/ exporting a `SubgraphModule`
 * from its index.ts, plus one line here. Ports are the defaults of DESIGN §2.
 */
export const SUBGRAPHS = [
  { name: "enrollment", port: 4001 },
  { name: "work-injury", port: 4003 },
  { name: "medical", port: 4005 },
  { name: "access", port: 4006 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]["name"];
export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((s) => s.name);
