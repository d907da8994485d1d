import type { MigrationInterface, QueryRunner } from "typeorm";

/** The audit chain tables every subgraph has (generated; the append-only triggers are created at start). */
export class AuditLog1795854135404 implements MigrationInterface {
  name = "AuditLog1795854135404";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`audit_log\` (\`seq\` int NOT NULL, \`at\` varchar(30) NOT NULL, \`sub\` varchar(100) NOT NULL, \`role\` varchar(40) NULL, \`agency\` varchar(100) NULL, \`purpose\` varchar(200) NULL, \`operation\` varchar(100) NULL, \`subjects\` text NOT NULL, \`fields\` text NOT NULL, \`result\` varchar(10) NOT NULL, \`prevHash\` varchar(64) NOT NULL, \`hash\` varchar(64) NOT NULL, INDEX \`IDX_ba27cef5b8b2b1a756e06ebcc5\` (\`at\`), PRIMARY KEY (\`seq\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`audit_head\` (\`id\` int NOT NULL, \`seq\` int NOT NULL, \`hash\` varchar(64) NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`audit_head\``);
    await queryRunner.query(`DROP INDEX \`IDX_ba27cef5b8b2b1a756e06ebcc5\` ON \`audit_log\``);
    await queryRunner.query(`DROP TABLE \`audit_log\``);
  }
}
