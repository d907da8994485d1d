import "reflect-metadata";
import { Authorized, Extensions, Field, ID, ObjectType, Query, Resolver, UseMiddleware } from "type-graphql";
import { graphql, GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../../subgraphs/common/schema";
import { rows } from "../../subgraphs/common/bounds";
import { PersonalData } from "../../subgraphs/common/personal-data";
import { AuditCollector } from "../../subgraphs/common/audit/audit.service";

/**
 * The kit refuses to build a schema whose guards could be bypassed (DESIGN §4, the type-graphql
 * caveat), and enforces @PersonalData on types with simple resolvers. Throwaway types, one schema each.
 */

const noop = async (_: unknown, next: () => Promise<unknown>) => next();

@ObjectType("LeakyAuthorized", { simpleResolvers: true })
class LeakyAuthorized {
  @Field(() => ID) id: number;
  // type-graphql never runs this on a simpleResolvers type.
  @Authorized("enrollment:read")
  @Field(() => String) secret: string;
}
@Resolver(() => LeakyAuthorized)
class LeakyAuthorizedResolver {
  @Authorized("enrollment:read") @Query(() => LeakyAuthorized) leakyAuthorized() { return { id: 1, secret: "s" }; }
}

@ObjectType("LeakyMiddleware")
class LeakyMiddleware {
  @Field(() => ID) id: number;
  @UseMiddleware(noop)
  @Field(() => String, { simple: true }) secret: string;
}
@Resolver(() => LeakyMiddleware)
class LeakyMiddlewareResolver {
  @Authorized("enrollment:read") @Query(() => LeakyMiddleware) leakyMiddleware() { return { id: 1, secret: "s" }; }
}

@ObjectType("HandMarked", { simpleResolvers: true })
class HandMarked {
  @Field(() => ID) id: number;
  // The old style of mark: the kit cannot read it, so it must not silently pass as unmarked.
  @Extensions({ personalData: "name" })
  @Field(() => String) name: string;
}
@Resolver(() => HandMarked)
class HandMarkedResolver {
  @Authorized("enrollment:read") @Query(() => HandMarked) handMarked() { return { id: 1, name: "张三" }; }
}

@ObjectType("Nameless", { simpleResolvers: true })
class Nameless {
  @PersonalData("name", "enrollment:read")
  @Field(() => String) name: string;
}
@Resolver(() => Nameless)
class NamelessResolver {
  @Authorized("enrollment:read") @Query(() => Nameless) nameless() { return { name: "张三" }; }
}

@ObjectType("StrictBirth", { simpleResolvers: true })
class StrictBirth {
  @Field(() => ID) id: number;
  // Masked to null without pii:read: a non-null field could not carry the mask.
  @PersonalData("birthDate", "enrollment:read")
  @Field(() => String) birthDate: string;
}
@Resolver(() => StrictBirth)
class StrictBirthResolver {
  @Authorized("enrollment:read") @Query(() => StrictBirth) strictBirth() { return { id: 1, birthDate: "1990-01-01" }; }
}

@ObjectType("SimpleHolder", { simpleResolvers: true })
class SimpleHolder {
  @Field(() => ID) id: number;
  @PersonalData("name", "enrollment:read")
  @Field(() => String) name: string;
  @PersonalData("phone", "enrollment:read")
  @Field(() => String, { nullable: true }) phone: string | null;
}
@Resolver(() => SimpleHolder)
class SimpleHolderResolver {
  // Either scope opens the list, so the field's own read scope is what the last test meets.
  @Authorized("enrollment:read", "pii:read")
  @Query(() => [SimpleHolder]) holders() { return [{ id: 7, name: "张三丰", phone: "13812345678" }, { id: 8, name: "李四", phone: null }]; }
}

// Every Query field of a throwaway schema is rows-bounded, as a subgraph's would be (bounds.ts).
const QUERY_OF: Record<string, string> = { b: "strictBirth", a: "leakyAuthorized", m: "leakyMiddleware", h: "handMarked", n: "nameless", s: "holders" };
const spec = (name: string, resolver: Function) => ({
  name: `t-${name}`,
  resolvers: [resolver] as [Function],
  bounds: { entities: {}, queries: { [QUERY_OF[name]]: rows }, references: {} },
});

describe("the kit refuses a schema that could bypass its guards", () => {
  it("refuses a field-level @Authorized on a plain field of a simpleResolvers type, naming it", async () => {
    await expect(buildFederatedSchema(spec("a", LeakyAuthorizedResolver))).rejects.toThrow(/would be skipped: LeakyAuthorized\.secret\b/);
  });

  it("refuses a field-level @UseMiddleware on a simple: true field, naming it", async () => {
    await expect(buildFederatedSchema(spec("m", LeakyMiddlewareResolver))).rejects.toThrow(/would be skipped: LeakyMiddleware\.secret\b/);
  });

  it("refuses a personalData mark it cannot read", async () => {
    await expect(buildFederatedSchema(spec("h", HandMarkedResolver))).rejects.toThrow(/HandMarked\.name: a personalData extension the kit cannot read/);
  });

  it("refuses a mark masked to null (birthDate, gender, hidden) on a non-null field", async () => {
    await expect(buildFederatedSchema(spec("b", StrictBirthResolver))).rejects.toThrow(/StrictBirth\.birthDate: personal data of kind birthDate is masked to null, so the field must be nullable/);
  });

  it("refuses personal data on a type with no id to name the subject by", async () => {
    await expect(buildFederatedSchema(spec("n", NamelessResolver))).rejects.toThrow(/Nameless\.name: a type with personal data needs an `id` field/);
  });
});

describe("@PersonalData on a simpleResolvers type", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildFederatedSchema(spec("s", SimpleHolderResolver));
  });
  const run = async (scopes: string[], query = "{ holders { id name phone } again: holders { ...F } } fragment F on SimpleHolder { name }") => {
    const audit = new AuditCollector();
    const res = await graphql({ schema, source: query, contextValue: { claims: { sub: "t", scopes: new Set(scopes) }, audit } });
    return { res, audit };
  };

  it("masks without pii:read and audits nothing", async () => {
    const { res, audit } = await run(["enrollment:read"]);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      holders: [{ id: "7", name: "张**", phone: "138****5678" }, { id: "8", name: "李*", phone: null }],
      again: [{ name: "张**" }, { name: "李*" }],
    });
    expect(audit.empty).toBe(true);
  });

  it("shows and audits with pii:read, naming the subject even when id is not selected", async () => {
    const { res, audit } = await run(["enrollment:read", "pii:read"], "{ holders { name } }");
    expect(res.data).toEqual({ holders: [{ name: "张三丰" }, { name: "李四" }] });
    expect([...audit.subjects].sort()).toEqual(["SimpleHolder:7", "SimpleHolder:8"]);
    expect([...audit.fields]).toEqual(["SimpleHolder.name"]);
  });

  it("refuses the field without its read scope, even with pii:read", async () => {
    const { res, audit } = await run(["pii:read"], "{ holders { id name } }");
    expect(res.errors?.[0]).toMatchObject({ message: "Requires the scope enrollment:read.", path: ["holders", 0, "name"], extensions: { code: "FORBIDDEN" } });
    expect(audit.empty).toBe(true);
  });
});
