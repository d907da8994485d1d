import { Entity, PrimaryGeneratedColumn, Column, Index } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { jsonList } from "../../common/columns";

export enum PartnerStatus {
  ACTIVE = "ACTIVE",
  REVOKED = "REVOKED",
}
registerEnumType(PartnerStatus, {
  name: "PartnerStatus",
  description: "Status of a partner client (合作方接入状态).",
  valuesConfig: { ACTIVE: { description: "May call (启用)" }, REVOKED: { description: "Revoked: its key no longer works (已吊销)" } },
});


/**
 * A partner agency's client (合作方接入客户端): what it may call (scopes, registered operations), for
 * what purpose, over which rows. Only the key's SHA-256 is stored; the key is shown once.
 */
@ObjectType({ description: "A partner agency's client (合作方接入客户端), e.g. the tax bureau's." })
@Entity("partner_client")
export class PartnerClient {
  @PrimaryGeneratedColumn("increment")
  id: number;

  @Field(() => ID, { description: "Client id (客户端标识), e.g. tax-bureau-shaodong." })
  @Index({ unique: true })
  @Column("varchar", { length: 60 })
  clientId: string;

  @Field(() => String, { description: "Name (名称)." })
  @Column("varchar", { length: 100 })
  name: string;

  @Field(() => String, { description: "Role, one of the partner kinds (合作方类别): tax-bureau, medical-insurance-bureau, hospital, civil-affairs, statistics-bureau." })
  @Column("varchar", { length: 40 })
  role: string;

  @Field(() => String, { description: "Agency (机构名称)." })
  @Column("varchar", { length: 100 })
  agency: string;

  @Field(() => String, { description: "Purpose the access serves (用途), written to the audit log with every read." })
  @Column("varchar", { length: 200 })
  purpose: string;

  @Field(() => [String], { description: "Scopes granted (授权范围)." })
  @Column("text", { transformer: jsonList })
  scopes: string[];

  @Field(() => [String], { description: "Registered operations by name (已登记操作); anything else is refused." })
  @Column("text", { transformer: jsonList })
  operations: string[];

  @Field(() => String, { nullable: true, description: "Area bound (行政区划范围): sees this area's subtree only." })
  @Column("varchar", { length: 12, nullable: true })
  boundArea: string | null;

  @Field(() => String, { nullable: true, description: "Institution bound (机构范围)." })
  @Column("varchar", { length: 40, nullable: true })
  boundInstitution: string | null;

  @Field(() => String, { nullable: true, description: "Employer bound (单位范围)." })
  @Column("varchar", { length: 40, nullable: true })
  boundEmployer: string | null;

  @Index({ unique: true })
  @Column("varchar", { length: 64 })
  keyHash: string;

  @Field(() => String, { description: "The key's visible beginning, to tell keys apart (密钥前缀)." })
  @Column("varchar", { length: 40 })
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
