import type { GraphQLFieldResolver, GraphQLSchema } from "graphql";
import { isObjectType } from "graphql";
import { getMetadataStorage } from "type-graphql";
import type { Context } from "./context";
import { forbidden } from "./errors";

/**
 * Scopes of `@FieldResolver`s, checked by the kit instead of by type-graphql. type-graphql runs
 * `@Authorized` as an async middleware around each call (two promises and their microtasks); on a
 * page of 50 employers `Enrollment.person` alone runs ~850 times, and that middleware was about a
 * quarter of the subgraph's CPU. The same check as `scopeAuthChecker` (any one scope suffices,
 * FORBIDDEN otherwise), done synchronously in a graphql-js `resolve` wrapper, has the same effect.
 *
 * How: the field-level `@Authorized` of this schema's field resolvers are held back from type-graphql's
 * global metadata while it builds (it copies that metadata synchronously when the build starts) and put
 * back right after, so other builds and `assertEveryRootFieldAuthorized` still see them. Root fields
 * keep type-graphql's check (one call per request). Pinned by test/security/authorization.test.ts,
 * which calls every resolved field without its scope.
 */
export interface LiftedScope { typeName: string; fieldName: string; scopes: string[] }

interface AuthorizedField { target: Function; fieldName: string; roles: string[] }
interface FieldResolverDef { target: Function; methodName: string; schemaName?: string; getObjectType?: () => Function }

export function buildWithFieldScopesLifted<T>(resolvers: readonly Function[], build: () => Promise<T>): { built: Promise<T>; lifted: () => LiftedScope[] } {
  const storage = getMetadataStorage() as unknown as { authorizedFields: AuthorizedField[]; fieldResolvers: FieldResolverDef[]; objectTypes: { name: string; target: Function }[] };
  const defs = storage.fieldResolvers.filter((r) => resolvers.includes(r.target));
  const isFieldResolver = (a: AuthorizedField) => defs.some((d) => d.target === a.target && d.methodName === a.fieldName);
  const all = storage.authorizedFields;
  const held = all.filter(isFieldResolver);
  storage.authorizedFields = all.filter((a) => !isFieldResolver(a));
  let built: Promise<T>;
  try {
    built = build(); // type-graphql clones the metadata synchronously, before its first await
  } finally {
    storage.authorizedFields = all;
  }
  // Type and field names are known once type-graphql has built the definitions.
  const lifted = () => held.map((a) => {
    const def = defs.find((d) => d.target === a.target && d.methodName === a.fieldName)!;
    const typeClass = def.getObjectType?.();
    const typeName = storage.objectTypes.find((o) => o.target === typeClass)?.name;
    if (!typeName) throw new Error(`${a.target.name}.${a.fieldName}: cannot tell which object type this field resolver belongs to, so its scope cannot be enforced.`);
    return { typeName, fieldName: def.schemaName ?? def.methodName, scopes: a.roles };
  });
  return { built, lifted };
}

/** Puts the held-back scopes on the finished schema's fields; refuses one whose field is missing. */
export function enforceFieldScopes(schema: GraphQLSchema, lifted: LiftedScope[]): void {
  for (const { typeName, fieldName, scopes } of lifted) {
    const type = schema.getType(typeName);
    const field = type && isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field?.resolve) throw new Error(`${typeName}.${fieldName}: a scoped field resolver missing from the subgraph schema.`);
    const inner = field.resolve as GraphQLFieldResolver<unknown, Context>;
    const refusal = `Requires the scope ${scopes.join(" or ")}.`;
    field.resolve = (source, args, context: Context, info) => {
      if (scopes.length && !scopes.some((s) => context.claims.scopes.has(s))) throw forbidden(refusal);
      return inner(source, args, context, info);
    };
  }
}
