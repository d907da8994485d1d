import { DataSource, DataSourceOptions } from "typeorm";
import { KIT_MIGRATIONS } from "./migrations";

/**
 * Where the kit's migrations are recorded, apart from the subgraph's own `migrations` table.
 *
 * Why a table of its own rather than adding the kit's migrations to each subgraph's list:
 * - the kit's history is one history for every subgraph; mixed into a subgraph's list, TypeORM would
 *   order them by timestamp among that subgraph's migrations, and a subgraph's migration generator
 *   would see (and copy) kit tables again;
 * - SQLite databases have no subgraph migrations at all (their schema follows the entities), yet the
 *   kit's tables must be created the same explicit way on both dialects;
 * - it runs first, as its own step, so a subgraph's migration may rely on the kit's tables.
 */
export const KIT_MIGRATIONS_TABLE = "kit_migrations";

/**
 * Creates or upgrades the kit's tables (audit chain, data version, idempotency keys) in one subgraph
 * database, before the subgraph's own schema step. `connection` holds only how to reach the database;
 * the short-lived DataSource knows no entities, so nothing of the subgraph is synchronized here.
 */
export async function migrateKitTables(connection: DataSourceOptions): Promise<void> {
  const db = new DataSource({
    ...connection,
    entities: [],
    migrations: KIT_MIGRATIONS,
    migrationsTableName: KIT_MIGRATIONS_TABLE,
    migrationsRun: false,
    synchronize: false,
  } as DataSourceOptions);
  await db.initialize();
  try {
    await db.runMigrations({ transaction: "each" });
  } finally {
    await db.destroy();
  }
}
