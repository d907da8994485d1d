import type { DataSource } from "typeorm";
import type { World, WorldContribution } from "../../../demo/world.types";
import type { Importer } from "../../common/import/importer";
import { importRecords } from "../../common/import/run";
import type { DemoContext, DemoPlugin } from "../../common/demo/plugin";
import { areasImporter, contributionsImporter, employersImporter, enrollmentsImporter, peopleImporter, ratesImporter } from "../import/importers";
import { areaRecord, contributionRecord, employerRecord, enrollmentRecord, personRecord, rateRecord } from "./records";

/**
 * The enrollment subgraph's demo data: areas, rates, employers, people, enrollments and their
 * contribution rows, written through the same importers (check, then write in one transaction)
 * as `npm run import`, so the demo passes every rule real data must pass. Enrollment draws
 * nothing of its own: the world is its records.
 */
export const enrollmentDemo: DemoPlugin = {
  async isLoaded(db: DataSource): Promise<boolean> {
    // mysql2 returns COUNT(*) as a string, better-sqlite3 as a number.
    const rows: { n: number | string }[] = await db.query("SELECT COUNT(*) AS n FROM employer");
    return Number(rows[0]?.n ?? 0) > 0;
  },

  async load(db: DataSource, { world, progress }: DemoContext): Promise<void> {
    const write = async <R>(step: string, importer: Importer<R>, records: R[]) => {
      progress(step, 0, records.length);
      await importRecords(db, importer, records, (done) => progress(step, done, records.length));
    };
    await write("areas", areasImporter, world.areas.map(areaRecord));
    await write("rates", ratesImporter, world.rates.map(rateRecord));
    await write("employers", employersImporter, world.employers.map(employerRecord));
    await write("people", peopleImporter, world.people.map(personRecord));
    await write("enrollments", enrollmentsImporter, world.enrollments.map(enrollmentRecord));
    // Over two million rows: one transaction per year bounds the write's memory, and each year's
    // rollups are then rebuilt once, from that year's complete rows.
    for (const [year, rows] of byYear(world.contributions())) await write(`contributions ${year}`, contributionsImporter, rows.map(contributionRecord));
  },

  /** Person and employer ids by natural key: the ids the hub assigned, which later subgraphs store. */
  async shareIds(db: DataSource, world: World): Promise<void> {
    // mysql2 may return BIGINT ids as strings.
    const people: { id: number | string; idNumber: string }[] = await db.query("SELECT id, idNumber FROM person");
    const employers: { id: number | string; creditCode: string }[] = await db.query("SELECT id, creditCode FROM employer");
    for (const p of people) world.ids.person.set(p.idNumber, Number(p.id));
    for (const e of employers) world.ids.employer.set(e.creditCode, Number(e.id));
  },
};

/** Splits contribution rows by year (month "YYYY-MM"), keeping their order. */
function byYear(rows: WorldContribution[]): Map<string, WorldContribution[]> {
  const years = new Map<string, WorldContribution[]>();
  for (const r of rows) {
    const year = r.month.slice(0, 4);
    let list = years.get(year);
    if (!list) years.set(year, (list = []));
    list.push(r);
  }
  return new Map([...years].sort(([a], [b]) => a.localeCompare(b)));
}
