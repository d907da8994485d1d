import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import { PersonalData } from "../../common/personal-data";

/** An injured worker in hospital (在院工伤病人), bounded by its institution. */
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: "Inpatient work-injury case (在院工伤病人)." })
@Entity("medical_inpatient_case")
@Index(["institutionId", "admittedOn"])
@Index(["institutionId", "admissionNumber"], { unique: true })
export class InpatientCase {
  @Field(() => ID, { description: "Stable hub id (住院ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => String, { description: "Admission number at the institution (住院号): the natural key with the institution." })
  @Column("varchar", { length: 32 })
  admissionNumber: string;

  @Field(() => ID, { description: "Institution hub id (医疗机构ID)." })
  @Column("integer")
  institutionId: number;

  @PersonalData("name", "medical:read")
  @Field(() => String, { description: "Patient's name as admitted (患者姓名): personal data." })
  @Column("varchar", { length: 50 })
  patientName: string;

  @PersonalData("idNumber", "medical:read")
  @Field(() => String, { description: "Patient's resident ID number as admitted (患者身份证号): personal data." })
  @Column("varchar", { length: 18 })
  patientIdNumber: string;

  /** The person's hub id in enrollment, when resolved. */
  @Index()
  @Column("integer", { nullable: true })
  personId: number | null;

  /** The accident report's hub id in work-injury, when resolved. */
  @Index()
  @Column("integer", { nullable: true })
  accidentReportId: number | null;

  @Field(() => DateScalar, { description: "Admitted on (入院日期)." })
  @Column("date")
  admittedOn: string;

  @Field(() => DateScalar, { nullable: true, description: "Discharged on (出院日期); null while in hospital." })
  @Column("date", { nullable: true })
  dischargedOn: string | null;

  @PersonalData("diagnosis", "medical:read")
  @Field(() => String, { description: "Diagnosis (诊断): personal data." })
  @Column("varchar", { length: 200 })
  diagnosis: string;
}
