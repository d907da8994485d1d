import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { connectionType, PageArgs } from "../../common/page";
import { DateScalar } from "../../common/scalars";
import { AccidentReport } from "../accident-report/accident-report.entity";
import type { DeadlineKind } from "./deadline.rules";

export const LateKind: Record<DeadlineKind, DeadlineKind> = { APPLICATION: "APPLICATION", INVESTIGATION: "INVESTIGATION", RECOGNITION: "RECOGNITION", APPRAISAL: "APPRAISAL" };
registerEnumType(LateKind, {
  name: "DeadlineKind",
  description: "A deadline of the case (办理时限).",
  valuesConfig: {
    APPLICATION: { description: "The employer's application for recognition, 30 days after the accident (单位申请时限)" },
    INVESTIGATION: { description: "The investigation: serious and fatal the day reported, minor within 7 days (调查时限)" },
    RECOGNITION: { description: "The bureau's decision, 60 days (15 when clear) after acceptance, suspensions paused (认定时限)" },
    APPRAISAL: { description: "The appraisal's conclusion, 60 days after the application (鉴定时限)" },
  },
});

@ObjectType({ simpleResolvers: true, description: "A case past one of its deadlines on the day asked about (超期案件)." })
export class LateCase {
  @Field(() => ID, { description: "Hub id of the accident report (报案ID)." })
  id: number;

  @Field(() => LateKind, { description: "The deadline missed (超期事项)." })
  kind: DeadlineKind;

  @Field(() => DateScalar, { description: "Its due day (应办结日期)." })
  dueBy: string;

  @Field(() => Int, { description: "Days past it on the day asked about (超期天数), at least 1." })
  daysOverdue: number;

  @Field(() => AccidentReport, { description: "The case (工伤报案)." })
  report: AccidentReport;
}

export const LateCaseConnection = connectionType(LateCase, "LateCaseConnection", "A page of late cases (超期案件列表).");

@ArgsType()
export class LateCasesArgs extends PageArgs {
  @Field(() => DateScalar, { description: "The day asked about (截至日期): cases open then and past the deadline." })
  asOf: string;

  @Field(() => LateKind, { description: "Which deadline (办理时限)." })
  kind: DeadlineKind;
}
