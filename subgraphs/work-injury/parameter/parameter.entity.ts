import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, MoneyScalar } from "../../common/scalars";

/** The dated benefit parameters (待遇计发参数, DESIGN §3): per area, or national where the area is empty. */
export enum BenefitParameterKind {
  AVERAGE_MONTHLY_WAGE = "AVERAGE_MONTHLY_WAGE",
  MINIMUM_WAGE = "MINIMUM_WAGE",
  DISPOSABLE_INCOME = "DISPOSABLE_INCOME",
  CARE_PERCENT = "CARE_PERCENT",
  MEDICAL_SUBSIDY = "MEDICAL_SUBSIDY",
}
registerEnumType(BenefitParameterKind, {
  name: "BenefitParameterKind",
  description: "Kind of benefit parameter (待遇计发参数类型).",
  valuesConfig: {
    AVERAGE_MONTHLY_WAGE: { description: "The area's previous year's average monthly wage (上年度职工月平均工资), an amount" },
    MINIMUM_WAGE: { description: "The local minimum monthly wage (最低工资标准), an amount" },
    DISPOSABLE_INCOME: { description: "The national urban per-capita disposable income of the year in `qualifier` (全国城镇居民人均可支配收入), an amount; national" },
    CARE_PERCENT: { description: "Care allowance (生活护理费) as a percent of the average monthly wage, for the care level in `qualifier` (FULLY, MOSTLY, PARTLY)" },
    MEDICAL_SUBSIDY: { description: "One-time work-injury medical subsidy (一次性工伤医疗补助金) for the grade in `qualifier` (5–10), an amount: the provincial table" },
  },
});

/**
 * One dated value. The same kind, qualifier and area form a list: each value holds from its day until the
 * next one's (or its `validUntil`); a lookup for a day no value covers is refused, never defaulted.
 */
@ObjectType({ simpleResolvers: true, description: "A dated benefit parameter (待遇计发参数)." })
@Entity("benefit_parameter")
@Index(["kind", "qualifier", "areaCode", "validFrom"], { unique: true })
export class BenefitParameter {
  @Field(() => ID, { description: "Stable hub id (参数ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => BenefitParameterKind, { description: "Kind (参数类型)." })
  @Column("varchar", { length: 24 })
  kind: BenefitParameterKind;

  @Field(() => String, { description: "Qualifier (限定): the care level, the grade or the income's year; empty when the kind has none." })
  @Column("varchar", { length: 8 })
  qualifier: string;

  @Field(() => String, { description: "Area code (行政区划) it applies to and under; empty for a national value." })
  @Column("varchar", { length: 12 })
  areaCode: string;

  @Field(() => DateScalar, { description: "Valid from (生效日期), inclusive." })
  @Column("varchar", { length: 10 })
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: "Valid until (失效日期), inclusive; null while the next value has not started." })
  @Column("varchar", { length: 10, nullable: true })
  validUntil: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "The amount (金额), for the amount kinds." })
  @Column("bigint", { nullable: true })
  amount: number | null;

  @Field(() => Int, { nullable: true, description: "The percent (比例 %), for CARE_PERCENT." })
  @Column("integer", { nullable: true })
  percent: number | null;

  @Field(() => String, { description: "Who recorded it (录入人)." })
  @Column("varchar", { length: 100 })
  recordedBy: string;

  @Field(() => DateScalar, { description: "Day recorded (录入日期)." })
  @Column("varchar", { length: 10 })
  recordedOn: string;
}
