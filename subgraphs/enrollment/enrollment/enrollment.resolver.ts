import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../common/context";
import { parseId } from "../../common/errors";
import { connectionType, PageArgs } from "../../common/page";
import { Employer } from "../employer/employer.entity";
import type { EnrollmentLoaders } from "../loaders";
import { Person } from "../person/person.entity";
import { Enrollment } from "./enrollment.entity";
import { EnrollInput, EnrollmentFilter, StopEnrollmentInput } from "./enrollment.input";
import * as service from "./enrollment.service";

export const EnrollmentConnection = connectionType(Enrollment, "EnrollmentConnection", "A page of enrollments (参保记录列表).");

type C = Context<EnrollmentLoaders>;

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Authorized("enrollment:read")
  @Query(() => Enrollment, { nullable: true, description: "An enrollment by id (按ID查询参保记录)." })
  enrollment(@Arg("id", () => ID, { description: "Hub id (编号)" }) id: string, @Ctx() ctx: C) {
    return ctx.loaders.enrollment.load(parseId(id, "id"));
  }

  @Authorized("enrollment:read")
  @Query(() => EnrollmentConnection, { description: "Enrollments, paginated and filtered (参保记录列表)." })
  enrollments(@Arg("filter", () => EnrollmentFilter, { nullable: true, description: "Filter (查询条件)" }) filter: EnrollmentFilter | undefined, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return service.listEnrollments(ctx, filter, page);
  }

  @Authorized("enrollment:write")
  @Mutation(() => Enrollment, { description: "Enrolls a person (参保). CONFLICT naming the existing one when an active enrollment in the same insurance exists (防止重复参保)." })
  enroll(@Arg("input", () => EnrollInput, { description: "The input (录入内容)" }) input: EnrollInput, @Ctx() ctx: C) {
    return service.enroll(ctx, input);
  }

  @Authorized("enrollment:write")
  @Mutation(() => Enrollment, { description: "Stops an active enrollment (停保)." })
  stopEnrollment(@Arg("input", () => StopEnrollmentInput, { description: "The input (录入内容)" }) input: StopEnrollmentInput, @Ctx() ctx: C) {
    return service.stopEnrollment(ctx, input);
  }

  @Authorized("enrollment:read")
  @FieldResolver(() => Person, { nullable: true, description: "The insured person (参保人员)." })
  person(@Root() e: Enrollment, @Ctx() ctx: C) {
    return ctx.loaders.person.loadKnown(e.personId);
  }

  @Authorized("enrollment:read")
  @FieldResolver(() => Employer, { nullable: true, description: "The employer (用人单位)." })
  employer(@Root() e: Enrollment, @Ctx() ctx: C) {
    return ctx.loaders.employer.loadKnown(e.employerId);
  }
}
