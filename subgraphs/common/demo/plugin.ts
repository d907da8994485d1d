import type { DataSource } from "typeorm";
import type { Random } from "../../../demo/random";
import type { World } from "../../../demo/world.types";

/** Reports progress of a long load: a step name, done and total units. */
export type Progress = (step: string, done: number, total: number) => void;

/** What a plugin's load gets: the shared world, its own random stream, a progress callback. */
export interface DemoContext {
  world: World;
  /** `world.fork(<subgraph name>)`: draws for this subgraph's extension of the world, independent of every other subgraph's. */
  random: Random;
  progress: Progress;
}

/**
 * A subgraph's share of the demo data. The world (people, employers, the county, its calendar) is
 * generated once and deterministically (`demo/`); each plugin writes the records its subgraph owns
 * through its importers' `check` and `write`, i.e. the same validated bulk-write path as
 * `npm run import`, and extends the world from its own random stream.
 */
export interface DemoPlugin {
  /** True when the subgraph's database already holds the demo (or any) data: the load is skipped. */
  isLoaded(db: DataSource): Promise<boolean>;
  load(db: DataSource, demo: DemoContext): Promise<void>;
  /**
   * Puts the hub ids this subgraph assigned to world records into `world.ids`, for the plugins
   * after it; called after its load, and also when it was loaded before and a later one loads now.
   */
  shareIds?(db: DataSource, world: World): Promise<void>;
}
