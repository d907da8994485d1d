import { Entity, PrimaryColumn, Column, Index } from "typeorm";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { jsonList } from "../columns";
import { PageInfo } from "../page";

/**
 * One unmasked read of personal data (个人信息查阅记录). Every subgraph keeps its own chain in its own
 * database, in the same place as the data it protects: each entry's hash covers the previous entry's
 * hash, so a changed or removed entry breaks the chain. Nothing updates or deletes it (triggers refuse).
 */
// Value types every subgraph returns: shareable in the supergraph.
@Directive("@shareable")
@ObjectType({ description: "An unmasked read of personal data (个人信息查阅记录), one per request." })
@Entity("audit_log", { synchronize: false }) // created by the kit's migrations (kit-schema.ts)
@Index(["at"])
export class AuditEntry {
  @Field(() => Int, { description: "Position in this subgraph's chain (序号)." })
  @PrimaryColumn("integer")
  seq: number;

  @Field(() => String, { description: "When, ISO 8601 UTC (时间)." })
  @Column("varchar", { length: 30 })
  at: string;

  @Field(() => String, { description: "Caller's subject (调用者)." })
  @Column("varchar", { length: 100 })
  sub: string;

  @Field(() => String, { nullable: true, description: "Caller's role (角色)." })
  @Column("varchar", { length: 40, nullable: true })
  role: string | null;

  @Field(() => String, { nullable: true, description: "Caller's agency (单位/机构)." })
  @Column("varchar", { length: 100, nullable: true })
  agency: string | null;

  @Field(() => String, { nullable: true, description: "Stated purpose (用途)." })
  @Column("varchar", { length: 200, nullable: true })
  purpose: string | null;

  @Field(() => String, { nullable: true, description: "Operation name (操作名称)." })
  @Column("varchar", { length: 100, nullable: true })
  operation: string | null;

  @Field(() => String, { nullable: true, description: "SHA-256 of the GraphQL document the client sent (操作文档哈希), beside the name it chose; null in entries written before it was recorded." })
  @Column("varchar", { length: 64, nullable: true })
  documentHash: string | null;

  @Field(() => [String], { description: "Whose records, as Type:id (涉及对象)." })
  @Column("text", { transformer: jsonList })
  subjects: string[];

  @Field(() => [String], { description: "Which fields were shown unmasked, as Type.field (涉及字段)." })
  @Column("text", { transformer: jsonList })
  fields: string[];

  @Field(() => String, { description: "Result of the request: OK, or ERROR when it also reported errors (结果)." })
  @Column("varchar", { length: 10 })
  result: string;

  @Field(() => String, { description: "Hash of the previous entry (前序哈希)." })
  @Column("varchar", { length: 64 })
  prevHash: string;

  @Field(() => String, { description: "SHA-256 of this entry and the previous hash (本条哈希)." })
  @Column("varchar", { length: 64 })
  hash: string;
}

@Directive("@shareable")
@ObjectType({ description: "One subgraph's audit chain in a period, with its verification (审计链)." })
export class AuditChain {
  @Field(() => [AuditEntry], { description: "A page of the entries in the period, oldest first (记录); `first` and `after` on the chain's field choose it." })
  entries: AuditEntry[];

  @Field(() => PageInfo, { description: "Whether more entries of the period follow, and the cursor to ask for them (分页信息)." })
  pageInfo: PageInfo;

  @Field(() => Int, { description: "Entries in the whole chain (链长度)." })
  length: number;

  @Field(() => Boolean, { description: "Whether the chain verifies: every hash appended since the last verified checkpoint recomputes and links to the previous one, up to the head (校验通过). `npm run audit -- verify` checks the whole chain from its first entry." })
  verified: boolean;

  @Field(() => Int, { nullable: true, description: "First entry that does not verify, if any (首个异常序号)." })
  brokenAt: number | null;
}
