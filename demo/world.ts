import { daysInMonth } from "../subgraphs/common/dates";
import { applyRate } from "../subgraphs/common/money";
import { creditCodeCheckChar } from "../subgraphs/common/validators/credit-code";
import { residentIdCheckChar } from "../subgraphs/common/validators/resident-id";
import * as names from "./names";
import { Random } from "./random";
import type { World, WorldArea, WorldContribution, WorldEmployer, WorldEnrollment, WorldParams, WorldPerson, WorldRate } from "./world.types";

export type * from "./world.types";

const Insurance = { WORK_INJURY: "WORK_INJURY", UNEMPLOYMENT: "UNEMPLOYMENT" } as const;

/**
 * The deterministic demo world (DESIGN §5). The seed report's 2024 figures are parameters; the
 * generator draws people, employers, enrollments and contribution rows whose aggregates (under the
 * counting rule: a person counts once if they have a contribution row in the year) are exactly
 * those figures. No total is stored anywhere.
 */
export const DEFAULT_PARAMS: WorldParams = {
  seed: 20_240_582,
  year: 2024,
  countyCode: "430582",
  countyName: "邵东市",
  scale: 1,
  employers: 3000,
  workInjuryInsured: 64_200,
  unemploymentInsured: 40_500,
  workInjuryContributionsFen: 2_401_000_000,
  unemploymentContributionsFen: 1_580_000_000,
  workInjuryFundExpenditureFen: 3_920_000_000,
  // illustrative (the seed gives no split): 1372万 settled with the hospitals, 2548万 of benefits
  medicalSettlementsFen: 1_372_000_000,
};

// ---------------------------------------------------------------------------------------------
// Dates as integers: a month index (year × 12 + month − 1) and a day ordinal (month index × 31 +
// day − 1) that sorts like the date. Days are drawn 1–28 so every ordinal is a real date.

const monthIndex = (year: number, month: number): number => year * 12 + month - 1;
const dayOrd = (mi: number, day: number): number => mi * 31 + day - 1;
const monthOf = (ord: number): number => Math.floor(ord / 31);
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const monthText = (mi: number): string => `${Math.floor(mi / 12)}-${pad2((mi % 12) + 1)}`;
const dateText = (ord: number): string => `${monthText(monthOf(ord))}-${pad2((ord % 31) + 1)}`;

/** A day between two ordinals (inclusive), uniform over months then days. */
function dayBetween(rng: Random, from: number, to: number): number {
  const lo = monthOf(from);
  const hi = monthOf(to);
  const mi = rng.int(lo, hi);
  const dMin = mi === lo ? (from % 31) + 1 : 1;
  const dMax = mi === hi ? (to % 31) + 1 : 28;
  return dayOrd(mi, rng.int(dMin, Math.max(dMin, dMax)));
}

// ---------------------------------------------------------------------------------------------
// Rates and industries (illustrative parameters).

/** Work-injury base rates per risk class 1–8 (人社部发〔2015〕71号: 0.2 % … 1.9 %), in ppm. */
const WORK_INJURY_PPM = [0, 2000, 4000, 7000, 9000, 11000, 13000, 16000, 19000];
/** Unemployment: 1 % of the base, 0.7 % employer and 0.3 % employee (湖南 since 2019-05, illustrative). */
const UE_EMPLOYER_PPM = 7000;
const UE_EMPLOYEE_PPM = 3000;
const UE_RATE_PPM = UE_EMPLOYER_PPM + UE_EMPLOYEE_PPM;

interface IndustryProfile {
  /** Share of employers. */
  share: number;
  /** [risk class, weight]: the class follows the industry (mining and building high, services low). */
  classes: ReadonlyArray<readonly [number, number]>;
  /** Multiplier on firm size: building sites and factories employ more people. */
  size: number;
  /** How likely the firm's workers also have unemployment insurance (building sites often insure work injury only, per project). */
  unemployment: number;
  /** Median monthly wage base in yuan before calibration. */
  wage: number;
  /** Share of men among the workers. */
  male: number;
}

