import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Accident reports received in the year, by status as at 31 December (工伤报案情况)." })
export class ReportFiguresType {
  @Field(() => Int, { description: "Reports received (报案总数)." })
  total: number;
  @Field(() => Int, { description: "Sent to the bureau for recognition (已报送上级认定)." })
  submitted: number;
  @Field(() => Int, { description: "Closed without recognition (不予认定)." })
  notRecognized: number;
  @Field(() => Int, { description: "Awaiting recognition (待认定)." })
  pendingRecognition: number;
  @Field(() => Int, { description: "Awaiting investigation (待调查)." })
  pendingInvestigation: number;
}

@ObjectType({ description: "Work-injury section of the annual report (工伤业务情况)." })
export class WorkInjuryFigures {
  @Field(() => ReportFiguresType, { description: "Accident reports (工伤报案)." })
  reports: ReportFiguresType;
}
