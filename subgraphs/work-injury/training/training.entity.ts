import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../common/scalars";

/** How a training was held (培训方式). */
export enum TrainingMode {
  ONSITE = "ONSITE",
  ONLINE = "ONLINE",
  BOTH = "BOTH",
}
registerEnumType(TrainingMode, {
  name: "PreventionTrainingMode",
  description: "How a prevention training was held (培训方式).",
  valuesConfig: {
    ONSITE: { description: "On site (线下集中培训)" },
    ONLINE: { description: "On the online platform (线上平台)" },
    BOTH: { description: "On site with the online platform open as well (线下与线上同步)" },
  },
});

/**
 * A work-injury prevention training session (工伤预防培训). Counts, not people: the seed reports the
 * enterprises and attendees of a session, and the hub keeps no roll of attendees. The natural key is
 * the session number, so an import of the same file twice changes nothing.
 */
@ObjectType({ simpleResolvers: true, description: "A work-injury prevention training session (工伤预防培训)." })
@Entity("prevention_training")
export class PreventionTraining {
  @Field(() => ID, { description: "Stable hub id (培训ID)." })
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => String, { description: "Session number (培训编号): the natural key." })
  @Index({ unique: true })
  @Column("varchar", { length: 20 })
  sessionNumber: string;

  @Field(() => String, { description: "Area code of the organizing area (组织地区行政区划): bounds the session." })
  @Index()
  @Column("varchar", { length: 12 })
  areaCode: string;

  @Field(() => DateScalar, { description: "Day held (培训日期)." })
  @Index()
  @Column("varchar", { length: 10 })
  heldOn: string;

  @Field(() => String, { description: "Title (培训主题)." })
  @Column("varchar", { length: 200 })
  title: string;

  @Field(() => TrainingMode, { description: "How it was held (培训方式)." })
  @Column("varchar", { length: 8 })
  mode: TrainingMode;

  @Field(() => Int, { description: "Enterprises that took part (参训企业数)." })
  @Column("integer")
  enterprises: number;

  @Field(() => Int, { description: "Attendees (参训人数)." })
  @Column("integer")
  attendees: number;
}
