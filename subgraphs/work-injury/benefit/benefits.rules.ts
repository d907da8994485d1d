import { isIsoDate } from "../../common/dates";
import { badInput } from "../../common/errors";
import { percentOf, split } from "../../common/money";
import { CareLevel, StatutoryTables } from "./parameters";

/**
 * The statutory benefit formulas (工伤保险条例 2010, DESIGN §3), pure: every figure comes in as an
 * argument (own wage, the area's and the nation's parameters valid on the day), every amount is in
 * fen and computed with the money module.
 */

function checkGrade(grade: number, max = 10, field = "grade"): void {
  if (!Number.isInteger(grade) || grade < 1 || grade > max) {
    throw badInput(field, "benefit.grade-range", `A disability grade here is 1 to ${max}, got ${grade}.`);
  }
}

function checkAmount(fen: number, field: string): void {
  if (!Number.isSafeInteger(fen) || fen < 0) throw badInput(field, "money.negative", "The amount must be a non-negative number of fen.");
}

/** One-time disability subsidy (一次性伤残补助金, Art 35–37): own wage × 27 … 7 months for grades 1–10. */
export function disabilitySubsidy(ownWageFen: number, grade: number, tables: StatutoryTables): number {
  checkAmount(ownWageFen, "ownWage");
  checkGrade(grade);
  return ownWageFen * tables.disabilitySubsidyMonths[grade - 1];
}

export interface DisabilityAllowance {
  amountFen: number;
  /** Grades 1–4 are paid by the fund; 5–6 by the employer when it has no suitable work (Art 36). */
  payer: "FUND" | "EMPLOYER";
  toppedUp: boolean;
}

/**
 * Monthly disability allowance (伤残津贴): 90/85/80/75 % of own wage for grades 1–4 from the fund,
 * 70/60 % for grades 5–6 from the employer; below the local minimum wage it is topped up to it
 * (Art 35 ¶2 for 1–4, Art 36 ¶2 for 5–6, where the employer pays the difference). Grades 7–10 draw none.
 */
export function disabilityAllowance(ownWageFen: number, grade: number, minimumWageFen: number, tables: StatutoryTables): DisabilityAllowance {
  checkAmount(ownWageFen, "ownWage");
  checkAmount(minimumWageFen, "minimumWage");
  checkGrade(grade, 6);
  const computed = percentOf(ownWageFen, tables.disabilityAllowancePercents[grade - 1]);
  const toppedUp = computed < minimumWageFen;
  return { amountFen: toppedUp ? minimumWageFen : computed, payer: grade <= 4 ? "FUND" : "EMPLOYER", toppedUp };
}

/** Care allowance (生活护理费, Art 34): 50/40/30 % of the average monthly wage by care level. */
export function careAllowance(averageMonthlyWageFen: number, level: CareLevel, carePercents: Record<CareLevel, number>): number {
  checkAmount(averageMonthlyWageFen, "averageMonthlyWage");
  const percent = carePercents[level];
  if (percent === undefined) throw badInput("careLevel", "benefit.care-level", `Unknown care level ${String(level)}.`);
  return percentOf(averageMonthlyWageFen, percent);
}

/** One-time work-injury medical subsidy (一次性工伤医疗补助金) for grades 5–10 when employment ends: the provincial table. */
export function medicalSubsidy(grade: number, table: Partial<Record<number, number>>): number {
  if (!Number.isInteger(grade) || grade < 5 || grade > 10) throw badInput("grade", "benefit.grade-range", `The one-time medical subsidy is for grades 5 to 10, got ${grade}.`);
  const fen = table[grade];
  if (fen === undefined) throw badInput("grade", "benefit.parameter-missing", `The provincial table has no one-time medical subsidy for grade ${grade}.`);
  return fen;
}

