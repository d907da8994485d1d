import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../common/context";
import { parseId } from "../../common/errors";
import { connectionType, PageArgs } from "../../common/page";
import { AccidentReport } from "../accident-report/accident-report.entity";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { BenefitPayment } from "./payment.entity";
import { BenefitPaymentFilter, RecordBenefitPaymentInput } from "./payment.input";
import * as service from "./payment.service";

export const BenefitPaymentConnection = connectionType(BenefitPayment, "BenefitPaymentConnection", "A page of benefit payments (待遇支付列表).");

type C = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/** Thin: arguments in, a service or a loader out. */
@Resolver(() => BenefitPayment)
export class PaymentResolver {
  @Authorized("injury:read")
  @Query(() => BenefitPayment, { nullable: true, description: "A benefit payment by hub id (按ID查询待遇支付); null when unknown or out of bounds." })
  benefitPayment(@Arg("id", () => ID, { description: "Hub id (支付ID)" }) id: string, @Ctx() ctx: C) {
    return ctx.loaders.payment.load(parseId(id, "id"));
  }

  @Authorized("injury:read")
  @Query(() => BenefitPaymentConnection, { description: "Benefit payments, paginated and filtered (待遇支付列表)." })
  benefitPayments(@Arg("filter", () => BenefitPaymentFilter, { nullable: true, description: "Filter (查询条件)" }) filter: BenefitPaymentFilter | undefined, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return ctx.loaders.repo.payment.page({ ...filter, reportId: filter?.reportId ? parseId(filter.reportId, "filter.reportId") : null }, page);
  }

  @Authorized("injury:benefits")
  @Mutation(() => BenefitPayment, { description: "Records a benefit payment of a recognized work injury (记录待遇支付), once per payment key; a one-time item is paid once, a monthly one after the year's qualification check." })
  recordBenefitPayment(@Arg("input", () => RecordBenefitPaymentInput, { description: "The payment (支付内容)" }) input: RecordBenefitPaymentInput, @Ctx() ctx: C) {
    return service.recordPayment(ctx, input);
  }
}

/** A report's payments, through a DataLoader (one statement for a page of reports). */
@Resolver(() => AccidentReport)
export class ReportPaymentsResolver {
  @Authorized("injury:read")
  @FieldResolver(() => [BenefitPayment], { description: "Benefit payments of the case, in the order paid (待遇支付)." })
  payments(@Root() report: AccidentReport, @Ctx() ctx: C) {
    return ctx.loaders.reportPayments.load(report.id);
  }
}
