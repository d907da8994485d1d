import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../common/context";
import { todayInChina } from "../../common/dates";
import { AccidentReport } from "../accident-report/accident-report.entity";
import type { WorkInjuryConfig } from "../config";
import { deadlineState } from "../late-case/deadline.rules";
import type { WorkInjuryLoaders } from "../loaders";
import { RecognitionApplication } from "./recognition.entity";
import { AcceptRecognitionInput, ApplyForRecognitionInput, RecognitionClockInput } from "./recognition.input";
import * as service from "./recognition.service";

type C = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/** Thin: arguments in, a service out. */
@Resolver(() => RecognitionApplication)
export class RecognitionResolver {
  @Authorized("injury:write")
  @Mutation(() => RecognitionApplication, { description: "Records an application for recognition (工伤认定申请), one per report; one after the applicant's time limit is recorded and flagged filedLate." })
  applyForRecognition(@Arg("input", () => ApplyForRecognitionInput, { description: "The application (申请内容)" }) input: ApplyForRecognitionInput, @Ctx() ctx: C) {
    return service.applyForRecognition(ctx, input);
  }

  @Authorized("injury:write")
  @Mutation(() => RecognitionApplication, { description: "Records the bureau's acceptance (认定受理): the decision is due 60 days later, 15 when the facts are clear; CONFLICT when accepted already." })
  acceptRecognitionApplication(@Arg("input", () => AcceptRecognitionInput, { description: "The acceptance (受理)" }) input: AcceptRecognitionInput, @Ctx() ctx: C) {
    return service.acceptApplication(ctx, input);
  }

  @Authorized("injury:write")
  @Mutation(() => RecognitionApplication, { description: "Suspends the recognition (认定中止), pausing the decision's clock; CONFLICT when not accepted, decided or suspended already." })
  suspendRecognition(@Arg("input", () => RecognitionClockInput, { description: "The day suspended (中止日期)" }) input: RecognitionClockInput, @Ctx() ctx: C) {
    return service.suspend(ctx, input);
  }

  @Authorized("injury:write")
  @Mutation(() => RecognitionApplication, { description: "Resumes a suspended recognition (恢复认定): the days suspended are added to the due day; CONFLICT when not suspended." })
  resumeRecognition(@Arg("input", () => RecognitionClockInput, { description: "The day resumed (恢复日期)" }) input: RecognitionClockInput, @Ctx() ctx: C) {
    return service.resume(ctx, input);
  }

  @Authorized("injury:read")
  @FieldResolver(() => Int, { nullable: true, description: "Days left today until the decision is due (剩余天数): 0 on the due day, negative once overdue; null until accepted, while suspended or once decided." })
  async daysLeft(@Root() a: RecognitionApplication, @Ctx() ctx: C): Promise<number | null> {
    if (!a.dueBy || a.suspendedSince || (await ctx.loaders.report.load(a.reportId))?.decidedOn) return null;
    return deadlineState(a.dueBy, todayInChina()).daysLeft;
  }

  @Authorized("injury:read")
  @FieldResolver(() => Boolean, { description: "Whether the decision is overdue (超期): undecided after the due day today, or decided after it." })
  async overdue(@Root() a: RecognitionApplication, @Ctx() ctx: C): Promise<boolean> {
    if (!a.dueBy) return false;
    const decidedOn = (await ctx.loaders.report.load(a.reportId))?.decidedOn;
    if (decidedOn) return decidedOn > a.dueBy;
    return !a.suspendedSince && deadlineState(a.dueBy, todayInChina()).overdue;
  }
}

/** A report's application, through a DataLoader (one statement for a page of reports). */
@Resolver(() => AccidentReport)
export class ReportRecognitionResolver {
  @Authorized("injury:read")
  @FieldResolver(() => RecognitionApplication, { nullable: true, description: "The application for recognition (工伤认定申请); null when none was made." })
  recognitionApplication(@Root() report: AccidentReport, @Ctx() ctx: C) {
    return ctx.loaders.reportRecognition.load(report.id);
  }
}
