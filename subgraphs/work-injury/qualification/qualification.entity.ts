import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../common/scalars";

/**
 * The yearly qualification check (待遇资格认证) of a long-term beneficiary (老工伤): a monthly item of a
 * case is paid for a year only once the case's beneficiary has passed that year's check. One per case
 * and year; the report's area and employer are copied on it and bound it like the report.
 */
@ObjectType({ simpleResolvers: true, description: "A yearly qualification check of a long-term beneficiary (待遇资格认证)." })
@Entity("qualification_check")
@Index(["reportId", "year"], { unique: true })
export class QualificationCheck {
  @Field(() => ID, { description: "Stable hub id (资格认证ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => ID, { description: "Hub id of the accident report whose monthly items it allows (报案ID)." })
  @Column("integer")
  reportId: number;

  @Field(() => ID, { description: "Hub id of the injured person in enrollment (工伤职工人员ID)." })
  @Column("integer")
  personId: number;

  @Column("integer")
  employerId: number;

  @Field(() => String, { description: "The report's area code (所属行政区划): bounds the check." })
  @Index()
  @Column("varchar", { length: 12 })
  areaCode: string;

  @Field(() => Int, { description: "Year the check allows payments for (认证年度)." })
  @Column("integer")
  year: number;

  @Field(() => DateScalar, { description: "Day passed (认证通过日期)." })
  @Column("varchar", { length: 10 })
  checkedOn: string;
}
