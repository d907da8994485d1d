import { Field, ID, InputType } from "type-graphql";
import type { Context } from "../../common/context";
import { todayInChina } from "../../common/dates";
import { throwIfInvalid } from "../../common/errors";
import { MoneyScalar } from "../../common/scalars";
import { withTransaction } from "../../common/tx";
import { recognizedReport } from "../accident-report/recognized";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";

type Ctx = Context<WorkInjuryLoaders, WorkInjuryConfig>;

@InputType({ description: "A case worker's correction of a case's own wage (本人工资更正)." })
export class CorrectOwnWageInput {
  @Field(() => ID, { description: "Hub id of the report (报案ID): a recognized work injury." })
  reportId: string;
  @Field(() => MoneyScalar, { description: "The own wage to use (更正后本人工资), in yuan." })
  ownWage: number;
  @Field(() => String, { description: "Why (更正原因), e.g. a base recorded at another employer." })
  reason: string;
}

/** Largest own wage accepted, fen: far above 300 % of any average wage; a typo guard. */
const MAX_OWN_WAGE_FEN = 1_000_000_00;

/** Records the correction (replacing an earlier one) with who made it; the entitlement then computes from it. */
export async function correctOwnWage(ctx: Ctx, input: CorrectOwnWageInput): Promise<string> {
  const report = await recognizedReport(ctx, input.reportId, "input.reportId", "benefit.not-recognized");
  const reason = input.reason.trim();
  throwIfInvalid([
    ...(!Number.isSafeInteger(input.ownWage) || input.ownWage <= 0 || input.ownWage > MAX_OWN_WAGE_FEN ? [{ field: "ownWage", rule: "own-wage.amount", message: "An own wage above 0.00 and at most 1,000,000.00 yuan." }] : []),
    ...(!reason || reason.length > 200 ? [{ field: "reason", rule: "own-wage.reason", message: "The reason, 1 to 200 characters." }] : []),
  ]);
  await withTransaction(ctx.db, (tx) => ctx.loaders.repo.ownWage.record(tx, { reportId: report.id, ownWage: input.ownWage, reason, recordedBy: ctx.claims.sub, recordedOn: todayInChina() }));
  return String(report.id);
}
