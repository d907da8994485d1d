import type { Context } from "../../common/context";
import { todayInChina } from "../../common/dates";
import { orConflict } from "../../common/db-errors";
import { conflict, throwIfInvalid } from "../../common/errors";
import { withTransaction } from "../../common/tx";
import { recognizedReport } from "../accident-report/recognized";
import { Severity } from "../accident-report/status";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import type { Dependant } from "./dependant.entity";
import type { RecordDependantInput } from "./dependant.input";
import { checkDependant, DependantRecord } from "./dependant.rules";

type Ctx = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/** A dependant of a recognized fatal case, once per person and case (CONFLICT dependant.duplicate). */
export async function recordDependant(ctx: Ctx, input: RecordDependantInput): Promise<Dependant> {
  const report = await recognizedReport(ctx, input.reportId, "input.reportId", "dependant.not-recognized");
  if (report.severity !== Severity.FATAL) throw conflict("Dependants draw a pension after a fatal work injury only.", { field: "input.reportId", rule: "dependant.not-fatal", severity: report.severity });
  const record: DependantRecord = {
    name: input.name.trim(), idNumber: input.idNumber.trim().toUpperCase(), relation: input.relation, orphanOrLoneElderly: input.orphanOrLoneElderly,
    eligibleFrom: input.eligibleFrom, eligibleUntil: input.eligibleUntil ?? null,
  };
  throwIfInvalid(checkDependant(record, report.occurredOn, todayInChina()));
  const repo = ctx.loaders.repo.dependant;
  const id = await orConflict(ctx.db, () => withTransaction(ctx.db, (tx) => repo.insert(tx, report.id, record, report)), { "reportId,idNumber": "input.idNumber" }, "dependant.duplicate");
  return (await withTransaction(ctx.db, (tx) => repo.byId(tx, id), { bumpsVersion: false }))!;
}
