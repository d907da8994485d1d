import type { AreaRecord, ContributionRecord, EmployerRecord, EnrollmentRecord, PersonRecord, RateRecord } from "../../enrollment/import/records";

/**
 * The deterministic demo world (fixed seed): the county, its employers and insured people, and
 * their enrollment history. Generated once in memory; every subgraph's demo plugin draws its own
 * records from it (later subgraphs: claims, accidents … of these same people).
 */
export interface World {
  /** Parameters the world was drawn to (DESIGN §5): the seed's totals, never stored as totals. */
  params: WorldParams;
  areas: AreaRecord[];
  rates: RateRecord[];
  employers: EmployerRecord[];
  people: PersonRecord[];
  enrollments: EnrollmentRecord[];
  /** Contribution rows, for every year of history; generated lazily since they are > 1 million. */
  contributions(): ContributionRecord[];
  /** Employers that stopped paying (zombies: active enrollments, no contributions for 6+ months). */
  zombieCreditCodes: string[];
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
}
