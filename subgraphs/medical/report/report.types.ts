import { Field, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../../common/scalars";

@ObjectType({ description: "Medical section of the annual report (定点医疗机构监管情况): inspections and what they found in the year." })
export class MedicalFigures {
  @Field(() => Int, { description: "Inspections (ward rounds) made in the year (查房/检查次数)." })
  inspections: number;

  @Field(() => Int, { description: "Findings made in the year (发现问题数), each with its kinds and one amount." })
  findings: number;

  @Field(() => MoneyScalar, { description: "Amount of the year's findings refunded by the institutions (已退回金额), in yuan." })
  refunded: number;

  @Field(() => MoneyScalar, { description: "Amount of the year's findings to be deducted at settlement (结算时扣除金额), in yuan, deducted yet or not." })
  deductedAtSettlement: number;
}
