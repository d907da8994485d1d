import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit chain without a cap and verifiable in steps (DESIGN §4):
 * - `subjects` as LONGTEXT on MySQL: TEXT held 64 KB, about 4,000 subjects, and an append with more failed
 *   (so the read was withheld); SQLite's TEXT has no such limit;
 * - `documentHash`, the SHA-256 of the document the client sent, beside the name it chose (null in the
 *   entries written before);
 * - `audit_checkpoint`: the chain verified up to `seq` had `hash` there, so a read verifies only what was
 *   appended since (insert-only; `npm run audit -- verify` still checks the whole chain).
 */
export class AuditPaging1796400000000 implements MigrationInterface {
  name = "AuditPaging1796400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === "better-sqlite3") {
      await queryRunner.query(`ALTER TABLE "audit_log" ADD COLUMN "documentHash" varchar(64)`);
      await queryRunner.query(`CREATE TABLE IF NOT EXISTS "audit_checkpoint" ("seq" integer PRIMARY KEY NOT NULL, "hash" varchar(64) NOT NULL, "at" varchar(30) NOT NULL)`);
      return;
    }
    await queryRunner.query("ALTER TABLE `audit_log` MODIFY `subjects` longtext NOT NULL, MODIFY `fields` longtext NOT NULL, ADD `documentHash` varchar(64) NULL");
    await queryRunner.query("CREATE TABLE IF NOT EXISTS `audit_checkpoint` (`seq` int NOT NULL, `hash` varchar(64) NOT NULL, `at` varchar(30) NOT NULL, PRIMARY KEY (`seq`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE audit_checkpoint");
  }
}
