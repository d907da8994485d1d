import type { Importer } from "./importer";

/** The part of a subgraph module the check needs. */
export interface ImportingName {
  name: string;
  importers?: Importer[];
}

/**
 * Importers of all subgraphs share one folder and one order (folder.ts): two reading the same file
 * name would split a file between them, two with the same order would load in an arbitrary order.
 * Refused when the hub is assembled (subgraphs/modules.ts) and before an import, naming both.
 */
export function assertNoImporterCollisions(modules: readonly ImportingName[]): void {
  const byFile = new Map<string, string>();
  const byOrder = new Map<number, string>();
  const problems: string[] = [];
  for (const m of modules) {
    for (const i of m.importers ?? []) {
      const who = `${m.name}'s importer of ${i.file} (order ${i.order})`;
      const file = i.file.toLowerCase(); // one file on case-insensitive file systems too
      const sameFile = byFile.get(file);
      if (sameFile) problems.push(`  file name ${i.file}: ${sameFile} and ${who}`);
      else byFile.set(file, who);
      const sameOrder = byOrder.get(i.order);
      if (sameOrder) problems.push(`  order ${i.order}: ${sameOrder} and ${who}`);
      else byOrder.set(i.order, who);
    }
  }
  if (problems.length) throw new Error(`Importers collide; give each a file name and an order of its own:\n${problems.join("\n")}`);
}
