import type { ReportSection } from "../../common/report";
import type { EnrollmentLoaders } from "../loaders";
import { EnrollmentSection } from "./statistics.types";
import { CONTRIBUTION_MONTH, PERSON_AREA_YEAR, PERSON_YEAR } from "./versions";

/** Enrollment's section of the annual report (the counting rule is in statistics.repository.ts). */
export const enrollmentReportSection: ReportSection<EnrollmentLoaders> = {
  field: "enrollment",
  type: EnrollmentSection,
  scope: "aggregate:read",
  description: "Enrollment section (参保情况): insured persons, contributions and contributing employers of the year in the area.",
  compute: (ctx, key) => ctx.loaders.repo.statistics.section(key),
  dependsOn: ({ year }) => [PERSON_YEAR.year(year), PERSON_AREA_YEAR.year(year), CONTRIBUTION_MONTH.year(year)],
  hostsQuery: true,
};
