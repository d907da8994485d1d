import type { WorldPerson } from "../../../demo/world.types";
import { addDays, dateOf, lastDayOfMonth } from "../../common/dates";
import { split } from "../../common/money";
import type { CareLevel } from "../appraisal/appraisal.entity";
import { careAllowance, dependantPensions, disabilityAllowance, disabilitySubsidy, funeralSubsidy } from "../benefit/benefits.rules";
import { STATUTE_2010 } from "../benefit/parameters";
import { BenefitParameterKind } from "../parameter/parameter.entity";
import type { ParameterRecord } from "../parameter/parameter.rules";
import type { CaseCopy } from "../accident-report/accident-report.entity";
import type { PaymentCategory, PaymentRecord } from "../payment/payment.rules";

/**
 * The demo's benefit payments (待遇支付), drawn from the cases' appraisals and deaths: each item by its
 * statutory formula on ILLUSTRATIVE figures (an own wage of 5,000 yuan, an average wage of 6,000, a
 * minimum wage of 1,700, care at 50/40/30 %), then the year's items are scaled to sum exactly to the
 * demo parameter (world fund expenditure − medical settlements), in proportion to those amounts.
 * The previous year's monthly items of long-term beneficiaries keep their formula amounts.
 */
const OWN_WAGE = 5_000_00;
export const AVERAGE_WAGE = 6_000_00;
const MINIMUM_WAGE = 1_700_00;
const CARE = { FULLY: 50, MOSTLY: 40, PARTLY: 30 } as const;
/** The 2023 national urban per-capita disposable income (51,821 yuan): a 2024 death subsidy of 1,036,420.00. */
const DEATH_SUBSIDY = 20 * 51_821_00;
const T = STATUTE_2010.value;

/**
 * The same ILLUSTRATIVE figures as dated parameters (待遇计发参数), so that benefitEntitlement computes from
 * records too: the county's average and minimum wage from 2015, care percents nationally, the national
 * disposable incomes of 2022–2024 (49,283 / 51,821 / 54,188 yuan, published the next January), and an
 * illustrative provincial table of the one-time medical subsidy.
 */
export function demoParameters(countyCode: string): ParameterRecord[] {
  const p = (kind: BenefitParameterKind, qualifier: string, areaCode: string, validFrom: string, amount: number | null, percent: number | null = null): ParameterRecord =>
    ({ kind, qualifier, areaCode, validFrom, validUntil: null, amount, percent });
  return [
    p(BenefitParameterKind.AVERAGE_MONTHLY_WAGE, "", countyCode, "2015-01-01", AVERAGE_WAGE),
    p(BenefitParameterKind.MINIMUM_WAGE, "", countyCode, "2015-01-01", MINIMUM_WAGE),
    ...(Object.entries(CARE) as [string, number][]).map(([level, percent]) => p(BenefitParameterKind.CARE_PERCENT, level, "", "2011-01-01", null, percent)),
    p(BenefitParameterKind.DISPOSABLE_INCOME, "2022", "", "2023-01-17", 49_283_00),
    p(BenefitParameterKind.DISPOSABLE_INCOME, "2023", "", "2024-01-17", 51_821_00),
    p(BenefitParameterKind.DISPOSABLE_INCOME, "2024", "", "2025-01-17", 54_188_00),
    ...[5, 6, 7, 8, 9, 10].map((g) => p(BenefitParameterKind.MEDICAL_SUBSIDY, String(g), countyCode.slice(0, 2) + "0000", "2015-01-01", (16 - g) * 10_000_00)),
  ];
}

export interface BenefitCase {
  reportId: number;
  case: CaseCopy;
  occurredOn: string;
  decidedOn: string;
  fatal: boolean;
  /** The appraisal's conclusion, when concluded with a grade. */
  conclusion: { concludedOn: string; grade: number; careLevel: CareLevel | null } | null;
  /** Drawing monthly items since before the year (老工伤): paid every month of the year and the one before. */
  longTerm: boolean;
  payee: WorldPerson;
  /** A relative, the payee of a death's items. */
  relative: WorldPerson;
}

export interface PlannedCheck { reportId: number; year: number; checkedOn: string; case: CaseCopy }
export interface PlannedPayment { record: PaymentRecord; case: CaseCopy; occurredOn: string }

