import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../common/context";
import { parseId } from "../../common/errors";
import { connectionType, PageArgs } from "../../common/page";
import { AccidentReport } from "../accident-report/accident-report.entity";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { Appraisal } from "./appraisal.entity";
import { AppraisalFilter, ApplyForAppraisalInput, RecordAppraisalConclusionInput, ExtendAppraisalInput } from "./appraisal.input";
import * as service from "./appraisal.service";

export const AppraisalConnection = connectionType(Appraisal, "AppraisalConnection", "A page of labour-capacity appraisals (劳动能力鉴定列表).");

type C = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/** Thin: arguments in, a service or a loader out. */
@Resolver(() => Appraisal)
export class AppraisalResolver {
  @Authorized("injury:read")
  @Query(() => Appraisal, { nullable: true, description: "An appraisal by hub id (按ID查询劳动能力鉴定); null when unknown or out of bounds." })
  appraisal(@Arg("id", () => ID, { description: "Hub id (鉴定ID)" }) id: string, @Ctx() ctx: C) {
    return ctx.loaders.appraisal.load(parseId(id, "id"));
  }

  @Authorized("injury:read")
  @Query(() => AppraisalConnection, { description: "Labour-capacity appraisals, paginated and filtered (劳动能力鉴定列表)." })
  appraisals(@Arg("filter", () => AppraisalFilter, { nullable: true, description: "Filter (查询条件)" }) filter: AppraisalFilter | undefined, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return ctx.loaders.repo.appraisal.page(filter, page);
  }

  @Authorized("injury:write")
  @Mutation(() => Appraisal, { description: "Records an application for appraisal of a recognized work injury (劳动能力鉴定申请); CONFLICT for a report not recognized." })
  applyForAppraisal(@Arg("input", () => ApplyForAppraisalInput, { description: "The application (申请内容)" }) input: ApplyForAppraisalInput, @Ctx() ctx: C) {
    return service.applyForAppraisal(ctx, input);
  }

  @Authorized("injury:write")
  @Mutation(() => Appraisal, { description: "Records the committee's extension of its time by 30 days (延长鉴定期限), once, within the first 60 days; CONFLICT when extended or concluded already." })
  extendAppraisal(@Arg("input", () => ExtendAppraisalInput, { description: "The extension (延期内容)" }) input: ExtendAppraisalInput, @Ctx() ctx: C) {
    return service.extendAppraisal(ctx, input);
  }

  @Authorized("injury:write")
  @Mutation(() => Appraisal, { description: "Records the committee's conclusion (记录鉴定结论): grade 1–10 or none, care level; CONFLICT when concluded already." })
  recordAppraisalConclusion(@Arg("input", () => RecordAppraisalConclusionInput, { description: "The conclusion (鉴定结论)" }) input: RecordAppraisalConclusionInput, @Ctx() ctx: C) {
    return service.recordConclusion(ctx, input);
  }
}

/** A report's appraisals, through a DataLoader (one statement for a page of reports). */
@Resolver(() => AccidentReport)
export class ReportAppraisalsResolver {
  @Authorized("injury:read")
  @FieldResolver(() => [Appraisal], { description: "Labour-capacity appraisals of the injury, oldest first (劳动能力鉴定)." })
  appraisals(@Root() report: AccidentReport, @Ctx() ctx: C) {
    return ctx.loaders.reportAppraisals.load(report.id);
  }
}
