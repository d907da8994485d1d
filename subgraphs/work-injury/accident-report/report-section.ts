import { versionedTable } from "../../common/figures-cache";
import type { ReportSection } from "../../common/report";
import type { WorkInjuryLoaders } from "../loaders";
import { WorkInjuryFigures } from "./accident-report.types";

/** The tables the section reads: every write to them bumps their version, so the cache follows. */
export const ACCIDENT_REPORT = versionedTable("accident_report");
export const ACCIDENT_REPORT_STATUS = versionedTable("accident_report_status");

export const workInjuryReportSection: ReportSection<WorkInjuryLoaders> = {
  field: "workInjury",
  type: WorkInjuryFigures,
  scope: "aggregate:read",
  description: "Work-injury section (工伤业务情况): accident reports received in the year by status as at 31 December.",
  compute: async (ctx, key) => ({ reports: await ctx.loaders.repo.report.figures(key) }),
  dependsOn: () => [ACCIDENT_REPORT.all, ACCIDENT_REPORT_STATUS.all],
};
