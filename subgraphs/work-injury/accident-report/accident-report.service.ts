import { mayWriteIn } from "../../common/bounds";
import type { Context } from "../../common/context";
import { isIsoDate, todayInChina } from "../../common/dates";
import { orConflict } from "../../common/db-errors";
import { badInput, conflict, forbidden, throwIfInvalid } from "../../common/errors";
import { writableReport } from "./recognized";
import { accidentParties } from "../parties/parties";
import { withTransaction } from "../../common/tx";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import type { AccidentReport } from "./accident-report.entity";
import type { CorrectReportStatusInput, RecordDecisionInput, ReportAccidentInput, ReportMoveInput } from "./accident-report.input";
import { checkMoveDay, checkReportFacts, ReportRecord } from "./accident-report.rules";
import { Move, MOVES, RecognitionDecision, ReportStatus, Severity } from "./status";
import { OwnWageOccasion } from "../own-wage/own-wage.entity";
import { ownWageToStoreFor } from "../own-wage/own-wage.service";

type Ctx = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/**
 * Records a report received: the rules (field + rule), then the parties from enrollment (by hub id or ID
 * number and credit code; the employer's area and industry, insured or not on the accident day: a report
 * without an active work-injury enrollment there is accepted and flagged uninsured), the caller's area,
 * one transaction, CONFLICT on a known number.
 */
export async function reportAccident(ctx: Ctx, input: ReportAccidentInput): Promise<AccidentReport> {
  const fields = {
    ...input,
    reportNumber: input.reportNumber.trim().toUpperCase(),
    place: input.place.trim(),
    description: input.description.trim(),
  };
  // The stated facts first: no gateway call for a report that is wrong anyway.
  throwIfInvalid(checkReportFacts(fields, todayInChina()));
  const parties = await accidentParties(ctx, input, fields.occurredOn);
  const record: ReportRecord = { ...fields, ...parties };
  if (!mayWriteIn(ctx.claims, record.areaCode)) throw forbidden("The area is outside the areas you may record in.");
  const id = await orConflict(ctx.db, () => withTransaction(ctx.db, (tx) => ctx.loaders.repo.report.insert(tx, record)), { reportNumber: "input.reportNumber" }, "report.duplicate");
  return (await ctx.loaders.repo.report.byIds([id]))[0];
}

/** Keys one batch request may carry, as enrollment's batch fields (DESIGN §2). */
const MAX_BATCH_KEYS = 5_000;

/** Reports by number in input order (null when unknown or out of bounds): one bounded statement per chunk. */
export async function reportsByNumbers(ctx: Ctx, numbers: readonly string[]): Promise<(AccidentReport | null)[]> {
  if (numbers.length > MAX_BATCH_KEYS) throw badInput("reportNumbers", "batch.size", `At most ${MAX_BATCH_KEYS} keys a request; this one has ${numbers.length}. Split it.`);
  const keys = numbers.map((n) => n.trim().toUpperCase());
  const found = await ctx.loaders.repo.report.byNumbersBounded([...new Set(keys)]);
  return keys.map((k) => found.get(k) ?? null);
}

/** The report the caller may see and write in (NOT_FOUND, FORBIDDEN otherwise). */
const visible = (ctx: Ctx, reportId: string) => writableReport(ctx, reportId, "input.reportId");

/** CONFLICT naming the current status: a move the status table does not allow. */
export function illegal(current: ReportStatus, action: string): never {
  throw conflict(`The report is ${current}: it cannot be ${action}.`, { field: "input.reportId", rule: "report.status", status: current });
}

