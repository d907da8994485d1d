import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../common/context";
import { parseId } from "../../common/errors";
import { connectionType, PageArgs } from "../../common/page";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { AccidentReport, AccidentReportStatusChange } from "./accident-report.entity";
import { AccidentReportFilter, CorrectReportStatusInput, RecordDecisionInput, ReportAccidentInput, ReportMoveInput } from "./accident-report.input";
import * as service from "./accident-report.service";

export const AccidentReportConnection = connectionType(AccidentReport, "AccidentReportConnection", "A page of accident reports (工伤报案列表).");

type C = Context<WorkInjuryLoaders, WorkInjuryConfig>;
const MOVE_ARG = { description: "The move (状态变更内容)" };

/** Thin: arguments in, a service or a loader out. */
@Resolver(() => AccidentReport)
export class AccidentReportResolver {
  @Authorized("injury:read")
  @Query(() => AccidentReport, { nullable: true, description: "An accident report by hub id (按ID查询工伤报案); null when unknown or out of bounds." })
  accidentReport(@Arg("id", () => ID, { description: "Hub id (报案ID)" }) id: string, @Ctx() ctx: C) {
    return ctx.loaders.report.load(parseId(id, "id"));
  }

  @Authorized("injury:read")
  @Query(() => AccidentReportConnection, { description: "Accident reports, paginated and filtered (工伤报案列表)." })
  accidentReports(@Arg("filter", () => AccidentReportFilter, { nullable: true, description: "Filter (查询条件)" }) filter: AccidentReportFilter | undefined, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return ctx.loaders.repo.report.page(filter, page);
  }

  @Authorized("injury:read")
  @Query(() => [AccidentReport], {
    nullable: "items",
    description: "Accident reports by report number, at most 5,000 a request (按报案编号批量查询): in input order, null when unknown or out of bounds. How another subgraph's import turns report numbers into hub ids (DESIGN §2).",
  })
  accidentReportsByNumbers(@Arg("reportNumbers", () => [String], { description: "Report numbers (报案编号)" }) reportNumbers: string[], @Ctx() ctx: C) {
    return service.reportsByNumbers(ctx, reportNumbers);
  }

  @Authorized("injury:read")
  @FieldResolver(() => [AccidentReportStatusChange], { description: "Dated status history, oldest first (状态变更记录)." })
  history(@Root() report: AccidentReport, @Ctx() ctx: C) {
    return ctx.loaders.history.load(report.id);
  }

  @Authorized("injury:write")
  @Mutation(() => AccidentReport, { description: "Records an accident report received (工伤报案登记): PENDING_INVESTIGATION. CONFLICT when the report number is recorded." })
  reportAccident(@Arg("input", () => ReportAccidentInput, { description: "The report (报案内容)" }) input: ReportAccidentInput, @Ctx() ctx: C) {
    return service.reportAccident(ctx, input);
  }

  @Authorized("injury:write")
  @Mutation(() => AccidentReport, { description: "Records a minor accident's investigation done without its file (调查完成): PENDING_INVESTIGATION → PENDING_RECOGNITION; CONFLICT otherwise. A serious or fatal accident is refused (`investigation.site-visit-required`): its investigation is recorded with the site visit by recordInvestigation." })
  completeInvestigation(@Arg("input", () => ReportMoveInput, MOVE_ARG) input: ReportMoveInput, @Ctx() ctx: C) {
    return service.moveReport(ctx, "investigate", input);
  }

  @Authorized("injury:write")
  @Mutation(() => AccidentReport, { description: "Sends the report to the bureau for recognition (报送上级认定): PENDING_RECOGNITION → SUBMITTED; CONFLICT otherwise." })
  submitForRecognition(@Arg("input", () => ReportMoveInput, MOVE_ARG) input: ReportMoveInput, @Ctx() ctx: C) {
    return service.moveReport(ctx, "submit", input);
  }

  @Authorized("injury:write")
  @Mutation(() => AccidentReport, { description: "Closes the report without recognition, with the reason (不予认定): PENDING_RECOGNITION → NOT_RECOGNIZED; CONFLICT otherwise." })
  closeWithoutRecognition(@Arg("input", () => ReportMoveInput, MOVE_ARG) input: ReportMoveInput, @Ctx() ctx: C) {
    return service.moveReport(ctx, "closeWithoutRecognition", input);
  }

  @Authorized("injury:write")
  @Mutation(() => AccidentReport, { description: "Corrects a wrong status move, with the reason kept in the history (状态更正)." })
  correctAccidentReportStatus(@Arg("input", () => CorrectReportStatusInput, { description: "The correction (更正内容)" }) input: CorrectReportStatusInput, @Ctx() ctx: C) {
    return service.correctStatus(ctx, input);
  }

  @Authorized("injury:write")
  @Mutation(() => AccidentReport, { description: "Records the bureau's decision on a SUBMITTED report (记录认定结论); CONFLICT on any other status." })
  recordRecognitionDecision(@Arg("input", () => RecordDecisionInput, { description: "The decision (认定结论)" }) input: RecordDecisionInput, @Ctx() ctx: C) {
    return service.recordDecision(ctx, input);
  }
}
