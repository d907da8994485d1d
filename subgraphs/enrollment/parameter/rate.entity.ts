import { Entity, PrimaryGeneratedColumn, Column, Index } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import { Insurance } from "../enrollment/insurance";

/**
 * Contribution rate, a dated parameter per area (费率参数). Rates change by year and province, so
 * they are data, never constants. Work-injury rates are per industry risk class.
 */
@ObjectType({ description: "Contribution rate parameter (缴费费率参数), valid from a date in an area." })
@Entity("rate_parameter")
@Index(["insurance", "areaCode", "riskClass", "validFrom"], { unique: true })
export class RateParameter {
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => Insurance, { description: "Insurance (险种)." })
  @Column("varchar", { length: 12 })
  insurance: Insurance;

  @Field(() => String, { description: "Area code it applies to, with everything below (适用区划)." })
  @Column("varchar", { length: 12 })
  areaCode: string;

  @Field(() => Int, { description: "Industry risk class 1–8 for work injury (行业风险类别); 0 for unemployment." })
  @Column("integer")
  riskClass: number;

  @Field(() => DateScalar, { description: "Valid from (生效日期)." })
  @Column("date")
  validFrom: string;

  @Field(() => Int, { description: "Employer rate in ppm of the base (单位费率): 7000 = 0.7 %." })
  @Column("integer")
  employerPpm: number;

  @Field(() => Int, { description: "Employee rate in ppm of the base (个人费率)." })
  @Column("integer")
  employeePpm: number;

  @Field(() => String, { nullable: true, description: "Source or remark (来源/备注), e.g. 'illustrative'." })
  @Column("varchar", { length: 200, nullable: true })
  note: string | null;
}
