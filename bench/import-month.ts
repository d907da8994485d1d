import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Config } from "../lib/config";
import { openDataSource } from "../subgraphs/common/data-source";
import { importRecords } from "../subgraphs/common/import/run";
import { withTransaction } from "../subgraphs/common/tx";
import { contributionsImporter } from "../subgraphs/enrollment/import/importers";
import type { ContributionRecord } from "../subgraphs/enrollment/import/records";
import type { Insurance } from "../subgraphs/enrollment/enrollment/insurance";
import type { SubgraphModule } from "../subgraphs/common/module";

/**
 * Imports of contributions into the full demo hub through the real importer (`importRecords`, the
 * path of `npm run import`), timed, from this process while the hub's own processes run:
 * - `newMonth`: January after the demo year for every active enrollment paid in December (about
 *   100,000 rows: the monthly file of the whole county), into a year that holds nothing yet;
 * - `resentDecember`: December of the demo year re-sent as it is by a tenth of the employers (about
 *   10,000 rows), into the year of 1.2 million rows: nothing changes, so no rollup is rebuilt and no
 *   data version bumped;
 * - `correctedDecember`: the same rows with another payment date: the rollups of their people and
 *   (month, employer) pairs are rebuilt (once the case that rebuilt the whole year).
 * All leave the data as they found it (the new month is deleted again, the corrected rows put back).
 */
export interface ImportTiming {
  name: string;
  description: string;
  rows: number;
  ms: number;
}

interface Row {
  idNumber: string;
  creditCode: string;
  insurance: string;
  base: number | string;
  ratePpm: number | string;
  employerPart: number | string;
  employeePart: number | string;
  paidOn: string;
  areaCode: string;
  employerId: number | string;
}

/**
 * December's rows, read by employer through the (employerId, month) index: contribution has no index
 * on month alone, and SQLite without statistics joins it the slow way round.
 */
async function december(db: DataSource, year: number, which: "active" | "tenth"): Promise<Row[]> {
  const people = new Map((await db.query("SELECT id, idNumber FROM person")).map((r: { id: number; idNumber: string }) => [Number(r.id), r.idNumber]));
  const employers: { id: number; creditCode: string }[] = await db.query("SELECT id, creditCode FROM employer ORDER BY id");
  const active = new Set((await db.query("SELECT personId, insurance, employerId FROM enrollment WHERE status = 'ACTIVE'")).map((r: Record<string, unknown>) => `${r.personId}:${r.insurance}:${r.employerId}`));
  const out: Row[] = [];
  for (const e of employers) {
    if (which === "tenth" && Number(e.id) % 10 !== 0) continue;
    const rows = await db.query("SELECT personId, insurance, base, ratePpm, employerPart, employeePart, paidOn, areaCode, employerId FROM contribution WHERE employerId = ? AND month = ? ORDER BY id", [e.id, `${year}-12`]);
    for (const r of rows) {
      if (which === "active" && !active.has(`${r.personId}:${r.insurance}:${r.employerId}`)) continue;
      out.push({ ...r, idNumber: people.get(Number(r.personId))!, creditCode: e.creditCode });
    }
  }
  return out;
}

const record = (r: Row, month: string, paidOn: string): ContributionRecord => ({
  idNumber: r.idNumber, creditCode: r.creditCode, insurance: r.insurance as Insurance, month, base: Number(r.base), ratePpm: Number(r.ratePpm),
  employerPart: Number(r.employerPart), employeePart: Number(r.employeePart), paidOn, areaCode: r.areaCode,
});

async function timed(db: DataSource, records: ContributionRecord[]): Promise<number> {
  const t0 = performance.now();
  await importRecords(db, contributionsImporter, records);
  return performance.now() - t0;
}

/** Removes the new month again, rollups included, so the next bench run imports it afresh. */
async function removeMonth(db: DataSource, month: string): Promise<void> {
  const year = Number(month.slice(0, 4));
  await withTransaction(db, async (tx) => {
    const later = await tx.query<{ n: number }>("SELECT COUNT(*) AS n FROM contribution WHERE month > ? AND month <= ?", [month, `${year}-12`]);
    if (Number(later[0]?.n) > 0) throw new Error(`the bench expected no contributions after ${month} in ${year}`);
    await tx.run("DELETE FROM contribution WHERE month = ?", [month]);
    await tx.run("DELETE FROM contribution_month WHERE month = ?", [month]);
    await tx.run("DELETE FROM person_year WHERE year = ?", [year]);
    await tx.run("DELETE FROM person_area_year WHERE year = ?", [year]);
  });
}

/** The hooks run just before the new month is imported and while it is in (the bench asks the hub for its figures). */
export interface ImportHooks {
  beforeNewMonth?(): Promise<void>;
  afterNewMonth?(rows: ContributionRecord[]): Promise<void>;
}

export async function importBench(config: Config, modules: SubgraphModule<any>[], log: Logger, year: number, hooks: ImportHooks = {}): Promise<ImportTiming[]> {
  const module = modules.find((m) => m.name === "enrollment");
  if (!module) throw new Error("no enrollment module");
  const db = await openDataSource(module, config, log);
  try {
    const out: ImportTiming[] = [];
    const month = `${year + 1}-01`;
    await removeMonth(db, month); // a run stopped half-way may have left it
    const active = (await december(db, year, "active")).map((r) => record(r, month, `${year + 1}-02-10`));
    await hooks.beforeNewMonth?.();
    out.push({ name: "newMonth", description: `${month} for every active enrollment paid in ${year}-12, into an empty year`, rows: active.length, ms: await timed(db, active) });
    await hooks.afterNewMonth?.(active);
    await removeMonth(db, month);
    const rows = await december(db, year, "tenth");
    const tenth = rows.map((r) => record(r, `${year}-12`, r.paidOn));
    out.push({ name: "resentDecember", description: `${year}-12 re-sent as it is by a tenth of the employers, into the demo year (changes nothing)`, rows: tenth.length, ms: await timed(db, tenth) });
    const corrected = rows.map((r) => record(r, `${year}-12`, `${year}-12-31`));
    out.push({ name: "correctedDecember", description: `${year}-12 re-sent by a tenth of the employers with another payment date (rollups of their people rebuilt)`, rows: corrected.length, ms: await timed(db, corrected) });
    await importRecords(db, contributionsImporter, tenth); // as it was
    return out;
  } finally {
    await db.destroy();
  }
}
