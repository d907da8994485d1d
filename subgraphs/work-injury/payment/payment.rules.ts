import { isIsoDate } from "../../common/dates";
import { badInput } from "../../common/errors";
import type { RowError } from "../../common/import/importer";
import { checkResidentId } from "../../common/validators/resident-id";

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
export function checkPayment(request: PaymentRequest, facts: PaymentFacts, prefix = ""): void {
  const bad = (field: string, rule: string, message: string) => badInput(prefix + field, rule, message);
  const { category, periodFrom, periodTo } = request;
  if (!ONE_TIME_CATEGORIES.has(category) && !MONTHLY_CATEGORIES.has(category)) {
    throw bad("category", "benefit.category", `Unknown payment category ${String(category)}.`);
  }
  if (!isIsoDate(periodFrom)) throw bad("periodFrom", "date.format", `${JSON.stringify(periodFrom)} is not a date YYYY-MM-DD.`);
  if (!isIsoDate(periodTo)) throw bad("periodTo", "date.format", `${JSON.stringify(periodTo)} is not a date YYYY-MM-DD.`);
  if (periodTo < periodFrom) throw bad("periodTo", "benefit.period-order", "The period ends before it starts.");
  if (ONE_TIME_CATEGORIES.has(category) && facts.existing.some((p) => p.caseId === request.caseId && p.category === category)) {
    throw bad("category", "benefit.one-time-twice", `The ${category} of this case has already been paid; a one-time item is paid once.`);
  }
  const death = facts.payeeDateOfDeath;
  if (death !== null) {
    if (periodFrom > death) throw bad("periodFrom", "benefit.after-death", `The payee died on ${death}; nothing is paid for a period after it.`);
    if (periodTo > death) throw bad("periodTo", "benefit.period-straddles-death", `The payee died on ${death}, inside the period; record the period up to ${death}.`);
  }
  if (MONTHLY_CATEGORIES.has(category)) {
    for (let y = Number(periodFrom.slice(0, 4)); y <= Number(periodTo.slice(0, 4)); y++) {
      if (!facts.qualifiedYears.has(y)) throw bad("periodFrom", "benefit.qualification-missing", `The payee's qualification check for ${y} has not been passed.`);
    }
  }
}

/** A payment as written (mutation, demo, import): the one set of rules all pass. */
export interface PaymentRecord {
  paymentKey: string;
  reportId: number;
  category: PaymentCategory;
  periodFrom: string;
  periodTo: string;
  amount: number;
  paidOn: string;
  payeeName: string;
  payeeIdNumber: string;
}

/** Largest single payment accepted, fen: above every statutory item (a 2024 death subsidy is 1,036,420.00); a typo guard. */
export const MAX_PAYMENT_FEN = 5_000_000_00;
const PAYMENT_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The record's own rules (the case's facts are checkPayment's): key, amount, days, payee. */
export function checkPaymentRecord(r: PaymentRecord, occurredOn: string, today: string): RowError[] {
  const errors: RowError[] = [];
  if (!PAYMENT_KEY.test(r.paymentKey)) errors.push({ field: "paymentKey", rule: "benefit.payment-key", message: "A payment key is 1 to 64 letters, digits, '-' or '_', starting with a letter or digit." });
  if (!Number.isSafeInteger(r.amount) || r.amount <= 0 || r.amount > MAX_PAYMENT_FEN) errors.push({ field: "amount", rule: "benefit.amount", message: "An amount is more than 0.00 and at most 5000000.00 yuan." });
  if (!isIsoDate(r.paidOn) || r.paidOn > today) errors.push({ field: "paidOn", rule: "date.not-future", message: "The day paid is a real date, not in the future." });
  else if (isIsoDate(r.periodFrom) && r.paidOn < r.periodFrom && MONTHLY_CATEGORIES.has(r.category)) errors.push({ field: "paidOn", rule: "benefit.paid-in-advance", message: "A monthly item is paid for a period that has begun." });
  if (isIsoDate(r.periodFrom) && r.periodFrom < occurredOn) errors.push({ field: "periodFrom", rule: "benefit.before-accident", message: `Nothing is paid for a period before the accident (${occurredOn}).` });
  if (!r.payeeName.trim() || r.payeeName.trim().length > 50) errors.push({ field: "payeeName", rule: "benefit.payee-name", message: "The payee's name, 1 to 50 characters." });
  const id = checkResidentId(r.payeeIdNumber, today);
  if (!id.ok) errors.push({ field: "payeeIdNumber", rule: id.rule, message: id.message });
  return errors;
}
