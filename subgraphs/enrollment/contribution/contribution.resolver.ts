import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../common/context";
import { connectionType, PageArgs } from "../../common/page";
import { MoneyScalar } from "../../common/scalars";
import { Employer } from "../employer/employer.entity";
import type { EnrollmentLoaders } from "../loaders";
import { Person } from "../person/person.entity";
import { Contribution } from "./contribution.entity";
import { ContributionFilter, RecordContributionsInput } from "./contribution.input";
import * as service from "./contribution.service";

export const ContributionConnection = connectionType(Contribution, "ContributionConnection", "A page of contribution records (缴费记录列表).");

@ObjectType({ description: "Result of recording a month's contributions (缴费申报结果)." })
export class RecordedContributions {
  @Field(() => [Contribution], { description: "The records written (写入的缴费记录)." })
  contributions: Contribution[];

  @Field(() => MoneyScalar, { description: "Employer parts, total (单位缴费合计), yuan." })
  employerTotal: number;

  @Field(() => MoneyScalar, { description: "Employee parts, total (个人缴费合计), yuan." })
  employeeTotal: number;
}

type C = Context<EnrollmentLoaders>;

@Resolver(() => Contribution)
export class ContributionResolver {
  @Authorized("enrollment:read")
  @Query(() => ContributionConnection, { description: "Contribution records of a person or an employer (缴费记录查询)." })
  contributions(@Arg("filter", () => ContributionFilter, { description: "Filter (查询条件)" }) filter: ContributionFilter, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return service.listContributions(ctx, filter, page);
  }

  @Authorized("enrollment:write")
  @Mutation(() => RecordedContributions, { description: "Records an employer's contributions for one month and insurance, all lines or none (缴费申报)." })
  recordContributions(@Arg("input", () => RecordContributionsInput, { description: "The input (录入内容)" }) input: RecordContributionsInput, @Ctx() ctx: C) {
    return service.recordContributions(ctx, input);
  }

  @Authorized("enrollment:read")
  @FieldResolver(() => Person, { nullable: true, description: "The person (参保人员)." })
  person(@Root() c: Contribution, @Ctx() ctx: C) {
    return ctx.loaders.person.loadKnown(c.personId);
  }

  @Authorized("enrollment:read")
  @FieldResolver(() => Employer, { nullable: true, description: "The employer that paid (缴费单位)." })
  employer(@Root() c: Contribution, @Ctx() ctx: C) {
    return ctx.loaders.employer.loadKnown(c.employerId);
  }
}
