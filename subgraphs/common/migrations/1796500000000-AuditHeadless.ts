import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit chain's head is its last entry (audit.service.ts), so `audit_head` goes: it was the one
 * audit table updated by every append, and with it gone the application user needs only INSERT and
 * SELECT on every audit table (docs/audit.md). The old head row pointed at the last entry, so nothing
 * moves.
 */
export class AuditHeadless1796500000000 implements MigrationInterface {
  name = "AuditHeadless1796500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(queryRunner.connection.options.type === "better-sqlite3" ? `DROP TABLE IF EXISTS "audit_head"` : "DROP TABLE IF EXISTS `audit_head`");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === "better-sqlite3") {
      await queryRunner.query(`CREATE TABLE "audit_head" ("id" integer PRIMARY KEY NOT NULL, "seq" integer NOT NULL, "hash" varchar(64) NOT NULL)`);
      await queryRunner.query(`INSERT INTO "audit_head" (id, seq, hash) SELECT 1, COALESCE(MAX(seq), 0), COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '${"0".repeat(64)}') FROM audit_log`);
      return;
    }
    await queryRunner.query("CREATE TABLE `audit_head` (`id` int NOT NULL, `seq` int NOT NULL, `hash` varchar(64) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query(`INSERT INTO audit_head (id, seq, hash) SELECT 1, COALESCE(MAX(seq), 0), COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '${"0".repeat(64)}') FROM audit_log`);
  }
}
