import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import { RecognitionDecision, ReportStatus, Severity } from "./status";

@InputType({ description: "An accident report received (工伤报案登记). The employer's area and industry and whether the person was insured there on the day (是否参保) are read from enrollment, not given." })
export class ReportAccidentInput {
  @Field(() => String, { description: "Report number (报案编号)." })
  reportNumber: string;

  @Field(() => ID, { nullable: true, description: "Hub id of the injured person (受伤职工人员ID); or give idNumber." })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "Resident ID number of the injured person (受伤职工公民身份号码), instead of personId; resolved in enrollment (needs pii:read)." })
  idNumber?: string | null;

  @Field(() => ID, { nullable: true, description: "Hub id of the employer (用人单位ID); or give creditCode." })
  employerId?: string | null;

  @Field(() => String, { nullable: true, description: "Unified social credit code of the employer (统一社会信用代码), instead of employerId." })
  creditCode?: string | null;

  @Field(() => DateScalar, { description: "Day of the accident (事故发生日期)." })
  occurredOn: string;

  @Field(() => DateScalar, { description: "Day reported (报案日期)." })
  reportedOn: string;

  @Field(() => String, { description: "Place of the accident (事故地点)." })
  place: string;

  @Field(() => String, { description: "Description of the accident and injury (事故经过及伤情)." })
  description: string;

  @Field(() => Severity, { description: "Severity (事故严重程度)." })
  severity: Severity;
}

@InputType({ description: "A status move of a report (报案状态变更)." })
export class ReportMoveInput {
  @Field(() => ID, { description: "Hub id of the report (报案ID)." })
  reportId: string;

  @Field(() => DateScalar, { description: "Day of the move (变更日期)." })
  on: string;

  @Field(() => String, { nullable: true, description: "Reason (原因); required when closing without recognition." })
  reason?: string | null;
}

@InputType({ description: "A correction of a wrong status move (状态更正)." })
export class CorrectReportStatusInput {
  @Field(() => ID, { description: "Hub id of the report (报案ID)." })
  reportId: string;

  @Field(() => ReportStatus, { description: "The status the report should have (更正后状态)." })
  status: ReportStatus;

  @Field(() => DateScalar, { description: "Day of the correction (更正日期)." })
  on: string;

  @Field(() => String, { description: "Why the earlier move was wrong (更正原因)." })
  reason: string;
}

@InputType({ description: "The bureau's decision on a submitted report (上级认定结论)." })
export class RecordDecisionInput {
  @Field(() => ID, { description: "Hub id of the report (报案ID)." })
  reportId: string;

  @Field(() => RecognitionDecision, { description: "The decision (认定结论)." })
  decision: RecognitionDecision;

  @Field(() => String, { description: "Decision number (认定决定书编号)." })
  decisionNumber: string;

  @Field(() => String, { nullable: true, description: "Reason (理由)." })
  reason?: string | null;

  @Field(() => DateScalar, { description: "Day of the decision (认定日期)." })
  decidedOn: string;
}

@InputType({ description: "Filter for the report list (报案查询条件)." })
export class AccidentReportFilter {
  @Field(() => String, { nullable: true, description: "Area code; includes everything below it (行政区划)." })
  areaCode?: string | null;

  @Field(() => ReportStatus, { nullable: true, description: "Status (状态)." })
  status?: ReportStatus | null;
}
