import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../common/context";
import { checkAreaCode } from "../../common/report";
import { YearMonthScalar } from "../../common/scalars";
import { Insurance } from "../enrollment/insurance";
import type { EnrollmentConfig } from "../config";
import type { EnrollmentLoaders } from "../loaders";
import { AreaLevel } from "../area/area.entity";
import * as service from "./statistics.service";
import { GroupFigure, InsuredStatistics, ZombieEmployer } from "./statistics.types";

type C = Context<EnrollmentLoaders, EnrollmentConfig>;

/** Code length of each level (area.entity.ts: 6 county, 9 township, 12 village). */
const LEVEL_DIGITS = { [AreaLevel.COUNTY]: 6, [AreaLevel.TOWNSHIP]: 9, [AreaLevel.VILLAGE]: 12 } as const;

@Resolver(() => InsuredStatistics)
export class InsuredStatisticsResolver {
  @Authorized("aggregate:read")
  @Query(() => InsuredStatistics, { description: "Insured persons and contributions of a year (参保统计), of the whole hub or of an area, with breakdowns by area, industry and month." })
  async insuredStatistics(
    @Arg("year", () => Int, { description: "Year (年度)" }) year: number,
    @Arg("insurance", () => Insurance, { description: "Insurance (险种)" }) insurance: Insurance,
    @Arg("areaCode", () => String, { nullable: true, description: `Area code (行政区划代码): a county, township or village; null, omitted or "" for the whole hub (全部地区). Within the caller's bounds: an area outside them gives zero figures.` }) areaCode: string | null,
    @Ctx() ctx: C,
  ): Promise<InsuredStatistics> {
    service.checkYear(year);
    const key = { year, insurance, areaCode: checkAreaCode(areaCode || null) };
    return { ...key, ...(await service.insuredTotals(ctx, key)) };
  }

  @Authorized("aggregate:read")
  @FieldResolver(() => [GroupFigure], {
    description:
      "By area (按行政区划) at one level: counties, townships (the default) or villages, each person once under the area of the year's last contribution; for the whole hub each level's rows sum to the total. " +
      "Of an area, the rows under it: a person whose last contribution was elsewhere is in the area's insured but in no row. " +
      "At village level a person whose last contribution is written under a township code itself counts under that township's own row (key the township code, name suffixed 本级).",
  })
  byArea(@Root() s: InsuredStatistics, @Arg("level", () => AreaLevel, { defaultValue: AreaLevel.TOWNSHIP, description: "Area level of the breakdown (分组级别)" }) level: AreaLevel, @Ctx() ctx: C) {
    return service.byArea(ctx, s, LEVEL_DIGITS[level]);
  }

  @Authorized("aggregate:read")
  @FieldResolver(() => [GroupFigure], { description: "By industry section of the employer (按行业门类)." })
  byIndustry(@Root() s: InsuredStatistics, @Ctx() ctx: C) {
    return service.byIndustry(ctx, s);
  }

  @Authorized("aggregate:read")
  @FieldResolver(() => [GroupFigure], { description: "By month (按月): persons with a contribution in the month and its contributions." })
  byMonth(@Root() s: InsuredStatistics, @Ctx() ctx: C) {
    return service.byMonth(ctx, s);
  }
}

@Resolver(() => ZombieEmployer)
export class ZombieEmployerResolver {
  @Authorized("enrollment:read")
  @Query(() => [ZombieEmployer], { description: "Zombie employers (僵尸企业): active enrollments but no contributions in the last `months` months up to `asOf`." })
  zombieEmployers(
    @Arg("asOf", () => YearMonthScalar, { description: "As of month (截至所属期)" }) asOf: string,
    @Arg("months", () => Int, { nullable: true, description: "Months without contributions (无缴费月数); the configured ZOMBIE_MONTHS by default." }) months: number | undefined,
    @Ctx() ctx: C,
  ) {
    return service.zombieEmployers(ctx, asOf, months ?? ctx.config.ZOMBIE_MONTHS);
  }
}
