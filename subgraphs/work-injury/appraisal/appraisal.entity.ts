import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../common/scalars";

/** Where an appraisal stands (鉴定状态). */
export enum AppraisalStatus {
  APPLIED = "APPLIED",
  CONCLUDED = "CONCLUDED",
}
registerEnumType(AppraisalStatus, {
  name: "AppraisalStatus",
  description: "Status of a labour-capacity appraisal (劳动能力鉴定状态).",
  valuesConfig: {
    APPLIED: { description: "Applied, awaiting the committee's conclusion (已申请待鉴定)" },
    CONCLUDED: { description: "Concluded (已作出鉴定结论)" },
  },
});

/** Degree of care dependency (生活自理障碍等级), the basis of the care allowance (50/40/30 %). */
export enum CareLevel {
  FULLY = "FULLY",
  MOSTLY = "MOSTLY",
  PARTLY = "PARTLY",
}
registerEnumType(CareLevel, {
  name: "CareLevel",
  description: "Degree of care dependency (生活自理障碍等级).",
  valuesConfig: {
    FULLY: { description: "Fully dependent (生活完全不能自理)" },
    MOSTLY: { description: "Mostly dependent (生活大部分不能自理)" },
    PARTLY: { description: "Partly dependent (生活部分不能自理)" },
  },
});

/**
 * A labour-capacity appraisal (劳动能力鉴定) of a recognized work injury: the application, then the
 * committee's conclusion — a disability grade 1 (most severe) to 10, or none (未达到伤残等级), and a
 * care level. The report's area and employer are copied on it: they bound it like the report.
 */
@ObjectType({ simpleResolvers: true, description: "A labour-capacity appraisal (劳动能力鉴定) of a recognized work injury." })
@Entity("appraisal")
export class Appraisal {
  @Field(() => ID, { description: "Stable hub id (鉴定ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => String, { description: "Application number (鉴定申请编号): the natural key." })
  @Index({ unique: true })
  @Column("varchar", { length: 20 })
  applicationNumber: string;

  @Field(() => ID, { description: "Hub id of the accident report (报案ID)." })
  @Index()
  @Column("integer")
  reportId: number;

  @Field(() => ID, { description: "Hub id of the injured person in enrollment (受伤职工人员ID)." })
  @Column("integer")
  personId: number;

  @Column("integer")
  employerId: number;

  @Field(() => String, { description: "The report's area code (所属行政区划): bounds the appraisal." })
  @Index()
  @Column("varchar", { length: 12 })
  areaCode: string;

  @Field(() => DateScalar, { description: "Day applied (申请日期)." })
  @Index()
  @Column("varchar", { length: 10 })
  appliedOn: string;

  @Field(() => AppraisalStatus, { description: "Status (鉴定状态)." })
  @Column("varchar", { length: 10 })
  status: AppraisalStatus;

  @Field(() => DateScalar, { nullable: true, description: "Day of the conclusion (鉴定结论日期)." })
  @Column("varchar", { length: 10, nullable: true })
  concludedOn: string | null;

  @Field(() => String, { nullable: true, description: "Conclusion number (鉴定结论书编号)." })
  @Column("varchar", { length: 40, nullable: true })
  conclusionNumber: string | null;

  @Field(() => Int, { nullable: true, description: "Disability grade (伤残等级), 1 most severe to 10; null when concluded without a grade (未达到伤残等级) or not concluded." })
  @Column("integer", { nullable: true })
  grade: number | null;

  @Field(() => CareLevel, { nullable: true, description: "Care dependency (生活自理障碍等级); null when none." })
  @Column("varchar", { length: 8, nullable: true })
  careLevel: CareLevel | null;

  @Field(() => DateScalar, { nullable: true, description: "Day the committee extended its time by 30 days (延长鉴定期限日期); null when not extended." })
  @Column("varchar", { length: 10, nullable: true })
  extendedOn: string | null;

  @Field(() => String, { nullable: true, description: "Why the time was extended (延期原因)." })
  @Column("varchar", { length: 200, nullable: true })
  extensionReason: string | null;
}
