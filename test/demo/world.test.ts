import { DEFAULT_PARAMS, generateWorld, World, WorldContribution as ContributionRecord } from "../../demo/world";
import { checkArea, checkContribution, checkEmployer, checkEnrollment, checkPerson, checkRate } from "../../subgraphs/enrollment/import/records";
import { areaRecord, contributionRecord, employerRecord, enrollmentRecord, personRecord, rateRecord } from "../../subgraphs/enrollment/demo/records";
import { checkParts } from "../../subgraphs/enrollment/import/contribution-parts";
import { applyRate } from "../../subgraphs/common/money";
import type { RowError } from "../../subgraphs/common/import/importer";

/**
 * The demo world is drawn to the seed report's figures: these tests recompute them from the
 * records with the counting rule (a person counts once if they have a contribution row in the
 * year), and check that every record passes the importers' rules.
 */

const YEAR = DEFAULT_PARAMS.year;

interface Figures { workInjuryInsured: number; unemploymentInsured: number; workInjuryFen: number; unemploymentFen: number }

function figures(rows: ContributionRecord[], year: number): Figures {
  const wi = new Set<string>();
  const ue = new Set<string>();
  let workInjuryFen = 0;
  let unemploymentFen = 0;
  const prefix = `${year}-`;
  for (const r of rows) {
    if (!r.month.startsWith(prefix)) continue;
    if (r.insurance === "WORK_INJURY") {
      wi.add(r.idNumber);
      workInjuryFen += r.employerPart + r.employeePart;
    } else {
      ue.add(r.idNumber);
      unemploymentFen += r.employerPart + r.employeePart;
    }
  }
  return { workInjuryInsured: wi.size, unemploymentInsured: ue.size, workInjuryFen, unemploymentFen };
}

/** Counts, first and last records and a checksum over every row: equal summaries = same world. */
function summarize(world: World) {
  const rows = world.contributions();
  let checksum = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    checksum = (checksum * 31 + r.base + 7 * r.employerPart + 13 * r.employeePart + r.idNumber.charCodeAt(16) + r.month.charCodeAt(6)) % 1_000_000_007;
  }
  const ends = <T>(list: T[]) => [list.length, list[0], list[list.length - 1]];
  return {
    params: world.params,
    areas: ends(world.areas),
    employers: ends(world.employers),
    people: ends(world.people),
    enrollments: ends(world.enrollments),
    contributions: [...ends(rows), checksum],
    zombies: world.zombieCreditCodes,
  };
}

/** Every broken rule, with the record's index (the first few, enough to debug). */
function broken<R>(records: R[], check: (r: R) => RowError[], every = 1): { index: number; errors: RowError[] }[] {
  const out: { index: number; errors: RowError[] }[] = [];
  for (let i = 0; i < records.length && out.length < 5; i += every) {
    const errors = check(records[i]);
    if (errors.length) out.push({ index: i, errors });
  }
  return out;
}

