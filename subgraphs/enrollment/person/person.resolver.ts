import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../common/context";
import { parseId } from "../../common/errors";
import { preload } from "../../common/loader";
import { connectionType, PageArgs } from "../../common/page";
import { Area } from "../area/area.entity";
import { Enrollment } from "../enrollment/enrollment.entity";
import type { EnrollmentConfig } from "../config";
import type { EnrollmentLoaders } from "../loaders";
import { Person } from "./person.entity";
import { PersonFilter, RecordDeathInput, RegisterPersonInput } from "./person.input";
import * as service from "./person.service";

export const PersonConnection = connectionType(Person, "PersonConnection", "A page of insured people (参保人员列表).");

type C = Context<EnrollmentLoaders, EnrollmentConfig>;

@Resolver(() => Person)
export class PersonResolver {
  @Authorized("enrollment:read")
  @Query(() => Person, { nullable: true, description: "A person by hub id (按ID查询参保人员); null when unknown or out of bounds." })
  person(@Arg("id", () => ID, { description: "Hub id (编号)" }) id: string, @Ctx() ctx: C) {
    return ctx.loaders.person.load(parseId(id, "id"));
  }

  @Authorized("enrollment:read")
  @Query(() => Person, {
    nullable: true,
    description: "A person by resident ID number (按公民身份号码查询). A use of personal data: needs pii:read, is audited (misses too) and limited per caller (RATE_LIMITED).",
  })
  personByIdNumber(@Arg("idNumber", () => String, { description: "Resident ID number (公民身份号码), 18 characters" }) idNumber: string, @Ctx() ctx: C) {
    return service.personByIdNumber(ctx, idNumber);
  }

  @Authorized("enrollment:read")
  @Query(() => PersonConnection, { description: "Insured people, paginated (参保人员列表)." })
  people(@Arg("filter", () => PersonFilter, { nullable: true, description: "Filter (查询条件)" }) filter: PersonFilter | undefined, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return service.listPeople(ctx, filter, page);
  }

  @Authorized("enrollment:write")
  @Mutation(() => Person, { description: "Records a person's date of death with its source (死亡登记), once; CONFLICT when one is recorded. Work-injury pays nothing for a period after it." })
  recordDeath(@Arg("input", () => RecordDeathInput, { description: "The date of death (死亡信息)" }) input: RecordDeathInput, @Ctx() ctx: C) {
    return service.recordDeath(ctx, input);
  }

  @Authorized("enrollment:write")
  @Mutation(() => Person, { description: "Registers an insured person (参保人员登记). CONFLICT when the ID number is registered." })
  registerPerson(@Arg("input", () => RegisterPersonInput, { description: "The input (录入内容)" }) input: RegisterPersonInput, @Ctx() ctx: C) {
    return service.registerPerson(ctx, input);
  }

  @Authorized("enrollment:read")
  @FieldResolver(() => [Enrollment], { description: "All enrollments, active and stopped (参保记录)." })
  async enrollments(@Root() person: Person, @Ctx() ctx: C, @Info() info: GraphQLResolveInfo) {
    const rows = await ctx.loaders.enrollmentsOfPerson.load(person.id);
    await preload(rows, info, "employer", ctx.loaders.employer, (e) => e.employerId);
    return rows;
  }

  @Authorized("enrollment:read")
  @FieldResolver(() => Int, { description: "Year of birth (出生年份), always visible (the birth date is personal data)." })
  birthYear(@Root() person: Person): number {
    return Number(String(person.birthDate).slice(0, 4));
  }

  @Authorized("enrollment:read")
  @FieldResolver(() => Area, { nullable: true, description: "Area (所属行政区划)." })
  area(@Root() person: Person, @Ctx() ctx: C) {
    return ctx.loaders.area.loadKnown(person.areaCode);
  }
}
