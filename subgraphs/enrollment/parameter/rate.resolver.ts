import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../common/context";
import { DateScalar } from "../../common/scalars";
import type { EnrollmentLoaders } from "../loaders";
import { RateParameter } from "./rate.entity";

@Resolver(() => RateParameter)
export class RateResolver {
  @Authorized("enrollment:read", "aggregate:read")
  @Query(() => [RateParameter], { description: "Contribution rate parameters, all or those valid from on or before a date (缴费费率参数)." })
  contributionRates(@Arg("asOf", () => DateScalar, { nullable: true, description: "Valid on this date (有效日期)" }) asOf: string | undefined, @Ctx() ctx: Context<EnrollmentLoaders>) {
    return ctx.loaders.repo.rate.list(asOf);
  }
}
