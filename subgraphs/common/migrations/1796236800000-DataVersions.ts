import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Data versions per table and year (data_versions), replacing the one row of data_version that every
 * write transaction bumped: a hot row across MySQL replicas and a write conflict for every pair of
 * concurrent writers on TiDB's optimistic transactions. A write now bumps only the (table, year) rows
 * of what it touched (figures-cache.ts, tx.ts); year 0 stands for the whole table.
 *
 * data_version is left in place, unused: replicas of the previous release, still running while the
 * first new one migrates, keep writing to it instead of failing. A later migration drops it.
 */
export class DataVersions1796236800000 implements MigrationInterface {
  name = "DataVersions1796236800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    await queryRunner.query(sqlite
      ? `CREATE TABLE IF NOT EXISTS "data_versions" ("tableName" varchar(64) NOT NULL, "year" integer NOT NULL, "version" integer NOT NULL, PRIMARY KEY ("tableName", "year"))`
      : "CREATE TABLE IF NOT EXISTS `data_versions` (`tableName` varchar(64) NOT NULL, `year` int NOT NULL, `version` bigint NOT NULL, PRIMARY KEY (`tableName`, `year`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE data_versions");
  }
}
