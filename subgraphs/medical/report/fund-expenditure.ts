import { Directive, Field, Int, ObjectType } from "type-graphql";
import type { Context } from "../../common/context";
import { cachedFigure } from "../../common/figures-cache";
import { reportKeyOf, sectionCacheKey, WHOLE_HUB } from "../../common/report";
import { MEDICAL_INSTITUTION, MEDICAL_SETTLEMENT } from "./report-section";
import type { ReferenceResolver } from "../../common/schema";
import { MoneyScalar } from "../../common/scalars";
import type { MedicalLoaders } from "../loaders";

/**
 * The medical part of the work-injury fund's expenditure (see work-injury's report/fund-expenditure.ts):
 * settlements paid in the year, by the institution's area, within the caller's bounds.
 */
@Directive('@key(fields: "year areaCode")')
@ObjectType("WorkInjuryFundExpenditure", { description: "Work-injury fund expenditure of the year (工伤保险基金支出): benefits paid to people plus medical costs settled with institutions." })
export class WorkInjuryFundExpenditure {
  @Field(() => Int, { description: "Year (年度)." })
  year: number;

  @Field(() => String, { description: 'Area code (行政区划代码); "" (empty) for the whole hub (全部地区).' })
  areaCode: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Medical costs settled with institutions and paid in the year (医疗费用结算支出), in yuan: from the medical subgraph; null when it could not answer." })
  medicalSettlements: number;
}

/** Cached like a section (year, area, bounds, the settlements' and institutions' versions): the gateway asks on every annual report. */
export const fundExpenditureReference: ReferenceResolver<MedicalLoaders> = {
  scope: "aggregate:read",
  resolve: async (ref, ctx): Promise<WorkInjuryFundExpenditure> => {
    const key = reportKeyOf(ref);
    const c = ctx as Context<unknown>;
    const medicalSettlements = await cachedFigure(c, sectionCacheKey(c, "fundExpenditure.medicalSettlements", key), [MEDICAL_SETTLEMENT.all, MEDICAL_INSTITUTION.all], () => ctx.loaders.repo.settlement.paidInYear(key));
    return { year: key.year, areaCode: key.areaCode ?? WHOLE_HUB, medicalSettlements };
  },
};
