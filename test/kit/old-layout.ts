/**
 * The kit tables as the hub created them before the kit migrated its own tables: the SQL of the
 * subgraphs' migrations then (commit 32004ff), and what SQLite's synchronize made of the entities.
 * Fixtures for the upgrade tests; never run by the hub.
 */
import type { MigrationInterface } from "typeorm";
import { Initial1795852968574 } from "../../subgraphs/enrollment/migrations/1795852968574-Initial";

export const OLD_LAYOUT_COMMIT = "32004ff";

export interface OldMigration {
  name: string;
  sql: string[];
  /** A migration still in the list, run as it is (its tables are what later migrations build on). */
  run?: MigrationInterface;
}

const AUDIT_LOG = "CREATE TABLE `audit_log` (`seq` int NOT NULL, `at` varchar(30) NOT NULL, `sub` varchar(100) NOT NULL, `role` varchar(40) NULL, `agency` varchar(100) NULL, `purpose` varchar(200) NULL, `operation` varchar(100) NULL, `subjects` text NOT NULL, `fields` text NOT NULL, `result` varchar(10) NOT NULL, `prevHash` varchar(64) NOT NULL, `hash` varchar(64) NOT NULL, INDEX `IDX_ba27cef5b8b2b1a756e06ebcc5` (`at`), PRIMARY KEY (`seq`)) ENGINE=InnoDB";
const AUDIT_HEAD = "CREATE TABLE `audit_head` (`id` int NOT NULL, `seq` int NOT NULL, `hash` varchar(64) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB";
const DATA_VERSION = "CREATE TABLE `data_version` (`id` int NOT NULL, `version` int NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB";

export const OLD_ENROLLMENT_MYSQL: OldMigration[] = [
  // Initial is still in the list, unchanged: run as it is, so later migrations find its tables.
  { name: "Initial1795852968574", sql: [], run: new Initial1795852968574() },
  { name: "AuditLog1795854135404", sql: [AUDIT_LOG, AUDIT_HEAD] },
  { name: "DataVersion1795855292972", sql: [DATA_VERSION] },
];

export const OLD_ACCESS_MYSQL: OldMigration[] = [
  {
    name: "Initial1795854496421",
    sql: [
      AUDIT_LOG,
      AUDIT_HEAD,
      "CREATE TABLE `partner_client` (`id` int NOT NULL AUTO_INCREMENT, `clientId` varchar(60) NOT NULL, `name` varchar(100) NOT NULL, `role` varchar(40) NOT NULL, `agency` varchar(100) NOT NULL, `purpose` varchar(200) NOT NULL, `scopes` text NOT NULL, `operations` text NOT NULL, `boundArea` varchar(12) NULL, `boundInstitution` varchar(40) NULL, `boundEmployer` varchar(40) NULL, `keyHash` varchar(64) NOT NULL, `keyPrefix` varchar(40) NOT NULL, `status` varchar(10) NOT NULL, `createdAt` varchar(30) NOT NULL, `rotatedAt` varchar(30) NULL, `revokedAt` varchar(30) NULL, UNIQUE INDEX `IDX_a279a1192623a40dbd495362f6` (`clientId`), UNIQUE INDEX `IDX_0968408c8b76508f9367744980` (`keyHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    ],
  },
  { name: "DataVersion1795855293555", sql: [DATA_VERSION] },
];

/** TypeORM 1.1's synchronize DDL for the old kit entities on SQLite. */
export const OLD_KIT_SQLITE = [
  `CREATE TABLE "audit_log" ("seq" integer PRIMARY KEY NOT NULL, "at" varchar(30) NOT NULL, "sub" varchar(100) NOT NULL, "role" varchar(40), "agency" varchar(100), "purpose" varchar(200), "operation" varchar(100), "subjects" text NOT NULL, "fields" text NOT NULL, "result" varchar(10) NOT NULL, "prevHash" varchar(64) NOT NULL, "hash" varchar(64) NOT NULL)`,
  `CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log" ("at") `,
  `CREATE TABLE "audit_head" ("id" integer PRIMARY KEY NOT NULL, "seq" integer NOT NULL, "hash" varchar(64) NOT NULL)`,
  `CREATE TABLE "data_version" ("id" integer PRIMARY KEY NOT NULL, "version" integer NOT NULL)`,
];
