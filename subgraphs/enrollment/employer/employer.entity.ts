import { Entity, PrimaryGeneratedColumn, Column, Index } from "typeorm";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../common/scalars";

export enum EmployerStatus {
  ACTIVE = "ACTIVE",
  CANCELLED = "CANCELLED",
}
registerEnumType(EmployerStatus, {
  name: "EmployerStatus",
  description: "Registration status of an employer (单位参保状态).",
  valuesConfig: { ACTIVE: { description: "Registered, contributing (正常)" }, CANCELLED: { description: "Deregistered (注销)" } },
});

/** Employer (用人单位), identified by its unified social credit code. */
@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, description: "Employer (用人单位) registered for work-injury and/or unemployment insurance." })
@Entity("employer")
export class Employer {
  @Field(() => ID, { description: "Stable hub id (单位ID); not the credit code." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => String, { description: "Unified social credit code (统一社会信用代码, GB 32100)." })
  @Index({ unique: true })
  @Column("varchar", { length: 18 })
  creditCode: string;

  @Field(() => String, { description: "Name (单位名称)." })
  @Column("varchar", { length: 200 })
  name: string;

  @Field(() => String, { description: "Industry section code (行业门类, GB/T 4754), e.g. C for manufacturing (制造业)." })
  @Index()
  @Column("varchar", { length: 2 })
  industry: string;

  @Field(() => Int, { description: "Work-injury industry risk class 1–8 (工伤保险行业风险类别)." })
  @Column("integer")
  riskClass: number;

  @Field(() => String, { description: "Area code where it is registered (所属行政区划)." })
  @Index()
  @Column("varchar", { length: 12 })
  areaCode: string;

  @Field(() => Int, { description: "Staff count (职工人数) as last reported." })
  @Column("integer")
  staffCount: number;

  @Field(() => EmployerStatus, { description: "Status (状态)." })
  @Column("varchar", { length: 10 })
  status: EmployerStatus;

  @Field(() => DateScalar, { description: "Date registered with the center (参保登记日期)." })
  @Column("date")
  registeredOn: string;
}
