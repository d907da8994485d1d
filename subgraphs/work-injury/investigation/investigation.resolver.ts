import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../common/context";
import { AccidentReport } from "../accident-report/accident-report.entity";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { InterviewRecord, Investigation, RecordingRecord } from "./investigation.entity";
import { RecordInvestigationInput } from "./investigation.input";
import * as service from "./investigation.service";

type C = Context<WorkInjuryLoaders, WorkInjuryConfig>;

@Resolver(() => Investigation)
export class InvestigationResolver {
  @Authorized("injury:write")
  @Mutation(() => Investigation, { description: "Records the investigation (记录工伤调查) and moves the report to PENDING_RECOGNITION; CONFLICT naming the status when it is not awaiting investigation." })
  recordInvestigation(@Arg("input", () => RecordInvestigationInput, { description: "The investigation (调查结果)" }) input: RecordInvestigationInput, @Ctx() ctx: C) {
    return service.recordInvestigation(ctx, input);
  }

  @Authorized("injury:read")
  @FieldResolver(() => [InterviewRecord], { description: "Interview records (调查笔录), metadata." })
  interviews(@Root() i: Investigation): InterviewRecord[] {
    return JSON.parse(i.interviewsJson) as InterviewRecord[];
  }

  @Authorized("injury:read")
  @FieldResolver(() => [RecordingRecord], { description: "Recordings (音像资料), metadata." })
  recordings(@Root() i: Investigation): RecordingRecord[] {
    return JSON.parse(i.recordingsJson) as RecordingRecord[];
  }
}

/** A report's investigations, through a DataLoader (one statement for a page of reports). */
@Resolver(() => AccidentReport)
export class ReportInvestigationsResolver {
  @Authorized("injury:read")
  @FieldResolver(() => [Investigation], { description: "Investigations of the accident, oldest first (工伤调查)." })
  investigations(@Root() report: AccidentReport, @Ctx() ctx: C) {
    return ctx.loaders.reportInvestigations.load(report.id);
  }
}
