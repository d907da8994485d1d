import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The person_area_year rollup (annual reports by area), filled from the contributions already held, so
 * an upgraded database answers area reports at once. Written in the shape migration:generate gives.
 */
export class PersonAreaYear1796083200000 implements MigrationInterface {
  name = "PersonAreaYear1796083200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`person_area_year\` (\`personId\` int NOT NULL, \`insurance\` varchar(12) NOT NULL, \`year\` int NOT NULL, \`employerId\` int NOT NULL, \`areaCode\` varchar(12) NOT NULL, INDEX \`IDX_person_area_year_area\` (\`year\`, \`insurance\`, \`areaCode\`, \`personId\`), PRIMARY KEY (\`personId\`, \`insurance\`, \`year\`, \`employerId\`, \`areaCode\`)) ENGINE=InnoDB`);
    await queryRunner.query(
      `INSERT INTO \`person_area_year\` (personId, insurance, year, employerId, areaCode)
       SELECT DISTINCT personId, insurance, CAST(SUBSTR(month, 1, 4) AS UNSIGNED), employerId, areaCode FROM \`contribution\``,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_person_area_year_area\` ON \`person_area_year\``);
    await queryRunner.query(`DROP TABLE \`person_area_year\``);
  }
}
