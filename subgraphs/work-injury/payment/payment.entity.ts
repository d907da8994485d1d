import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, MoneyScalar } from "../../common/scalars";
import { PersonalData } from "../../common/personal-data";
import type { PaymentCategory } from "./payment.rules";

/** The payment categories as a GraphQL enum; the values are payment.rules.ts's PaymentCategory. */
export const BenefitCategory: Record<PaymentCategory, PaymentCategory> = {
  ONE_TIME_DISABILITY_SUBSIDY: "ONE_TIME_DISABILITY_SUBSIDY",
  ONE_TIME_MEDICAL_SUBSIDY: "ONE_TIME_MEDICAL_SUBSIDY",
  ONE_TIME_DEATH_SUBSIDY: "ONE_TIME_DEATH_SUBSIDY",
  FUNERAL_SUBSIDY: "FUNERAL_SUBSIDY",
  DISABILITY_ALLOWANCE: "DISABILITY_ALLOWANCE",
  CARE_ALLOWANCE: "CARE_ALLOWANCE",
  DEPENDANT_PENSION: "DEPENDANT_PENSION",
};
registerEnumType(BenefitCategory, {
  name: "BenefitCategory",
  description: "Work-injury benefit item (工伤保险待遇项目).",
  valuesConfig: {
    ONE_TIME_DISABILITY_SUBSIDY: { description: "One-time disability subsidy (一次性伤残补助金)" },
    ONE_TIME_MEDICAL_SUBSIDY: { description: "One-time work-injury medical subsidy (一次性工伤医疗补助金)" },
    ONE_TIME_DEATH_SUBSIDY: { description: "One-time work-related death subsidy (一次性工亡补助金)" },
    FUNERAL_SUBSIDY: { description: "Funeral subsidy (丧葬补助金)" },
    DISABILITY_ALLOWANCE: { description: "Monthly disability allowance (伤残津贴)" },
    CARE_ALLOWANCE: { description: "Monthly care allowance (生活护理费)" },
    DEPENDANT_PENSION: { description: "Monthly dependants' pension (供养亲属抚恤金)" },
  },
});

/**
 * A benefit payment (工伤保险待遇支付) of a recognized work injury. The payment key makes recording
 * the same payment twice record it once; `oneTimeSlot` ("report:category" for a one-time item, null
 * for a monthly one) is unique, so a one-time item is never paid twice, also under concurrency. The
 * report's area and employer are copied on it: they bound it like the report.
 */
@ObjectType({ simpleResolvers: true, description: "A work-injury benefit payment (工伤保险待遇支付)." })
@Entity("benefit_payment")
@Index(["reportId", "paidOn"])
export class BenefitPayment {
  @Field(() => ID, { description: "Stable hub id (支付ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => String, { description: "Payment key (支付业务号): recording the same key again records nothing new." })
  @Index({ unique: true })
  @Column("varchar", { length: 64 })
  paymentKey: string;

  @Field(() => ID, { description: "Hub id of the accident report, the case paid for (报案ID)." })
  @Column("integer")
  reportId: number;

  @Field(() => ID, { description: "Hub id of the injured (or deceased) person in enrollment (工伤职工人员ID)." })
  @Index()
  @Column("integer")
  personId: number;

  @Column("integer")
  employerId: number;

  @Field(() => String, { description: "The report's area code (所属行政区划): bounds the payment." })
  @Index()
  @Column("varchar", { length: 12 })
  areaCode: string;

  @Field(() => BenefitCategory, { description: "Benefit item (待遇项目)." })
  @Column("varchar", { length: 32 })
  category: PaymentCategory;

  /** "reportId:category" for a one-time item (unique: paid once per case), null for a monthly one. */
  @Index({ unique: true })
  @Column("varchar", { length: 48, nullable: true })
  oneTimeSlot: string | null;

  @Field(() => DateScalar, { description: "First day paid for (待遇期起)." })
  @Column("varchar", { length: 10 })
  periodFrom: string;

  @Field(() => DateScalar, { description: "Last day paid for, inclusive (待遇期止)." })
  @Column("varchar", { length: 10 })
  periodTo: string;

  @Field(() => MoneyScalar, { description: "Amount paid (支付金额), in yuan." })
  @Column("bigint")
  amount: number;

  @Field(() => DateScalar, { description: "Day paid (支付日期): the expenditure counts in this year." })
  @Index()
  @Column("varchar", { length: 10 })
  paidOn: string;

  @PersonalData("name", "injury:read")
  @Field(() => String, { description: "Payee's name (领取人姓名): the injured worker or a dependant; personal data." })
  @Column("varchar", { length: 50 })
  payeeName: string;

  @PersonalData("idNumber", "injury:read")
  @Field(() => String, { description: "Payee's resident ID number (领取人身份证号): personal data." })
  @Column("varchar", { length: 18 })
  payeeIdNumber: string;
}
