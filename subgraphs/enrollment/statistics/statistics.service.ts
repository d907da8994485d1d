import { boundsKey, cachedFigure } from "../../common/figures-cache";
import type { Context } from "../../common/context";
import { badInput } from "../../common/errors";
import { monthsBefore } from "../../common/dates";
import { Insurance } from "../enrollment/insurance";
import { INDUSTRY_NAMES } from "../employer/industries";
import type { EnrollmentLoaders } from "../loaders";
import type { KeyedFigure } from "./statistics.repository";
import type { GroupFigure, ZombieEmployer } from "./statistics.types";
import { AREA, CONTRIBUTION_MONTH, EMPLOYER, PERSON_YEAR } from "./versions";

/** The rules of the figures (ranges, windows, names); the bounded reads are in statistics.repository.ts. */
type Ctx = Context<EnrollmentLoaders>;

export { checkYear } from "../../common/report";

const named = (rows: KeyedFigure[], name: (k: string) => string | null): GroupFigure[] =>
  rows.map((r) => ({ key: r.k, name: name(r.k), insured: r.insured, contributions: r.contributions }));

/** Zombie employers (僵尸企业): active enrollments and no contribution in the last `months` months up to `asOf`. */
export async function zombieEmployers(ctx: Ctx, asOf: string, months: number): Promise<ZombieEmployer[]> {
  if (!Number.isInteger(months) || months < 1 || months > 60) throw badInput("months", "zombie.months", "1 to 60 months.");
  return ctx.loaders.repo.statistics.zombies(asOf, monthsBefore(asOf, months - 1));
}

export function insuredTotals(ctx: Ctx, year: number, insurance: Insurance): Promise<{ insured: number; contributions: number }> {
  return cachedFigure(ctx, `insuredTotals:${year}:${insurance}:${boundsKey(ctx)}`, [PERSON_YEAR.year(year), CONTRIBUTION_MONTH.year(year)], () => ctx.loaders.repo.statistics.totals(year, insurance));
}

/**
 * By area at a level (6, 9 or 12 digits). A contribution written under a coarser code than the level
 * (a township code at village level) keeps its own code as key, so nothing is lost and the level still
 * sums to the total; its name says it is the area's own row (本级), not one of its children.
 */
export function byArea(ctx: Ctx, year: number, insurance: Insurance, digits: 6 | 9 | 12): Promise<GroupFigure[]> {
  return cachedFigure(ctx, `byArea:${year}:${insurance}:${digits}:${boundsKey(ctx)}`, [PERSON_YEAR.year(year), CONTRIBUTION_MONTH.year(year), AREA.all], async () => {
    const coarser = ([6, 9] as const).filter((d) => d < digits);
    const [rows, names, ...parents] = await Promise.all([
      ctx.loaders.repo.statistics.byArea(year, insurance, digits),
      ctx.loaders.repo.area.namesAtLevel(digits),
      ...coarser.map((d) => ctx.loaders.repo.area.namesAtLevel(d)),
    ]);
    const ownName = (k: string) => {
      const parent = parents.map((m) => m.get(k)).find((n) => n != null);
      return parent == null ? null : `${parent}（本级）`;
    };
    return named(rows, (k) => (k.length === digits ? names.get(k) ?? null : ownName(k)));
  });
}

export function byIndustry(ctx: Ctx, year: number, insurance: Insurance): Promise<GroupFigure[]> {
  return cachedFigure(ctx, `byIndustry:${year}:${insurance}:${boundsKey(ctx)}`, [PERSON_YEAR.year(year), CONTRIBUTION_MONTH.year(year), EMPLOYER.all], async () => named(await ctx.loaders.repo.statistics.byIndustry(year, insurance), (k) => INDUSTRY_NAMES[k] ?? null));
}

export function byMonth(ctx: Ctx, year: number, insurance: Insurance): Promise<GroupFigure[]> {
  return cachedFigure(ctx, `byMonth:${year}:${insurance}:${boundsKey(ctx)}`, [CONTRIBUTION_MONTH.year(year)], () => ctx.loaders.repo.statistics.byMonth(year, insurance));
}
