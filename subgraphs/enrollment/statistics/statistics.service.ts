import { bound } from "../bounds";
import { boundsKey, cachedFigure } from "../../common/figures-cache";
import type { Context } from "../../common/context";
import { badInput } from "../../common/errors";
import { monthsBefore } from "../../common/dates";
import { checkYear } from "../../common/report";
import { toCount, toFen } from "../../common/money";
import { Insurance } from "../enrollment/insurance";
import { INDUSTRY_NAMES } from "../employer/industries";
import type { EnrollmentLoaders } from "../loaders";
import type { GroupFigure, ZombieEmployer } from "./statistics.types";

/**
 * Figures from the rollups (person_year, contribution_month), which the writes keep equal to the
 * contribution rows. The counting rule of the seed report: a person counts once per ID number, only
 * with a contribution in the year; by area or industry, under the employer of the last contribution.
 */
type Ctx = Context<EnrollmentLoaders>;

export { checkYear };

const range = (year: number) => [`${year}-01`, `${year}-12`];

async function computeInsuredTotals(ctx: Ctx, year: number, insurance: Insurance): Promise<{ insured: number; contributions: number }> {
  const b = bound.written(ctx.claims, "x");
  const [[p], [c]] = await Promise.all([
    ctx.db.query(`SELECT COUNT(*) AS n FROM person_year x WHERE year = ? AND insurance = ? AND ${b.sql}`, [year, insurance, ...b.params]),
    ctx.db.query(
      `SELECT SUM(employerTotal) + SUM(employeeTotal) AS total FROM contribution_month x WHERE insurance = ? AND month BETWEEN ? AND ? AND ${b.sql}`,
      [insurance, ...range(year), ...b.params],
    ),
  ]);
  return { insured: toCount(p.n), contributions: toFen(c.total ?? 0) };
}

/** By area at a level: 9 digits for townships, 12 for villages. */
async function computeByArea(ctx: Ctx, year: number, insurance: Insurance, digits: 9 | 12): Promise<GroupFigure[]> {
  const b = bound.written(ctx.claims, "x");
  const [people, money, names] = await Promise.all([
    ctx.db.query(`SELECT SUBSTR(areaCode, 1, ${digits}) AS k, COUNT(*) AS n FROM person_year x WHERE year = ? AND insurance = ? AND ${b.sql} GROUP BY SUBSTR(areaCode, 1, ${digits})`, [year, insurance, ...b.params]),
    ctx.db.query(
      `SELECT SUBSTR(areaCode, 1, ${digits}) AS k, SUM(employerTotal) + SUM(employeeTotal) AS total FROM contribution_month x
       WHERE insurance = ? AND month BETWEEN ? AND ? AND ${b.sql} GROUP BY SUBSTR(areaCode, 1, ${digits})`,
      [insurance, ...range(year), ...b.params],
    ),
    ctx.db.query(`SELECT code, name FROM area WHERE LENGTH(code) = ?`, [digits]),
  ]);
  const nameOf = new Map<string, string>(names.map((a: { code: string; name: string }) => [a.code, a.name]));
  return merge(people, money, (k) => nameOf.get(k) ?? null);
}

async function computeByIndustry(ctx: Ctx, year: number, insurance: Insurance): Promise<GroupFigure[]> {
  const b = bound.written(ctx.claims, "x");
  const [people, money] = await Promise.all([
    ctx.db.query(`SELECT e.industry AS k, COUNT(*) AS n FROM person_year x JOIN employer e ON e.id = x.employerId WHERE x.year = ? AND x.insurance = ? AND ${b.sql} GROUP BY e.industry`, [year, insurance, ...b.params]),
    ctx.db.query(
      `SELECT e.industry AS k, SUM(x.employerTotal) + SUM(x.employeeTotal) AS total FROM contribution_month x JOIN employer e ON e.id = x.employerId
       WHERE x.insurance = ? AND x.month BETWEEN ? AND ? AND ${b.sql} GROUP BY e.industry`,
      [insurance, ...range(year), ...b.params],
    ),
  ]);
  return merge(people, money, (k) => INDUSTRY_NAMES[k] ?? null);
}

