import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "../../common/scalars";

/** A ward round or inspection of an institution (查房/检查). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "Inspection of a medical institution (查房/检查)." })
@Entity("medical_inspection")
@Index(["institutionId", "inspectedOn"])
export class Inspection {
  @Field(() => ID, { description: "Stable hub id (检查ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => String, { description: "Inspection number (检查编号): the natural key." })
  @Index({ unique: true })
  @Column("varchar", { length: 32 })
  inspectionNumber: string;

  @Field(() => ID, { description: "Institution hub id (医疗机构ID)." })
  @Column("integer")
  institutionId: number;

  @Field(() => DateScalar, { description: "Date of the inspection (检查日期)." })
  @Index()
  @Column("date")
  inspectedOn: string;

  @Field(() => [String], { description: "Inspectors' names (检查人员)." })
  @Column("simple-json")
  inspectors: string[];
}

/** One case seen on an inspection: present in the ward (not 挂床) and identity verified (人证合一). */
@ObjectType({ simpleResolvers: true, description: "A case seen on an inspection (查房病例核查)." })
@Entity("medical_inspection_check")
@Index(["inspectionId", "caseId"], { unique: true })
export class InspectionCheck {
  @Field(() => ID, { description: "Stable hub id (核查ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Column("integer")
  inspectionId: number;

  @Field(() => ID, { description: "Inpatient case hub id (住院ID)." })
  @Column("integer")
  caseId: number;

  /** Copied from the case, so the check is bounded by the institution like everything else. */
  @Column("integer")
  institutionId: number;

  @Field(() => Boolean, { description: "Present in the ward (在床, not 挂床)." })
  @Column("boolean")
  presentInWard: boolean;

  @Field(() => Boolean, { description: "Identity verified (人证合一)." })
  @Column("boolean")
  identityVerified: boolean;
}
