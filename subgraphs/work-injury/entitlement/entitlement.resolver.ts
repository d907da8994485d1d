import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { correctOwnWage, CorrectOwnWageInput } from "../own-wage/own-wage.service";
import type { Context } from "../../common/context";
import { DateScalar } from "../../common/scalars";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { BenefitEntitlement } from "./entitlement.types";
import * as service from "./entitlement.service";

type C = Context<WorkInjuryLoaders, WorkInjuryConfig>;

@Resolver(() => BenefitEntitlement)
export class EntitlementResolver {
  @Authorized("injury:benefits")
  @Query(() => BenefitEntitlement, { nullable: true, description: "What a recognized case is entitled to by the statutory formulas (工伤保险待遇核定), from the records and the dated parameters; null when the report is unknown or out of bounds; one case a request (it reads enrollment's contribution bases)." })
  benefitEntitlement(
    @Arg("reportId", () => ID, { description: "Hub id of the report (报案ID)" }) reportId: string,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "Day the monthly items are computed for (计算日期); today by default" }) asOf: string | null,
    @Ctx() ctx: C,
  ) {
    return service.entitlement(ctx, reportId, asOf);
  }

  @Authorized("injury:benefits")
  @Mutation(() => BenefitEntitlement, { description: "Corrects a case's own wage with a reason (更正本人工资), replacing an earlier correction; answers the entitlement as of today computed from it." })
  async correctOwnWage(@Arg("input", () => CorrectOwnWageInput, { description: "The correction (更正内容)" }) input: CorrectOwnWageInput, @Ctx() ctx: C) {
    return service.entitlement(ctx, await correctOwnWage(ctx, input), null);
  }
}
