import type { Logger } from "pino";
import type { Config } from "../../../lib/config";
import { openDataSource } from "../data-source";
import type { SubgraphModule } from "../module";
import type { Progress } from "./plugin";
import { generateWorld } from "./world";
import type { World } from "./world.types";

export interface DemoLoadResult {
  loaded: string[];
  skipped: string[];
  ms: number;
}

/**
 * Loads the demo data into every subgraph whose database is still empty. The world is generated
 * once, only if some subgraph needs it; each subgraph then writes its records through its importers.
 */
export async function loadDemoData(config: Config, modules: SubgraphModule<any>[], log: Logger, progress: Progress = () => {}): Promise<DemoLoadResult> {
  const started = Date.now();
  let world: World | undefined;
  const result: DemoLoadResult = { loaded: [], skipped: [], ms: 0 };
  for (const module of modules) {
    if (!module.demo) continue;
    const db = await openDataSource(module, config, log);
    try {
      if (await module.demo.isLoaded(db)) {
        result.skipped.push(module.name);
        continue;
      }
      world ??= generateWorld({ scale: config.DEMO_SCALE });
      await module.demo.load(db, world, (step, done, total) => progress(`${module.name}: ${step}`, done, total));
      result.loaded.push(module.name);
    } finally {
      await db.destroy();
    }
  }
  result.ms = Date.now() - started;
  return result;
}