const INDUSTRY: Readonly<Record<string, IndustryProfile>> = {
  A: { share: 3, classes: [[3, 1], [4, 1]], size: 0.6, unemployment: 0.4, wage: 3000, male: 0.6 },
  B: { share: 1.2, classes: [[7, 1], [8, 2]], size: 2.5, unemployment: 0.6, wage: 5000, male: 0.92 },
  C: { share: 38, classes: [[3, 2], [4, 4], [5, 3], [6, 1]], size: 1.5, unemployment: 0.75, wage: 3800, male: 0.58 },
  D: { share: 0.7, classes: [[3, 1], [4, 1]], size: 2, unemployment: 0.95, wage: 5500, male: 0.8 },
  E: { share: 12, classes: [[5, 1], [6, 3], [7, 1]], size: 2, unemployment: 0.2, wage: 4200, male: 0.92 },
  F: { share: 14, classes: [[2, 3], [3, 1]], size: 0.6, unemployment: 0.6, wage: 3400, male: 0.45 },
  G: { share: 7, classes: [[4, 1], [5, 2]], size: 1.1, unemployment: 0.6, wage: 4000, male: 0.85 },
  H: { share: 7, classes: [[2, 1]], size: 0.8, unemployment: 0.45, wage: 3000, male: 0.4 },
  I: { share: 2, classes: [[1, 1]], size: 0.6, unemployment: 0.9, wage: 5500, male: 0.6 },
  J: { share: 0.8, classes: [[1, 1]], size: 1, unemployment: 0.98, wage: 6000, male: 0.45 },
  K: { share: 3, classes: [[2, 1]], size: 0.8, unemployment: 0.7, wage: 4200, male: 0.55 },
  L: { share: 3, classes: [[1, 1], [2, 1]], size: 0.9, unemployment: 0.6, wage: 3600, male: 0.55 },
  M: { share: 1.5, classes: [[1, 1], [2, 1]], size: 0.7, unemployment: 0.85, wage: 4800, male: 0.6 },
  N: { share: 1.5, classes: [[3, 1], [4, 1]], size: 1, unemployment: 0.6, wage: 3200, male: 0.6 },
  O: { share: 2.5, classes: [[2, 1], [3, 1]], size: 0.5, unemployment: 0.5, wage: 3000, male: 0.5 },
  P: { share: 1.5, classes: [[1, 1]], size: 1.5, unemployment: 0.95, wage: 4000, male: 0.35 },
  Q: { share: 1.5, classes: [[2, 1]], size: 1.5, unemployment: 0.95, wage: 4200, male: 0.3 },
  R: { share: 0.7, classes: [[2, 1], [3, 1]], size: 0.6, unemployment: 0.7, wage: 3400, male: 0.55 },
  S: { share: 0.5, classes: [[1, 1]], size: 0.8, unemployment: 0.98, wage: 4500, male: 0.5 },
};
const INDUSTRY_LETTERS = Object.keys(INDUSTRY);

/** Urban sub-districts and the hardware, herb-market and coal towns hold more firms. */
const TOWNSHIP_WEIGHT: Readonly<Record<string, number>> = { 两市塘街道: 5, 大禾塘街道: 5, 宋家塘街道: 4, 仙槎桥镇: 2.5, 廉桥镇: 2.5, 火厂坪镇: 2, 牛马司镇: 2, 灵官殿镇: 1.5 };

// ---------------------------------------------------------------------------------------------
// Internal model.

interface Firm {
  creditCode: string;
  name: string;
  industry: string;
  profile: IndustryProfile;
  riskClass: number;
  areaCode: string;
  township: number;
  status: "ACTIVE" | "CANCELLED";
  registered: number;
  /** Relative number of workers, drawn log-normal (most firms small, a few with hundreds). */
  weight: number;
  /** Last month (index) a zombie paid; null for every other firm. */
  zombieLast: number | null;
  /** Staff count, set once the workers are placed. */
  staff: number;
}

/** One employment spell, written as a WORK_INJURY enrollment and, if `unemployment`, its UNEMPLOYMENT twin. */
interface Stint {
  firm: number;
  start: number;
  end: number | null;
  reason: string | null;
  unemployment: boolean;
  /** Wage before calibration, yuan. */
  raw: number;
  /** Calibrated wage base (fen, whole yuan) of the report year, and of the year before. */
  base: number;
  previousBase: number;
  /** ±1 fen on this many of the report year's first rows, to hit the totals exactly. */
  adjustWorkInjury: number;
  adjustUnemployment: number;
}

enum Group { Unemployment, WorkInjuryOnly, NotInsured }

interface Human {
  group: Group;
  stints: Stint[];
  male: boolean;
  idNumber: string;
  name: string;
  areaCode: string;
  phone: string | null;
}

interface Areas {
  records: WorldArea[];
  /** Per township: its code and its villages' codes. */
  townships: { code: string; villages: string[] }[];
  pickTownship: () => number;
}

// ---------------------------------------------------------------------------------------------

