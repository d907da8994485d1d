import { registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A case worker's correction of a case's own wage (本人工资更正, DESIGN §3: correctable with a reason), one per
 * case, replaced by a later one. The computed own wage stays visible beside it in the entitlement.
 */
@Entity("own_wage_correction")
export class OwnWageCorrection {
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Index({ unique: true })
  @Column("integer")
  reportId: number;

  @Column("bigint")
  ownWage: number;

  @Column("varchar", { length: 200 })
  reason: string;

  @Column("varchar", { length: 100 })
  recordedBy: string;

  @Column("varchar", { length: 10 })
  recordedOn: string;
}

/** Why the own wage was computed and stored (计算时点, DESIGN §3). */
export enum OwnWageOccasion {
  APPRAISAL = "APPRAISAL",
  DEATH = "DEATH",
}
registerEnumType(OwnWageOccasion, {
  name: "OwnWageOccasion",
  description: "What fixed a case's own wage (本人工资核定时点).",
  valuesConfig: { APPRAISAL: { description: "The first appraisal's conclusion (劳动能力鉴定结论)" }, DEATH: { description: "The recognized death (工亡认定)" } },
});

/**
 * The case's own wage as computed when its first appraisal concluded or its death was recognized
 * (本人工资核定, DESIGN §3), with the months it came from: benefits are paid from this figure, so a later
 * change of enrollment's bases does not move it; a case worker's correction (above) stands beside it.
 */
@Entity("own_wage")
export class StoredOwnWage {
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Index({ unique: true })
  @Column("integer")
  reportId: number;

  @Column("bigint")
  ownWage: number;

  @Column("bigint")
  average: number;

  @Column("bigint")
  averageMonthlyWage: number;

  /** The months averaged, ascending, comma-separated (12 at most: "2023-01,2023-02,…"). */
  @Column("varchar", { length: 100 })
  months: string;

  @Column("boolean")
  floored: boolean;

  @Column("boolean")
  capped: boolean;

  @Column("varchar", { length: 10 })
  occasion: OwnWageOccasion;

  @Column("varchar", { length: 10 })
  computedOn: string;

  @Column("varchar", { length: 100 })
  computedBy: string;
}
