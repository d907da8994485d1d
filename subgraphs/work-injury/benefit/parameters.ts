import { isIsoDate } from "../../common/dates";
import { badInput } from "../../common/errors";

/**
 * Benefit parameters (DESIGN §3: "dated parameters per area, never constants in code"). Each value is
 * valid from a date (inclusive) until the next value of the same list starts, or until `validUntil`
 * (inclusive) when given. A lookup for a date no value covers is refused: paying from a default or from
 * last year's figure by accident is worse than not computing at all.
 */
export interface Dated<T> {
  validFrom: string;
  validUntil?: string | null;
  value: T;
}

export type CareLevel = "FULLY" | "MOSTLY" | "PARTLY";

/** Per area (行政区划): the figures a province or city publishes every year. */
export interface AreaBenefitParameters {
  areaCode: string;
  /** The area's previous year's average monthly wage (上年度职工月平均工资), in fen. */
  averageMonthlyWageFen: Dated<number>[];
  /** The local minimum monthly wage (最低工资标准), in fen. */
  minimumWageFen: Dated<number>[];
  /** Care allowance (生活护理费) as a percent of the average monthly wage, by care level (50/40/30). */
  carePercents: Dated<Record<CareLevel, number>>[];
  /** The provincial one-time work-injury medical subsidy (一次性工伤医疗补助金), fen by grade 5–10. */
  medicalSubsidyFen: Dated<Partial<Record<number, number>>>[];
}

/** The statutory tables of 工伤保险条例 (2010), national and dated so that an amendment is a new row. */
export interface StatutoryTables {
  /** One-time disability subsidy (一次性伤残补助金) in months of own wage, index 0 = grade 1 … 9 = grade 10. */
  disabilitySubsidyMonths: number[];
  /** Monthly disability allowance (伤残津贴) in percent of own wage, index 0 = grade 1 … 5 = grade 6. */
  disabilityAllowancePercents: number[];
  /** Funeral subsidy (丧葬补助金) in months of the average monthly wage (6). */
  funeralMonths: number;
  /** One-time death subsidy (一次性工亡补助金) in times the national disposable income (20). */
  deathSubsidyTimes: number;
  /** Dependants' pensions (供养亲属抚恤金), percent of own wage: spouse 40, each other 30, +10 orphan or lone elderly. */
  dependantPercents: { spouse: number; other: number; orphanOrLoneElderlyExtra: number };
}

export interface NationalBenefitParameters {
  /** The national urban per-capita disposable income (全国城镇居民人均可支配收入) of a year, in fen. */
  disposableIncomeFen: { year: number; valueFen: number }[];
  statutory: Dated<StatutoryTables>[];
}

/** The statutory tables as written in 工伤保险条例 (2010 revision), valid from 2011-01-01. */
export const STATUTE_2010: Dated<StatutoryTables> = {
  validFrom: "2011-01-01",
  value: {
    disabilitySubsidyMonths: [27, 25, 23, 21, 18, 16, 13, 11, 9, 7],
    disabilityAllowancePercents: [90, 85, 80, 75, 70, 60],
    funeralMonths: 6,
    deathSubsidyTimes: 20,
    dependantPercents: { spouse: 40, other: 30, orphanOrLoneElderlyExtra: 10 },
  },
};

/**
 * The value valid on `date`; refused (`benefit.parameter-missing`) when none covers it. Two values of
 * one list covering the same day are refused too (`benefit.parameter-overlap`): which one applies
 * would otherwise depend on the order they were entered in.
 */
export function validOn<T>(values: readonly Dated<T>[], date: string, name: string, field = "date"): T {
  if (!isIsoDate(date)) throw badInput(field, "date.format", `${JSON.stringify(date)} is not a date YYYY-MM-DD.`);
  const covering = coveringOn(values, date);
  if (covering.length === 0) throw badInput(field, "benefit.parameter-missing", `No ${name} is recorded for ${date}; record the parameter first.`);
  if (covering.length > 1) throw badInput(field, "benefit.parameter-overlap", `Several values of ${name} are valid on ${date}; correct the parameters.`);
  return covering[0].value;
}

/** The values that cover `date`: one open value lasts until the next one starts. */
export function coveringOn<T>(values: readonly Dated<T>[], date: string): Dated<T>[] {
  const sorted = [...values].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  return sorted.filter((v, i) => {
    const next = sorted[i + 1];
    if (v.validFrom > date) return false;
    if (v.validUntil != null) return date <= v.validUntil;
    return next === undefined || date < next.validFrom;
  });
}

/** The national disposable income of `year`; refused when it is not recorded. */
export function disposableIncomeOf(params: NationalBenefitParameters, year: number, field = "date"): number {
  const row = params.disposableIncomeFen.filter((r) => r.year === year);
  if (row.length === 0) throw badInput(field, "benefit.parameter-missing", `No national urban per-capita disposable income is recorded for ${year}; record the parameter first.`);
  if (row.length > 1) throw badInput(field, "benefit.parameter-overlap", `The national disposable income of ${year} is recorded more than once.`);
  return row[0].valueFen;
}
