import { Authorized, Directive, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import type { Context } from "../../common/context";
import { badInput } from "../../common/errors";
import { parseYuan, toFen } from "../../common/money";
import { cachedFigure, versionedTable } from "../../common/figures-cache";
import { reportKeyOf, sectionCacheKey, WHOLE_HUB } from "../../common/report";
import type { ReferenceResolver } from "../../common/schema";
import { MoneyScalar } from "../../common/scalars";
import type { WorkInjuryLoaders } from "../loaders";

/**
 * The work-injury fund's expenditure of a year and area (工伤保险基金支出), where two subgraphs meet:
 * work-injury owns the benefits paid to people, medical the settlements paid to institutions
 * (`medicalSettlements`, resolved by the medical subgraph through the same key), and the total is
 * work-injury's with `@requires`: the gateway fetches the medical part first and hands it over.
 * Keyed like AnnualReport ("" for the whole hub), so the key alone says what is summed.
 */
@Directive('@key(fields: "year areaCode")')
@ObjectType("WorkInjuryFundExpenditure", { description: "Work-injury fund expenditure of the year (工伤保险基金支出): benefits paid to people plus medical costs settled with institutions." })
export class WorkInjuryFundExpenditure {
  @Field(() => Int, { description: "Year (年度)." })
  year: number;

  @Field(() => String, { description: 'Area code (行政区划代码); "" (empty) for the whole hub (全部地区).' })
  areaCode: string;

  @Field(() => MoneyScalar, { description: "Benefits paid in the year to injured workers and dependants (工伤保险待遇支出), in yuan." })
  benefits: number;

  /** The medical subgraph's; here only as the gateway hands it over for `total`. */
  @Directive("@external")
  @Field(() => MoneyScalar, { nullable: true, description: "Medical costs settled with institutions and paid in the year (医疗费用结算支出), in yuan: from the medical subgraph; null when it could not answer." })
  medicalSettlements: unknown;
}

/** The medical part as the gateway hands it over: the Money scalar's yuan string (null: none at hand). */
function medicalPartFen(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const fen = typeof value === "string" ? parseYuan(value) : null;
  if (fen === null || fen < 0) throw badInput("medicalSettlements", "money.format", "The medical part is an amount in yuan.");
  return fen;
}

@Resolver(() => WorkInjuryFundExpenditure)
export class FundExpenditureResolver {
  @Authorized("aggregate:read")
  @Directive('@requires(fields: "medicalSettlements")')
  @FieldResolver(() => MoneyScalar, { nullable: true, description: "Total expenditure (基金支出合计) = benefits + medical settlements, in yuan; null when the medical part could not be had (never a total without it)." })
  total(@Root() e: WorkInjuryFundExpenditure): number | null {
    const medical = medicalPartFen(e.medicalSettlements);
    return medical === null ? null : toFen(e.benefits) + medical;
  }
}

/** Benefit payments: a write to them recomputes the section and the cached benefits below. */
export const BENEFIT_PAYMENT = versionedTable("benefit_payment");

/**
 * `_entities` for `total`: the key checked like the annual report's; the benefits within the caller's
 * bounds, cached like a section (by year, area, bounds and the payments' version), since the gateway
 * asks for it on every annual report.
 */
export const fundExpenditureReference: ReferenceResolver<WorkInjuryLoaders> = {
  scope: "aggregate:read",
  resolve: async (ref, ctx): Promise<WorkInjuryFundExpenditure> => {
    const key = reportKeyOf(ref);
    const benefits = await cachedFigure(ctx as Context<unknown>, sectionCacheKey(ctx as Context<unknown>, "fundExpenditure.benefits", key), [BENEFIT_PAYMENT.all], () => ctx.loaders.repo.payment.paidInYear(key));
    return { year: key.year, areaCode: key.areaCode ?? WHOLE_HUB, benefits, medicalSettlements: ref.medicalSettlements };
  },
};
