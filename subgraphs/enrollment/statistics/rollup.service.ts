import type { Tx } from "../../common/tx";
import { placeholders } from "../../common/loader";
import { CONTRIBUTION_MONTH, PERSON_AREA_YEAR, PERSON_YEAR } from "./versions";

/**
 * Recomputes the rollups of a slice from the contribution rows, inside the writer's transaction,
 * so that statistics never disagree with the records. A slice is a year (optionally some persons)
 * for person_year and person_area_year, and a set of months (optionally some employers) for
 * contribution_month. Each rebuild bumps the data versions of the years it rewrote (figures-cache.ts).
 */

/** Ids per IN list: well inside SQLite's and MySQL's placeholder limits, and short statements. */
const CHUNK = 500;

/**
 * A file touching more than this share of the persons already in a year rebuilds the whole year in
 * one pass. Measured on the full demo in SQLite (64,200 persons in 2024, 2.2 M contribution rows, a
 * busy machine): the whole year 4.5–9 s (contribution has no index on month alone: a full scan);
 * by IN lists of 500 persons, a tenth of them 1.0–1.1 s, half 5.5 s, all of them 7–10 s. So the
 * slices win well past half, and the whole year is kept for files that touch most of a year that
 * already has rows. An empty year goes by slices for a month's file (the whole-year pass would scan
 * every year's rows), and in one pass for a file of half a year or more (the demo load, a year's
 * import: the slices would then read nearly every row anyway, in many statements).
 */
export const WHOLE_YEAR_SHARE = 0.5;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function rebuildPersonYears(tx: Tx, year: number, personIds?: number[]): Promise<void> {
  tx.touch(PERSON_YEAR.year(year), PERSON_AREA_YEAR.year(year));
  if (!personIds) return rebuildPersonYearSlice(tx, year);
  for (const part of chunks([...new Set(personIds)].sort((a, b) => a - b))) await rebuildPersonYearSlice(tx, year, part);
}

async function rebuildPersonYearSlice(tx: Tx, year: number, personIds?: number[]): Promise<void> {
  const only = personIds ? ` AND personId IN (${placeholders(personIds.length)})` : "";
  const ids = personIds ?? [];
  if (personIds && personIds.length === 0) return;
  // `year + 0` for a slice: SQLite (no statistics) would otherwise walk the year's index, every row
  // of the year, instead of the primary key by person.
  const yearIs = personIds ? "year + 0 = ?" : "year = ?";
  await tx.run(`DELETE FROM person_year WHERE ${yearIs}${only}`, [year, ...ids]);
  // One row per person and insurance: the months with a contribution at any employer, and the employer of
  // the last one. Insured by two employers in that month (一人多单位参保), the person counts under the one
  // with the lower hub id: a fixed rule, so the figures do not depend on the order rows were written in.
  await tx.run(
    `INSERT INTO person_year (personId, insurance, year, months, lastMonth, employerId, areaCode)
     SELECT c.personId, c.insurance, ?, agg.months, c.month, c.employerId, c.areaCode
     FROM contribution c
     JOIN (SELECT personId, insurance, COUNT(DISTINCT month) AS months, MAX(month) AS lastMonth
           FROM contribution WHERE month >= ? AND month <= ?${only} GROUP BY personId, insurance) agg
       ON c.personId = agg.personId AND c.insurance = agg.insurance AND c.month = agg.lastMonth
     WHERE NOT EXISTS (SELECT 1 FROM contribution d WHERE d.personId = c.personId AND d.insurance = c.insurance AND d.month = c.month AND d.employerId < c.employerId)`,
    [year, `${year}-01`, `${year}-12`, ...ids],
  );
  await tx.run(`DELETE FROM person_area_year WHERE ${yearIs}${only}`, [year, ...ids]);
  await tx.run(
    `INSERT INTO person_area_year (personId, insurance, year, employerId, areaCode)
     SELECT DISTINCT personId, insurance, ?, employerId, areaCode FROM contribution WHERE month >= ? AND month <= ?${only}`,
    [year, `${year}-01`, `${year}-12`, ...ids],
  );
}

export async function rebuildContributionMonths(tx: Tx, months: string[], employerIds?: number[]): Promise<void> {
  if (months.length === 0 || (employerIds && employerIds.length === 0)) return;
  tx.touch(...[...new Set(months.map((m) => Number(m.slice(0, 4))))].map((y) => CONTRIBUTION_MONTH.year(y)));
  if (!employerIds) return rebuildContributionMonthSlice(tx, months);
  for (const part of chunks([...new Set(employerIds)].sort((a, b) => a - b))) await rebuildContributionMonthSlice(tx, months, part);
}

async function rebuildContributionMonthSlice(tx: Tx, months: string[], employerIds?: number[]): Promise<void> {
  const only = employerIds ? ` AND employerId IN (${placeholders(employerIds.length)})` : "";
  const params = [...months, ...(employerIds ?? [])];
  await tx.run(`DELETE FROM contribution_month WHERE month IN (${placeholders(months.length)})${only}`, params);
  await tx.run(
    `INSERT INTO contribution_month (month, insurance, employerId, areaCode, persons, baseTotal, employerTotal, employeeTotal)
     SELECT month, insurance, employerId, areaCode, COUNT(*), SUM(base), SUM(employerPart), SUM(employeePart)
     FROM contribution WHERE month IN (${placeholders(months.length)})${only}
     GROUP BY month, insurance, employerId, areaCode`,
    params,
  );
}

/** A contribution row about to be written: its person, its employer and its month. */
export interface TouchedContribution {
  personId: number;
  employerId: number;
  month: string;
}

/**
 * The rollups of a bulk contribution write, for what it touches only. A contribution is keyed by its
 * employer, so a re-sent row changes only its own (month, employer) sums. `rebuild()` after the write
 * rebuilds contribution_month for the rows' (month, employer) pairs, and person_year/person_area_year
 * for the persons of the rows, per year — or the whole year when the file touches more than
 * WHOLE_YEAR_SHARE of its persons (the demo load of a year, an empty year).
 */
export async function rollupsBeforeWrite(tx: Tx, rows: TouchedContribution[]): Promise<{ rebuild(): Promise<void> }> {
  const pairs = new Map<string, Set<number>>();
  const persons = new Map<number, Set<number>>();
  const monthsOfYear = new Map<number, Set<string>>();
  const add = <K, V>(m: Map<K, Set<V>>, k: K, v: V) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
  for (const r of rows) {
    add(pairs, r.month, r.employerId);
    add(persons, Number(r.month.slice(0, 4)), r.personId);
    add(monthsOfYear, Number(r.month.slice(0, 4)), r.month);
  }
  return {
    async rebuild() {
      for (const [month, employers] of [...pairs].sort(([a], [b]) => a.localeCompare(b))) await rebuildContributionMonths(tx, [month], [...employers]);
      for (const [year, ids] of [...persons].sort(([a], [b]) => a - b)) {
        const [row] = await tx.query<{ n: number | string }>("SELECT COUNT(DISTINCT personId) AS n FROM person_year WHERE year = ?", [year]);
        const inYear = Number(row?.n ?? 0);
        const whole = inYear > 0 ? ids.size > WHOLE_YEAR_SHARE * inYear : monthsOfYear.get(year)!.size >= 6;
        await rebuildPersonYears(tx, year, whole ? undefined : [...ids]);
      }
    },
  };
}
