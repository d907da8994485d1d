import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Config } from "../lib/config";
import { openDataSource } from "../subgraphs/common/data-source";
import type { SubgraphModule } from "../subgraphs/common/module";
import type { Progress } from "../subgraphs/common/demo/plugin";
import { generateWorld } from "./world";
import type { World } from "./world.types";

export interface DemoLoadResult {
  loaded: string[];
  skipped: string[];
  ms: number;
  /** The world the load drew, with the hub ids the plugins shared; absent when nothing was loaded. */
  world?: World;
}

/**
 * Loads the demo data into every subgraph whose database is still empty, in the modules' order
 * (enrollment first: later subgraphs reference its people and employers by hub id). The world is
 * generated once, only if some subgraph needs it; each subgraph then writes its records through
 * its importers, and shares the ids it assigned in memory (DESIGN §2), never through the gateway.
 */
export async function loadDemoData(config: Config, modules: SubgraphModule<any>[], log: Logger, progress: Progress = () => {}): Promise<DemoLoadResult> {
  const started = Date.now();
  const result: DemoLoadResult = { loaded: [], skipped: [], ms: 0 };
  const databases = new Map<string, DataSource>();
  try {
    const withDemo = modules.filter((m) => m.demo);
    const empty = new Set<string>();
    for (const module of withDemo) {
      const db = await openDataSource(module, config, log);
      databases.set(module.name, db);
      if (await module.demo!.isLoaded(db)) result.skipped.push(module.name);
      else empty.add(module.name);
    }
    if (empty.size === 0) return result;
    const world = (result.world = generateWorld({ scale: config.DEMO_SCALE }));
    for (const [i, module] of withDemo.entries()) {
      const db = databases.get(module.name)!;
      if (empty.has(module.name)) {
        const random = world.fork(module.name);
        await module.demo!.load(db, { world, random, progress: (step, done, total) => progress(`${module.name}: ${step}`, done, total) });
        result.loaded.push(module.name);
      } else if (!withDemo.slice(i + 1).some((m) => empty.has(m.name))) continue;
      await module.demo!.shareIds?.(db, world);
    }
    return result;
  } finally {
    for (const db of databases.values()) await db.destroy();
    result.ms = Date.now() - started;
  }
}
