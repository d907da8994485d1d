import { mayWriteIn } from "../../common/bounds";
import type { Context } from "../../common/context";
import { conflict, forbidden, notFound, parseId } from "../../common/errors";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import type { AccidentReport } from "./accident-report.entity";
import { RecognitionDecision, ReportStatus } from "./status";

/**
 * The report a case worker records an appraisal, a qualification check or a payment on: visible to
 * the caller, in an area it may write in, and recognized as a work injury — the bureau's RECOGNIZED
 * decision on a SUBMITTED report is what allows them (DESIGN §3). Anything else is refused, a report
 * not recognized with CONFLICT naming what it lacks (`rule`).
 */
/** Recognized as a work injury: submitted, and the bureau's decision RECOGNIZED. */
export function isRecognized(report: AccidentReport): boolean {
  return report.status === ReportStatus.SUBMITTED && report.decision === RecognitionDecision.RECOGNIZED && !!report.decidedOn;
}

export async function recognizedReport(ctx: Context<WorkInjuryLoaders, WorkInjuryConfig>, reportId: string, field: string, rule: string): Promise<AccidentReport & { decidedOn: string }> {
  const report = await writableReport(ctx, reportId, field);
  if (!isRecognized(report)) {
    throw conflict("Only a report recognized as a work injury allows this.", { field, rule, status: report.status, decision: report.decision });
  }
  return report as AccidentReport & { decidedOn: string };
}

/** A report visible to the caller and in an area it may write in (NOT_FOUND, FORBIDDEN otherwise). */
export async function writableReport(ctx: Context<WorkInjuryLoaders, WorkInjuryConfig>, reportId: string, field: string): Promise<AccidentReport> {
  const [report] = await ctx.loaders.repo.report.byIds([parseId(reportId, field)]);
  if (!report) throw notFound("No such accident report.", field);
  if (!mayWriteIn(ctx.claims, report.areaCode)) throw forbidden("The report is outside the areas you may record in.");
  return report;
}
