import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../common/context";
import { ServiceKey } from "./service-key.entity";
import * as service from "./service-key.service";

@ObjectType({ description: "A service key just issued (新签发的服务密钥); the key is shown this once." })
export class IssuedServiceKey {
  @Field(() => ServiceKey, { description: "The service (服务)." })
  service: ServiceKey;

  @Field(() => String, { description: "The key (服务密钥): configure it as SERVICE_KEY_<NAME> of that subgraph. Stored only as a hash." })
  serviceKey: string;
}

@Resolver(() => ServiceKey)
export class ServiceKeyResolver {
  @Authorized("admin")
  @Query(() => [ServiceKey], { description: "Registered service keys (服务密钥列表)." })
  serviceKeys(@Ctx() ctx: Context) {
    return service.listServices(ctx.db, ctx.bound("ServiceKey"));
  }

  @Authorized("admin")
  @Mutation(() => IssuedServiceKey, { description: "Registers a subgraph's service key and issues it (登记服务并签发密钥)." })
  registerServiceKey(
    @Arg("name", () => String, { description: "The calling subgraph's name (服务名称), e.g. work-injury" }) name: string,
    @Arg("scopes", () => [String], { nullable: true, description: "Scopes (授权范围); enrollment:read when omitted" }) scopes: string[] | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return service.registerService(ctx.db, name, scopes);
  }

  @Authorized("admin")
  @Mutation(() => IssuedServiceKey, { description: "Issues a new service key; the old one stops working at once (轮换服务密钥)." })
  rotateServiceKey(@Arg("name", () => String, { description: "Service name (服务名称)" }) name: string, @Ctx() ctx: Context) {
    return service.rotateService(ctx.db, name);
  }

  @Authorized("admin")
  @Mutation(() => ServiceKey, { description: "Revokes a service key; it stops working at once (吊销服务密钥)." })
  revokeServiceKey(@Arg("name", () => String, { description: "Service name (服务名称)" }) name: string, @Ctx() ctx: Context) {
    return service.revokeService(ctx.db, name);
  }
}
