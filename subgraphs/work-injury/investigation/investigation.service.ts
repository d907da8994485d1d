import type { Context } from "../../common/context";
import { todayInChina } from "../../common/dates";
import { throwIfInvalid } from "../../common/errors";
import { withTransaction } from "../../common/tx";
import { illegal } from "../accident-report/accident-report.service";
import { writableReport } from "../accident-report/recognized";
import { MOVES } from "../accident-report/status";
import type { WorkInjuryConfig } from "../config";
import { investigationDue } from "../late-case/deadline.rules";
import type { WorkInjuryLoaders } from "../loaders";
import type { Investigation } from "./investigation.entity";
import type { RecordInvestigationInput } from "./investigation.input";
import { checkInvestigation, InvestigationRecord, metStandard } from "./investigation.rules";

type Ctx = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/**
 * Records the investigation and makes the status table's move PENDING_INVESTIGATION → PENDING_RECOGNITION,
 * in one transaction (the move only if the status is still the one checked). Whether the service
 * standard was met is computed with the deadline in force when it is recorded.
 */
export async function recordInvestigation(ctx: Ctx, input: RecordInvestigationInput): Promise<Investigation> {
  const report = await writableReport(ctx, input.reportId, "input.reportId");
  const { from, to } = MOVES.investigate;
  if (report.status !== from) illegal(report.status, `investigated (only a ${from} report is)`);
  const record: InvestigationRecord = {
    investigator: input.investigator.trim(),
    siteVisitOn: input.siteVisitOn ?? null,
    completedOn: input.completedOn,
    interviews: input.interviews.map((x) => ({ role: x.role, takenOn: x.takenOn, pages: x.pages })),
    recordings: input.recordings.map((x) => ({ kind: x.kind, takenOn: x.takenOn, items: x.items })),
  };
  throwIfInvalid(checkInvestigation(record, report, todayInChina()));
  const dueBy = investigationDue(report.reportedOn, report.severity, ctx.config);
  const repo = ctx.loaders.repo;
  const id = await withTransaction(ctx.db, async (tx) => {
    const current = await repo.report.forUpdate(tx, report.id);
    if (!current || !(await repo.report.move(tx, report.id, from, to, record.completedOn, false, null))) illegal(current?.status ?? report.status, `moved to ${to}`);
    return repo.investigation.insert(tx, report.id, report, record, dueBy, metStandard(record, report.severity, dueBy));
  });
  return (await repo.investigation.byIds([id]))[0];
}
