import fc from "fast-check";
import { GraphQLError } from "graphql";
import { formatYuan, parseYuan, percentOf } from "../../subgraphs/common/money";
import {
  careAllowance, deathSubsidy, dependantPensions, disabilityAllowance, disabilitySubsidy, funeralSubsidy, medicalSubsidy,
} from "../../subgraphs/work-injury/benefit/benefits.rules";
import { STATUTE_2010, validOn } from "../../subgraphs/work-injury/benefit/parameters";

const tables = validOn([STATUTE_2010], "2024-06-01", "statutory tables");
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

describe("one-time disability subsidy (一次性伤残补助金): own wage × 27 … 7 months", () => {
  it("pays a grade 1 on an own wage of 5,000.00 yuan 27 months = 135,000.00 and a grade 10 seven months = 35,000.00", () => {
    expect(formatYuan(disabilitySubsidy(yuan("5000.00"), 1, tables))).toBe("135000.00");
    expect(formatYuan(disabilitySubsidy(yuan("5000.00"), 10, tables))).toBe("35000.00");
    expect(formatYuan(disabilitySubsidy(yuan("4321.07"), 5, tables))).toBe("77779.26"); // 18 × 4,321.07
  });

  it("refuses a grade outside 1–10 with benefit.grade-range", () => {
    expect(ruleOf(() => disabilitySubsidy(500_000, 0, tables))).toBe("benefit.grade-range");
    expect(ruleOf(() => disabilitySubsidy(500_000, 11, tables))).toBe("benefit.grade-range");
    expect(ruleOf(() => disabilitySubsidy(500_000, 2.5, tables))).toBe("benefit.grade-range");
    expect(ruleOf(() => disabilitySubsidy(-1, 3, tables))).toBe("money.negative");
  });
});

describe("monthly disability allowance (伤残津贴)", () => {
  it("pays grades 1–4 90/85/80/75 % of own wage from the fund", () => {
    const got = [1, 2, 3, 4].map((g) => disabilityAllowance(yuan("5000.00"), g, yuan("1900.00"), tables));
    expect(got.map((a) => formatYuan(a.amountFen))).toEqual(["4500.00", "4250.00", "4000.00", "3750.00"]);
    expect(got.every((a) => a.payer === "FUND" && !a.toppedUp)).toBe(true);
  });

  it("tops a grade 1 allowance below the local minimum wage up to it (90 % of 2,000.00 = 1,800.00 → 1,900.00)", () => {
    expect(disabilityAllowance(yuan("2000.00"), 1, yuan("1900.00"), tables)).toEqual({ amountFen: yuan("1900.00"), payer: "FUND", toppedUp: true });
  });

  it("puts grades 5–6 (70/60 %) on the employer, not the fund, and has none for grade 7", () => {
    expect(disabilityAllowance(yuan("5000.00"), 5, yuan("1900.00"), tables)).toEqual({ amountFen: yuan("3500.00"), payer: "EMPLOYER", toppedUp: false });
    expect(disabilityAllowance(yuan("5000.00"), 6, yuan("1900.00"), tables).amountFen).toBe(yuan("3000.00"));
    expect(ruleOf(() => disabilityAllowance(yuan("5000.00"), 7, yuan("1900.00"), tables))).toBe("benefit.grade-range");
  });
});

describe("care allowance (生活护理费): 50/40/30 % of the average monthly wage", () => {
  const percents = { FULLY: 50, MOSTLY: 40, PARTLY: 30 };
  it("pays 4,000.00 / 3,200.00 / 2,400.00 on an average monthly wage of 8,000.00, and 50 % of 7,777.77 = 3,888.89 (half-up)", () => {
    expect(["FULLY", "MOSTLY", "PARTLY"].map((l) => formatYuan(careAllowance(yuan("8000.00"), l as "FULLY", percents)))).toEqual(["4000.00", "3200.00", "2400.00"]);
    expect(formatYuan(careAllowance(yuan("7777.77"), "FULLY", percents))).toBe("3888.89");
    expect(ruleOf(() => careAllowance(yuan("8000.00"), "NONE" as "FULLY", percents))).toBe("benefit.care-level");
  });
});

