import { Field, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../../common/scalars";
import { BenefitCategory } from "../payment/payment.entity";
import type { PaymentCategory } from "../payment/payment.rules";
import { WorkInjuryFundExpenditure } from "./fund-expenditure";

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

@ObjectType({ description: "Labour-capacity appraisals applied for in the year and, of them, those concluded by 31 December (劳动能力鉴定情况)." })
export class AppraisalFiguresType {
  @Field(() => Int, { description: "Applications received (受理鉴定申请)." })
  applications: number;
  @Field(() => Int, { description: "Of them, concluded by year end (已作出鉴定结论)." })
  completed: number;
  @Field(() => Int, { description: "Concluded with grade 1 to 4 (一至四级伤残)." })
  grade1to4: number;
  @Field(() => Int, { description: "Concluded with grade 5 or 6 (五至六级伤残)." })
  grade5to6: number;
  @Field(() => Int, { description: "Concluded with grade 7 to 10 (七至十级伤残)." })
  grade7to10: number;
  @Field(() => Int, { description: "Concluded without a grade (未达到伤残等级)." })
  ungraded: number;
}

@ObjectType({ description: "Prevention trainings held in the year (工伤预防培训情况)." })
export class TrainingFiguresType {
  @Field(() => Int, { description: "Sessions held (培训场次)." })
  sessions: number;
  @Field(() => Int, { description: "Enterprises taking part, summed over the sessions (参训企业数)." })
  enterprises: number;
  @Field(() => Int, { description: "Attendees, summed over the sessions (参训人数)." })
  attendees: number;
}

@ObjectType({ description: "Benefit payments of the year in one category (待遇支付分项)." })
export class BenefitCategoryFiguresType {
  @Field(() => BenefitCategory, { description: "Benefit item (待遇项目)." })
  category: PaymentCategory;
  @Field(() => Int, { description: "Payments made in the year (支付笔数)." })
  payments: number;
  @Field(() => MoneyScalar, { description: "Amount paid in the year (支付金额), in yuan." })
  amount: number;
}

@ObjectType({ description: "Work-injury section of the annual report (工伤业务情况)." })
export class WorkInjuryFigures {
  @Field(() => ReportFiguresType, { description: "Accident reports (工伤报案)." })
  reports: ReportFiguresType;
  @Field(() => AppraisalFiguresType, { description: "Labour-capacity appraisals (劳动能力鉴定)." })
  appraisals: AppraisalFiguresType;
  @Field(() => TrainingFiguresType, { description: "Prevention trainings (工伤预防培训)." })
  trainings: TrainingFiguresType;
  @Field(() => [BenefitCategoryFiguresType], { description: "Benefit payments made in the year by category, the categories paid in it only (待遇支付分项)." })
  payments: BenefitCategoryFiguresType[];
  @Field(() => WorkInjuryFundExpenditure, { description: "Fund expenditure of the year (工伤保险基金支出): benefits here, medical settlements from the medical subgraph." })
  fundExpenditure: WorkInjuryFundExpenditure;
}
