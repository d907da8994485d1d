import { versionedTable } from "../../common/figures-cache";

/**
 * The enrollment tables that cached figures read (figures-cache.ts), declared once here: the
 * figures (statistics.service.ts, report-section.ts) name their dependencies through these, and the
 * writers of the rollups (rollup.service.ts) bump them per year. Employers and areas are not kept by
 * year: any write to them bumps the whole table (tx.ts), which figures over them depend on.
 */
export const PERSON_YEAR = versionedTable("person_year");
export const PERSON_AREA_YEAR = versionedTable("person_area_year");
export const CONTRIBUTION_MONTH = versionedTable("contribution_month");
/** byIndustry reads an employer's industry. */
export const EMPLOYER = versionedTable("employer");
/** byArea reads the areas' names. */
export const AREA = versionedTable("area");