describe("death: funeral subsidy and one-time death subsidy", () => {
  const income2023 = yuan("51821.00");
  it("pays a 2024 death 20 × 51,821 = 1,036,420.00 and a funeral subsidy of 6 × the average monthly wage", () => {
    expect(formatYuan(deathSubsidy({ dateOfDeath: "2024-05-03", grade: null, afterStabilisation: false }, income2023, tables)!)).toBe("1036420.00");
    expect(formatYuan(funeralSubsidy(yuan("8123.45"), tables))).toBe("48740.70");
  });

  it("pays no death subsidy when a grade 1–4 beneficiary dies after stabilisation (Art 39 ¶3), but does for grade 5 or a death from the injury", () => {
    for (const grade of [1, 2, 3, 4]) expect(deathSubsidy({ dateOfDeath: "2024-05-03", grade, afterStabilisation: true }, income2023, tables)).toBeNull();
    expect(deathSubsidy({ dateOfDeath: "2024-05-03", grade: 5, afterStabilisation: true }, income2023, tables)).toBe(yuan("1036420.00"));
    expect(deathSubsidy({ dateOfDeath: "2024-05-03", grade: 1, afterStabilisation: false }, income2023, tables)).toBe(yuan("1036420.00"));
    expect(ruleOf(() => deathSubsidy({ dateOfDeath: "2024-02-30", grade: null, afterStabilisation: false }, income2023, tables))).toBe("date.format");
  });
});

describe("dependants' pensions (供养亲属抚恤金): 40 % spouse, 30 % each other, +10 % orphan or lone elderly, at most own wage", () => {
  it("pays a spouse 40 % and a child 30 % of 6,000.00 uncapped (2,400.00 + 1,800.00)", () => {
    expect(dependantPensions(yuan("6000.00"), [{ relation: "SPOUSE", orphanOrLoneElderly: false }, { relation: "OTHER", orphanOrLoneElderly: false }], tables))
      .toEqual({ amountsFen: [yuan("2400.00"), yuan("1800.00")], capped: false });
  });

  it("adds 10 % for an orphan (40 %) and shares the cap in proportion: three orphans at 40 % of 6,000.00 get 2,000.00 each", () => {
    const orphan = { relation: "OTHER" as const, orphanOrLoneElderly: true };
    expect(dependantPensions(yuan("6000.00"), [orphan], tables).amountsFen).toEqual([yuan("2400.00")]);
    expect(dependantPensions(yuan("6000.00"), [orphan, orphan, orphan], tables)).toEqual({ amountsFen: [200_000, 200_000, 200_000], capped: true });
  });

  it("shares a cap of 100.01 yuan at 40:30:30:40 as 28.58 + 21.43 + 21.43 + 28.57: the odd fen to the earlier of the tied remainders, sum exact", () => {
    const got = dependantPensions(10_001, [
      { relation: "SPOUSE", orphanOrLoneElderly: false }, { relation: "OTHER", orphanOrLoneElderly: false },
      { relation: "OTHER", orphanOrLoneElderly: false }, { relation: "OTHER", orphanOrLoneElderly: true },
    ], tables);
    expect(got).toEqual({ amountsFen: [2858, 2143, 2143, 2857], capped: true });
  });

  it("refuses a second spouse", () => {
    const spouse = { relation: "SPOUSE" as const, orphanOrLoneElderly: false };
    expect(ruleOf(() => dependantPensions(600_000, [spouse, spouse], tables))).toBe("benefit.dependant-spouse-twice");
  });

  it("never pays together more than own wage, and pays each its uncapped amount when under it", () => {
    const dependant = fc.record({ relation: fc.constantFrom("SPOUSE" as const, "OTHER" as const), orphanOrLoneElderly: fc.boolean() });
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(dependant, { maxLength: 8 }), (wage, ds) => {
      const list = ds.filter((d, i) => d.relation !== "SPOUSE" || ds.findIndex((x) => x.relation === "SPOUSE") === i);
      const { amountsFen, capped } = dependantPensions(wage, list, tables);
      const sum = amountsFen.reduce((a, b) => a + b, 0);
      expect(sum).toBeLessThanOrEqual(wage);
      if (capped) expect(sum).toBe(wage);
      else expect(amountsFen).toEqual(list.map((d) => percentOf(wage, (d.relation === "SPOUSE" ? 40 : 30) + (d.orphanOrLoneElderly ? 10 : 0))));
      expect(amountsFen.every((a) => a >= 0)).toBe(true);
    }));
  });
});

describe("one-time medical subsidy (一次性工伤医疗补助金): the provincial table", () => {
  it("reads grades 5–10 from the table and refuses a grade it lacks or outside 5–10", () => {
    const table = { 5: yuan("60000.00"), 10: yuan("5000.00") };
    expect(medicalSubsidy(5, table)).toBe(yuan("60000.00"));
    expect(ruleOf(() => medicalSubsidy(7, table))).toBe("benefit.parameter-missing");
    expect(ruleOf(() => medicalSubsidy(4, table))).toBe("benefit.grade-range");
  });
});
