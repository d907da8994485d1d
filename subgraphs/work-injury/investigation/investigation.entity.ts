import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../common/scalars";

export enum IntervieweeRole {
  WORKER = "WORKER",
  WITNESS = "WITNESS",
  EMPLOYER = "EMPLOYER",
  OTHER = "OTHER",
}
registerEnumType(IntervieweeRole, {
  name: "IntervieweeRole",
  description: "Who was interviewed (询问对象).",
  valuesConfig: {
    WORKER: { description: "The injured worker (受伤职工)" },
    WITNESS: { description: "A witness or co-worker (证人、工友)" },
    EMPLOYER: { description: "The employer's representative (用人单位负责人)" },
    OTHER: { description: "Someone else (其他人员)" },
  },
});

export enum RecordingKind {
  AUDIO = "AUDIO",
  VIDEO = "VIDEO",
  PHOTO = "PHOTO",
}
registerEnumType(RecordingKind, {
  name: "RecordingKind",
  description: "Kind of recording (音像资料类型).",
  valuesConfig: { AUDIO: { description: "Audio (录音)" }, VIDEO: { description: "Video (录像)" }, PHOTO: { description: "Photographs (照片)" } },
});

@ObjectType({ description: "An interview record (调查笔录): metadata only, the record itself stays in the paper file." })
export class InterviewRecord {
  @Field(() => IntervieweeRole, { description: "Who was interviewed (询问对象)." })
  role: IntervieweeRole;
  @Field(() => DateScalar, { description: "Day taken (笔录日期)." })
  takenOn: string;
  @Field(() => Int, { description: "Pages (页数)." })
  pages: number;
}

@ObjectType({ description: "A recording made during the investigation (音像资料): metadata only." })
export class RecordingRecord {
  @Field(() => RecordingKind, { description: "Kind (类型)." })
  kind: RecordingKind;
  @Field(() => DateScalar, { description: "Day made (形成日期)." })
  takenOn: string;
  @Field(() => Int, { description: "Items: seconds of audio or video, number of photographs (时长秒数/张数)." })
  items: number;
}

/**
 * The investigation of an accident (工伤调查): who investigated, the site visit, the interviews and
 * recordings (metadata), and whether the service standard was met (serious and fatal accidents
 * visited the day reported, minor ones investigated within 7 days; configurable). Recording it moves
 * the report from PENDING_INVESTIGATION to PENDING_RECOGNITION.
 */
@ObjectType({ simpleResolvers: true, description: "The investigation of an accident (工伤调查)." })
@Entity("investigation")
export class Investigation {
  @Field(() => ID, { description: "Stable hub id (调查ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => ID, { description: "Hub id of the accident report (报案ID)." })
  @Index()
  @Column("integer")
  reportId: number;

  @Column("integer")
  employerId: number;

  @Field(() => String, { description: "The report's area code (所属行政区划): bounds the investigation." })
  @Index()
  @Column("varchar", { length: 12 })
  areaCode: string;

  @Field(() => String, { description: "Investigator (调查人员): staff name or number." })
  @Column("varchar", { length: 50 })
  investigator: string;

  @Field(() => DateScalar, { nullable: true, description: "Day of the site visit (现场勘查日期); null when there was none (a minor accident may not need one)." })
  @Column("varchar", { length: 10, nullable: true })
  siteVisitOn: string | null;

  @Field(() => DateScalar, { description: "Day the investigation was completed (调查完成日期): the report's move to PENDING_RECOGNITION." })
  @Column("varchar", { length: 10 })
  completedOn: string;

  @Field(() => DateScalar, { description: "The service standard's due day (调查时限) for this accident's severity." })
  @Column("varchar", { length: 10 })
  dueBy: string;

  @Field(() => Boolean, { description: "Whether the standard was met (按时完成): a serious or fatal accident visited, a minor one completed, by the due day." })
  @Column("boolean")
  onTime: boolean;

  /** JSON of InterviewRecord[] and RecordingRecord[]: metadata lists, read only with their investigation. */
  @Column("varchar", { length: 4000 })
  interviewsJson: string;

  @Column("varchar", { length: 4000 })
  recordingsJson: string;
}
