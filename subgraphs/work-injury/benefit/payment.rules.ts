import { isIsoDate } from "../../common/dates";
import { badInput } from "../../common/errors";

/** Payment categories (待遇支付类别): the benefit items of DESIGN §3. */
export type PaymentCategory =
  | "ONE_TIME_DISABILITY_SUBSIDY"
  | "ONE_TIME_MEDICAL_SUBSIDY"
  | "ONE_TIME_DEATH_SUBSIDY"
  | "FUNERAL_SUBSIDY"
  | "DISABILITY_ALLOWANCE"
  | "CARE_ALLOWANCE"
  | "DEPENDANT_PENSION";

export const ONE_TIME_CATEGORIES: ReadonlySet<PaymentCategory> = new Set([
  "ONE_TIME_DISABILITY_SUBSIDY",
  "ONE_TIME_MEDICAL_SUBSIDY",
  "ONE_TIME_DEATH_SUBSIDY",
  "FUNERAL_SUBSIDY",
]);
/** Monthly items drawn year after year (老工伤): they need the year's qualification check (待遇资格认证). */
export const MONTHLY_CATEGORIES: ReadonlySet<PaymentCategory> = new Set(["DISABILITY_ALLOWANCE", "CARE_ALLOWANCE", "DEPENDANT_PENSION"]);

export interface PaymentRequest {
  caseId: string;
  category: PaymentCategory;
  periodFrom: string;
  periodTo: string;
}

export interface PaymentFacts {
  /** Payments already recorded for the same case (another payment key). */
  existing: readonly { caseId: string; category: PaymentCategory }[];
  /** The payee's date of death (enrollment's), or null. */
  payeeDateOfDeath: string | null;
  /** The years whose qualification check the payee has passed. */
  qualifiedYears: ReadonlySet<number>;
}

/**
 * Whether a payment may be recorded; throws BAD_USER_INPUT with a rule id when not.
 * - a one-time item is never paid twice for one case (`benefit.one-time-twice`);
 * - nothing for a period after the payee's death (`benefit.after-death`). A period that straddles
 *   the death (starts on or before it, ends after it) is refused too (`benefit.period-straddles-death`):
 *   DESIGN §3 gives no pro-rating rule, so the case worker records the period up to the death instead.
 *   A death on the period's last day leaves the period payable;
 * - a monthly item needs the qualification check of every year its period touches (`benefit.qualification-missing`).
 */
export function checkPayment(request: PaymentRequest, facts: PaymentFacts): void {
  const { category, periodFrom, periodTo } = request;
  if (!ONE_TIME_CATEGORIES.has(category) && !MONTHLY_CATEGORIES.has(category)) {
    throw badInput("category", "benefit.category", `Unknown payment category ${String(category)}.`);
  }
  if (!isIsoDate(periodFrom)) throw badInput("periodFrom", "date.format", `${JSON.stringify(periodFrom)} is not a date YYYY-MM-DD.`);
  if (!isIsoDate(periodTo)) throw badInput("periodTo", "date.format", `${JSON.stringify(periodTo)} is not a date YYYY-MM-DD.`);
  if (periodTo < periodFrom) throw badInput("periodTo", "benefit.period-order", "The period ends before it starts.");
  if (ONE_TIME_CATEGORIES.has(category) && facts.existing.some((p) => p.caseId === request.caseId && p.category === category)) {
    throw badInput("category", "benefit.one-time-twice", `The ${category} of this case has already been paid; a one-time item is paid once.`);
  }
  const death = facts.payeeDateOfDeath;
  if (death !== null) {
    if (periodFrom > death) throw badInput("periodFrom", "benefit.after-death", `The payee died on ${death}; nothing is paid for a period after it.`);
    if (periodTo > death) throw badInput("periodTo", "benefit.period-straddles-death", `The payee died on ${death}, inside the period; record the period up to ${death}.`);
  }
  if (MONTHLY_CATEGORIES.has(category)) {
    for (let y = Number(periodFrom.slice(0, 4)); y <= Number(periodTo.slice(0, 4)); y++) {
      if (!facts.qualifiedYears.has(y)) throw badInput("periodFrom", "benefit.qualification-missing", `The payee's qualification check for ${y} has not been passed.`);
    }
  }
}
