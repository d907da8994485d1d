import { mayWriteIn } from "../../common/bounds";
import type { Context } from "../../common/context";
import { isIsoDate, todayInChina } from "../../common/dates";
import { orConflict } from "../../common/db-errors";
import { conflict, forbidden, notFound, parseId, throwIfInvalid } from "../../common/errors";
import { withTransaction } from "../../common/tx";
import { recognizedReport } from "../accident-report/recognized";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { Appraisal, AppraisalStatus } from "./appraisal.entity";
import type { ApplyForAppraisalInput, ExtendAppraisalInput, RecordAppraisalConclusionInput } from "./appraisal.input";
import { appraisalDue } from "../late-case/deadline.rules";
import { OwnWageOccasion } from "../own-wage/own-wage.entity";
import { ownWageToStoreFor } from "../own-wage/own-wage.service";
import { checkAppliedOn, checkApplicationNumber, checkConclusion, ConclusionRecord } from "./appraisal.rules";

type Ctx = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/**
 * An application for a recognized work injury only: the bureau's RECOGNIZED decision on a SUBMITTED
 * report is what makes it a work injury. Anything else is a CONFLICT naming what the report lacks.
 */
export async function applyForAppraisal(ctx: Ctx, input: ApplyForAppraisalInput): Promise<Appraisal> {
  const applicationNumber = input.applicationNumber.trim().toUpperCase();
  throwIfInvalid(checkApplicationNumber(applicationNumber));
  const report = await recognizedReport(ctx, input.reportId, "input.reportId", "appraisal.not-recognized");
  const reportId = report.id;
  throwIfInvalid(checkAppliedOn(input.appliedOn, report.decidedOn, todayInChina()));
  const id = await orConflict(ctx.db, () => withTransaction(ctx.db, (tx) => ctx.loaders.repo.appraisal.insert(tx, { applicationNumber, reportId, personId: report.personId, employerId: report.employerId, areaCode: report.areaCode, appliedOn: input.appliedOn })), { applicationNumber: "input.applicationNumber" }, "appraisal.duplicate");
  return (await ctx.loaders.repo.appraisal.byIds([id]))[0];
}

/**
 * The committee's extension by 30 days, once, while the appraisal is open and within its first 60 days
 * (an extension after the time ran out is not one): CONFLICT appraisal.extended / appraisal.concluded.
 */
export async function extendAppraisal(ctx: Ctx, input: ExtendAppraisalInput): Promise<Appraisal> {
  const id = parseId(input.appraisalId, "input.appraisalId");
  const [appraisal] = await ctx.loaders.repo.appraisal.byIds([id]);
  if (!appraisal) throw notFound("No such appraisal.", "input.appraisalId");
  if (!mayWriteIn(ctx.claims, appraisal.areaCode)) throw forbidden("The appraisal is outside the areas you may record in.");
  const reason = input.reason.trim();
  if (appraisal.status !== AppraisalStatus.APPLIED) throw conflict("The appraisal is concluded already.", { field: "input.appraisalId", rule: "appraisal.concluded", status: appraisal.status });
  if (appraisal.extendedOn) throw conflict(`The appraisal was extended on ${appraisal.extendedOn}; it is extended once.`, { field: "input.appraisalId", rule: "appraisal.extended" });
  throwIfInvalid([
    ...(!reason || reason.length > 200 ? [{ field: "reason", rule: "appraisal.extension-reason", message: "The reason, 1 to 200 characters." }] : []),
    ...(!isIsoDate(input.on) || input.on > todayInChina() ? [{ field: "on", rule: "date.not-future", message: "The day is a real date, not in the future." }]
      : input.on < appraisal.appliedOn || input.on > appraisalDue(appraisal.appliedOn) ? [{ field: "on", rule: "appraisal.extension-day", message: `An extension is made within the 60 days after the application (${appraisal.appliedOn} to ${appraisalDue(appraisal.appliedOn)}).` }] : []),
  ]);
  await withTransaction(ctx.db, async (tx) => {
    if (!(await ctx.loaders.repo.appraisal.extend(tx, id, input.on, reason))) throw conflict("The appraisal was concluded or extended meanwhile.", { field: "input.appraisalId", rule: "appraisal.extended" });
  });
  return (await ctx.loaders.repo.appraisal.byIds([id]))[0];
}

/** The committee's conclusion, once: a concluded appraisal answers CONFLICT (a new appraisal is a new application). */
export async function recordConclusion(ctx: Ctx, input: RecordAppraisalConclusionInput): Promise<Appraisal> {
  const id = parseId(input.appraisalId, "input.appraisalId");
  const [appraisal] = await ctx.loaders.repo.appraisal.byIds([id]);
  if (!appraisal) throw notFound("No such appraisal.", "input.appraisalId");
  if (!mayWriteIn(ctx.claims, appraisal.areaCode)) throw forbidden("The appraisal is outside the areas you may record in.");
  const record: ConclusionRecord = { concludedOn: input.concludedOn, conclusionNumber: input.conclusionNumber.trim(), grade: input.grade ?? null, careLevel: input.careLevel ?? null };
  const concluded = () => conflict("The appraisal is concluded already.", { field: "input.appraisalId", rule: "appraisal.concluded", status: AppraisalStatus.CONCLUDED });
  if (appraisal.status !== AppraisalStatus.APPLIED) throw concluded();
  throwIfInvalid(checkConclusion(record, appraisal.appliedOn, todayInChina()));
  // The case's own wage is fixed when its first appraisal concludes (read before the transaction).
  const [report] = await ctx.loaders.repo.report.byIds([appraisal.reportId]);
  const wage = report ? await ownWageToStoreFor(ctx, report, OwnWageOccasion.APPRAISAL) : null;
  await withTransaction(ctx.db, async (tx) => {
    if (!(await ctx.loaders.repo.appraisal.conclude(tx, id, record))) throw concluded();
    if (wage) await ctx.loaders.repo.ownWage.storeOnce(tx, [wage]);
  });
  return (await ctx.loaders.repo.appraisal.byIds([id]))[0];
}
