import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import { PersonalData } from "../../common/personal-data";

/** How a dependant is related to the deceased (与工亡职工关系): the spouse draws 40 %, each other one 30 %. */
export enum DependantRelation {
  SPOUSE = "SPOUSE",
  CHILD = "CHILD",
  PARENT = "PARENT",
  GRANDPARENT = "GRANDPARENT",
  GRANDCHILD = "GRANDCHILD",
  SIBLING = "SIBLING",
}
registerEnumType(DependantRelation, {
  name: "DependantRelation",
  description: "Relationship to the deceased worker (与工亡职工关系).",
  valuesConfig: {
    SPOUSE: { description: "Spouse (配偶)" },
    CHILD: { description: "Child (子女)" },
    PARENT: { description: "Parent (父母)" },
    GRANDPARENT: { description: "Grandparent (祖父母、外祖父母)" },
    GRANDCHILD: { description: "Grandchild (孙子女、外孙子女)" },
    SIBLING: { description: "Sibling (兄弟姐妹)" },
  },
});

/**
 * A dependant of a worker who died of a work injury (供养亲属, DESIGN §3): a payee like the worker, eligible
 * from a day and until a day (a child until adulthood, for example). The report's area and employer are
 * copied on it: they bound it like the report.
 */
@ObjectType({ simpleResolvers: true, description: "A dependant of a deceased worker (供养亲属)." })
@Entity("dependant")
@Index(["reportId", "idNumber"], { unique: true })
export class Dependant {
  @Field(() => ID, { description: "Stable hub id (供养亲属ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => ID, { description: "Hub id of the accident report (报案ID)." })
  @Index()
  @Column("integer")
  reportId: number;

  @Column("integer")
  employerId: number;

  @Field(() => String, { description: "The report's area code (所属行政区划): bounds the record." })
  @Index()
  @Column("varchar", { length: 12 })
  areaCode: string;

  @PersonalData("name", "injury:read")
  @Field(() => String, { description: "Name (姓名): personal data." })
  @Column("varchar", { length: 50 })
  name: string;

  @PersonalData("idNumber", "injury:read")
  @Field(() => String, { description: "Resident ID number (公民身份号码): personal data." })
  @Column("varchar", { length: 18 })
  idNumber: string;

  @Field(() => DependantRelation, { description: "Relationship (关系)." })
  @Column("varchar", { length: 12 })
  relation: DependantRelation;

  @Field(() => Boolean, { description: "An orphan or a lone elderly dependant (孤儿或孤寡老人): +10 %." })
  @Column("boolean")
  orphanOrLoneElderly: boolean;

  @Field(() => DateScalar, { description: "Eligible from (供养起始日期)." })
  @Column("varchar", { length: 10 })
  eligibleFrom: string;

  @Field(() => DateScalar, { nullable: true, description: "Eligible until, inclusive (供养终止日期); null while eligible." })
  @Column("varchar", { length: 10, nullable: true })
  eligibleUntil: string | null;
}
