import { boundsKey, cachedFigure } from "../../common/figures-cache";
import type { Context } from "../../common/context";
import { badInput } from "../../common/errors";
import { monthsBefore } from "../../common/dates";
import { Insurance } from "../enrollment/insurance";
import { INDUSTRY_NAMES } from "../employer/industries";
import type { EnrollmentLoaders } from "../loaders";
import type { KeyedFigure } from "./statistics.repository";
import type { GroupFigure, ZombieEmployer } from "./statistics.types";
import { AREA, CONTRIBUTION_MONTH, EMPLOYER, PERSON_AREA_YEAR, PERSON_YEAR } from "./versions";

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

/** The statistics asked for: a year, an insurance, and the whole hub (areaCode null) or an area. */
export interface StatisticsKey { year: number; insurance: Insurance; areaCode: string | null }
const keyOf = (k: StatisticsKey) => `${k.year}:${k.insurance}:${k.areaCode ?? ""}`;

export function insuredTotals(ctx: Ctx, k: StatisticsKey): Promise<{ insured: number; contributions: number }> {
  return cachedFigure(ctx, `insuredTotals:${keyOf(k)}:${boundsKey(ctx)}`, [PERSON_YEAR.year(k.year), PERSON_AREA_YEAR.year(k.year), CONTRIBUTION_MONTH.year(k.year)], () => ctx.loaders.repo.statistics.totals(k.year, k.insurance, k.areaCode));
}

/**
 * By area at a level (6, 9 or 12 digits). A contribution written under a coarser code than the level
 * (a township code at village level) keeps its own code as key, so nothing is lost and the level still
 * sums to the total; its name says it is the area's own row (本级), not one of its children.
 */
export function byArea(ctx: Ctx, k: StatisticsKey, digits: 6 | 9 | 12): Promise<GroupFigure[]> {
  return cachedFigure(ctx, `byArea:${keyOf(k)}:${digits}:${boundsKey(ctx)}`, [PERSON_YEAR.year(k.year), CONTRIBUTION_MONTH.year(k.year), AREA.all], async () => {
    const coarser = ([6, 9] as const).filter((d) => d < digits);
    const [rows, names, ...parents] = await Promise.all([
      ctx.loaders.repo.statistics.byArea(k.year, k.insurance, digits, k.areaCode),
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

export function byIndustry(ctx: Ctx, k: StatisticsKey): Promise<GroupFigure[]> {
  return cachedFigure(ctx, `byIndustry:${keyOf(k)}:${boundsKey(ctx)}`, [PERSON_YEAR.year(k.year), CONTRIBUTION_MONTH.year(k.year), EMPLOYER.all], async () => named(await ctx.loaders.repo.statistics.byIndustry(k.year, k.insurance, k.areaCode), (i) => INDUSTRY_NAMES[i] ?? null));
}

export function byMonth(ctx: Ctx, k: StatisticsKey): Promise<GroupFigure[]> {
  return cachedFigure(ctx, `byMonth:${keyOf(k)}:${boundsKey(ctx)}`, [CONTRIBUTION_MONTH.year(k.year)], () => ctx.loaders.repo.statistics.byMonth(k.year, k.insurance, k.areaCode));
}
