import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../common/context";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { BenefitParameter, BenefitParameterKind } from "./parameter.entity";
import { RecordBenefitParameterInput } from "./parameter.input";
import * as service from "./parameter.service";

type C = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/** Thin: arguments in, a service or the repository out. */
@Resolver(() => BenefitParameter)
export class ParameterResolver {
  @Authorized("injury:read")
  @Query(() => [BenefitParameter], { description: "The dated benefit parameters (待遇计发参数), by kind, qualifier, area and day." })
  benefitParameters(
    @Arg("kind", () => BenefitParameterKind, { nullable: true, description: "Only this kind (参数类型)" }) kind: BenefitParameterKind | null,
    @Arg("areaCode", () => String, { nullable: true, description: "Only this exact area; empty string for the national values (行政区划)" }) areaCode: string | null,
    @Ctx() ctx: C,
  ) {
    return ctx.loaders.repo.parameter.list(kind ?? null, areaCode ?? null);
  }

  @Authorized("admin")
  @Mutation(() => BenefitParameter, { description: "Records a benefit parameter value (录入待遇计发参数): a new year's value from its day, or a correction of the value of the same kind, qualifier, area and day." })
  recordBenefitParameter(@Arg("input", () => RecordBenefitParameterInput, { description: "The value (参数内容)" }) input: RecordBenefitParameterInput, @Ctx() ctx: C) {
    return service.recordParameter(ctx, input);
  }
}
