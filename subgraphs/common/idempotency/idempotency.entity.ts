import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * One idempotency key of a mutation (幂等键) and what its first call answered, kept 24 hours.
 * Created by the kit's migrations (kit-schema.ts), hence `synchronize: false`; read and written by
 * raw SQL in idempotency.service.ts.
 */
@Entity("idempotency_key", { synchronize: false })
@Index("IDX_idempotency_key_createdAt", ["createdAt"])
export class IdempotencyEntry {
  /** SHA-256 of the caller's subject, the mutation and the key: the key is scoped by both. */
  @PrimaryColumn("varchar", { length: 64 })
  id: string;

  @Column("varchar", { length: 100 })
  mutation: string;

  /** SHA-256 of the arguments and the caller's rights: a reused key must come with the same. */
  @Column("varchar", { length: 64 })
  requestHash: string;

  /** PENDING while the first call runs, DONE once its answer is stored. */
  @Column("varchar", { length: 10 })
  status: string;

  /** The first call's answer, encrypted (AES-256-GCM) with a key derived from the idempotency key. */
  @Column("text", { nullable: true })
  response: string | null;

  @Column("varchar", { length: 30 })
  createdAt: string;
}