async function computeByMonth(ctx: Ctx, year: number, insurance: Insurance): Promise<GroupFigure[]> {
  const b = bound.written(ctx.claims, "x");
  const rows = await ctx.db.query(
    `SELECT month AS k, SUM(persons) AS n, SUM(employerTotal) + SUM(employeeTotal) AS total FROM contribution_month x
     WHERE insurance = ? AND month BETWEEN ? AND ? AND ${b.sql} GROUP BY month ORDER BY month`,
    [insurance, ...range(year), ...b.params],
  );
  return rows.map((r: { k: string; n: unknown; total: unknown }) => ({ key: r.k, name: null, insured: toCount(r.n), contributions: toFen(r.total ?? 0) }));
}

function merge(people: { k: string; n: unknown }[], money: { k: string; total: unknown }[], name: (k: string) => string | null): GroupFigure[] {
  const out = new Map<string, GroupFigure>();
  for (const p of people) out.set(p.k, { key: p.k, name: name(p.k), insured: toCount(p.n), contributions: 0 });
  for (const m of money) {
    const g = out.get(m.k) ?? { key: m.k, name: name(m.k), insured: 0, contributions: 0 };
    g.contributions = toFen(m.total ?? 0);
    out.set(m.k, g);
  }
  return [...out.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Zombie employers (僵尸企业): active, with active enrollments that started before the window, and
 * no contribution in the `months` months up to `asOf`.
 */
export async function zombieEmployers(ctx: Ctx, asOf: string, months: number): Promise<ZombieEmployer[]> {
  if (!Number.isInteger(months) || months < 1 || months > 60) throw badInput("months", "zombie.months", "1 to 60 months.");
  const windowStart = monthsBefore(asOf, months - 1);
  const b = bound.employer(ctx.claims, "e");
  const rows = await ctx.db.query(
    `SELECT e.*, (SELECT MAX(cm.month) FROM contribution_month cm WHERE cm.employerId = e.id AND cm.month <= ?) AS lastMonth,
            (SELECT COUNT(*) FROM enrollment n WHERE n.employerId = e.id AND n.status = 'ACTIVE') AS activeCount
     FROM employer e
     WHERE e.status = 'ACTIVE' AND ${b.sql}
       AND EXISTS (SELECT 1 FROM enrollment n WHERE n.employerId = e.id AND n.status = 'ACTIVE' AND n.startDate < ?)
       AND NOT EXISTS (SELECT 1 FROM contribution_month cm WHERE cm.employerId = e.id AND cm.month BETWEEN ? AND ?)
     ORDER BY e.id`,
    [asOf, ...b.params, `${windowStart}-01`, windowStart, asOf],
  );
  return rows.map((r: Record<string, unknown>) => {
    const { lastMonth, activeCount, ...employer } = r;
    return { employer: employer as never, lastContributionMonth: (lastMonth as string | null) ?? null, activeEnrollments: toCount(activeCount) };
  });
}

export function insuredTotals(ctx: Ctx, year: number, insurance: Insurance): Promise<{ insured: number; contributions: number }> {
  return cachedFigure(ctx, `insuredTotals:${year}:${insurance}:${boundsKey(ctx)}`, () => computeInsuredTotals(ctx, year, insurance));
}

export function byArea(ctx: Ctx, year: number, insurance: Insurance, digits: 9 | 12): Promise<GroupFigure[]> {
  return cachedFigure(ctx, `byArea:${year}:${insurance}:${digits}:${boundsKey(ctx)}`, () => computeByArea(ctx, year, insurance, digits));
}

export function byIndustry(ctx: Ctx, year: number, insurance: Insurance): Promise<GroupFigure[]> {
  return cachedFigure(ctx, `byIndustry:${year}:${insurance}:${boundsKey(ctx)}`, () => computeByIndustry(ctx, year, insurance));
}

export function byMonth(ctx: Ctx, year: number, insurance: Insurance): Promise<GroupFigure[]> {
  return cachedFigure(ctx, `byMonth:${year}:${insurance}:${boundsKey(ctx)}`, () => computeByMonth(ctx, year, insurance));
}