export function generateWorld(options: { scale?: number; seed?: number; year?: number } = {}): World {
  const scale = options.scale ?? 1;
  const base = DEFAULT_PARAMS;
  const params: WorldParams = {
    ...base,
    seed: options.seed ?? base.seed,
    year: options.year ?? base.year,
    scale,
    employers: Math.max(5, Math.round(base.employers * scale)),
    workInjuryInsured: Math.round(base.workInjuryInsured * scale),
    unemploymentInsured: Math.round(base.unemploymentInsured * scale),
    workInjuryContributionsFen: Math.round(base.workInjuryContributionsFen * scale),
    unemploymentContributionsFen: Math.round(base.unemploymentContributionsFen * scale),
    workInjuryFundExpenditureFen: Math.round(base.workInjuryFundExpenditureFen * scale),
    medicalSettlementsFen: Math.round(base.medicalSettlementsFen * scale),
  };
  const root = new Random(params.seed);
  // One stream per part, so that changing one part does not reshuffle the others.
  const rng = { areas: root.fork(1), firms: root.fork(2), spells: root.fork(3), people: root.fork(4), wages: root.fork(5) };

  const areas = makeAreas(params, rng.areas);
  const rates = makeRates(params);
  const firms = makeFirms(params, areas, rng.firms);
  const humans = makeSpells(params, firms, rng.spells);
  describePeople(params, humans, firms, areas, rng.people);
  calibrate(params, humans, firms, rng.wages);
  const zombieCreditCodes = settleFirms(humans, firms, rng.firms);

  const employers: WorldEmployer[] = firms.map((f) => ({
    creditCode: f.creditCode, name: f.name, industry: f.industry, riskClass: f.riskClass, areaCode: f.areaCode,
    staffCount: f.staff, status: f.status, registeredOn: dateText(f.registered),
  }));
  const people: WorldPerson[] = humans.map((h) => ({ idNumber: h.idNumber, name: h.name, areaCode: h.areaCode, phone: h.phone }));
  const enrollments: WorldEnrollment[] = [];
  for (const h of humans) {
    for (const insurance of [Insurance.WORK_INJURY, Insurance.UNEMPLOYMENT]) {
      for (const s of h.stints) {
        if (insurance === Insurance.UNEMPLOYMENT && !s.unemployment) continue;
        enrollments.push({
          idNumber: h.idNumber, creditCode: firms[s.firm].creditCode, insurance, startDate: dateText(s.start),
          endDate: s.end === null ? null : dateText(s.end), stopReason: s.reason, wageBase: s.base,
        });
      }
    }
  }

  const Y = params.year;
  return {
    params, areas: areas.records, rates, employers, people, enrollments, zombieCreditCodes,
    calendar: { year: Y, firstMonth: `${Y - 1}-01`, lastMonth: `${Y}-12`, historyFrom: `${Y - 14}-01-01` },
    contributions: () => contributionRows(params.year, humans, firms),
    ids: { person: new Map(), employer: new Map() },
    fork: (name) => new Random(params.seed ^ labelHash(name)),
  };
}

/** FNV-1a of a subgraph's name: its fork depends on the name alone, not on the order of the forks. */
function labelHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------

function makeAreas(params: WorldParams, rng: Random): Areas {
  const records: WorldArea[] = [{ code: params.countyCode, name: params.countyName }];
  const townships = names.TOWNSHIPS.map((t, i) => {
    // Codes are illustrative: townships numbered in order; communities 001…, villages 201… (the statistical convention).
    const code = `${params.countyCode}${String(i + 1).padStart(3, "0")}`;
    records.push({ code, name: t.name });
    let community = 0;
    let village = 200;
    const villages = t.villages.map((v) => {
      const c = `${code}${String(v.endsWith("社区") ? ++community : ++village).padStart(3, "0")}`;
      records.push({ code: c, name: v });
      return c;
    });
    return { code, villages };
  });
  const pickTownship = rng.weighted(townships.map((_, i) => i), names.TOWNSHIPS.map((t) => TOWNSHIP_WEIGHT[t.name] ?? 1));
  return { records, townships, pickTownship };
}

function makeRates(params: WorldParams): WorldRate[] {
  const rates: WorldRate[] = [];
  for (let c = 1; c <= 8; c++) {
    rates.push({
      insurance: Insurance.WORK_INJURY, areaCode: params.countyCode, riskClass: c, validFrom: "2015-10-01",
      employerPpm: WORK_INJURY_PPM[c], employeePpm: 0, note: `illustrative: industry risk class ${c} base rate (人社部发〔2015〕71号)`,
    });
  }
  rates.push({
    insurance: Insurance.UNEMPLOYMENT, areaCode: params.countyCode, riskClass: 0, validFrom: "2019-05-01",
    employerPpm: UE_EMPLOYER_PPM, employeePpm: UE_EMPLOYEE_PPM, note: "illustrative: unemployment 1 % (employer 0.7 %, employee 0.3 %)",
  });
  return rates;
}

