import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../common/context";
import { connectionType, PageArgs } from "../../common/page";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { PreventionTraining } from "./training.entity";
import { RecordTrainingInput, TrainingFilter } from "./training.input";
import * as service from "./training.service";

export const PreventionTrainingConnection = connectionType(PreventionTraining, "PreventionTrainingConnection", "A page of prevention trainings (工伤预防培训列表).");

type C = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/** Thin: arguments in, a service or a repository out. */
@Resolver(() => PreventionTraining)
export class TrainingResolver {
  @Authorized("injury:read")
  @Query(() => PreventionTrainingConnection, { description: "Prevention trainings, paginated and filtered (工伤预防培训列表)." })
  preventionTrainings(@Arg("filter", () => TrainingFilter, { nullable: true, description: "Filter (查询条件)" }) filter: TrainingFilter | undefined, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return ctx.loaders.repo.training.page(filter, page);
  }

  @Authorized("injury:write")
  @Mutation(() => PreventionTraining, { description: "Records a prevention training held (工伤预防培训登记). CONFLICT when the session number is recorded." })
  recordTraining(@Arg("input", () => RecordTrainingInput, { description: "The session (培训内容)" }) input: RecordTrainingInput, @Ctx() ctx: C) {
    return service.recordTraining(ctx, input);
  }
}
