import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import { CareLevel } from "./appraisal.entity";

@InputType({ description: "An application for a labour-capacity appraisal (劳动能力鉴定申请)." })
export class ApplyForAppraisalInput {
  @Field(() => String, { description: "Application number (鉴定申请编号)." })
  applicationNumber: string;

  @Field(() => ID, { description: "Hub id of the accident report, recognized as a work injury (报案ID)." })
  reportId: string;

  @Field(() => DateScalar, { description: "Day applied (申请日期)." })
  appliedOn: string;
}

@InputType({ description: "The committee's extension of its time by 30 days (延长鉴定期限, 条例第25条)." })
export class ExtendAppraisalInput {
  @Field(() => ID, { description: "Hub id of the appraisal (鉴定ID)." })
  appraisalId: string;

  @Field(() => DateScalar, { description: "Day extended (延期日期): within the first 60 days." })
  on: string;

  @Field(() => String, { description: "Why (延期原因), e.g. a complex case." })
  reason: string;
}

@InputType({ description: "The appraisal committee's conclusion (鉴定结论)." })
export class RecordAppraisalConclusionInput {
  @Field(() => ID, { description: "Hub id of the appraisal (鉴定ID)." })
  appraisalId: string;

  @Field(() => DateScalar, { description: "Day of the conclusion (鉴定结论日期)." })
  concludedOn: string;

  @Field(() => String, { description: "Conclusion number (鉴定结论书编号)." })
  conclusionNumber: string;

  @Field(() => Int, { nullable: true, description: "Disability grade 1–10 (伤残等级); null for none (未达到伤残等级)." })
  grade?: number | null;

  @Field(() => CareLevel, { nullable: true, description: "Care dependency (生活自理障碍等级); null for none." })
  careLevel?: CareLevel | null;
}

@InputType({ description: "Filter for the appraisal list (鉴定查询条件)." })
export class AppraisalFilter {
  @Field(() => String, { nullable: true, description: "Area code; includes everything below it (行政区划)." })
  areaCode?: string | null;

  @Field(() => Int, { nullable: true, description: "Year applied (申请年度)." })
  year?: number | null;
}
