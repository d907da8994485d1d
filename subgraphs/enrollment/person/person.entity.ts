import { Entity, PrimaryGeneratedColumn, Column, Index } from "typeorm";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import { PersonalData } from "../../common/personal-data";

export enum Gender {
  MALE = "MALE",
  FEMALE = "FEMALE",
}
registerEnumType(Gender, {
  name: "Gender",
  description: "Gender (性别), derived from the resident ID number.",
  valuesConfig: { MALE: { description: "Male (男)" }, FEMALE: { description: "Female (女)" } },
});

/**
 * Insured person (参保人员). The resident ID number is the natural key, never the id. Simple resolvers
 * (large pages hold hundreds of people): the kit masks and audits the @PersonalData fields itself.
 */
/** Where a date of death comes from (死亡信息来源). */
export enum DeathSource {
  CIVIL_AFFAIRS = "CIVIL_AFFAIRS",
  PUBLIC_SECURITY = "PUBLIC_SECURITY",
  HOSPITAL = "HOSPITAL",
  WORK_INJURY = "WORK_INJURY",
  FAMILY = "FAMILY",
}
registerEnumType(DeathSource, {
  name: "DeathSource",
  description: "Source of a date of death (死亡信息来源).",
  valuesConfig: {
    CIVIL_AFFAIRS: { description: "Cremation or funeral record of civil affairs (民政殡葬信息)" },
    PUBLIC_SECURITY: { description: "Household registration cancelled by public security (公安户籍注销)" },
    HOSPITAL: { description: "Medical certificate of death (医学死亡证明)" },
    WORK_INJURY: { description: "A fatal work accident recognized (工亡认定)" },
    FAMILY: { description: "Declared by the family, with the certificate (家属申报)" },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: "Insured person (参保人员)." })
@Entity("person")
export class Person {
  @Field(() => ID, { description: "Stable hub id (人员ID); never the ID number." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => String, { description: "Resident ID number (公民身份号码), also the social-security number. Masked without pii:read." })
  @PersonalData("idNumber", "enrollment:read")
  @Index({ unique: true })
  @Column("varchar", { length: 18 })
  idNumber: string;

  @Field(() => String, { description: "Name (姓名). Masked without pii:read." })
  @PersonalData("name", "enrollment:read")
  @Column("varchar", { length: 50 })
  name: string;

  // Gender and birth date are parts of the ID number: shown, they would undo its mask (DESIGN §4), so
  // without pii:read they are null (birthYear is the part everyone may see), and audited when shown.
  @Field(() => Gender, { nullable: true, description: "Gender (性别), from the ID number. Null without pii:read." })
  @PersonalData("gender", "enrollment:read")
  @Column("varchar", { length: 6 })
  gender: Gender;

  @Field(() => DateScalar, { nullable: true, description: "Birth date (出生日期), from the ID number. Null without pii:read; use birthYear." })
  @PersonalData("birthDate", "enrollment:read")
  @Column("date")
  birthDate: string;

  @Field(() => String, { description: "Area code of residence or registration (所属行政区划)." })
  @Index()
  @Column("varchar", { length: 12 })
  areaCode: string;

  @Field(() => DateScalar, { nullable: true, description: "Date of death (死亡日期), as recorded with its source; null while none is recorded. Work-injury pays nothing for a period after it." })
  @Column("date", { nullable: true })
  dateOfDeath: string | null;

  @Field(() => DeathSource, { nullable: true, description: "Where the date of death comes from (死亡信息来源)." })
  @Column("varchar", { length: 16, nullable: true })
  deathSource: DeathSource | null;

  @Field(() => String, { nullable: true, description: "Phone (联系电话). Masked without pii:read." })
  @PersonalData("phone", "enrollment:read")
  @Column("varchar", { length: 20, nullable: true })
  phone: string | null;
}
