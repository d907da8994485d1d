import { Arg, Authorized, Ctx, Directive, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { badInput } from "../errors";
import { DateScalar } from "../scalars";
import { AuditChain } from "./audit.entity";
import { MAX_AUDIT_PAGE, readChain } from "./audit.service";
import { deniesAll } from "../bounds";

/**
 * The audit log as a federated entity keyed by the period: one subgraph (access) answers
 * `Query.auditLog`, and every subgraph adds the field `<its name>` with its own chain.
 *
 * Made fresh per subgraph schema: type-graphql keeps field resolvers in global metadata and adds
 * them to the type class for good, so a class shared by two subgraphs would carry both subgraphs'
 * fields. The same holds for any entity two subgraphs extend (AnnualReport): each defines its own class.
 */
export function auditLogTypes(subgraph: string, hostsQuery: boolean): { resolvers: Function[]; types: Function[] } {
  const field = subgraph.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

  @Directive('@key(fields: "from to")')
  @ObjectType("AuditLog", { description: "The audit log of unmasked personal-data reads (个人信息查阅日志) between two dates; one chain per subgraph." })
  class AuditLog {
    @Field(() => DateScalar, { description: "From date, inclusive, a China date (UTC+8) (起始日期)." })
    from: string;

    @Field(() => DateScalar, { description: "To date, inclusive, a China date (UTC+8) (截止日期)." })
    to: string;
  }

  @Resolver(() => AuditLog)
  class AuditChainResolver {
    @Authorized("auditlog:read")
    @FieldResolver(() => AuditChain, { name: field, nullable: true, description: `Audit chain of the ${subgraph} subgraph (${subgraph} 子系统审计链).` })
    async chain(
      @Root() log: AuditLog,
      @Arg("first", () => Int, { defaultValue: 100, description: `Entries per page (每页条数), 1–${MAX_AUDIT_PAGE}.` }) first: number,
      @Arg("after", () => String, { nullable: true, description: "Cursor of the previous page's last entry (起始游标): pageInfo.endCursor." }) after: string | null,
      @Ctx() ctx: Context,
    ): Promise<AuditChain | null> {
      // Admin data: the chain applies no bound kind, so any bound sees nothing (kit bounds).
      if (deniesAll(ctx.bound("AuditEntry"))) return null;
      return readChain(ctx.db, log.from, log.to, { first, after });
    }
  }

  @Resolver(() => AuditLog)
  class AuditLogQueryResolver {
    @Authorized("auditlog:read")
    @Query(() => AuditLog, { description: "The audit log of unmasked personal-data reads (个人信息查阅日志), one verified chain per subgraph." })
    auditLog(@Arg("from", () => DateScalar, { description: "From date, inclusive, a China date (UTC+8) (起始日期)" }) from: string, @Arg("to", () => DateScalar, { description: "To date, inclusive, a China date (UTC+8) (截止日期)" }) to: string): AuditLog {
      if (to < from) throw badInput("to", "date.range", "The end date is before the start date.");
      return { from, to };
    }
  }

  // AuditLog is an orphan in subgraphs with no field returning it: list it so that it is emitted.
  return { resolvers: hostsQuery ? [AuditChainResolver, AuditLogQueryResolver] : [AuditChainResolver], types: [AuditLog] };
}
