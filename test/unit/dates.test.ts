import fc from "fast-check";
import {
  addDays, addMonths, addYears, chinaDayStart, daysBetween, daysInMonth, daysLeft, dueAfterDays, firstDayOfMonth, isIsoDate,
  lastDayOfMonth, monthFromIndex, monthIndex, monthsBefore, todayInChina,
} from "../../subgraphs/common/dates";

/** A real date between 1900 and 2199, from a day offset (so every one is valid). */
const date = fc.integer({ min: 0, max: 109_572 }).map((n) => addDays("1900-01-01", n));
const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));

describe("days", () => {
  it("agree with the UTC calendar, so no +08:00 offset can shift them", () => {
    fc.assert(fc.property(date, fc.integer({ min: -40_000, max: 40_000 }), (d, n) => {
      const expected = new Date(utc(d) + n * 86_400_000).toISOString().slice(0, 10);
      return addDays(d, n) === expected;
    }));
  });

  it("addDays and daysBetween are inverse", () => {
    fc.assert(fc.property(date, fc.integer({ min: -50_000, max: 50_000 }), (d, n) => daysBetween(d, addDays(d, n)) === n));
    fc.assert(fc.property(date, date, (a, b) => addDays(a, daysBetween(a, b)) === b));
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2023-02-28", "2023-03-01")).toBe(1);
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(() => addDays("2024-02-30", 1)).toThrow(RangeError);
  });

  it("know leap years and real dates", () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 4)]).toEqual([29, 28, 28, 29, 30]);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-1-05")).toBe(false);
  });
});

describe("months and years", () => {
  it("add months keeping the day, clamped to the end of a shorter month", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2024-08-31", 1)).toBe("2024-09-30");
    expect(addMonths("2024-11-15", 3)).toBe("2025-02-15");
    fc.assert(fc.property(date, fc.integer({ min: -600, max: 600 }), (d, n) => {
      const r = addMonths(d, n);
      const day = Number(d.slice(8));
      const target = Number(r.slice(0, 4)) * 12 + Number(r.slice(5, 7)) - 1;
      return target === monthIndex(d) + n && Number(r.slice(8)) === Math.min(day, daysInMonth(Number(r.slice(0, 4)), Number(r.slice(5, 7))));
    }));
  });

  it("take 1 year as the same date a year later, 29 Feb → 28 Feb", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2023-07-15", 1)).toBe("2024-07-15");
    fc.assert(fc.property(date, (d) => d.endsWith("-02-29") || addYears(d, 1) === `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`));
  });

  it("count and name months by index", () => {
    expect(monthIndex("2024-01")).toBe(2024 * 12);
    expect(monthIndex("2024-12-31")).toBe(2024 * 12 + 11);
    expect(monthFromIndex(2024 * 12 + 11)).toBe("2024-12");
    expect(monthsBefore("2024-12", 5)).toBe("2024-07");
    expect(monthsBefore("2024-03", 5)).toBe("2023-10");
    expect(monthsBefore("2024-01", 12)).toBe("2023-01");
    expect(lastDayOfMonth("2024-02")).toBe("2024-02-29");
    expect(lastDayOfMonth("2100-02")).toBe("2100-02-28");
    expect(firstDayOfMonth("2024-02")).toBe("2024-02-01");
    fc.assert(fc.property(fc.integer({ min: 1900 * 12, max: 2200 * 12 }), (i) => monthIndex(monthFromIndex(i)) === i));
    fc.assert(fc.property(date, (d) => addDays(lastDayOfMonth(d.slice(0, 7)), 1).endsWith("-01")));
  });
});

describe("statutory deadlines (民法典 Art 201: the start day is not counted)", () => {
  it("end a period of n days n days after its start", () => {
    expect(dueAfterDays("2024-03-01", 30)).toBe("2024-03-31"); // employer's application: 30 days of the accident
    expect(dueAfterDays("2024-12-20", 15)).toBe("2025-01-04"); // over New Year, holidays not skipped
    expect(dueAfterDays("2024-02-01", 60)).toBe("2024-04-01");
    expect(dueAfterDays("2024-05-10", 0)).toBe("2024-05-10");
    expect(() => dueAfterDays("2024-05-10", -1)).toThrow(RangeError);
    fc.assert(fc.property(date, fc.integer({ min: 0, max: 3650 }), (d, n) => daysBetween(d, dueAfterDays(d, n)) === n));
  });

  it("count the days left, 0 on the due day, negative once overdue", () => {
    expect(daysLeft("2024-03-31", "2024-03-29")).toBe(2);
    expect(daysLeft("2024-03-31", "2024-03-31")).toBe(0);
    expect(daysLeft("2024-03-31", "2024-04-02")).toBe(-2);
  });
});

describe("China time (UTC+8)", () => {
  it("changes the day at 16:00Z, not at midnight UTC", () => {
    expect(todayInChina(Date.parse("2024-02-29T15:59:59.999Z"))).toBe("2024-02-29");
    expect(todayInChina(Date.parse("2024-02-29T16:00:00.000Z"))).toBe("2024-03-01");
    expect(todayInChina(Date.parse("2024-12-31T16:00:00.000Z"))).toBe("2025-01-01");
    fc.assert(fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
      const day = todayInChina(ms);
      return Date.parse(chinaDayStart(day)) <= ms && ms < Date.parse(chinaDayStart(addDays(day, 1)));
    }));
  });

  it("takes the clock when none is given", () => {
    expect(todayInChina()).toBe(todayInChina(Date.now()));
  });

  it("starts a China day at 16:00Z the day before", () => {
    expect(chinaDayStart("2024-03-01")).toBe("2024-02-29T16:00:00.000Z");
    expect(chinaDayStart("2025-01-01")).toBe("2024-12-31T16:00:00.000Z");
  });
});
