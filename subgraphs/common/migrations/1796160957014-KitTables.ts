import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The kit's own tables in every subgraph database: the audit chain (audit_log, audit_head), the data
 * version (data_version) and the idempotency keys of mutations (idempotency_key). Written by hand for
 * MySQL 8, MariaDB 10.11 and SQLite.
 *
 * `IF NOT EXISTS` because databases from before this migration already hold the first three: on MySQL
 * created by the subgraphs' own migrations (enrollment's AuditLog and DataVersion, access's Initial and
 * DataVersion, now removed from their lists), on SQLite by synchronize. The definitions, index names
 * included, are the ones those created, so old and new databases end up with the same tables.
 */
export class KitTables1796160957014 implements MigrationInterface {
  name = "KitTables1796160957014";

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === "better-sqlite3";
    for (const sql of sqlite ? SQLITE : MYSQL) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Only the table this migration introduced: the others hold data older than it.
    await queryRunner.query("DROP TABLE idempotency_key");
  }
}

const MYSQL = [
  "CREATE TABLE IF NOT EXISTS `audit_log` (`seq` int NOT NULL, `at` varchar(30) NOT NULL, `sub` varchar(100) NOT NULL, `role` varchar(40) NULL, `agency` varchar(100) NULL, `purpose` varchar(200) NULL, `operation` varchar(100) NULL, `subjects` text NOT NULL, `fields` text NOT NULL, `result` varchar(10) NOT NULL, `prevHash` varchar(64) NOT NULL, `hash` varchar(64) NOT NULL, INDEX `IDX_ba27cef5b8b2b1a756e06ebcc5` (`at`), PRIMARY KEY (`seq`)) ENGINE=InnoDB",
  "CREATE TABLE IF NOT EXISTS `audit_head` (`id` int NOT NULL, `seq` int NOT NULL, `hash` varchar(64) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB",
  "CREATE TABLE IF NOT EXISTS `data_version` (`id` int NOT NULL, `version` int NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB",
  // longtext: a stored answer (a page of contributions) can pass TEXT's 64 KB.
  "CREATE TABLE IF NOT EXISTS `idempotency_key` (`id` varchar(64) NOT NULL, `mutation` varchar(100) NOT NULL, `requestHash` varchar(64) NOT NULL, `status` varchar(10) NOT NULL, `response` longtext NULL, `createdAt` varchar(30) NOT NULL, INDEX `IDX_idempotency_key_createdAt` (`createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
];

const SQLITE = [
  `CREATE TABLE IF NOT EXISTS "audit_log" ("seq" integer PRIMARY KEY NOT NULL, "at" varchar(30) NOT NULL, "sub" varchar(100) NOT NULL, "role" varchar(40), "agency" varchar(100), "purpose" varchar(200), "operation" varchar(100), "subjects" text NOT NULL, "fields" text NOT NULL, "result" varchar(10) NOT NULL, "prevHash" varchar(64) NOT NULL, "hash" varchar(64) NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log" ("at")`,
  `CREATE TABLE IF NOT EXISTS "audit_head" ("id" integer PRIMARY KEY NOT NULL, "seq" integer NOT NULL, "hash" varchar(64) NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS "data_version" ("id" integer PRIMARY KEY NOT NULL, "version" integer NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS "idempotency_key" ("id" varchar(64) PRIMARY KEY NOT NULL, "mutation" varchar(100) NOT NULL, "requestHash" varchar(64) NOT NULL, "status" varchar(10) NOT NULL, "response" text, "createdAt" varchar(30) NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS "IDX_idempotency_key_createdAt" ON "idempotency_key" ("createdAt")`,
];
