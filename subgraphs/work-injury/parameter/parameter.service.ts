import type { Context } from "../../common/context";
import { todayInChina } from "../../common/dates";
import { throwIfInvalid } from "../../common/errors";
import { withTransaction } from "../../common/tx";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import type { BenefitParameter } from "./parameter.entity";
import type { RecordBenefitParameterInput } from "./parameter.input";
import { checkParameter, ParameterRecord } from "./parameter.rules";

type Ctx = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/** Records a parameter value (a new year's, or a correction of the same day's), with who recorded it. */
export async function recordParameter(ctx: Ctx, input: RecordBenefitParameterInput): Promise<BenefitParameter> {
  const record: ParameterRecord = {
    kind: input.kind, qualifier: (input.qualifier ?? "").trim().toUpperCase(), areaCode: (input.areaCode ?? "").trim(), validFrom: input.validFrom,
    validUntil: input.validUntil ?? null, amount: input.amount ?? null, percent: input.percent ?? null,
  };
  throwIfInvalid(checkParameter(record));
  return withTransaction(ctx.db, (tx) => ctx.loaders.repo.parameter.record(tx, record, ctx.claims.sub, todayInChina()));
}
