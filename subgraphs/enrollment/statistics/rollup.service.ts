import type { Tx } from "../../common/tx";
import { placeholders } from "../../common/loader";

/**
 * Recomputes the rollups of a slice from the contribution rows, inside the writer's transaction,
 * so that statistics never disagree with the records. A slice is a year (optionally some persons)
 * for person_year and person_area_year, and a set of months (optionally some employers) for contribution_month.
 */
export async function rebuildPersonYears(tx: Tx, year: number, personIds?: number[]): Promise<void> {
  const only = personIds ? ` AND personId IN (${placeholders(personIds.length)})` : "";
  const ids = personIds ?? [];
  if (personIds && personIds.length === 0) return;
  await tx.run(`DELETE FROM person_year WHERE year = ?${only}`, [year, ...ids]);
  await tx.run(
    `INSERT INTO person_year (personId, insurance, year, months, lastMonth, employerId, areaCode)
     SELECT c.personId, c.insurance, ?, agg.months, c.month, c.employerId, c.areaCode
     FROM contribution c
     JOIN (SELECT personId, insurance, COUNT(*) AS months, MAX(month) AS lastMonth
           FROM contribution WHERE month >= ? AND month <= ?${only} GROUP BY personId, insurance) agg
       ON c.personId = agg.personId AND c.insurance = agg.insurance AND c.month = agg.lastMonth`,
    [year, `${year}-01`, `${year}-12`, ...ids],
  );
  await tx.run(`DELETE FROM person_area_year WHERE year = ?${only}`, [year, ...ids]);
  await tx.run(
    `INSERT INTO person_area_year (personId, insurance, year, employerId, areaCode)
     SELECT DISTINCT personId, insurance, ?, employerId, areaCode FROM contribution WHERE month >= ? AND month <= ?${only}`,
    [year, `${year}-01`, `${year}-12`, ...ids],
  );
}

export async function rebuildContributionMonths(tx: Tx, months: string[], employerIds?: number[]): Promise<void> {
  if (months.length === 0 || (employerIds && employerIds.length === 0)) return;
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

/** Every rollup touched by contributions in these months. */
export async function rebuildRollupsForMonths(tx: Tx, months: string[]): Promise<void> {
  const unique = [...new Set(months)].sort();
  for (let i = 0; i < unique.length; i += 100) await rebuildContributionMonths(tx, unique.slice(i, i + 100));
  for (const year of new Set(unique.map((m) => Number(m.slice(0, 4))))) await rebuildPersonYears(tx, year);
}
