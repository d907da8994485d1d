import { mayWriteIn } from "../../common/bounds";
import type { Context } from "../../common/context";
import { daysBetween, isIsoDate, todayInChina } from "../../common/dates";
import { orConflict } from "../../common/db-errors";
import { conflict, forbidden, notFound, parseId, throwIfInvalid } from "../../common/errors";
import { withTransaction } from "../../common/tx";
import { writableReport } from "../accident-report/recognized";
import { ReportStatus } from "../accident-report/status";
import type { WorkInjuryConfig } from "../config";
import { applicationDue, recognitionDue } from "../late-case/deadline.rules";
import type { WorkInjuryLoaders } from "../loaders";
import type { RecognitionApplication } from "./recognition.entity";
import type { AcceptRecognitionInput, ApplyForRecognitionInput, RecognitionClockInput } from "./recognition.input";

type Ctx = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/** A day of the application's life: a real date, not in the future, not before `since` (its rule). */
function checkDay(field: string, on: string, since: string, rule: string, what: string) {
  if (!isIsoDate(on) || on > todayInChina()) return [{ field, rule: "date.not-future", message: "The day is a real date, not in the future." }];
  if (on < since) return [{ field, rule, message: `The day cannot precede ${what} (${since}).` }];
  return [];
}

/**
 * Records who applied and when, one application per report. An application after the applicant's
 * time limit is recorded and flagged (`filedLate`): the bureau decides on it (an extension may have
 * been approved), and refusing it would lose the fact.
 */
export async function applyForRecognition(ctx: Ctx, input: ApplyForRecognitionInput): Promise<RecognitionApplication> {
  const report = await writableReport(ctx, input.reportId, "input.reportId");
  if (report.status === ReportStatus.NOT_RECOGNIZED) throw conflict("The report was closed without recognition.", { field: "input.reportId", rule: "recognition.closed", status: report.status });
  throwIfInvalid(checkDay("appliedOn", input.appliedOn, report.occurredOn, "recognition.before-accident", "the accident"));
  const applicationDueBy = applicationDue(report.occurredOn, input.applicant, ctx.config);
  const record = { reportId: report.id, applicant: input.applicant, appliedOn: input.appliedOn, applicationDueBy, filedLate: input.appliedOn > applicationDueBy };
  const id = await orConflict(ctx.db, () => withTransaction(ctx.db, (tx) => ctx.loaders.repo.recognition.insert(tx, record, report)), { reportId: "input.reportId" }, "recognition.duplicate");
  return (await ctx.loaders.repo.recognition.byIds([id]))[0];
}

async function writableApplication(ctx: Ctx, applicationId: string): Promise<RecognitionApplication> {
  const [a] = await ctx.loaders.repo.recognition.byIds([parseId(applicationId, "input.applicationId")]);
  if (!a) throw notFound("No such recognition application.", "input.applicationId");
  if (!mayWriteIn(ctx.claims, a.areaCode)) throw forbidden("The application is outside the areas you may record in.");
  return a;
}

/** The bureau's acceptance, once: the decision is due 60 days later (15 when the facts are clear). */
export async function acceptApplication(ctx: Ctx, input: AcceptRecognitionInput): Promise<RecognitionApplication> {
  const a = await writableApplication(ctx, input.applicationId);
  const accepted = () => conflict("The application is accepted already.", { field: "input.applicationId", rule: "recognition.accepted" });
  if (a.acceptedOn) throw accepted();
  throwIfInvalid(checkDay("acceptedOn", input.acceptedOn, a.appliedOn, "recognition.before-application", "the application"));
  const dueBy = recognitionDue(input.acceptedOn, input.clearFacts, 0, ctx.config);
  await withTransaction(ctx.db, async (tx) => {
    if (!(await ctx.loaders.repo.recognition.accept(tx, a.id, input.acceptedOn, input.clearFacts, dueBy))) throw accepted();
  });
  return (await ctx.loaders.repo.recognition.byIds([a.id]))[0];
}

/** Pauses the decision's clock (中止): an accepted, undecided application whose clock runs. */
export async function suspend(ctx: Ctx, input: RecognitionClockInput): Promise<RecognitionApplication> {
  const a = await writableApplication(ctx, input.applicationId);
  if (!a.acceptedOn) throw conflict("Only an accepted application is suspended.", { field: "input.applicationId", rule: "recognition.not-accepted" });
  const [report] = await ctx.loaders.repo.report.byIds([a.reportId]);
  if (report?.decidedOn) throw conflict("The bureau has decided already.", { field: "input.applicationId", rule: "recognition.decided" });
  const suspended = () => conflict("The application is suspended already.", { field: "input.applicationId", rule: "recognition.suspended" });
  if (a.suspendedSince) throw suspended();
  throwIfInvalid(checkDay("on", input.on, a.acceptedOn, "recognition.before-acceptance", "the acceptance"));
  await withTransaction(ctx.db, async (tx) => {
    if (!(await ctx.loaders.repo.recognition.suspend(tx, a.id, input.on))) throw suspended();
  });
  return (await ctx.loaders.repo.recognition.byIds([a.id]))[0];
}

/** Restarts the clock: the days from the suspension to this day are added to the due day. */
export async function resume(ctx: Ctx, input: RecognitionClockInput): Promise<RecognitionApplication> {
  const a = await writableApplication(ctx, input.applicationId);
  const running = () => conflict("The application is not suspended.", { field: "input.applicationId", rule: "recognition.not-suspended" });
  if (!a.suspendedSince || !a.acceptedOn) throw running();
  throwIfInvalid(checkDay("on", input.on, a.suspendedSince, "recognition.before-suspension", "the suspension"));
  const suspendedDays = a.suspendedDays + daysBetween(a.suspendedSince, input.on);
  const dueBy = recognitionDue(a.acceptedOn, a.clearFacts, suspendedDays, ctx.config);
  await withTransaction(ctx.db, async (tx) => {
    if (!(await ctx.loaders.repo.recognition.resume(tx, a.id, a.suspendedSince!, suspendedDays, dueBy))) throw running();
  });
  return (await ctx.loaders.repo.recognition.byIds([a.id]))[0];
}