export function planBenefits(cases: readonly BenefitCase[], year: number, benefitsFen: number): { payments: PlannedPayment[]; checks: PlannedCheck[] } {
  const yearEnd = `${year}-12-31`;
  const items: { c: BenefitCase; category: PaymentCategory; periodFrom: string; periodTo: string; paidOn: string; nominal: number; payee: WorldPerson }[] = [];
  const checks: PlannedCheck[] = [];
  const monthly = (c: BenefitCase, y: number, fromMonth: number, category: PaymentCategory, nominal: number, payee: WorldPerson) => {
    for (let m = fromMonth; m <= 12; m++) {
      const from = dateOf(y, m, 1);
      items.push({ c, category, periodFrom: from, periodTo: lastDayOfMonth(from.slice(0, 7)), paidOn: dateOf(y, m, 10), nominal, payee });
    }
  };
  const check = (c: BenefitCase, y: number, after: string) => {
    const on = [`${y}-01-05`, addDays(after, 1)].sort()[1];
    checks.push({ reportId: c.reportId, year: y, checkedOn: on, case: c.case });
  };
  for (const c of cases) {
    const k = c.conclusion;
    if (k && k.grade <= 4) {
      const years = c.longTerm ? [year - 1, year] : k.concludedOn.startsWith(`${year}-`) && k.concludedOn < `${year}-12-01` ? [year] : [];
      for (const y of years) {
        const fromMonth = y === Number(k.concludedOn.slice(0, 4)) ? Number(k.concludedOn.slice(5, 7)) + 1 : 1;
        check(c, y, k.concludedOn);
        monthly(c, y, fromMonth, "DISABILITY_ALLOWANCE", disabilityAllowance(OWN_WAGE, k.grade, MINIMUM_WAGE, T).amountFen, c.payee);
        if (k.careLevel) monthly(c, y, fromMonth, "CARE_ALLOWANCE", careAllowance(AVERAGE_WAGE, k.careLevel, CARE), c.payee);
      }
    }
    if (k && !c.longTerm && k.concludedOn <= yearEnd && k.concludedOn.startsWith(`${year}-`)) {
      const paidOn = [addDays(k.concludedOn, 15), yearEnd].sort()[0];
      items.push({ c, category: "ONE_TIME_DISABILITY_SUBSIDY", periodFrom: k.concludedOn, periodTo: k.concludedOn, paidOn, nominal: disabilitySubsidy(OWN_WAGE, k.grade, T), payee: c.payee });
    }
    if (c.fatal && c.decidedOn.startsWith(`${year}-`)) {
      const paidOn = [addDays(c.decidedOn, 20), yearEnd].sort()[0];
      items.push({ c, category: "ONE_TIME_DEATH_SUBSIDY", periodFrom: c.occurredOn, periodTo: c.occurredOn, paidOn, nominal: DEATH_SUBSIDY, payee: c.relative });
      items.push({ c, category: "FUNERAL_SUBSIDY", periodFrom: c.occurredOn, periodTo: c.occurredOn, paidOn, nominal: funeralSubsidy(AVERAGE_WAGE, T), payee: c.relative });
      const fromMonth = Number(c.decidedOn.slice(5, 7)) + 1;
      if (fromMonth <= 12) {
        check(c, year, c.decidedOn);
        monthly(c, year, fromMonth, "DEPENDANT_PENSION", dependantPensions(OWN_WAGE, [{ relation: "SPOUSE", orphanOrLoneElderly: false }], T).amountsFen[0], c.relative);
      }
    }
  }
  const current = items.filter((i) => i.paidOn.startsWith(`${year}-`));
  const amounts = split(benefitsFen, current.map((i) => i.nominal));
  const scaled = new Map(current.map((i, n) => [i, amounts[n]]));
  const payments = items.map((i, n): PlannedPayment => ({
    case: i.c.case,
    occurredOn: i.c.occurredOn,
    record: {
      paymentKey: `ZF${i.paidOn.slice(0, 4)}${String(n + 1).padStart(6, "0")}`, reportId: i.c.reportId, category: i.category,
      periodFrom: i.periodFrom, periodTo: i.periodTo, amount: scaled.get(i) ?? i.nominal, paidOn: i.paidOn, payeeName: i.payee.name, payeeIdNumber: i.payee.idNumber,
    },
  }));
  return { payments, checks };
}
