import type { DataSource } from "typeorm";
import type { Importer } from "../../common/import/importer";
import { importRecords } from "../../common/import/run";
import type { DemoPlugin, Progress } from "../../common/demo/plugin";
import type { World } from "../../common/demo/world.types";
import type { ContributionRecord } from "../import/records";
import { areasImporter, contributionsImporter, employersImporter, enrollmentsImporter, peopleImporter, ratesImporter } from "../import/importers";

/**
 * The enrollment subgraph's demo data: areas, rates, employers, people, enrollments and their
 * contribution rows, written through the same importers (check, then write in one transaction)
 * as `npm run import`, so the demo passes every rule real data must pass.
 */
export const enrollmentDemo: DemoPlugin = {
  async isLoaded(db: DataSource): Promise<boolean> {
    // mysql2 returns COUNT(*) as a string, better-sqlite3 as a number.
    const rows: { n: number | string }[] = await db.query("SELECT COUNT(*) AS n FROM employer");
    return Number(rows[0]?.n ?? 0) > 0;
  },

  async load(db: DataSource, world: World, progress: Progress): Promise<void> {
    const write = async <R>(step: string, importer: Importer<R>, records: R[]) => {
      progress(step, 0, records.length);
      await importRecords(db, importer, records, (done) => progress(step, done, records.length));
    };
    await write("areas", areasImporter, world.areas);
    await write("rates", ratesImporter, world.rates);
    await write("employers", employersImporter, world.employers);
    await write("people", peopleImporter, world.people);
    await write("enrollments", enrollmentsImporter, world.enrollments);
    // Over two million rows: one transaction per year bounds the write's memory, and each year's
    // rollups are then rebuilt once, from that year's complete rows.
    for (const [year, rows] of byYear(world.contributions())) await write(`contributions ${year}`, contributionsImporter, rows);
  },
};

/** Splits contribution rows by year (month "YYYY-MM"), keeping their order. */
function byYear(rows: ContributionRecord[]): Map<string, ContributionRecord[]> {
  const years = new Map<string, ContributionRecord[]>();
  for (const r of rows) {
    const year = r.month.slice(0, 4);
    let list = years.get(year);
    if (!list) years.set(year, (list = []));
    list.push(r);
  }
  return new Map([...years].sort(([a], [b]) => a.localeCompare(b)));
}
