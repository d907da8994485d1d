import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import { PersonalData } from "../../common/personal-data";
import { RecognitionDecision, ReportStatus, Severity } from "./status";

/**
 * An accident report (工伤报案) and its current status. The employer's area and industry are copied
 * at report time: they bound the report and break its figures down, even if the employer moves later.
 */
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: "Accident report (工伤报案): the case file's head record." })
@Entity("accident_report")
export class AccidentReport {
  @Field(() => ID, { description: "Stable hub id (报案ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => String, { description: "Report number (报案编号): the natural key." })
  @Index({ unique: true })
  @Column("varchar", { length: 20 })
  reportNumber: string;

  @Field(() => ID, { description: "Hub id of the injured person in enrollment (受伤职工人员ID)." })
  @Index()
  @Column("integer")
  personId: number;

  @Field(() => ID, { description: "Hub id of the employer in enrollment (用人单位ID)." })
  @Index()
  @Column("integer")
  employerId: number;

  @Field(() => String, { description: "The employer's area code at report time (用人单位所属行政区划): bounds the report." })
  @Index()
  @Column("varchar", { length: 12 })
  areaCode: string;

  @Field(() => String, { description: "The employer's industry at report time (所属行业)." })
  @Column("varchar", { length: 40 })
  industry: string;

  @Field(() => DateScalar, { description: "Day of the accident (事故发生日期)." })
  @Column("varchar", { length: 10 })
  occurredOn: string;

  @Field(() => DateScalar, { description: "Day reported (报案日期)." })
  @Index()
  @Column("varchar", { length: 10 })
  reportedOn: string;

  @PersonalData("address", "injury:read")
  @Field(() => String, { description: "Place of the accident (事故地点): personal data (an address, masked whole without pii:read)." })
  @Column("varchar", { length: 200 })
  place: string;

  @PersonalData("diagnosis", "injury:read")
  @Field(() => String, { description: "Description of the accident and injury (事故经过及伤情): personal data." })
  @Column("varchar", { length: 2000 })
  description: string;

  @Field(() => Severity, { description: "Severity (事故严重程度)." })
  @Column("varchar", { length: 8 })
  severity: Severity;

  @Field(() => Boolean, { description: "Whether the person had an active work-injury enrollment at the employer on the day (是否参保); false: the employer is liable (未参保)." })
  @Column("boolean")
  insured: boolean;

  @Field(() => ReportStatus, { description: "Current status (当前状态)." })
  @Index()
  @Column("varchar", { length: 24 })
  status: ReportStatus;

  @Field(() => DateScalar, { description: "Day the current status was reached (状态日期)." })
  @Column("varchar", { length: 10 })
  statusOn: string;

  @Field(() => RecognitionDecision, { nullable: true, description: "The bureau's decision (认定结论), only on a submitted report." })
  @Column("varchar", { length: 12, nullable: true })
  decision: RecognitionDecision | null;

  @Field(() => String, { nullable: true, description: "Decision number (认定决定书编号)." })
  @Column("varchar", { length: 40, nullable: true })
  decisionNumber: string | null;

  @Field(() => String, { nullable: true, description: "Reason of the decision or of the closing (认定或不予认定理由)." })
  @Column("varchar", { length: 500, nullable: true })
  decisionReason: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Day of the decision (认定日期)." })
  @Column("varchar", { length: 10, nullable: true })
  decidedOn: string | null;
}

/** What a case's records (appraisal, application, check, payment) copy from their report: it bounds them like the report. */
export type CaseCopy = Pick<AccidentReport, "personId" | "employerId" | "areaCode">;

/** One dated entry of a report's status history (状态变更记录); corrections keep their reason. */
@ObjectType({ simpleResolvers: true, description: "A status change of an accident report (报案状态变更记录)." })
@Entity("accident_report_status")
export class AccidentReportStatusChange {
  @Field(() => ID, { description: "Hub id of the entry (记录ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Index()
  @Column("integer")
  reportId: number;

  @Field(() => ReportStatus, { nullable: true, description: "Status before (变更前状态); null for the report received." })
  @Column("varchar", { length: 24, nullable: true })
  fromStatus: ReportStatus | null;

  @Field(() => ReportStatus, { description: "Status after (变更后状态)." })
  @Column("varchar", { length: 24 })
  toStatus: ReportStatus;

  @Field(() => DateScalar, { description: "Day of the change (变更日期)." })
  @Column("varchar", { length: 10 })
  changedOn: string;

  @Field(() => Boolean, { description: "Whether this entry corrects a wrong move (是否为更正)." })
  @Column("boolean")
  correction: boolean;

  @Field(() => String, { nullable: true, description: "Reason (变更原因), required for a correction or a closing." })
  @Column("varchar", { length: 500, nullable: true })
  reason: string | null;
}
