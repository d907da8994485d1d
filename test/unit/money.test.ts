import fc from "fast-check";
import { applyRate, clamp, formatYuan, parseYuan, percentOf, split } from "../../subgraphs/common/money";
import { checkParts } from "../../subgraphs/enrollment/import/contribution-parts";

const fen = fc.integer({ min: 0, max: 1_000_000_000_000 });
const ppm = fc.integer({ min: 0, max: 200_000 });

describe("applyRate: the one rounding rule, half-up to the fen on each part", () => {
  it("rounds a 1,235.00 yuan unemployment base to 8.65 + 3.71 = 12.36 (the old demo gave 8.64 + 3.71 = 12.35)", () => {
    expect(applyRate(123_500, 7000)).toBe(865); // 8.645 → 8.65
    expect(applyRate(123_500, 3000)).toBe(371); // 3.705 → 3.71
    // The demo world used to take the employer part as total minus employee part: 1235 (12.35) − 371.
    expect(applyRate(123_500, 10_000) - applyRate(123_500, 3000)).toBe(864);
    expect(applyRate(450_000, 4000)).toBe(1800);
    expect(applyRate(100, 5000)).toBe(1); // 0.5 fen → 1
    expect(applyRate(99, 5000)).toBe(0); // 0.495 fen → 0
  });

  it("mirrors negative amounts and stays exact beyond 2^53", () => {
    expect(applyRate(-123_500, 7000)).toBe(-865);
    expect(Object.is(applyRate(-1, 1), 0)).toBe(true);
    expect(applyRate(9_007_199_254_740_991, 500_000)).toBe(4_503_599_627_370_496);
    expect(() => applyRate(1.5, 10)).toThrow(RangeError);
    expect(() => applyRate(100, -1)).toThrow(RangeError);
  });

  it("is within half a fen of the exact amount", () => {
    fc.assert(fc.property(fen, ppm, (b, r) => {
      const exact = (BigInt(b) * BigInt(r) * 2n); // twice the amount in millionths of a fen
      const got = BigInt(applyRate(b, r)) * 2_000_000n;
      return got - exact <= 1_000_000n && exact - got < 1_000_000n;
    }));
  });

  it("is monotone in the base and in the rate", () => {
    fc.assert(fc.property(fen, fen, ppm, (a, b, r) => (a <= b ? applyRate(a, r) <= applyRate(b, r) : applyRate(a, r) >= applyRate(b, r))));
    fc.assert(fc.property(fen, ppm, ppm, (b, r, s) => (r <= s ? applyRate(b, r) <= applyRate(b, s) : applyRate(b, r) >= applyRate(b, s))));
  });

  it("gives parts that sum within 1 fen of the total rate applied once", () => {
    fc.assert(fc.property(fen, ppm, ppm, (b, e, p) => Math.abs(applyRate(b, e) + applyRate(b, p) - applyRate(b, e + p)) <= 1));
  });

  it("is what the import check accepts, and it refuses a part 2 fen off", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (base, e, p) =>
      checkParts({ base, ratePpm: e + p, employerPart: applyRate(base, e), employeePart: applyRate(base, p) }, p).length === 0));
    expect(checkParts({ base: 123_500, ratePpm: 10_000, employerPart: 864, employeePart: 371 }, 3000)).toEqual([]);
    expect(checkParts({ base: 123_500, ratePpm: 10_000, employerPart: 863, employeePart: 371 }, 3000).map((e) => e.field)).toEqual(["employerPart"]);
    expect(checkParts({ base: 123_500, ratePpm: 10_000, employerPart: 865, employeePart: 373 }, 3000).map((e) => e.field)).toEqual(["employeePart"]);
  });
});

describe("percentOf, split, clamp", () => {
  it("takes a percentage by the same rule", () => {
    expect(percentOf(123_500, 0.7)).toBe(865);
    expect(percentOf(500_001, 90)).toBe(450_001); // 4500.009 → 4500.01
    expect(() => percentOf(100, 0.00001)).toThrow(RangeError);
    fc.assert(fc.property(fen, fc.integer({ min: 0, max: 2_000_000 }), (b, basisPoints) => percentOf(b, basisPoints / 10_000) === applyRate(b, basisPoints)));
  });

  it("splits an amount into parts that add up to it exactly, each within 1 fen of its share", () => {
    expect(split(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(split(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(split(1000, [7, 3])).toEqual([700, 300]);
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)), (total, weights) => {
      const parts = split(total, weights);
      const sum = weights.reduce((a, b) => a + b, 0);
      return parts.reduce((a, b) => a + b, 0) === total && parts.every((p, i) => Math.abs(p - (total * weights[i]) / sum) < 1 + 1e-6);
    }));
    expect(() => split(100, [0, 0])).toThrow(RangeError);
  });

  it("holds an amount within bounds", () => {
    expect(clamp(150_000, 180_000, 900_000)).toBe(180_000);
    expect(clamp(1_000_000, 180_000, 900_000)).toBe(900_000);
    expect(clamp(500_000, 180_000, 900_000)).toBe(500_000);
    expect(() => clamp(1, 10, 5)).toThrow(RangeError);
  });
});

describe("formatYuan and parseYuan", () => {
  it("round-trip every amount", () => {
    fc.assert(fc.property(fc.integer({ min: -9_999_999_999_999_99, max: 9_999_999_999_999_99 }), (f) => parseYuan(formatYuan(f)) === f));
  });

  it("parse what they format and nothing with three decimals", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 999 }), (y, d) => parseYuan(`${y}.${String(d).padStart(3, "0")}`) === null));
  });
});