/** One move of the status table; any other move answers CONFLICT naming the current status. */
export async function moveReport(ctx: Ctx, move: Move, input: ReportMoveInput): Promise<AccidentReport> {
  const { from, to } = MOVES[move];
  const reason = input.reason?.trim() || null;
  if (move === "closeWithoutRecognition" && !reason) throw badInput("input.reason", "report.reason-required", "Closing without recognition needs the reason.");
  const report = await visible(ctx, input.reportId);
  throwIfInvalid(checkMoveDay("on", input.on, report.statusOn, todayInChina()));
  // The bare move has no site visit to check: a serious or fatal accident's investigation is recorded with it.
  if (move === "investigate" && report.severity !== Severity.MINOR) {
    throw badInput("input.reportId", "investigation.site-visit-required", `A ${report.severity} accident is visited on site: record its investigation with recordInvestigation.`);
  }
  await withTransaction(ctx.db, async (tx) => {
    const current = await ctx.loaders.repo.report.forUpdate(tx, report.id);
    if (!current || current.status !== from) illegal(current?.status ?? report.status, `moved to ${to}`);
    if (!(await ctx.loaders.repo.report.move(tx, report.id, from, to, input.on, false, reason))) illegal(current.status, `moved to ${to}`);
    if (reason && to === ReportStatus.NOT_RECOGNIZED) await ctx.loaders.repo.report.setReason(tx, report.id, reason);
  });
  return (await ctx.loaders.repo.report.byIds([report.id]))[0];
}

/** Undoes a wrong move: any other status, with a reason, kept in the history; a decision is cleared with SUBMITTED left. */
export async function correctStatus(ctx: Ctx, input: CorrectReportStatusInput): Promise<AccidentReport> {
  const reason = input.reason.trim();
  if (!reason) throw badInput("input.reason", "report.reason-required", "A correction states its reason.");
  const report = await visible(ctx, input.reportId);
  if (!isIsoDate(input.on) || input.on > todayInChina()) throw badInput("input.on", "date.not-future", "The day is a real date, not in the future.");
  if (report.status === input.status) illegal(report.status, `corrected to the status it has`);
  await withTransaction(ctx.db, async (tx) => {
    const current = await ctx.loaders.repo.report.forUpdate(tx, report.id);
    if (!current || current.status === input.status) illegal(current?.status ?? report.status, "corrected to the status it has");
    if (!(await ctx.loaders.repo.report.move(tx, report.id, current.status, input.status, input.on, true, reason))) illegal(current.status, "corrected");
    if (current.status === ReportStatus.SUBMITTED) await tx.run("UPDATE accident_report SET decision = NULL, decisionNumber = NULL, decisionReason = NULL, decidedOn = NULL WHERE id = ?", [report.id]);
  });
  return (await ctx.loaders.repo.report.byIds([report.id]))[0];
}

/** The bureau's decision: only on a SUBMITTED report, dated on or after its submission. */
export async function recordDecision(ctx: Ctx, input: RecordDecisionInput): Promise<AccidentReport> {
  const decisionNumber = input.decisionNumber.trim();
  if (!decisionNumber) throw badInput("input.decisionNumber", "decision.number", "A decision has its number.");
  const report = await visible(ctx, input.reportId);
  if (report.status !== ReportStatus.SUBMITTED) illegal(report.status, "decided by the bureau (only a SUBMITTED report is)");
  throwIfInvalid(checkMoveDay("decidedOn", input.decidedOn, report.statusOn, todayInChina()));
  // A death recognized as a work injury fixes the case's own wage (read before the transaction).
  const wage = input.decision === RecognitionDecision.RECOGNIZED && report.severity === Severity.FATAL ? await ownWageToStoreFor(ctx, report, OwnWageOccasion.DEATH) : null;
  await withTransaction(ctx.db, async (tx) => {
    const ok = await ctx.loaders.repo.report.decide(tx, report.id, { decision: input.decision, decisionNumber, decisionReason: input.reason?.trim() || null, decidedOn: input.decidedOn });
    if (!ok) illegal((await ctx.loaders.repo.report.forUpdate(tx, report.id))?.status ?? report.status, "decided by the bureau");
    if (wage) await ctx.loaders.repo.ownWage.storeOnce(tx, [wage]);
  });
  return (await ctx.loaders.repo.report.byIds([report.id]))[0];
}
