import type { Context } from "../../common/context";
import { isIsoDate, todayInChina } from "../../common/dates";
import { orConflict } from "../../common/db-errors";
import { throwIfInvalid } from "../../common/errors";
import { withTransaction } from "../../common/tx";
import { recognizedReport } from "../accident-report/recognized";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import type { QualificationCheck } from "./qualification.entity";
import type { RecordQualificationCheckInput } from "./qualification.input";

type Ctx = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/** The check's own rules: a year, and a day within it, not in the future, not before the recognition. */
export function checkQualification(q: { year: number; checkedOn: string }, decidedOn: string, today: string) {
  if (!Number.isInteger(q.year) || q.year < 1990 || q.year > 2100) return [{ field: "year", rule: "year.range", message: "A year between 1990 and 2100." }];
  if (!isIsoDate(q.checkedOn) || q.checkedOn > today) return [{ field: "checkedOn", rule: "date.not-future", message: "The day passed is a real date, not in the future." }];
  if (!q.checkedOn.startsWith(`${q.year}-`)) return [{ field: "checkedOn", rule: "qualification.in-year", message: `A check for ${q.year} is passed within ${q.year}.` }];
  if (q.checkedOn < decidedOn) return [{ field: "checkedOn", rule: "qualification.before-recognition", message: `A check follows the recognition decision (${decidedOn}).` }];
  return [];
}

/** A passed check, once per case and year (a second is CONFLICT qualification.duplicate). */
export async function recordQualificationCheck(ctx: Ctx, input: RecordQualificationCheckInput): Promise<QualificationCheck> {
  const report = await recognizedReport(ctx, input.reportId, "input.reportId", "qualification.not-recognized");
  throwIfInvalid(checkQualification(input, report.decidedOn, todayInChina()));
  const id = await orConflict(ctx.db, () => withTransaction(ctx.db, (tx) => ctx.loaders.repo.qualification.insert(tx, { reportId: report.id, year: input.year, checkedOn: input.checkedOn }, report)), { "reportId,year": "input.year" }, "qualification.duplicate");
  return (await ctx.loaders.repo.qualification.byIds([id]))[0];
}
