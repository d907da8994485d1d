import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { DateScalar, MoneyScalar } from "../../common/scalars";

/**
 * A settlement with an institution (结算). paid = claimed − deductions − carried in, never below zero;
 * what is left over is carried out to the institution's next settlement (taken once: carryTakenBy).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "Settlement with a medical institution (医疗费用结算)." })
@Entity("medical_settlement")
@Index(["institutionId", "periodUntil"])
export class Settlement {
  @Field(() => ID, { description: "Stable hub id (结算ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => String, { description: "Settlement number (结算单号): the natural key." })
  @Index({ unique: true })
  @Column("varchar", { length: 32 })
  settlementNumber: string;

  @Field(() => ID, { description: "Institution hub id (医疗机构ID)." })
  @Column("integer")
  institutionId: number;

  @Field(() => DateScalar, { description: "Period from (结算期起)." })
  @Column("date")
  periodFrom: string;

  @Field(() => DateScalar, { description: "Period until, inclusive (结算期止)." })
  @Column("date")
  periodUntil: string;

  @Field(() => MoneyScalar, { description: "Amount claimed by the institution (申报金额), in yuan." })
  @Column("bigint")
  claimed: number;

  @Field(() => MoneyScalar, { description: "Findings deducted here (本次扣除问题金额), in yuan." })
  @Column("bigint")
  deducted: number;

  @Field(() => MoneyScalar, { description: "Deductions carried in from the previous settlement (上期结转扣款), in yuan." })
  @Column("bigint")
  carriedIn: number;

  @Field(() => MoneyScalar, { description: "Deductions left over, carried to the next settlement (结转下期扣款), in yuan." })
  @Column("bigint")
  carryOver: number;

  /** The settlement that took this one's carry-over; null while it waits. */
  @Column("integer", { nullable: true })
  carryTakenBy: number | null;

  @Field(() => MoneyScalar, { description: "Paid (实付金额) = claimed − deductions, never below zero, in yuan." })
  @Column("bigint")
  paid: number;

  @Field(() => DateScalar, { description: "Paid on (支付日期): the expenditure counts in this year." })
  @Index()
  @Column("date")
  paidOn: string;
}
