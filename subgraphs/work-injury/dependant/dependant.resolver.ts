import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { connectionType, PageArgs } from "../../common/page";
import { DateScalar } from "../../common/scalars";
import type { Context } from "../../common/context";
import { AccidentReport } from "../accident-report/accident-report.entity";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { Dependant } from "./dependant.entity";
import { RecordDependantInput } from "./dependant.input";
import * as service from "./dependant.service";

type C = Context<WorkInjuryLoaders, WorkInjuryConfig>;

export const DependantConnection = connectionType(Dependant, "DependantConnection", "A page of dependants (供养亲属列表).");

@Resolver(() => Dependant)
export class DependantResolver {
  @Authorized("injury:read")
  @Query(() => DependantConnection, { description: "Dependants of deceased workers, paginated (供养亲属列表): those eligible on a day when asked." })
  dependants(@Arg("eligibleOn", () => DateScalar, { nullable: true, description: "Only those eligible on this day (供养日期)" }) eligibleOn: string | null, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return ctx.loaders.repo.dependant.page(eligibleOn ?? null, page);
  }

  @Authorized("injury:benefits")
  @Mutation(() => Dependant, { description: "Records a dependant of a worker who died of a recognized work injury (登记供养亲属). CONFLICT when the person is recorded for the case." })
  recordDependant(@Arg("input", () => RecordDependantInput, { description: "The dependant (供养亲属)" }) input: RecordDependantInput, @Ctx() ctx: C) {
    return service.recordDependant(ctx, input);
  }
}

@Resolver(() => AccidentReport)
export class ReportDependantsResolver {
  @Authorized("injury:read")
  @FieldResolver(() => [Dependant], { description: "Dependants of the deceased (供养亲属)." })
  dependants(@Root() report: AccidentReport, @Ctx() ctx: C) {
    return ctx.loaders.reportDependants.load(report.id);
  }
}