/** Funeral subsidy (丧葬补助金, Art 39 ¶1(1)): 6 × the average monthly wage. */
export function funeralSubsidy(averageMonthlyWageFen: number, tables: StatutoryTables): number {
  checkAmount(averageMonthlyWageFen, "averageMonthlyWage");
  return averageMonthlyWageFen * tables.funeralMonths;
}

export interface DeathCircumstances {
  dateOfDeath: string;
  /** The deceased's disability grade when already appraised, else null. */
  grade: number | null;
  /** True when the death came after the injury had stabilised (停工留薪期满后), not from the accident itself. */
  afterStabilisation: boolean;
}

/**
 * One-time death subsidy (一次性工亡补助金, Art 39 ¶1(3)): 20 × the previous year's national urban
 * per-capita disposable income (`previousYearIncomeFen` is the year before the death's: 2023's for a
 * 2024 death). Null when not due: a grade 1–4 beneficiary dying after stabilisation gets the funeral
 * subsidy and dependants' pensions only (Art 39 ¶3).
 */
export function deathSubsidy(death: DeathCircumstances, previousYearIncomeFen: number, tables: StatutoryTables): number | null {
  if (!isIsoDate(death.dateOfDeath)) throw badInput("dateOfDeath", "date.format", `${JSON.stringify(death.dateOfDeath)} is not a date YYYY-MM-DD.`);
  checkAmount(previousYearIncomeFen, "disposableIncome");
  if (death.grade !== null) checkGrade(death.grade);
  if (death.grade !== null && death.grade <= 4 && death.afterStabilisation) return null;
  return previousYearIncomeFen * tables.deathSubsidyTimes;
}

export type DependantRelation = "SPOUSE" | "OTHER";

export interface Dependant {
  relation: DependantRelation;
  /** An orphan (孤儿) or a lone elderly dependant (孤寡老人): +10 %. */
  orphanOrLoneElderly: boolean;
}

export interface DependantPensions {
  /** Monthly amounts, in the order of the dependants given. */
  amountsFen: number[];
  /** True when the sum was held to the deceased's own wage. */
  capped: boolean;
}

/**
 * Dependants' pensions (供养亲属抚恤金, Art 39 ¶1(2)), monthly: 40 % of own wage for the spouse, 30 %
 * for each other dependant, +10 % for an orphan or a lone elderly one, all together at most the
 * deceased's own wage. When the sum exceeds it, the cap is shared in proportion to each dependant's
 * uncapped percentage (so two children at 40 % each keep equal shares) with the money module's
 * `split`: largest remainder, a tie to the earlier dependant, so the parts add up to the own wage
 * exactly. Only one spouse can draw (`benefit.dependant-spouse-twice`).
 */
export function dependantPensions(ownWageFen: number, dependants: readonly Dependant[], tables: StatutoryTables): DependantPensions {
  checkAmount(ownWageFen, "ownWage");
  if (dependants.filter((d) => d.relation === "SPOUSE").length > 1) {
    throw badInput("dependants", "benefit.dependant-spouse-twice", "Only one spouse can draw a dependant's pension.");
  }
  const p = tables.dependantPercents;
  const percents = dependants.map((d, i) => {
    if (d.relation !== "SPOUSE" && d.relation !== "OTHER") throw badInput(`dependants.${i}.relation`, "benefit.dependant-relation", `Unknown relation ${String(d.relation)}.`);
    return (d.relation === "SPOUSE" ? p.spouse : p.other) + (d.orphanOrLoneElderly ? p.orphanOrLoneElderlyExtra : 0);
  });
  if (percents.length === 0) return { amountsFen: [], capped: false };
  const amounts = percents.map((pc) => percentOf(ownWageFen, pc));
  const total = amounts.reduce((a, b) => a + b, 0);
  if (total <= ownWageFen) return { amountsFen: amounts, capped: false };
  // Weights in ppm of own wage: the shares follow the percentages, not the already rounded amounts.
  return { amountsFen: split(ownWageFen, percents.map((pc) => Math.round(pc * 10_000))), capped: true };
}
