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
