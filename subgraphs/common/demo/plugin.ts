import type { DataSource } from "typeorm";
import type { World } from "./world";

/** Reports progress of a long load: a step name, done and total units. */
export type Progress = (step: string, done: number, total: number) => void;

/**
 * A subgraph's share of the demo data. The world (people, employers, the county) is generated once
 * and deterministically; each plugin writes the records its subgraph owns through its importers'
 * `check` and `write`, i.e. the same validated bulk-write path as `npm run import`.
 */
export interface DemoPlugin {
  /** True when the subgraph's database already holds the demo (or any) data: the load is skipped. */
  isLoaded(db: DataSource): Promise<boolean>;
  load(db: DataSource, world: World, progress: Progress): Promise<void>;
}
