import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../common/context";
import { parseId } from "../../common/errors";
import { preload } from "../../common/loader";
import { connectionType, PageArgs } from "../../common/page";
import type { EnrollmentLoaders } from "../loaders";
import { Area } from "../area/area.entity";
import { Enrollment } from "../enrollment/enrollment.entity";
import { Insurance } from "../enrollment/insurance";
import { Employer } from "./employer.entity";
import { EmployerFilter, RegisterEmployerInput } from "./employer.input";
import { INDUSTRY_NAMES } from "./industries";
import * as service from "./employer.service";

export const EmployerConnection = connectionType(Employer, "EmployerConnection", "A page of employers (用人单位列表).");

type C = Context<EnrollmentLoaders>;

@Resolver(() => Employer)
export class EmployerResolver {
  @Authorized("enrollment:read")
  @Query(() => Employer, { nullable: true, description: "An employer by hub id (按ID查询用人单位); null when unknown or out of bounds." })
  employer(@Arg("id", () => ID, { description: "Hub id (编号)" }) id: string, @Ctx() ctx: C) {
    return ctx.loaders.employer.load(parseId(id, "id"));
  }

  @Authorized("enrollment:read")
  @Query(() => Employer, { nullable: true, description: "An employer by unified social credit code (按统一社会信用代码查询)." })
  employerByCreditCode(@Arg("creditCode", () => String, { description: "Unified social credit code (统一社会信用代码)" }) creditCode: string, @Ctx() ctx: C) {
    return service.employerByCreditCode(ctx, creditCode);
  }

  @Authorized("enrollment:read")
  @Query(() => EmployerConnection, { description: "Employers, paginated and filtered (用人单位列表)." })
  employers(@Arg("filter", () => EmployerFilter, { nullable: true, description: "Filter (查询条件)" }) filter: EmployerFilter | undefined, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return service.listEmployers(ctx, filter, page);
  }

  @Authorized("enrollment:write")
  @Mutation(() => Employer, { description: "Registers an employer (用人单位参保登记). CONFLICT when the credit code is registered." })
  registerEmployer(@Arg("input", () => RegisterEmployerInput, { description: "The input (录入内容)" }) input: RegisterEmployerInput, @Ctx() ctx: C) {
    return service.registerEmployer(ctx, input);
  }

  @Authorized("enrollment:read")
  @FieldResolver(() => String, { description: "Industry name (行业门类名称)." })
  industryName(@Root() employer: Employer) {
    return INDUSTRY_NAMES[employer.industry] ?? employer.industry;
  }

  @Authorized("enrollment:read")
  @FieldResolver(() => Area, { nullable: true, description: "Area (所属行政区划)." })
  area(@Root() employer: Employer, @Ctx() ctx: C) {
    return ctx.loaders.area.loadKnown(employer.areaCode);
  }

  @Authorized("enrollment:read")
  @FieldResolver(() => [Enrollment], { description: "Active enrollments of its staff (在保人员参保记录)." })
  async activeEnrollments(@Root() employer: Employer, @Arg("insurance", () => Insurance, { nullable: true, description: "Insurance (险种)" }) insurance: Insurance | undefined, @Ctx() ctx: C, @Info() info: GraphQLResolveInfo) {
    const all = await ctx.loaders.activeEnrollmentsOfEmployer.load(employer.id);
    const rows = insurance ? all.filter((e) => e.insurance === insurance) : all;
    await preload(rows, info, "person", ctx.loaders.person, (e) => e.personId);
    return rows;
  }
}
