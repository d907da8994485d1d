import { isIsoDate, monthIndex, monthsBefore } from "../../common/dates";
import { badInput } from "../../common/errors";
import { clamp, divideRound, percentOf } from "../../common/money";

/** One month's contribution base (缴费基数) at the employer on the report. */
export interface MonthBase {
  month: string;
  baseFen: number;
}

export interface OwnWage {
  ownWageFen: number;
  /** The months the average was taken over, ascending. */
  months: string[];
  /** The plain average before the floor and cap, rounded to the fen. */
  averageFen: number;
  floored: boolean;
  capped: boolean;
}

/**
 * Own wage (本人工资, 工伤保险条例 Art 64): the average monthly contribution base of the 12 calendar
 * months before the accident month at that employer, over the months present (at least one, else
 * refused), held within 60 % and 300 % of the area's previous year's average monthly wage. The sum is
 * divided once and rounded once to the fen (`divideRound`); the floor and cap are themselves amounts
 * in fen (`percentOf`), so holding the average between them rounds nothing again.
 */
export function ownWage(accidentDate: string, bases: readonly MonthBase[], averageMonthlyWageFen: number): OwnWage {
  if (!isIsoDate(accidentDate)) throw badInput("occurredOn", "date.format", `${JSON.stringify(accidentDate)} is not a date YYYY-MM-DD.`);
  if (!Number.isSafeInteger(averageMonthlyWageFen) || averageMonthlyWageFen <= 0) {
    throw badInput("averageMonthlyWage", "benefit.parameter-invalid", "The average monthly wage must be a positive amount.");
  }
  const accidentMonth = accidentDate.slice(0, 7);
  const first = monthIndex(monthsBefore(accidentMonth, 12));
  const last = monthIndex(monthsBefore(accidentMonth, 1));
  const seen = new Set<string>();
  let sum = 0;
  for (const [i, b] of bases.entries()) {
    if (!Number.isSafeInteger(b.baseFen) || b.baseFen < 0) throw badInput(`bases.${i}.base`, "money.negative", "A contribution base is a non-negative amount.");
    const idx = monthIndex(b.month);
    if (idx < first || idx > last) continue;
    const month = b.month.slice(0, 7);
    // Contributions are one per person, insurance, employer and month: a second base for a month
    // means the caller mixed employers or insurances.
    if (seen.has(month)) throw badInput(`bases.${i}.month`, "benefit.own-wage-duplicate-month", `The contribution base of ${month} is given twice.`);
    seen.add(month);
    sum += b.baseFen;
  }
  if (seen.size === 0) {
    throw badInput("bases", "benefit.own-wage-no-months", `No contribution base at this employer in the 12 months before ${accidentMonth}; own wage cannot be computed.`);
  }
  const averageFen = divideRound(sum, seen.size);
  const floor = percentOf(averageMonthlyWageFen, 60);
  const cap = percentOf(averageMonthlyWageFen, 300);
  const ownWageFen = clamp(averageFen, floor, cap);
  return { ownWageFen, months: [...seen].sort(), averageFen, floored: averageFen < floor, capped: averageFen > cap };
}
