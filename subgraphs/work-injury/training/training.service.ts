import { mayWriteIn } from "../../common/bounds";
import type { Context } from "../../common/context";
import { todayInChina } from "../../common/dates";
import { orConflict } from "../../common/db-errors";
import { forbidden, throwIfInvalid } from "../../common/errors";
import { withTransaction } from "../../common/tx";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import type { PreventionTraining } from "./training.entity";
import type { RecordTrainingInput } from "./training.input";
import { checkTraining, TrainingRecord } from "./training.rules";

type Ctx = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/** Records a session held: the rules (field + rule), the caller's area, one transaction, CONFLICT on a known number. */
export async function recordTraining(ctx: Ctx, input: RecordTrainingInput): Promise<PreventionTraining> {
  const record: TrainingRecord = { ...input, sessionNumber: input.sessionNumber.trim().toUpperCase(), title: input.title.trim() };
  throwIfInvalid(checkTraining(record, todayInChina()));
  if (!mayWriteIn(ctx.claims, record.areaCode)) throw forbidden("The area is outside the areas you may record in.");
  const id = await orConflict(ctx.db, () => withTransaction(ctx.db, (tx) => ctx.loaders.repo.training.insert(tx, record)), { sessionNumber: "input.sessionNumber" }, "training.duplicate");
  return (await ctx.loaders.repo.training.byIds([id]))[0];
}
