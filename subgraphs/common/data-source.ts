import path from "node:path";
import { DataSource, DataSourceOptions, Logger as OrmLogger, MixedList, EntitySchema } from "typeorm";
import type { Logger } from "pino";
import { createConnection } from "mysql2/promise";
import type { Config } from "../../lib/config";
import { privateDir, privateFile } from "../../lib/files";
import { AuditEntry } from "./audit/audit.entity";
import { protectAuditLog } from "./audit/audit.service";
import { checkDeadline } from "./deadline";
import { checkFigureRead, DataVersion } from "./figures-cache";
import { IdempotencyEntry } from "./idempotency/idempotency.entity";
import { migrateKitTables } from "./kit-schema";
import { checkUpserts, UpsertDeclaration } from "./upsert";

/** SQL statements run per subgraph; the bench reads it to show statements per request. */
export const sqlStatements = new Map<string, number>();

const TX_END = /^\s*(COMMIT|ROLLBACK|RELEASE)\b/i;

class CountingLogger implements OrmLogger {
  constructor(private readonly name: string, private readonly logger: Logger) {}
  logQuery(query: string): void {
    // Called by TypeORM before it runs each statement, on both drivers: the one place to stop a request past its budget.
    // Never the statements that end a transaction: a request stopped mid-write must still roll back.
    if (!TX_END.test(query)) checkDeadline();
    sqlStatements.set(this.name, (sqlStatements.get(this.name) ?? 0) + 1);
    checkFigureRead(query);
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.error({ err: error, query: query.slice(0, 500) }, "SQL error");
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, query: query.slice(0, 500) }, "slow SQL");
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.info(message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.logger.warn(String(message));
  }
}

export interface DataSourceSpec {
  name: string;
  entities: MixedList<Function | string | EntitySchema>;
  /** Committed TypeORM migrations, run on start against MySQL/MariaDB. */
  migrations: MixedList<Function | string>;
  /** Every upsert the subgraph runs (checked against the unique indexes here, at start; upsert.ts). */
  upserts?: readonly UpsertDeclaration[];
  /** SQLite only: idempotent data steps run after synchronize (module.ts). */
  syncedDataSteps?: readonly SyncedDataStep[];
}

/** The data part of a MySQL migration, as idempotent SQL for SQLite (module.ts, `syncedDataSteps`). */
export interface SyncedDataStep { name: string; sql: string }

/**
 * Tables every subgraph has, whatever its domain. Their entities say `synchronize: false`: the kit's
 * migrations create them (kit-schema.ts), so neither SQLite's synchronize nor a subgraph's generated
 * migration ever copies them again.
 */
const KIT_ENTITIES: Function[] = [AuditEntry, DataVersion, IdempotencyEntry];

export type Dialect = "sqlite" | "mysql";

export function dialectOf(db: DataSource): Dialect {
  return db.options.type === "better-sqlite3" ? "sqlite" : "mysql";
}

/**
 * One database per subgraph: an SQLite file under DATA_DIR by default, or the database
 * `<DB_PREFIX><name>` on the MySQL/MariaDB server of DATABASE_URL.
 */
