import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import type { Applicant } from "../late-case/deadline.rules";

export const RecognitionApplicant: Record<Applicant, Applicant> = { EMPLOYER: "EMPLOYER", WORKER: "WORKER", RELATIVE: "RELATIVE", UNION: "UNION" };
registerEnumType(RecognitionApplicant, {
  name: "RecognitionApplicant",
  description: "Who applied for recognition (工伤认定申请人).",
  valuesConfig: {
    EMPLOYER: { description: "The employer (用人单位), within 30 days of the accident" },
    WORKER: { description: "The injured worker (工伤职工), within 1 year" },
    RELATIVE: { description: "A close relative (近亲属), within 1 year" },
    UNION: { description: "The trade union (工会组织), within 1 year" },
  },
});

/**
 * An application for work-injury recognition (工伤认定申请, 条例第17、20条): who applied and when,
 * whether within the applicant's time limit, the bureau's acceptance (受理) and the decision's due day,
 * paused by suspensions (中止). One per report; the report's area and employer are copied on it.
 */
@ObjectType({ simpleResolvers: true, description: "An application for work-injury recognition (工伤认定申请)." })
@Entity("recognition_application")
export class RecognitionApplication {
  @Field(() => ID, { description: "Stable hub id (认定申请ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => ID, { description: "Hub id of the accident report (报案ID)." })
  @Index({ unique: true })
  @Column("integer")
  reportId: number;

  @Column("integer")
  personId: number;

  @Column("integer")
  employerId: number;

  @Field(() => String, { description: "The report's area code (所属行政区划): bounds the application." })
  @Index()
  @Column("varchar", { length: 12 })
  areaCode: string;

  @Field(() => RecognitionApplicant, { description: "Applicant (申请人)." })
  @Column("varchar", { length: 10 })
  applicant: Applicant;

  @Field(() => DateScalar, { description: "Day applied (申请日期)." })
  @Column("varchar", { length: 10 })
  appliedOn: string;

  @Field(() => DateScalar, { description: "The applicant's last day to apply (申请时限): 30 days after the accident for the employer, 1 year for the others." })
  @Column("varchar", { length: 10 })
  applicationDueBy: string;

  @Field(() => Boolean, { description: "Applied after the applicant's time limit (超过申请时限); recorded, the bureau decides on it." })
  @Column("boolean")
  filedLate: boolean;

  @Field(() => DateScalar, { nullable: true, description: "Day the bureau accepted the application (受理日期); null until accepted." })
  @Index()
  @Column("varchar", { length: 10, nullable: true })
  acceptedOn: string | null;

  @Field(() => Boolean, { description: "The facts are clear (事实清楚、权利义务明确): 15 days to decide instead of 60." })
  @Column("boolean")
  clearFacts: boolean;

  @Field(() => DateScalar, { nullable: true, description: "Suspended since (中止日期): the clock is paused; null when running." })
  @Column("varchar", { length: 10, nullable: true })
  suspendedSince: string | null;

  @Field(() => Int, { description: "Days paused by completed suspensions (已中止天数), added to the due day." })
  @Column("integer")
  suspendedDays: number;

  @Field(() => DateScalar, { nullable: true, description: "The bureau's last day to decide (认定时限), suspensions included; null until accepted." })
  @Index()
  @Column("varchar", { length: 10, nullable: true })
  dueBy: string | null;
}
