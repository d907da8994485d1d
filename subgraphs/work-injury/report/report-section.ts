import { versionedTable } from "../../common/figures-cache";
import { ReportSection, WHOLE_HUB } from "../../common/report";
import type { WorkInjuryLoaders } from "../loaders";
import { BenefitCategory } from "../payment/payment.entity";
import { BENEFIT_PAYMENT } from "./fund-expenditure";
import { WorkInjuryFigures } from "./report.types";

/** The tables the section reads: every write to them bumps their version, so the cache follows. */
export const ACCIDENT_REPORT = versionedTable("accident_report");
export const ACCIDENT_REPORT_STATUS = versionedTable("accident_report_status");
export const APPRAISAL = versionedTable("appraisal");
export const PREVENTION_TRAINING = versionedTable("prevention_training");

export const workInjuryReportSection: ReportSection<WorkInjuryLoaders> = {
  field: "workInjury",
  type: WorkInjuryFigures,
  scope: "aggregate:read",
  description: "Work-injury section (工伤业务情况): accident reports received in the year by status as at 31 December, labour-capacity appraisals, prevention trainings held, benefit payments by category and the fund's expenditure.",
  compute: async (ctx, key): Promise<WorkInjuryFigures> => {
    const [reports, appraisals, trainings, byCategory] = await Promise.all([
      ctx.loaders.repo.report.figures(key), ctx.loaders.repo.appraisal.figures(key), ctx.loaders.repo.training.figures(key), ctx.loaders.repo.payment.byCategory(key),
    ]);
    // The fund's benefits are the year's payments, all categories: their sum, not another query.
    const fundExpenditure = { year: key.year, areaCode: key.areaCode ?? WHOLE_HUB, benefits: byCategory.reduce((a, c) => a + c.amount, 0), medicalSettlements: undefined };
    // Only the categories paid in the year, in the enum's order: under bounds that hold nothing, an empty list.
    const order = Object.values(BenefitCategory);
    const payments = [...byCategory].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
    return { reports, appraisals, trainings, payments, fundExpenditure };
  },
  dependsOn: () => [ACCIDENT_REPORT.all, ACCIDENT_REPORT_STATUS.all, APPRAISAL.all, PREVENTION_TRAINING.all, BENEFIT_PAYMENT.all],
};