export async function openDataSource(spec: DataSourceSpec, config: Config, log: Logger): Promise<DataSource> {
  const logger = new CountingLogger(spec.name, log);
  let connection: DataSourceOptions;
  let schema: Partial<DataSourceOptions>;
  if (config.DATABASE_URL) {
    const database = `${config.DB_PREFIX}${spec.name.replace(/-/g, "_")}`;
    const flavour = await ensureMysqlDatabase(config.DATABASE_URL, database);
    const url = new URL(config.DATABASE_URL);
    url.pathname = `/${database}`;
    connection = {
      // TypeORM reads column defaults differently on MariaDB; telling it which server it is keeps
      // migrations free of spurious "DEFAULT NULL" differences.
      type: flavour,
      url: url.toString(),
      supportBigNumbers: true,
      bigNumberStrings: true,
      dateStrings: true,
      charset: "utf8mb4_unicode_ci",
      timezone: "+08:00",
      poolSize: 10,
      maxQueryExecutionTime: 1000,
      logger,
    };
    schema = { migrations: spec.migrations, migrationsRun: true, migrationsTransactionMode: "each", synchronize: false };
  } else {
    const file = path.join(config.dataDir, `${spec.name}.sqlite`);
    privateDir(config.dataDir);
    privateFile(file);
    connection = {
      type: "better-sqlite3",
      database: file,
      enableWAL: true,
      statementCacheSize: 500,
      prepareDatabase: (raw: { pragma(s: string): unknown }) => {
        raw.pragma("synchronous = NORMAL");
        raw.pragma("busy_timeout = 5000");
        raw.pragma("cache_size = -262144");
        raw.pragma("temp_store = MEMORY");
        raw.pragma("mmap_size = 268435456");
      },
      maxQueryExecutionTime: 1000,
      logger,
    };
    // SQLite is the single-machine default; its schema follows the entities (DESIGN §2).
    schema = { synchronize: true };
  }
  const db = new DataSource({ ...connection, ...schema, entities: [...(spec.entities as Function[]), ...KIT_ENTITIES] } as DataSourceOptions);
  // The kit's tables first, by the kit's own migrations, on both dialects (kit-schema.ts); then the
  // subgraph's schema step (its migrations on MySQL) as the DataSource initializes. Replicas starting at
  // once take these steps one at a time (schemaLock), or the second would run a step the first just ran.
  await schemaLock(config.DATABASE_URL, connection, async () => {
    await migrateKitTables(connection);
    await db.initialize();
  });
  try {
    checkUpserts(db, spec.upserts ?? []);
    if (!config.DATABASE_URL) {
      for (const step of spec.syncedDataSteps ?? []) {
        const { changes } = sqliteHandle(db).prepare(step.sql).run();
        if (changes) log.info({ subgraph: spec.name, step: step.name, rows: changes }, "data step applied to a data folder made before it");
      }
    }
  } catch (err) {
    await db.destroy();
    throw err;
  }
  const protection = await protectAuditLog(db);
  log.info({ subgraph: spec.name, auditProtection: protection }, protection === "triggers" ? "audit log append-only by triggers" : "audit log append-only by the database user's grants (no triggers)");
  return db;
}

async function ensureMysqlDatabase(databaseUrl: string, database: string): Promise<"mysql" | "mariadb"> {
  const url = new URL(databaseUrl);
  url.pathname = "/";
  const conn = await createConnection({ uri: url.toString() });
  try {
    await conn.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const [rows] = await conn.query("SELECT VERSION() AS v");
    return /mariadb/i.test(String((rows as { v: string }[])[0].v)) ? "mariadb" : "mysql";
  } finally {
    await conn.end();
  }
}

/**
 * Runs a database's schema steps under a named lock of the server (GET_LOCK, on a connection of its own,
 * held until the steps are done or the connection closes), so that replicas of a subgraph starting at
 * once migrate one after another: the next finds the migrations recorded and runs none. SQLite databases
 * are one file per subgraph on one machine: nothing to hold.
 */
async function schemaLock(databaseUrl: string | undefined, connection: DataSourceOptions, steps: () => Promise<void>): Promise<void> {
  if (!databaseUrl) return steps();
  const conn = await createConnection({ uri: (connection as { url: string }).url });
  try {
    const name = `sihub_schema:${new URL((connection as { url: string }).url).pathname.slice(1)}`.slice(0, 64);
    const [rows] = await conn.query("SELECT GET_LOCK(?, 300) AS held", [name]);
    if (Number((rows as { held: number | string | null }[])[0]?.held) !== 1) throw new Error(`Another process holds the schema lock ${name} for more than 300 s; is a migration stuck?`);
    await steps();
  } finally {
    // Closing the connection releases the lock, also when a step failed.
    await conn.end();
  }
}

/** Whether a table exists yet (a MySQL database before its first migration has none). */
export async function hasTable(db: DataSource, name: string): Promise<boolean> {
  const rows = dialectOf(db) === "sqlite"
    ? await db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name])
    : await db.query("SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?", [name]);
  return rows.length > 0;
}

/** The raw better-sqlite3 handle, for bulk writes that must not go through the ORM. */
export function sqliteHandle(db: DataSource): import("better-sqlite3").Database {
  return (db.driver as unknown as { databaseConnection: import("better-sqlite3").Database }).databaseConnection;
}
