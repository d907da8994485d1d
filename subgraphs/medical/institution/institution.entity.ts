import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../common/scalars";

export enum InstitutionKind {
  GENERAL = "GENERAL",
  TCM = "TCM",
}
registerEnumType(InstitutionKind, {
  name: "MedicalInstitutionKind",
  description: "Kind of medical institution (医疗机构类别).",
  valuesConfig: { GENERAL: { description: "General hospital (综合医院)" }, TCM: { description: "Traditional Chinese medicine hospital (中医医院)" } },
});

export enum AgreementStatus {
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  TERMINATED = "TERMINATED",
}
registerEnumType(AgreementStatus, {
  name: "MedicalAgreementStatus",
  description: "Status of the service agreement (协议状态).",
  valuesConfig: {
    ACTIVE: { description: "In force (有效)" },
    SUSPENDED: { description: "Suspended (暂停)" },
    TERMINATED: { description: "Terminated (终止)" },
  },
});

/** A designated medical institution (工伤保险协议医疗机构): the bound of a hospital partner is its id. */
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: "Designated medical institution (工伤保险协议医疗机构)." })
@Entity("medical_institution")
export class MedicalInstitution {
  @Field(() => ID, { description: "Stable hub id (机构ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => String, { description: "Institution code (机构编码): the natural key." })
  @Index({ unique: true })
  @Column("varchar", { length: 32 })
  code: string;

  @Field(() => String, { description: "Name (机构名称)." })
  @Column("varchar", { length: 100 })
  name: string;

  @Field(() => String, { description: "Level (医院等级), e.g. 二级甲等." })
  @Column("varchar", { length: 20 })
  level: string;

  @Field(() => InstitutionKind, { description: "Kind (机构类别)." })
  @Column("varchar", { length: 8 })
  kind: InstitutionKind;

  @Field(() => String, { description: "Area code of its location (所在行政区划): bounds it and its records." })
  @Index()
  @Column("varchar", { length: 12 })
  areaCode: string;

  @Field(() => DateScalar, { description: "Agreement in force from (协议起始日期)." })
  @Column("date")
  agreementFrom: string;

  @Field(() => DateScalar, { description: "Agreement in force until, inclusive (协议截止日期)." })
  @Column("date")
  agreementUntil: string;

  @Field(() => AgreementStatus, { description: "Agreement status (协议状态)." })
  @Column("varchar", { length: 12 })
  agreementStatus: AgreementStatus;
}
