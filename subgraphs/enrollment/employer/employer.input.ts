import { Field, InputType, Int } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import { EmployerStatus } from "./employer.entity";

@InputType({ description: "A new employer to register (用人单位参保登记)." })
export class RegisterEmployerInput {
  @Field(() => String, { description: "Unified social credit code (统一社会信用代码)." })
  creditCode: string;

  @Field(() => String, { description: "Name (单位名称)." })
  name: string;

  @Field(() => String, { description: "Industry section letter A–T (行业门类, GB/T 4754)." })
  industry: string;

  @Field(() => Int, { description: "Work-injury risk class 1–8 (行业风险类别)." })
  riskClass: number;

  @Field(() => String, { description: "Area code (所属行政区划), township or village." })
  areaCode: string;

  @Field(() => Int, { description: "Staff count (职工人数)." })
  staffCount: number;

  @Field(() => DateScalar, { nullable: true, description: "Registration date (参保登记日期); today when omitted." })
  registeredOn?: string | null;
}

@InputType({ description: "Filter for the employer list (用人单位查询条件)." })
export class EmployerFilter {
  @Field(() => String, { nullable: true, description: "Area code; includes everything below it (行政区划)." })
  areaCode?: string | null;

  @Field(() => String, { nullable: true, description: "Industry section letter (行业门类)." })
  industry?: string | null;

  @Field(() => EmployerStatus, { nullable: true, description: "Status (状态)." })
  status?: EmployerStatus | null;

  @Field(() => Int, { nullable: true, description: "Risk class (行业风险类别)." })
  riskClass?: number | null;
}