// ---------------------------------------------------------------------------------------------
// Employers.

const CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** GB 11714 organization code: 8 characters and a check character (the 9 middle characters of a credit code). */
function organizationCode(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * weights[i];
  }
  const check = 11 - (sum % 11);
  return body + (check === 10 ? "X" : check === 11 ? "0" : String(check));
}

function makeFirms(params: WorldParams, areas: Areas, rng: Random): Firm[] {
  const Y = params.year;
  const pickIndustry = rng.weighted(INDUSTRY_LETTERS, INDUSTRY_LETTERS.map((l) => INDUSTRY[l].share));
  // Somewhat more registrations in later years (and fewer survivors of early ones).
  const regYears = Array.from({ length: 20 }, (_, i) => Y - 19 + i);
  const pickRegYear = rng.weighted(regYears, regYears.map((_, i) => 6 + i / 2));
  const codes = new Set<string>();
  const firmNames = new Set<string>();
  const firms: Firm[] = [];
  const miningTown = names.TOWNSHIPS.findIndex((t) => t.name === "牛马司镇");

  for (let i = 0; i < params.employers; i++) {
    const industry = pickIndustry();
    const profile = INDUSTRY[industry];
    const registered = dayOrd(monthIndex(pickRegYear(), rng.int(1, 12)), rng.int(1, 28));
    const township = industry === "B" && rng.chance(0.7) ? miningTown : areas.pickTownship();
    const t = areas.townships[township];
    const areaCode = rng.chance(0.7) ? rng.pick(t.villages) : t.code;

    // Credit code: registration-authority type (91 enterprise, 12 public institution), the county,
    // the organization code (MA… for firms registered since the 2015 reform), a GB 32100 check character.
    const publicBody = industry === "P" || industry === "S";
    let creditCode: string;
    do {
      const modern = Math.floor(registered / 31 / 12) >= 2016;
      let body = modern ? "MA4" : String(rng.int(3, 7));
      while (body.length < 8) body += modern ? rng.pick([...CODE_ALPHABET]) : String(rng.int(0, 9));
      const first17 = `${publicBody ? "12" : "91"}${params.countyCode}${organizationCode(body)}`;
      creditCode = first17 + creditCodeCheckChar(first17);
    } while (codes.has(creditCode));
    codes.add(creditCode);

    let name: string;
    do name = firmName(rng, industry, names.TOWNSHIPS[township].name);
    while (firmNames.has(name));
    firmNames.add(name);

    const [classes, classWeights] = [profile.classes.map((c) => c[0]), profile.classes.map((c) => c[1])];
    firms.push({
      creditCode, name, industry, profile, riskClass: rng.pickWeighted(classes, classWeights), areaCode, township,
      status: "ACTIVE", registered, zombieLast: null, staff: 0,
      // Young firms are still small.
      weight: Math.min(400, rng.logNormal(7, 1.2)) * profile.size * (registered >= dayOrd(monthIndex(Y - 1, 1), 1) ? 0.4 : 1),
    });
  }

  // Some firms were deregistered (注销): they keep their history, never an active enrollment.
  const established = firms.filter((f) => f.registered < dayOrd(monthIndex(Y - 1, 1), 1));
  rng.shuffle(established);
  const cancelled = Math.max(1, Math.round(firms.length * 0.05));
  established.slice(0, cancelled).forEach((f) => (f.status = "CANCELLED"));
  // Zombies (僵尸企业): small and medium active firms that stopped paying in the first half of the year.
  const candidates = established.slice(cancelled).filter((f) => f.weight < 60);
  const zombies = Math.max(1, Math.round((firms.length - cancelled) * 0.03));
  candidates.slice(0, zombies).forEach((f) => (f.zombieLast = monthIndex(Y, rng.int(1, 6))));
  return firms;
}

function firmName(rng: Random, industry: string, township: string): string {
  const a = rng.pick(names.BRAND_CHARS);
  let b = rng.pick(names.BRAND_CHARS);
  while (b === a) b = rng.pick(names.BRAND_CHARS);
  const business = rng.pick(names.BUSINESS_BY_INDUSTRY[industry]);
  if (industry === "P" || industry === "S" || (industry === "Q" && rng.chance(0.3))) {
    // Public institutions are named after their place, e.g. 邵东市仙槎桥镇职业培训学校 (the brand disambiguates).
    return rng.chance(0.5) ? `邵东市${township}${business}` : `邵东市${a}${b}${business}`;
  }
  const form = rng.pickWeighted(names.LEGAL_FORMS.map((f) => f[0]), names.LEGAL_FORMS.map((f) => f[1]));
  const region = rng.chance(0.88) ? "邵东市" : rng.chance(0.6) ? "湖南" : "邵阳市";
  return `${region}${a}${b}${business}${form}`;
}

