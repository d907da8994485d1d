import type { MigrationInterface, QueryRunner } from "typeorm";

/** Service keys of the subgraphs that call the gateway (DESIGN §2); index names as TypeORM derives them, so the entities and the migrations agree. */
export class ServiceKey1796200000000 implements MigrationInterface {
  name = "ServiceKey1796200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`service_key\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(40) NOT NULL, \`scopes\` text NOT NULL, \`keyHash\` varchar(64) NOT NULL, \`keyPrefix\` varchar(60) NOT NULL, \`status\` varchar(10) NOT NULL, \`createdAt\` varchar(30) NOT NULL, \`rotatedAt\` varchar(30) NULL, \`revokedAt\` varchar(30) NULL, UNIQUE INDEX \`IDX_cc5b11c6867857aaf41a292e67\` (\`name\`), UNIQUE INDEX \`IDX_547a4497025e52dbc46d3ffaa3\` (\`keyHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`service_key\``);
  }
}
