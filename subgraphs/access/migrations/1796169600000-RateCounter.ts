import type { MigrationInterface, QueryRunner } from "typeorm";

/** The shared per-subject counters of limited operations (lookups by ID number), rate-counter.entity.ts. */
export class RateCounter1796169600000 implements MigrationInterface {
  name = "RateCounter1796169600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`rate_counter\` (\`subject\` varchar(200) NOT NULL, \`bucket\` varchar(40) NOT NULL, \`windowStart\` int NOT NULL, \`uses\` int NOT NULL, PRIMARY KEY (\`subject\`, \`bucket\`, \`windowStart\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`rate_counter\``);
  }
}