describe.each([
  { scale: 1, every: 97 },
  { scale: 0.02, every: 1 },
])("demo world at scale $scale", ({ scale, every }) => {
  let world: World;
  let rows: ContributionRecord[];

  beforeAll(() => {
    world = generateWorld({ scale });
    rows = world.contributions();
  });
  afterAll(() => {
    // Two million rows: let them go before the next scale.
    rows = [];
    world = undefined as never;
  });

  it("is deterministic: the same seed gives the same world, another seed another", () => {
    const again = summarize(generateWorld({ scale }));
    expect(again).toEqual(summarize(world));
    const other = generateWorld({ scale: Math.min(scale, 0.02), seed: DEFAULT_PARAMS.seed + 1 });
    expect(other.people[0]).not.toEqual(generateWorld({ scale: Math.min(scale, 0.02) }).people[0]);
  });

  it("scales the parameters", () => {
    expect(world.params).toMatchObject({
      year: YEAR, countyCode: "430582", countyName: "邵东市", scale,
      employers: Math.max(5, Math.round(3000 * scale)),
      workInjuryInsured: Math.round(64_200 * scale),
      unemploymentInsured: Math.round(40_500 * scale),
      workInjuryContributionsFen: Math.round(2_401_000_000 * scale),
      unemploymentContributionsFen: Math.round(1_580_000_000 * scale),
    });
    expect(world.employers).toHaveLength(world.params.employers);
  });

  it("passes every importer rule, as enrollment's records", () => {
    expect(broken(world.areas.map(areaRecord), checkArea)).toEqual([]);
    expect(broken(world.rates.map(rateRecord), checkRate)).toEqual([]);
    expect(broken(world.employers.map(employerRecord), checkEmployer)).toEqual([]);
    expect(broken(world.people.map(personRecord), checkPerson)).toEqual([]);
    expect(broken(world.enrollments.map(enrollmentRecord), checkEnrollment)).toEqual([]);
    expect(broken(rows, (r) => checkContribution(contributionRecord(r)), every)).toEqual([]);
    // The writer's check of each part against the unemployment rate in force (employee 0.3 %).
    expect(broken(rows, (r) => checkParts(r, r.insurance === "UNEMPLOYMENT" ? 3000 : 0), every)).toEqual([]);
  });

  it("rounds each part on its own, as the contribution service does; calibration moves a part by 1 fen at most", () => {
    const off = { employerByOne: 0, employerMore: 0, employee: 0, rows: 0 };
    for (let i = 0; i < rows.length; i += every) {
      const r = rows[i];
      const employeePpm = r.insurance === "UNEMPLOYMENT" ? 3000 : 0;
      const employer = Math.abs(r.employerPart - applyRate(r.base, r.ratePpm - employeePpm));
      if (employer === 1) off.employerByOne++;
      if (employer > 1) off.employerMore++;
      if (r.employeePart !== applyRate(r.base, employeePpm)) off.employee++;
      off.rows++;
    }
    expect([off.employerMore, off.employee]).toEqual([0, 0]);
    // Most rows are exactly the rule's amount.
    expect(off.employerByOne / off.rows).toBeLessThan(0.2);
  });

  it("adds up to the seed's figures under the counting rule", () => {
    const p = world.params;
    expect(figures(rows, YEAR)).toEqual({
      workInjuryInsured: p.workInjuryInsured,
      unemploymentInsured: p.unemploymentInsured,
      workInjuryFen: p.workInjuryContributionsFen,
      unemploymentFen: p.unemploymentContributionsFen,
    });
    // Work-injury contributions are the employer's alone.
    expect(rows.every((r) => r.insurance === "UNEMPLOYMENT" || r.employeePart === 0)).toBe(true);
  });

  it("has a year of history of similar size before the report year", () => {
    const before = figures(rows, YEAR - 1);
    const year = figures(rows, YEAR);
    expect(before.workInjuryInsured).toBeGreaterThan(year.workInjuryInsured * 0.8);
    expect(before.workInjuryFen).toBeGreaterThan(year.workInjuryFen * 0.75);
    expect(before.workInjuryFen).toBeLessThan(year.workInjuryFen * 1.1);
    expect(rows.every((r) => r.month >= `${YEAR - 1}-01` && r.month <= `${YEAR}-12`)).toBe(true);
  });

  it("has unique natural keys and the rates of DESIGN §5", () => {
    expect(new Set(world.people.map((p) => p.idNumber)).size).toBe(world.people.length);
    expect(new Set(world.employers.map((e) => e.creditCode)).size).toBe(world.employers.length);
    expect(new Set(world.areas.map((a) => a.code)).size).toBe(world.areas.length);
    const wi = world.rates.filter((r) => r.insurance === "WORK_INJURY").map((r) => [r.riskClass, r.employerPpm, r.employeePpm, r.validFrom]);
    expect(wi).toEqual([2000, 4000, 7000, 9000, 11000, 13000, 16000, 19000].map((ppm, i) => [i + 1, ppm, 0, "2015-10-01"]));
    expect(world.rates.filter((r) => r.insurance === "UNEMPLOYMENT").map((r) => [r.riskClass, r.employerPpm, r.employeePpm, r.validFrom])).toEqual([[0, 7000, 3000, "2019-05-01"]]);
  });

  it("references only known areas, people and employers", () => {
    const areas = new Set(world.areas.map((a) => a.code));
    const people = new Set(world.people.map((p) => p.idNumber));
    const employers = new Map(world.employers.map((e) => [e.creditCode, e]));
    expect(world.employers.filter((e) => !areas.has(e.areaCode))).toEqual([]);
    expect(world.people.filter((p) => !areas.has(p.areaCode))).toEqual([]);
    expect(world.enrollments.filter((e) => !people.has(e.idNumber) || !employers.has(e.creditCode))).toEqual([]);
    const stray = [];
    for (let i = 0; i < rows.length; i += every) {
      const r = rows[i];
      if (!people.has(r.idNumber) || employers.get(r.creditCode)?.areaCode !== r.areaCode) stray.push(r);
    }
    expect(stray).toEqual([]);
  });

  it("keeps at most one active enrollment per person and insurance, none at cancelled employers", () => {
    const active = new Set<string>();
    const duplicates: string[] = [];
    const atCancelled: string[] = [];
    const cancelled = new Set(world.employers.filter((e) => e.status === "CANCELLED").map((e) => e.creditCode));
    expect(cancelled.size).toBeGreaterThan(0);
    for (const e of world.enrollments) {
      if (e.endDate !== null) continue;
      const key = `${e.idNumber}|${e.insurance}`;
      if (active.has(key)) duplicates.push(key);
      active.add(key);
      if (cancelled.has(e.creditCode)) atCancelled.push(key);
    }
    expect(duplicates).toEqual([]);
    expect(atCancelled).toEqual([]);
    // The importer's upsert key: a person has one enrollment per insurance and start date.
    expect(new Set(world.enrollments.map((e) => `${e.idNumber}|${e.insurance}|${e.startDate}`)).size).toBe(world.enrollments.length);
  });

  it("has life in it: stops, employer changes, people no longer insured, zombies", () => {
    const inYear = (d: string | null) => d !== null && d.startsWith(`${YEAR}-`);
    const wi = world.enrollments.filter((e) => e.insurance === "WORK_INJURY");
    const stopped = new Set(wi.filter((e) => inYear(e.endDate)).map((e) => e.idNumber));
    const joined = new Set(wi.filter((e) => inYear(e.startDate)).map((e) => e.idNumber));
    const changed = [...stopped].filter((id) => joined.has(id));
    const insured = world.params.workInjuryInsured;
    expect(stopped.size - changed.length).toBeGreaterThan(insured * 0.06);
    expect(stopped.size - changed.length).toBeLessThan(insured * 0.1);
    expect(changed.length).toBeGreaterThan(insured * 0.01);
    expect(wi.filter((e) => e.endDate !== null && e.stopReason === null)).toEqual([]);
    const starts = new Set(wi.map((e) => e.startDate.slice(0, 4)));
    for (let y = YEAR - 14; y <= YEAR; y++) expect(starts.has(String(y))).toBe(true);

    // Formerly insured: enrollments, but no row in the year, so they do not count.
    const paying = new Set(rows.filter((r) => r.month.startsWith(`${YEAR}-`)).map((r) => r.idNumber));
    const enrolled = new Set(world.enrollments.map((e) => e.idNumber));
    expect(enrolled.size - paying.size).toBeGreaterThan(insured * 0.03);

    // Zombies: active enrollments, no row in the last six months of the year.
    expect(world.zombieCreditCodes.length).toBeGreaterThan(0);
    const activeAt = new Set(wi.filter((e) => e.endDate === null).map((e) => e.creditCode));
    const lateRows = new Set(rows.filter((r) => r.month >= `${YEAR}-07`).map((r) => r.creditCode));
    for (const code of world.zombieCreditCodes) {
      expect(activeAt.has(code)).toBe(true);
      expect(lateRows.has(code)).toBe(false);
    }
  });

  it("has valid identities: Shaodong-born mostly, working age, gender from the sequence", () => {
    const local = world.people.filter((p) => p.idNumber.startsWith("430582")).length;
    expect(local / world.people.length).toBeGreaterThan(0.75);
    const years = world.people.map((p) => Number(p.idNumber.slice(6, 10)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1962);
    expect(Math.max(...years)).toBeLessThanOrEqual(2006);
    const males = world.people.filter((p) => Number(p.idNumber[16]) % 2 === 1).length / world.people.length;
    expect(males).toBeGreaterThan(0.4);
    expect(males).toBeLessThan(0.8);
    expect(world.people.some((p) => p.phone === null)).toBe(true);
    expect(world.people.filter((p) => p.phone !== null && !/^1[3-9]\d{9}$/.test(p.phone))).toEqual([]);
  });
});

describe("demo world rows at small scale, all of them", () => {
  let world: World;
  let rows: ContributionRecord[];
  beforeAll(() => {
    world = generateWorld({ scale: 0.02 });
    rows = world.contributions();
  });

  it("pays once per person, insurance and month, only within an enrollment with that employer", () => {
    const keys = new Set(rows.map((r) => `${r.idNumber}|${r.insurance}|${r.month}`));
    expect(keys.size).toBe(rows.length);
    const spells = new Map<string, { from: string; to: string }[]>();
    for (const e of world.enrollments) {
      const key = `${e.idNumber}|${e.insurance}|${e.creditCode}`;
      const list = spells.get(key) ?? [];
      list.push({ from: e.startDate.slice(0, 7), to: (e.endDate ?? "9999-12").slice(0, 7) });
      spells.set(key, list);
    }
    const outside = rows.filter((r) => !(spells.get(`${r.idNumber}|${r.insurance}|${r.creditCode}`) ?? []).some((s) => s.from <= r.month && r.month <= s.to));
    expect(outside).toEqual([]);
  });

  it("is paid in the following month", () => {
    const next = (month: string) => {
      const [y, m] = month.split("-").map(Number);
      return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
    };
    expect(rows.filter((r) => r.paidOn.slice(0, 7) !== next(r.month))).toEqual([]);
  });

  it("charges the employer's risk-class rate for work injury and 1 % for unemployment", () => {
    const rateOf = new Map(world.rates.filter((r) => r.insurance === "WORK_INJURY").map((r) => [r.riskClass, r.employerPpm + r.employeePpm]));
    const classOf = new Map(world.employers.map((e) => [e.creditCode, e.riskClass]));
    expect(rows.filter((r) => r.ratePpm !== (r.insurance === "WORK_INJURY" ? rateOf.get(classOf.get(r.creditCode)!) : 10_000))).toEqual([]);
  });
});

describe("the world's forks and ids", () => {
  it("gives each subgraph a random stream of its own, the same on every run, whatever is drawn first", () => {
    const a = generateWorld({ scale: 0.01 });
    const b = generateWorld({ scale: 0.01 });
    const draws = (w: World, name: string) => Array.from({ length: 5 }, () => w.fork(name).next());
    b.fork("unemployment").next();
    const workInjury = a.fork("work-injury");
    const again = b.fork("work-injury");
    expect([workInjury.next(), workInjury.next()]).toEqual([again.next(), again.next()]);
    expect(a.fork("medical").next()).not.toEqual(a.fork("finance").next());
    expect(new Set(draws(a, "x")).size).toBe(1);
  });

  it("starts with no hub ids: the owning subgraph's demo shares them when it loads", () => {
    const w = generateWorld({ scale: 0.01 });
    expect(w.ids.person.size + w.ids.employer.size).toBe(0);
    expect(w.calendar).toEqual({ year: 2024, firstMonth: "2023-01", lastMonth: "2024-12", historyFrom: "2010-01-01" });
  });
});
