import fc from "fast-check";
import { GraphQLError } from "graphql";
import { monthFromIndex, monthIndex } from "../../subgraphs/common/dates";
import { divideRound, formatYuan, parseYuan, percentOf } from "../../subgraphs/common/money";
import { ownWage } from "../../subgraphs/work-injury/benefit/own-wage.rules";
import { disposableIncomeOf, NationalBenefitParameters, validOn } from "../../subgraphs/work-injury/benefit/parameters";
import { checkPayment, PaymentCategory } from "../../subgraphs/work-injury/payment/payment.rules";

const yuan = (text: string): number => parseYuan(text)!;

function ruleOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GraphQLError);
    expect((e as GraphQLError).extensions.code).toBe("BAD_USER_INPUT");
    return (e as GraphQLError).extensions.rule as string;
  }
  return undefined;
}

/** `n` monthly bases ending the month before `accidentMonth`. */
function bases(accidentMonth: string, fen: number[]): { month: string; baseFen: number }[] {
  const last = monthIndex(accidentMonth) - 1;
  return fen.map((baseFen, i) => ({ month: monthFromIndex(last - fen.length + 1 + i), baseFen }));
}

describe("divideRound (money): a sum over a count, half-up once", () => {
  it("rounds 3,000.01 yuan over 3 months to 1,000.00 and 0.05 over 2 to 0.03", () => {
    expect(divideRound(300_001, 3)).toBe(100_000);
    expect(divideRound(5, 2)).toBe(3);
    expect(divideRound(-5, 2)).toBe(-3);
    expect(() => divideRound(5, 0)).toThrow(RangeError);
  });
  it("is within half a fen of the exact quotient", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 1000 }), (a, d) => {
      const got = divideRound(a, d);
      expect(Math.abs(2 * (got * d - a))).toBeLessThanOrEqual(d);
    }));
  });
});

describe("own wage (本人工资, Art 64)", () => {
  const amw = yuan("8000.00"); // floor 4,800.00, cap 24,000.00

  it("averages the 12 calendar months before the accident month, ignoring the accident month and earlier ones", () => {
    const list = [
      ...bases("2024-03", Array(12).fill(yuan("6000.00"))),
      { month: "2024-03", baseFen: yuan("99999.00") },
      { month: "2023-02", baseFen: yuan("99999.00") },
    ];
    const got = ownWage("2024-03-15", list, amw);
    expect(got.ownWageFen).toBe(yuan("6000.00"));
    expect(got.months[0]).toBe("2023-03");
    expect(got.months[11]).toBe("2024-02");
    expect(got.months).toHaveLength(12);
  });

  it("averages over the months present only (3 months of 6,000.00 / 6,000.00 / 6,000.01 = 6,000.00, rounded once)", () => {
    const got = ownWage("2024-01-02", bases("2024-01", [600_000, 600_000, 600_001]), amw);
    expect(got).toMatchObject({ ownWageFen: 600_000, months: ["2023-10", "2023-11", "2023-12"], floored: false, capped: false });
  });

  it("floors at 60 % of the average monthly wage (3,000.00 → 4,800.00) and caps at 300 % (30,000.00 → 24,000.00)", () => {
    expect(ownWage("2024-06-30", bases("2024-06", Array(12).fill(yuan("3000.00"))), amw)).toMatchObject({ ownWageFen: yuan("4800.00"), floored: true, averageFen: yuan("3000.00") });
    expect(ownWage("2024-06-30", bases("2024-06", Array(12).fill(yuan("30000.00"))), amw)).toMatchObject({ ownWageFen: yuan("24000.00"), capped: true });
    expect(formatYuan(ownWage("2024-06-30", bases("2024-06", [yuan("4800.00")]), amw).ownWageFen)).toBe("4800.00");
  });

  it("refuses when no month is present, a month twice, or a negative base", () => {
    expect(ruleOf(() => ownWage("2024-06-30", [], amw))).toBe("benefit.own-wage-no-months");
    expect(ruleOf(() => ownWage("2024-06-30", [{ month: "2024-06", baseFen: 500_000 }], amw))).toBe("benefit.own-wage-no-months");
    expect(ruleOf(() => ownWage("2024-06-30", [{ month: "2024-05", baseFen: 1 }, { month: "2024-05", baseFen: 1 }], amw))).toBe("benefit.own-wage-duplicate-month");
    expect(ruleOf(() => ownWage("2024-06-30", [{ month: "2024-05", baseFen: -1 }], amw))).toBe("money.negative");
    expect(ruleOf(() => ownWage("2024-06-31", [{ month: "2024-05", baseFen: 1 }], amw))).toBe("date.format");
  });

  it("always lies within [60 %, 300 %] of the average monthly wage and uses 1–12 months", () => {
    fc.assert(fc.property(
      fc.integer({ min: 100_000, max: 5_000_000 }),
      fc.array(fc.integer({ min: 0, max: 20_000_000 }), { minLength: 1, maxLength: 12 }),
      (wage, fen) => {
        const got = ownWage("2025-01-10", bases("2025-01", fen), wage);
        expect(got.ownWageFen).toBeGreaterThanOrEqual(percentOf(wage, 60));
        expect(got.ownWageFen).toBeLessThanOrEqual(percentOf(wage, 300));
        expect(got.months).toHaveLength(fen.length);
      },
    ));
  });
});

