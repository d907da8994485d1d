import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../common/context";
import { PartnerClient } from "./partner.entity";
import { RegisterPartnerInput } from "./partner.input";
import * as service from "./partner.service";

@ObjectType({ description: "A partner client with its new API key (合作方客户端及新密钥); the key is shown this once." })
export class PartnerKey {
  @Field(() => PartnerClient, { description: "The client (客户端)." })
  client: PartnerClient;

  @Field(() => String, { description: "The API key (接入密钥): send it as `X-Api-Key`. Stored only as a hash; keep it safe." })
  apiKey: string;
}

@Resolver(() => PartnerClient)
export class PartnerResolver {
  @Authorized("admin")
  @Query(() => [PartnerClient], { description: "Registered partner clients (合作方客户端列表)." })
  partnerClients(@Ctx() ctx: Context) {
    return service.listPartners(ctx.db, ctx.bound("PartnerClient"));
  }

  @Authorized("admin")
  @Query(() => PartnerClient, { nullable: true, description: "A partner client by id (按标识查询合作方客户端)." })
  partnerClient(@Arg("clientId", () => String, { description: "Client id (客户端标识)" }) clientId: string, @Ctx() ctx: Context) {
    return service.visibleByClientId(ctx.db, ctx.bound("PartnerClient"), clientId);
  }

  @Authorized("admin")
  @Mutation(() => PartnerKey, { description: "Registers a partner client and issues its API key (登记合作方并签发密钥)." })
  registerPartner(@Arg("input", () => RegisterPartnerInput, { description: "The client (客户端)" }) input: RegisterPartnerInput, @Ctx() ctx: Context) {
    return service.registerPartner(ctx.db, input);
  }

  @Authorized("admin")
  @Mutation(() => PartnerKey, { description: "Issues a new API key; the old one stops working at once (轮换密钥)." })
  rotatePartnerKey(@Arg("clientId", () => String, { description: "Client id (客户端标识)" }) clientId: string, @Ctx() ctx: Context) {
    return service.rotateKey(ctx.db, clientId);
  }

  @Authorized("admin")
  @Mutation(() => PartnerClient, { description: "Revokes a client; its key stops working at once (吊销)." })
  revokePartner(@Arg("clientId", () => String, { description: "Client id (客户端标识)" }) clientId: string, @Ctx() ctx: Context) {
    return service.revoke(ctx.db, clientId);
  }

  @Authorized("admin")
  @Mutation(() => PartnerClient, { description: "Replaces the operations a client may run (变更已登记操作)." })
  setPartnerOperations(
    @Arg("clientId", () => String, { description: "Client id (客户端标识)" }) clientId: string,
    @Arg("operations", () => [String], { description: "Operation names from the manifest (操作名称)" }) operations: string[],
    @Ctx() ctx: Context,
  ) {
    return service.setOperations(ctx.db, clientId, operations);
  }
}
