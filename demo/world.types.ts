import type { Random } from "./random";

/**
 * The deterministic demo world (fixed seed): one county's areas, employers, insured people, their
 * employment and contribution history, and its calendar. Drawn once in memory; every subgraph's
 * demo plugin turns its part into records (enrollment: these same records; later subgraphs: claims,
 * accidents … of these same people, drawn from their own fork of the random stream).
 *
 * The world's records are its own, keyed by natural keys (ID number, credit code, area code); no
 * subgraph's types appear here, so the kit and the world depend on no domain.
 */
export type WorldInsurance = "WORK_INJURY" | "UNEMPLOYMENT";

export interface WorldArea { code: string; name: string }
/** A dated contribution rate (illustrative parameter), in ppm of the base. */
export interface WorldRate { insurance: WorldInsurance; areaCode: string; riskClass: number; validFrom: string; employerPpm: number; employeePpm: number; note: string | null }
export interface WorldEmployer { creditCode: string; name: string; industry: string; riskClass: number; areaCode: string; staffCount: number; status: "ACTIVE" | "CANCELLED"; registeredOn: string }
export interface WorldPerson { idNumber: string; name: string; areaCode: string; phone: string | null }
/** An insured employment spell of one insurance: start, end (停保) and its reason, wage base in fen. */
export interface WorldEnrollment { idNumber: string; creditCode: string; insurance: WorldInsurance; startDate: string; endDate: string | null; stopReason: string | null; wageBase: number }
/** A month's contribution; amounts in fen, each part base × its own rate (money.ts `applyRate`). */
export interface WorldContribution { idNumber: string; creditCode: string; insurance: WorldInsurance; month: string; base: number; ratePpm: number; employerPart: number; employeePart: number; paidOn: string; areaCode: string }

/** The world's dates: the report year and the span of its history. */
export interface WorldCalendar {
  /** The report year, e.g. 2024. */
  year: number;
  /** First and last month (YYYY-MM) with contribution rows. */
  firstMonth: string;
  lastMonth: string;
  /** The earliest date an employment spell may start. */
  historyFrom: string;
}

/**
 * Hub ids assigned to the world's records when the owning subgraph loaded them, by natural key.
 * Enrollment's demo plugin fills them after its load (or reads them back when it was loaded
 * before), so the plugins after it reference people and employers by hub id without the gateway
 * (DESIGN §2: the demo loader passes the ids along in memory).
 */
export interface WorldIds {
  /** ID number → Person id. */
  person: Map<string, number>;
  /** Credit code → Employer id. */
  employer: Map<string, number>;
  /** Report number → AccidentReport id; filled by the work-injury plugin for the plugins after it (medical). */
  accidentReport?: Map<string, number>;
}

/**
 * An accident of the world, drawn by the work-injury demo plugin from its own fork and shared here (in its
 * load and its shareIds) so that the medical plugin admits some of these same people to hospital.
 */
export interface WorldAccident {
  reportNumber: string;
  idNumber: string;
  creditCode: string;
  occurredOn: string;
  severity: "MINOR" | "SERIOUS" | "FATAL";
  /** Treated as an inpatient at a designated institution (the medical plugin decides which). */
  hospitalized: boolean;
}

export interface World {
  /** Parameters the world was drawn to (DESIGN §5): the seed's totals, never stored as totals. */
  params: WorldParams;
  calendar: WorldCalendar;
  areas: WorldArea[];
  rates: WorldRate[];
  employers: WorldEmployer[];
  people: WorldPerson[];
  enrollments: WorldEnrollment[];
  /** Contribution rows, for every year of history; generated lazily since they are > 1 million. */
  contributions(): WorldContribution[];
  /** Employers that stopped paying (zombies: active enrollments, no contributions for 6+ months). */
  zombieCreditCodes: string[];
  ids: WorldIds;
  /** The accidents the work-injury plugin drew (absent until it has run or shared them). */
  accidents?: WorldAccident[];
  /**
   * A random stream of its own for one subgraph's extension of the world, derived from the seed
   * and the name only: the same on every run, whatever other subgraphs draw or in which order.
   */
  fork(name: string): Random;
}

export interface WorldParams {
  seed: number;
  /** The report year, e.g. 2024. */
  year: number;
  countyCode: string;
  countyName: string;
  /** 1 = full scale; tests use a small fraction (counts scale, totals scale with them). */
  scale: number;
  employers: number;
  workInjuryInsured: number;
  unemploymentInsured: number;
  /** Sum of the year's work-injury contributions, fen (2401万 = 24_010_000_00). */
  workInjuryContributionsFen: number;
  /** Sum of the year's unemployment contributions (employer + employee parts), fen. */
  unemploymentContributionsFen: number;
  /**
   * Work-injury fund expenditure of the year, fen (3920万 = 3_920_000_000): benefits paid to people
   * (work-injury's payments) plus medical costs settled with institutions (medical's settlements paid).
   */
  workInjuryFundExpenditureFen: number;
  /**
   * The medical settlements' part of that expenditure, fen. ILLUSTRATIVE demo parameter: the seed gives
   * only the total; benefits are the rest (workInjuryFundExpenditureFen − this).
   */
  medicalSettlementsFen: number;
}
