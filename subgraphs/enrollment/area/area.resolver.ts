import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../common/context";
import type { EnrollmentLoaders } from "../loaders";
import { Area } from "./area.entity";

@Resolver(() => Area)
export class AreaResolver {
  @Authorized("enrollment:read", "aggregate:read")
  @Query(() => Area, { nullable: true, description: "An area by code (按代码查询行政区划)." })
  area(@Arg("code", () => String, { description: "Area code (行政区划代码)" }) code: string, @Ctx() ctx: Context<EnrollmentLoaders>) {
    return ctx.loaders.area.load(code);
  }

  @Authorized("enrollment:read", "aggregate:read")
  @Query(() => [Area], { description: "Areas under a parent, or the counties when no parent is given (下级行政区划)." })
  areas(@Arg("parentCode", () => String, { nullable: true, description: "Parent area code (上级区划代码)" }) parentCode: string | undefined, @Ctx() ctx: Context<EnrollmentLoaders>) {
    return ctx.loaders.repo.area.children(parentCode ?? null);
  }
}