// ---------------------------------------------------------------------------------------------
// Employment spells: who worked where, when. The counting rule decides the groups: the insured of
// the year have a spell with contribution months in it; the others' spells all ended before it.

function makeSpells(params: WorldParams, firms: Firm[], rng: Random): Human[] {
  const Y = params.year;
  const firstDay = dayOrd(monthIndex(Y - 14, 1), 1);
  const yearEnd = dayOrd(monthIndex(Y, 12), 28);
  const idx = firms.map((_, i) => i);
  const live = (f: Firm) => f.status === "ACTIVE";
  const picker = (ok: (f: Firm) => boolean, boost = 1) => rng.weighted(idx, firms.map((f) => (ok(f) ? f.weight * (f.status === "CANCELLED" ? boost : 1) : 0)));
  const pickActive = picker(live);
  const pickPaying = picker((f) => live(f) && f.zombieLast === null);
  const pickLeaving = picker((f) => f.zombieLast === null, 2);
  const pickAny = picker(() => true);
  /** Draws until the firm existed on `day` (and is not `not`); null if none is found quickly. */
  const existing = (pick: () => number, day: number, not = -1): number | null => {
    for (let i = 0; i < 40; i++) {
      const f = pick();
      if (firms[f].registered <= day && f !== not) return f;
    }
    return null;
  };
  // Fallback when draws keep hitting firms too young: the oldest paying firm (always existed).
  const oldestPaying = idx.filter((i) => live(firms[i]) && firms[i].zombieLast === null).reduce((a, b) => (firms[b].registered < firms[a].registered ? b : a));
  // Start years of current spells: spread over 15 years, more of them recent (turnover).
  const startYears = Array.from({ length: 15 }, (_, i) => Y - 14 + i);
  const pickStartYear = rng.weighted(startYears, [4, 4, 4, 5, 5, 5, 6, 6, 7, 7, 8, 8, 8, 8, 2]);
  /** A start day in [from, to]: from the spread of start years where possible (a firm's workers
   *  joined after it was registered), else uniform in the window. */
  const drawStart = (from: number, to: number): number => {
    for (let i = 0; i < 20; i++) {
      const d = dayOrd(monthIndex(pickStartYear(), rng.int(1, 12)), rng.int(1, 28));
      if (d >= from && d <= to) return d;
    }
    return dayBetween(rng, from, to);
  };
  const stint = (firm: number, start: number, end: number | null): Stint => ({
    firm, start, end, reason: null, unemployment: false, raw: 0, base: 0, previousBase: 0, adjustWorkInjury: 0, adjustUnemployment: 0,
  });
  const human = (group: Group): Human => ({ group, stints: [], male: false, idNumber: "", name: "", areaCode: "", phone: null });

  const humans: Human[] = [];
  for (let p = 0; p < params.workInjuryInsured; p++) {
    const h = human(Group.WorkInjuryOnly);
    const kind = rng.next();
    if (kind < 0.08) {
      // Stopped during the year (停保) and not insured again: counted, with fewer months.
      const end = dayOrd(monthIndex(Y, rng.int(1, 12)), rng.int(1, 28));
      const f = existing(pickLeaving, end) ?? oldestPaying;
      h.stints.push(stint(f, drawStart(Math.max(firms[f].registered, firstDay), end), end));
    } else if (kind < 0.11) {
      // Changed employer during the year: the old spell ends, the new one starts a month or two later.
      const endMonth = monthIndex(Y, rng.int(1, 10));
      const end = dayOrd(endMonth, rng.int(1, 28));
      const a = existing(pickLeaving, end) ?? oldestPaying;
      const start = drawStart(Math.max(firms[a].registered, firstDay), end);
      const next = dayOrd(Math.min(endMonth + rng.int(1, 2), monthIndex(Y, 12)), rng.int(1, 28));
      const b = existing(pickPaying, next, a) ?? oldestPaying;
      h.stints.push(stint(a, start, end), stint(b, next, null));
    } else {
      // Insured the whole time since joining; at a zombie firm, joined before it stopped paying.
      const f = pickActive();
      const firm = firms[f];
      const latest = firm.zombieLast === null ? yearEnd : dayOrd(firm.zombieLast, 28);
      h.stints.push(stint(f, drawStart(Math.max(firm.registered, firstDay), latest), null));
    }
    // Some had an earlier job (history for entitlement months): ended at least a month before.
    const first = h.stints[0].start;
    if (monthOf(first) >= monthIndex(Y - 12, 1) && rng.chance(0.2)) {
      const end = dayOrd(monthOf(first) - rng.int(1, 12), rng.int(1, 28));
      const start = dayOrd(Math.max(monthOf(end) - rng.int(4, 48), monthIndex(Y - 14, 1)), rng.int(1, 28));
      const f = start < end ? existing(pickAny, start, h.stints[0].firm) : null;
      if (f !== null) h.stints.unshift(stint(f, start, end));
    }
    humans.push(h);
  }

  // Formerly insured: every spell ended before the year, so they must not count in it.
  const formerly = Math.round(params.workInjuryInsured * 0.08);
  let misses = 0;
  for (let i = 0; i < formerly; i++) {
    const h = human(Group.NotInsured);
    const endMonth = rng.chance(0.5) ? monthIndex(Y - 1, rng.int(1, 12)) : rng.int(monthIndex(Y - 8, 1), monthIndex(Y - 2, 12));
    const end = dayOrd(endMonth, rng.int(1, 28));
    const f = existing(pickAny, end - 31 * 3);
    if (f === null) {
      // Only when (almost) every firm is younger than the drawn end: draw another end.
      if (++misses > 10_000) throw new Error("demo world: no firm old enough for the formerly insured");
      i--;
      continue;
    }
    const start = dayBetween(rng, Math.max(firms[f].registered, firstDay), end - 31 * 3);
    h.stints.push(stint(f, start, end));
    h.stints[0].unemployment = rng.chance(0.55);
    humans.push(h);
  }

  // The unemployment insured: a weighted sample without replacement (Efraimidis–Spirakis) of the
  // year's insured, favouring firms that insure both; building sites often insure work injury only.
  const keys = humans.slice(0, params.workInjuryInsured).map((h, i) => {
    const current = firms[h.stints[h.stints.length - 1].firm].profile;
    return { i, key: -Math.log(1 - rng.next()) / current.unemployment };
  });
  keys.sort((x, y) => x.key - y.key || x.i - y.i);
  for (let k = 0; k < params.unemploymentInsured; k++) {
    const h = humans[keys[k].i];
    h.group = Group.Unemployment;
    for (const s of h.stints) s.unemployment = true;
  }
  return humans;
}

