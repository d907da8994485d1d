import { Entity, PrimaryGeneratedColumn, Column, Index } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateScalar, MoneyScalar, YearMonthScalar } from "../../common/scalars";
import { Insurance } from "../enrollment/insurance";

/** Contribution (缴费记录): one row per person, insurance, employer and month (a person insured by two employers pays at each). */
@ObjectType({ simpleResolvers: true, description: "Contribution record (缴费记录) of one person for one month and insurance." })
@Entity("contribution")
@Index(["personId", "insurance", "employerId", "month"], { unique: true })
@Index(["employerId", "month"])
export class Contribution {
  @Field(() => ID, { description: "Contribution id (缴费记录ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Column("integer")
  personId: number;

  @Column("integer")
  employerId: number;

  @Field(() => Insurance, { description: "Insurance (险种)." })
  @Column("varchar", { length: 12 })
  insurance: Insurance;

  @Field(() => YearMonthScalar, { description: "Month contributed for (费款所属期)." })
  @Column("varchar", { length: 7 })
  month: string;

  @Field(() => MoneyScalar, { description: "Wage base (缴费基数), yuan." })
  @Column("bigint")
  base: number;

  @Field(() => Int, { description: "Total rate in parts per million of the base (费率, ppm): 7000 = 0.7 %." })
  @Column("integer")
  ratePpm: number;

  @Field(() => MoneyScalar, { description: "Employer's part (单位缴费), yuan." })
  @Column("bigint")
  employerPart: number;

  @Field(() => MoneyScalar, { description: "Employee's part (个人缴费), yuan; unemployment only, 0 for work injury." })
  @Column("bigint")
  employeePart: number;

  @Field(() => DateScalar, { description: "Date paid (缴费到账日期)." })
  @Column("date")
  paidOn: string;

  @Field(() => String, { description: "Area code the record was written under (记录所属行政区划)." })
  @Column("varchar", { length: 12 })
  areaCode: string;
}