describe("dated parameters: valid on a date, never a default", () => {
  const wages = [
    { validFrom: "2023-07-01", value: yuan("7500.00") },
    { validFrom: "2024-07-01", value: yuan("8000.00") },
  ];
  it("takes the value whose period holds the date, the next one from its first day", () => {
    expect(validOn(wages, "2024-06-30", "average monthly wage")).toBe(yuan("7500.00"));
    expect(validOn(wages, "2024-07-01", "average monthly wage")).toBe(yuan("8000.00"));
    expect(validOn(wages, "2030-01-01", "average monthly wage")).toBe(yuan("8000.00"));
  });
  it("refuses a date before the first value, after a closed one, a gap and an overlap", () => {
    expect(ruleOf(() => validOn(wages, "2023-06-30", "average monthly wage"))).toBe("benefit.parameter-missing");
    const closed = [{ validFrom: "2024-01-01", validUntil: "2024-12-31", value: 1 }];
    expect(validOn(closed, "2024-12-31", "minimum wage")).toBe(1);
    expect(ruleOf(() => validOn(closed, "2025-01-01", "minimum wage"))).toBe("benefit.parameter-missing");
    const overlap = [{ validFrom: "2024-01-01", validUntil: "2024-12-31", value: 1 }, { validFrom: "2024-06-01", value: 2 }];
    expect(ruleOf(() => validOn(overlap, "2024-07-01", "minimum wage"))).toBe("benefit.parameter-overlap");
    expect(ruleOf(() => validOn([], "2024-07-01", "minimum wage"))).toBe("benefit.parameter-missing");
  });
  it("reads the national disposable income by year and refuses a year not recorded", () => {
    const national: NationalBenefitParameters = { disposableIncomeFen: [{ year: 2023, valueFen: yuan("51821.00") }], statutory: [] };
    expect(disposableIncomeOf(national, 2023)).toBe(5_182_100);
    expect(ruleOf(() => disposableIncomeOf(national, 2024))).toBe("benefit.parameter-missing");
  });
});

describe("payment eligibility (待遇支付)", () => {
  const alive = { existing: [], payeeDateOfDeath: null, qualifiedYears: new Set([2023, 2024]) };
  const pay = (category: PaymentCategory, periodFrom: string, periodTo: string) => ({ caseId: "7", category, periodFrom, periodTo });

  it("pays a one-time item once per case: a second for the same case is refused, another case's is not", () => {
    const paid = { ...alive, existing: [{ caseId: "7", category: "ONE_TIME_DISABILITY_SUBSIDY" as const }] };
    expect(ruleOf(() => checkPayment(pay("ONE_TIME_DISABILITY_SUBSIDY", "2024-03-01", "2024-03-01"), paid))).toBe("benefit.one-time-twice");
    expect(ruleOf(() => checkPayment({ ...pay("ONE_TIME_DISABILITY_SUBSIDY", "2024-03-01", "2024-03-01"), caseId: "8" }, paid))).toBeUndefined();
    expect(ruleOf(() => checkPayment(pay("DISABILITY_ALLOWANCE", "2024-03-01", "2024-03-31"), { ...alive, existing: [{ caseId: "7", category: "DISABILITY_ALLOWANCE" }] }))).toBeUndefined();
  });

  it("pays nothing for a period after the payee's death, refuses a period straddling it, and pays one ending on the day of death", () => {
    const dead = { ...alive, payeeDateOfDeath: "2024-05-15" };
    expect(ruleOf(() => checkPayment(pay("DISABILITY_ALLOWANCE", "2024-06-01", "2024-06-30"), dead))).toBe("benefit.after-death");
    expect(ruleOf(() => checkPayment(pay("DISABILITY_ALLOWANCE", "2024-05-16", "2024-05-31"), dead))).toBe("benefit.after-death");
    expect(ruleOf(() => checkPayment(pay("DISABILITY_ALLOWANCE", "2024-05-01", "2024-05-31"), dead))).toBe("benefit.period-straddles-death");
    expect(ruleOf(() => checkPayment(pay("DISABILITY_ALLOWANCE", "2024-05-01", "2024-05-15"), dead))).toBeUndefined();
  });

  it("needs the year's qualification check for monthly items, of every year the period touches, not for one-time items", () => {
    const only2023 = { ...alive, qualifiedYears: new Set([2023]) };
    expect(ruleOf(() => checkPayment(pay("CARE_ALLOWANCE", "2024-01-01", "2024-01-31"), only2023))).toBe("benefit.qualification-missing");
    expect(ruleOf(() => checkPayment(pay("DEPENDANT_PENSION", "2023-12-01", "2024-01-31"), only2023))).toBe("benefit.qualification-missing");
    expect(ruleOf(() => checkPayment(pay("DEPENDANT_PENSION", "2023-12-01", "2023-12-31"), only2023))).toBeUndefined();
    expect(ruleOf(() => checkPayment(pay("FUNERAL_SUBSIDY", "2024-01-05", "2024-01-05"), only2023))).toBeUndefined();
  });

  it("refuses bad dates, a period ending before it starts, and an unknown category", () => {
    expect(ruleOf(() => checkPayment(pay("CARE_ALLOWANCE", "2024-02-30", "2024-03-31"), alive))).toBe("date.format");
    expect(ruleOf(() => checkPayment(pay("CARE_ALLOWANCE", "2024-03-31", "2024-03-01"), alive))).toBe("benefit.period-order");
    expect(ruleOf(() => checkPayment(pay("BONUS" as PaymentCategory, "2024-03-01", "2024-03-01"), alive))).toBe("benefit.category");
  });
});
