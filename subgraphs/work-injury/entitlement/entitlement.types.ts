import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, MoneyScalar, YearMonthScalar } from "../../common/scalars";
import { CareLevel } from "../appraisal/appraisal.entity";
import { DependantRelation } from "../dependant/dependant.entity";
import { OwnWageOccasion } from "../own-wage/own-wage.entity";

export enum AllowancePayer {
  FUND = "FUND",
  EMPLOYER = "EMPLOYER",
}
registerEnumType(AllowancePayer, {
  name: "AllowancePayer",
  description: "Who pays the monthly disability allowance (伤残津贴支付方).",
  valuesConfig: { FUND: { description: "The work-injury fund, grades 1–4 (工伤保险基金)" }, EMPLOYER: { description: "The employer, grades 5–6 without suitable work (用人单位)" } },
});

@ObjectType({ description: "Own wage (本人工资, Art 64) and how it was computed." })
export class OwnWageBasis {
  @Field(() => MoneyScalar, { description: "Own wage (本人工资): the average held within 60 % and 300 % of the area's average monthly wage." })
  ownWage: number;
  @Field(() => MoneyScalar, { description: "The plain average of the months (月均缴费基数)." })
  average: number;
  @Field(() => [YearMonthScalar], { description: "The months averaged (计算月份): those of the 12 before the accident month with a base at the employer." })
  months: string[];
  @Field(() => MoneyScalar, { description: "The area's previous year's average monthly wage used (上年度职工月平均工资)." })
  averageMonthlyWage: number;
  @Field(() => Boolean, { description: "Raised to 60 % of the average monthly wage (按60%保底)." })
  floored: boolean;
  @Field(() => Boolean, { description: "Held to 300 % of the average monthly wage (按300%封顶)." })
  capped: boolean;
  @Field(() => MoneyScalar, { nullable: true, description: "The own wage the formula gives (计算所得本人工资), shown beside a case worker's correction; null without a contribution base." })
  computed: number | null;
  @Field(() => String, { nullable: true, description: "Why a case worker corrected it (更正原因); null when not corrected, and then ownWage is the computed one." })
  correctionReason: string | null;
  @Field(() => DateScalar, { nullable: true, description: "The day the formula's own wage was computed and stored (核定日期), when the first appraisal concluded or the death was recognized; null while not stored: then it is computed from enrollment's bases as they are now." })
  computedOn: string | null;
  @Field(() => OwnWageOccasion, { nullable: true, description: "What fixed it (核定时点): the appraisal's conclusion or the recognized death; null while not stored." })
  occasion: OwnWageOccasion | null;
}

@ObjectType({ description: "A dependant's monthly pension (供养亲属抚恤金)." })
export class DependantPension {
  @Field(() => ID, { description: "Hub id of the dependant (供养亲属ID)." })
  dependantId: string;
  @Field(() => DependantRelation, { description: "Relationship (关系)." })
  relation: DependantRelation;
  @Field(() => MoneyScalar, { description: "Monthly pension (月抚恤金): 40 % spouse, 30 % each other, +10 % orphan or lone elderly, together at most own wage." })
  amount: number;
}

/**
 * What a recognized case is entitled to by the statutory formulas (工伤保险待遇核定), from the records:
 * own wage from enrollment's contribution bases, the grade and care level of the latest concluded appraisal,
 * the dated parameters of the report's area. An item the case does not have is null.
 */
@ObjectType({ description: "Benefit entitlement of a recognized work injury (工伤保险待遇核定), computed from the records." })
export class BenefitEntitlement {
  @Field(() => ID, { description: "Hub id of the report (报案ID)." })
  reportId: string;
  @Field(() => DateScalar, { description: "The day the monthly items are computed for (计算日期)." })
  asOf: string;
  @Field(() => Int, { nullable: true, description: "Disability grade of the latest concluded appraisal (伤残等级); null without one." })
  grade: number | null;
  @Field(() => CareLevel, { nullable: true, description: "Care level (生活自理障碍等级) of that appraisal." })
  careLevel: CareLevel | null;
  @Field(() => OwnWageBasis, { nullable: true, description: "Own wage (本人工资); null when enrollment holds no contribution base in the 12 months before the accident month." })
  ownWage: OwnWageBasis | null;
  @Field(() => MoneyScalar, { nullable: true, description: "One-time disability subsidy (一次性伤残补助金): own wage × 27 … 7 months for grades 1–10." })
  disabilitySubsidy: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: "Monthly disability allowance (伤残津贴), grades 1–6, topped up to the minimum wage." })
  disabilityAllowance: number | null;
  @Field(() => AllowancePayer, { nullable: true, description: "Who pays the disability allowance (支付方)." })
  disabilityAllowancePayer: AllowancePayer | null;
  @Field(() => MoneyScalar, { nullable: true, description: "Monthly care allowance (生活护理费) by care level." })
  careAllowance: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: "One-time work-injury medical subsidy (一次性工伤医疗补助金), grades 5–10, due when employment ends." })
  medicalSubsidy: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: "Funeral subsidy (丧葬补助金) for a fatal accident: 6 × the average monthly wage." })
  funeralSubsidy: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: "One-time death subsidy (一次性工亡补助金) for a fatal accident: 20 × the previous year's national disposable income." })
  deathSubsidy: number | null;
  @Field(() => [DependantPension], { nullable: true, description: "Monthly pensions of the dependants eligible on asOf (供养亲属抚恤金), for a fatal accident with an own wage." })
  dependantPensions: DependantPension[] | null;
  @Field(() => Boolean, { nullable: true, description: "Whether the pensions were held to own wage together (合计不超过本人工资)." })
  dependantPensionsCapped: boolean | null;
}
