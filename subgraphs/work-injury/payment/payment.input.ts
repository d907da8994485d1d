import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar, MoneyScalar } from "../../common/scalars";
import { BenefitCategory } from "./payment.entity";
import type { PaymentCategory } from "./payment.rules";

@InputType({ description: "A benefit payment (工伤保险待遇支付) of a recognized work injury." })
export class RecordBenefitPaymentInput {
  @Field(() => String, { description: "Payment key (支付业务号): the same key again records nothing new and answers the payment; reused for another payment it is CONFLICT." })
  paymentKey: string;

  @Field(() => ID, { description: "Hub id of the accident report, recognized as a work injury (报案ID)." })
  reportId: string;

  @Field(() => BenefitCategory, { description: "Benefit item (待遇项目)." })
  category: PaymentCategory;

  @Field(() => DateScalar, { description: "First day paid for (待遇期起); a one-time item's is the day it is due." })
  periodFrom: string;

  @Field(() => DateScalar, { description: "Last day paid for, inclusive (待遇期止)." })
  periodTo: string;

  @Field(() => MoneyScalar, { description: "Amount paid (支付金额), in yuan, more than 0.00." })
  amount: number;

  @Field(() => DateScalar, { description: "Day paid (支付日期)." })
  paidOn: string;

  @Field(() => String, { description: "Payee's name (领取人姓名): the injured worker or a dependant." })
  payeeName: string;

  @Field(() => String, { description: "Payee's resident ID number (领取人身份证号)." })
  payeeIdNumber: string;
}

@InputType({ description: "Filter for the benefit payment list (待遇支付查询条件)." })
export class BenefitPaymentFilter {
  @Field(() => String, { nullable: true, description: "Area code; includes everything below it (行政区划)." })
  areaCode?: string | null;

  @Field(() => Int, { nullable: true, description: "Year paid (支付年度)." })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: "Hub id of the accident report (报案ID)." })
  reportId?: string | null;

  @Field(() => BenefitCategory, { nullable: true, description: "Benefit item (待遇项目)." })
  category?: PaymentCategory | null;
}
