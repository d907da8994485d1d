import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { badInput } from "../errors";
import { DateScalar } from "../scalars";
import { AuditChain, AuditLog } from "./audit.entity";
import { readChain } from "./audit.service";

/** `Query.auditLog`: defined once (in the enrollment subgraph); every subgraph adds its chain to it. */
@Resolver(() => AuditLog)
export class AuditLogRootResolver {
  @Authorized("auditlog:read")
  @Query(() => AuditLog, { description: "The audit log of unmasked personal-data reads (个人信息查阅日志), one verified chain per subgraph." })
  auditLog(@Arg("from", () => DateScalar, { description: "From date, UTC (起始日期)" }) from: string, @Arg("to", () => DateScalar, { description: "To date, UTC (截止日期)" }) to: string): AuditLog {
    if (to < from) throw badInput("to", "date.range", "The end date is before the start date.");
    return { from, to };
  }
}

/** The field `<subgraph>` on AuditLog (e.g. `enrollment`), resolved by that subgraph from its own database. */
export function auditChainResolver(subgraph: string): Function {
  const field = subgraph.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
  @Resolver(() => AuditLog)
  class AuditChainResolver {
    @Authorized("auditlog:read")
    @FieldResolver(() => AuditChain, { name: field, nullable: true, description: `Audit chain of the ${subgraph} subgraph (${subgraph} 子系统审计链).` })
    chain(@Root() log: AuditLog, @Ctx() ctx: Context): Promise<AuditChain> {
      return readChain(ctx.db, log.from, log.to);
    }
  }
  Object.defineProperty(AuditChainResolver, "name", { value: `AuditChainResolver_${field}` });
  return AuditChainResolver;
}
