import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, MoneyScalar } from "../../common/scalars";

export enum FindingKind {
  INJURY_ILLNESS_NOT_SEPARATED = "INJURY_ILLNESS_NOT_SEPARATED",
  OVER_TREATMENT = "OVER_TREATMENT",
  IDENTITY_MISMATCH = "IDENTITY_MISMATCH",
  ABSENT_FROM_WARD = "ABSENT_FROM_WARD",
  OTHER = "OTHER",
}
registerEnumType(FindingKind, {
  name: "MedicalFindingKind",
  description: "Kind of problem found (检查问题类型).",
  valuesConfig: {
    INJURY_ILLNESS_NOT_SEPARATED: { description: "Injury and illness not separated (伤病未分离)" },
    OVER_TREATMENT: { description: "Over-treatment (过度医疗)" },
    IDENTITY_MISMATCH: { description: "Patient is not the insured person (人证不符)" },
    ABSENT_FROM_WARD: { description: "Absent from the ward (挂床住院)" },
    OTHER: { description: "Other (其他)" },
  },
});

export enum FindingResolution {
  REFUNDED = "REFUNDED",
  DEDUCT_AT_SETTLEMENT = "DEDUCT_AT_SETTLEMENT",
}
registerEnumType(FindingResolution, {
  name: "MedicalFindingResolution",
  description: "How the amount of a finding is recovered (处理方式).",
  valuesConfig: {
    REFUNDED: { description: "Refunded by the institution (已退回)" },
    DEDUCT_AT_SETTLEMENT: { description: "Deducted at the next settlement (结算时扣除)" },
  },
});

/** A finding of an inspection: several kinds, one amount (the seed gives each hospital two problems, one amount). */
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: "Finding of an inspection (检查发现问题)." })
@Entity("medical_finding")
@Index(["institutionId", "resolution", "settlementId"])
export class Finding {
  @Field(() => ID, { description: "Stable hub id (问题ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => String, { description: "Finding number (问题编号): the natural key." })
  @Index({ unique: true })
  @Column("varchar", { length: 32 })
  findingNumber: string;

  @Field(() => ID, { description: "Institution hub id (医疗机构ID)." })
  @Column("integer")
  institutionId: number;

  @Field(() => ID, { nullable: true, description: "The inspection it was found on (检查ID), if any." })
  @Column("integer", { nullable: true })
  inspectionId: number | null;

  @Field(() => DateScalar, { description: "Found on (发现日期)." })
  @Index()
  @Column("date")
  foundOn: string;

  @Field(() => [FindingKind], { description: "Kinds of problem (问题类型)." })
  @Column("simple-json")
  kinds: FindingKind[];

  @Field(() => MoneyScalar, { description: "Amount to recover (涉及金额), in yuan." })
  @Column("bigint")
  amount: number;

  @Field(() => FindingResolution, { description: "Resolution (处理方式)." })
  @Column("varchar", { length: 24 })
  resolution: FindingResolution;

  @Field(() => DateScalar, { nullable: true, description: "Refunded on (退回日期), for a refunded finding." })
  @Column("date", { nullable: true })
  refundedOn: string | null;

  @Field(() => ID, { nullable: true, description: "The settlement that deducted it (扣除结算ID); null while pending." })
  @Column("integer", { nullable: true })
  settlementId: number | null;
}
