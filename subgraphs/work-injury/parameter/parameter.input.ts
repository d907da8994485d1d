import { Field, InputType, Int } from "type-graphql";
import { DateScalar, MoneyScalar } from "../../common/scalars";
import { BenefitParameterKind } from "./parameter.entity";

@InputType({ description: "A benefit parameter value to record (录入待遇计发参数): a new year's value, or a correction of one recorded." })
export class RecordBenefitParameterInput {
  @Field(() => BenefitParameterKind, { description: "Kind (参数类型)." })
  kind: BenefitParameterKind;

  @Field(() => String, { nullable: true, description: "Qualifier (限定): the care level for CARE_PERCENT, the grade 5–10 for MEDICAL_SUBSIDY, the year for DISPOSABLE_INCOME; none otherwise." })
  qualifier?: string | null;

  @Field(() => String, { nullable: true, description: "Area code (行政区划) it applies to and under; none for a national value (DISPOSABLE_INCOME is national)." })
  areaCode?: string | null;

  @Field(() => DateScalar, { description: "Valid from (生效日期)." })
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: "Valid until (失效日期), when known." })
  validUntil?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "The amount (金额), for every kind but CARE_PERCENT." })
  amount?: number | null;

  @Field(() => Int, { nullable: true, description: "The percent (比例 %), for CARE_PERCENT only." })
  percent?: number | null;
}
