import { Entity, PrimaryGeneratedColumn, Column, Index } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, MoneyScalar } from "../../common/scalars";
import { Insurance } from "./insurance";

export enum EnrollmentStatus {
  ACTIVE = "ACTIVE",
  STOPPED = "STOPPED",
}
registerEnumType(EnrollmentStatus, {
  name: "EnrollmentStatus",
  description: "Enrollment status (参保状态).",
  valuesConfig: { ACTIVE: { description: "Insured (参保缴费)" }, STOPPED: { description: "Stopped (停保)" } },
});

/** Enrollment (参保): person × employer × insurance. */
@ObjectType({ simpleResolvers: true, description: "Enrollment (参保登记) of a person with an employer in one insurance." })
@Entity("enrollment")
// Identified by person, insurance, employer and start (DESIGN §3): a second employer's enrollment starting
// the same day is another enrollment, never a rewrite of the first.
@Index(["personId", "insurance", "employerId", "startDate"], { unique: true })
@Index(["employerId", "status"])
export class Enrollment {
  @Field(() => ID, { description: "Enrollment id (参保登记ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Column("integer")
  personId: number;

  @Column("integer")
  employerId: number;

  @Field(() => Insurance, { description: "Insurance (险种)." })
  @Column("varchar", { length: 12 })
  insurance: Insurance;

  @Field(() => DateScalar, { description: "Start date (参保日期)." })
  @Column("date")
  startDate: string;

  @Field(() => DateScalar, { nullable: true, description: "End date (停保日期); null while active." })
  @Column("date", { nullable: true })
  endDate: string | null;

  @Field(() => EnrollmentStatus, { description: "Status (参保状态)." })
  @Column("varchar", { length: 8 })
  status: EnrollmentStatus;

  @Field(() => String, { nullable: true, description: "Reason for stopping (停保原因)." })
  @Column("varchar", { length: 100, nullable: true })
  stopReason: string | null;

  @Field(() => MoneyScalar, { description: "Monthly contribution wage base (缴费基数), yuan." })
  @Column("bigint")
  wageBase: number;

  /**
   * The slot an active enrollment takes (activeKeyOf), NULL once stopped. A unique index on it makes the
   * rule hold in the database itself, under concurrent writes, on SQLite and MySQL alike (neither needs
   * partial indexes for this): one active unemployment enrollment per person, one active work-injury
   * enrollment per person and employer (一人多单位参保, DESIGN §3).
   */
  @Index({ unique: true })
  @Column("varchar", { length: 40, nullable: true })
  activeKey: string | null;
}

export function activeKeyOf(personId: number, insurance: Insurance, employerId: number): string {
  return insurance === Insurance.WORK_INJURY ? `${personId}:${insurance}:${employerId}` : `${personId}:${insurance}`;
}
