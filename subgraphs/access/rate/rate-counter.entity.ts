import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A subject's uses of a limited operation in one window (DESIGN §4: lookups by ID number per minute),
 * shared by every replica through access (subgraphs/common/rate-limit.ts). Not exposed in GraphQL.
 */
@Entity("rate_counter")
export class RateCounter {
  /** The caller's `sub`. */
  @PrimaryColumn("varchar", { length: 200 })
  subject: string;

  /** What is counted, e.g. `id-number-lookup`. */
  @PrimaryColumn("varchar", { length: 40 })
  bucket: string;

  /** The window, in minutes since the epoch. */
  @PrimaryColumn("int")
  windowStart: number;

  @Column("int")
  uses: number;
}
