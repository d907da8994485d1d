import { Entity, PrimaryGeneratedColumn, Column, Index } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { jsonList } from "../../common/columns";
import { PartnerStatus } from "../partner/partner.entity";

/**
 * A subgraph's own credential for calling the gateway (服务密钥, DESIGN §2 "Cross-subgraph references"):
 * one per subgraph that resolves other subgraphs' ids. Only the key's SHA-256 is stored; the key is shown once.
 * Its scopes cap what the service may do; on a caller's behalf it gets the caller's claims within them.
 */
@ObjectType({ description: "A subgraph's service key (服务密钥), used to call the gateway on a caller's behalf." })
@Entity("service_key")
export class ServiceKey {
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => ID, { description: "Service name: the calling subgraph's name (服务名称), e.g. work-injury." })
  @Index({ unique: true })
  @Column("varchar", { length: 40 })
  name: string;

  @Field(() => [String], { description: "Scopes the service may use (授权范围), e.g. enrollment:read; never pii:read of its own." })
  @Column("text", { transformer: jsonList })
  scopes: string[];

  @Index({ unique: true })
  @Column("varchar", { length: 64 })
  keyHash: string;

  @Field(() => String, { description: "The key's visible beginning, to tell keys apart (密钥前缀)." })
  @Column("varchar", { length: 60 })
  keyPrefix: string;

  @Field(() => PartnerStatus, { description: "Status (状态)." })
  @Column("varchar", { length: 10 })
  status: PartnerStatus;

  @Field(() => String, { description: "Registered at, ISO 8601 (登记时间)." })
  @Column("varchar", { length: 30 })
  createdAt: string;

  @Field(() => String, { nullable: true, description: "Key last rotated at (密钥轮换时间)." })
  @Column("varchar", { length: 30, nullable: true })
  rotatedAt: string | null;

  @Field(() => String, { nullable: true, description: "Revoked at (吊销时间)." })
  @Column("varchar", { length: 30, nullable: true })
  revokedAt: string | null;
}