// ---------------------------------------------------------------------------------------------
// People: ID number, name, gender, residence, phone, and the reason each spell stopped.

function describePeople(params: WorldParams, humans: Human[], firms: Firm[], areas: Areas, rng: Random): void {
  const Y = params.year;
  const pickSurname = rng.weighted(names.SURNAMES.map((s) => s[0]), names.SURNAMES.map((s) => s[1]));
  const pickOtherArea = rng.weighted(names.OTHER_BIRTH_AREAS.map((a) => a[0]), names.OTHER_BIRTH_AREAS.map((a) => a[1]));
  const seen = new Set<string>();
  const reasons = [names.STOP_REASONS.dismissal, names.STOP_REASONS.resignation, names.STOP_REASONS.contractEnd, names.STOP_REASONS.transfer];
  const reasonWeights = [3, 4, 3, 1];

  for (const h of humans) {
    const current = firms[h.stints[h.stints.length - 1].firm];
    h.male = rng.chance(current.profile.male);
    // Working age: at least 17 at the first spell, 18 to 62 in the report year; the unemployment
    // insured are below the statutory retirement age.
    const firstYear = Math.floor(monthOf(h.stints[0].start) / 12);
    const oldest = h.group === Group.Unemployment ? Y - 59 : Y - 62;
    const youngest = Math.min(Y - 18, firstYear - 17);
    let birthYear = Math.round(rng.normal(Y - 41, 10));
    if (birthYear < oldest || birthYear > youngest) birthYear = rng.int(oldest, youngest);
    const birthMonth = rng.int(1, 12);
    const birthDay = rng.int(1, daysInMonth(birthYear, birthMonth));
    const area = rng.chance(0.86) ? params.countyCode : pickOtherArea();
    let first17: string;
    do first17 = `${area}${birthYear}${pad2(birthMonth)}${pad2(birthDay)}${String(rng.int(0, 499) * 2 + (h.male ? 1 : 0)).padStart(3, "0")}`;
    while (seen.has(first17));
    seen.add(first17);
    h.idNumber = first17 + residentIdCheckChar(first17);

    const given = h.male ? names.MALE_GIVEN : names.FEMALE_GIVEN;
    h.name = pickSurname() + (rng.chance(0.25) ? rng.pick(given) : (rng.chance(0.4) ? rng.pick(names.SHARED_GIVEN) : rng.pick(given)) + rng.pick(given));
    // Most live near their work.
    const t = areas.townships[rng.chance(0.6) ? current.township : areas.pickTownship()];
    h.areaCode = rng.chance(0.9) ? rng.pick(t.villages) : t.code;
    h.phone = rng.chance(0.92) ? rng.pick(names.MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, "0") : null;

    const retirementAge = h.male ? 60 : 50;
    for (const s of h.stints) {
      if (s.end === null) continue;
      const age = Math.floor(monthOf(s.end) / 12) - birthYear;
      if (firms[s.firm].status === "CANCELLED" && rng.chance(0.7)) s.reason = names.STOP_REASONS.employerCancelled;
      else if (age >= retirementAge && s === h.stints[h.stints.length - 1] && rng.chance(0.8)) s.reason = names.STOP_REASONS.retirement;
      else s.reason = rng.pickWeighted(reasons, reasonWeights);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Wage bases, calibrated so that the year's contributions add up to the targets to the fen.

/** The months (indexes) of `year` in which a spell pays: from its start to its end, and never after a zombie stopped. */
function payingMonths(s: Stint, firm: Firm, year: number): [number, number] {
  const from = Math.max(monthOf(s.start), monthIndex(year, 1));
  let to = Math.min(s.end === null ? monthIndex(year, 12) : monthOf(s.end), monthIndex(year, 12));
  if (firm.zombieLast !== null) to = Math.min(to, firm.zombieLast);
  return [from, to];
}

function calibrate(params: WorldParams, humans: Human[], firms: Firm[], rng: Random): void {
  const Y = params.year;
  const yearStart = dayOrd(monthIndex(Y, 1), 1);
  const paying: { s: Stint; months: number; ppm: number }[] = [];
  // Σ raw × months × rate for the unemployment group (both insurances) and the work-injury-only group.
  let uWorkInjury = 0;
  let uUnemployment = 0;
  let nWorkInjury = 0;
  for (const h of humans) {
    let raw = rng.logNormal(firms[h.stints[h.stints.length - 1].firm].profile.wage, 0.35);
    for (let i = h.stints.length - 1; i >= 0; i--) {
      const s = h.stints[i];
      // A different job paid differently; earlier ones a little less.
      s.raw = Math.min(20_000, Math.max(2_600, i === h.stints.length - 1 ? raw : (raw *= rng.next() * 0.3 + 0.75)));
      const firm = firms[s.firm];
      const [from, to] = payingMonths(s, firm, Y);
      const months = Math.max(0, to - from + 1);
      if (months === 0) continue;
      const ppm = WORK_INJURY_PPM[firm.riskClass];
      paying.push({ s, months, ppm });
      if (h.group === Group.Unemployment) {
        uWorkInjury += s.raw * months * ppm;
        uUnemployment += s.raw * months * UE_RATE_PPM;
      } else {
        nWorkInjury += s.raw * months * ppm;
      }
    }
  }
  // Bases are in yuan and amounts in fen: amount (fen) = yuan × 100 × ppm / 1e6 = yuan × ppm / 1e4.
  // Two factors: the unemployment group's fixes the unemployment total, the other group's then fixes
  // the work-injury total, so both insurances share each person's base.
  const fu = (params.unemploymentContributionsFen * 1e4) / uUnemployment;
  const fn = (params.workInjuryContributionsFen * 1e4 - fu * uWorkInjury) / nWorkInjury;
  if (!(fu > 0 && fn > 0)) throw new Error(`demo world: cannot calibrate wage bases at scale ${params.scale} (factors ${fu}, ${fn})`);
  const fx = (fu + fn) / 2;
  for (const h of humans) {
    const f = h.group === Group.Unemployment ? fu : h.group === Group.WorkInjuryOnly ? fn : fx;
    for (const s of h.stints) {
      const yuan = Math.max(1, Math.round(s.raw * f));
      s.base = yuan * 100;
      // Bases are reset every year; the year before was about 5 % lower. Spells that ended before
      // the year keep their last base.
      s.previousBase = s.end === null || s.end >= yearStart ? Math.round(yuan * 0.95) * 100 : s.base;
    }
  }

  // The residual of rounding goes as ±1 fen on distinct rows' employer part, within the ±1 fen a
  // part may differ from its own computation (imports accept the same). Unemployment parts are
  // rounded each on its own, so a base ending in 5 yuan pays 1 fen over 1 %: tens of thousands of
  // fen at full scale, still far fewer than the rows that can carry them.
  let wi = params.workInjuryContributionsFen;
  let ue = params.unemploymentContributionsFen;
  for (const { s, months, ppm } of paying) {
    wi -= months * applyRate(s.base, ppm);
    if (s.unemployment) ue -= months * (applyRate(s.base, UE_EMPLOYER_PPM) + applyRate(s.base, UE_EMPLOYEE_PPM));
  }
  const order = rng.shuffle(paying.map((_, i) => i));
  for (const i of order) {
    if (wi === 0) break;
    const step = Math.sign(wi) * Math.min(Math.abs(wi), paying[i].months);
    paying[i].s.adjustWorkInjury = step;
    wi -= step;
  }
  for (const i of order) {
    if (ue === 0) break;
    if (!paying[i].s.unemployment) continue;
    const step = Math.sign(ue) * Math.min(Math.abs(ue), paying[i].months);
    paying[i].s.adjustUnemployment = step;
    ue -= step;
  }
  if (wi !== 0 || ue !== 0) throw new Error(`demo world: rounding residual left (${wi}, ${ue} fen)`);
}

/** Staff counts from the insured workers, and the zombies that really have active enrollments. */
function settleFirms(humans: Human[], firms: Firm[], rng: Random): string[] {
  const active = new Array<number>(firms.length).fill(0);
  for (const h of humans) for (const s of h.stints) if (s.end === null) active[s.firm]++;
  firms.forEach((f, i) => {
    // Not every worker is insured (part-timers, the owner's family), so staff ≥ insured.
    f.staff = f.status === "CANCELLED" ? 0 : active[i] + Math.round(active[i] * rng.next() * 0.2) + (active[i] === 0 ? rng.int(1, 6) : 0);
    if (f.zombieLast !== null && active[i] === 0) f.zombieLast = null;
  });
  return firms.filter((f) => f.zombieLast !== null).map((f) => f.creditCode);
}

// ---------------------------------------------------------------------------------------------
// Contribution rows: one per person, insurance and paying month, for the year before and the year.

function contributionRows(year: number, humans: Human[], firms: Firm[]): WorldContribution[] {
  const first = monthIndex(year - 1, 1);
  const months: string[] = [];
  const paidOn: string[] = [];
  for (let mi = first; mi <= monthIndex(year, 12); mi++) {
    months.push(monthText(mi));
    // Paid by the 15th of the following month.
    paidOn.push(`${monthText(mi + 1)}-15`);
  }
  const rows: WorldContribution[] = [];
  const WI = Insurance.WORK_INJURY;
  const UE = Insurance.UNEMPLOYMENT;
  // Year by year, so that a loader can write one year at a time.
  for (const y of [year - 1, year]) {
    for (const h of humans) {
      for (const s of h.stints) {
        const firm = firms[s.firm];
        const [from, to] = payingMonths(s, firm, y);
        if (from > to) continue;
        const base = y === year ? s.base : s.previousBase;
        const ppm = WORK_INJURY_PPM[firm.riskClass];
        const wiPart = applyRate(base, ppm);
        const adjustWi = y === year ? s.adjustWorkInjury : 0;
        for (let mi = from, k = 0; mi <= to; mi++, k++) {
          const adjust = k < Math.abs(adjustWi) ? Math.sign(adjustWi) : 0;
          rows.push({
            idNumber: h.idNumber, creditCode: firm.creditCode, insurance: WI, month: months[mi - first], base, ratePpm: ppm,
            employerPart: wiPart + adjust, employeePart: 0, paidOn: paidOn[mi - first], areaCode: firm.areaCode,
          });
        }
        if (!s.unemployment) continue;
        // Each part rounded on its own (DESIGN §3), as the contribution service computes them.
        const employee = applyRate(base, UE_EMPLOYEE_PPM);
        const employer = applyRate(base, UE_EMPLOYER_PPM);
        const adjustUe = y === year ? s.adjustUnemployment : 0;
        for (let mi = from, k = 0; mi <= to; mi++, k++) {
          const adjust = k < Math.abs(adjustUe) ? Math.sign(adjustUe) : 0;
          rows.push({
            idNumber: h.idNumber, creditCode: firm.creditCode, insurance: UE, month: months[mi - first], base, ratePpm: UE_RATE_PPM,
            employerPart: employer + adjust, employeePart: employee, paidOn: paidOn[mi - first], areaCode: firm.areaCode,
          });
        }
      }
    }
  }
  return rows;
}
