import { AuthCheckerFn, getMetadataStorage } from "type-graphql";
import type { Context } from "./context";
import { forbidden } from "./errors";

/**
 * Authorization by scope (DESIGN §4). `@Authorized("enrollment:read")` on every root field and
 * entity-extension field; several scopes mean any one of them suffices. Deny by default is enforced
 * when the schema is built (`assertEveryRootFieldAuthorized`) and proven by the authorization test.
 */
export const scopeAuthChecker: AuthCheckerFn<Context> = ({ context }, scopes) => {
  if (scopes.length === 0 || scopes.some((s) => context.claims.scopes.has(s))) return true;
  throw forbidden(`Requires the scope ${scopes.join(" or ")}.`);
};

/** For code the auth checker does not cover (reference resolvers, services called from several places). */
export function requireScope(context: Context, ...scopes: string[]): void {
  if (!scopes.some((s) => context.claims.scopes.has(s))) throw forbidden(`Requires the scope ${scopes.join(" or ")}.`);
}

/** Refuses to build a schema with a query or mutation that states no requirement. */
export function assertEveryRootFieldAuthorized(resolvers: readonly Function[]): void {
  const storage = getMetadataStorage();
  const classAuthorized = new Set(storage.authorizedResolver.map((a) => a.target));
  const fieldAuthorized = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
  const missing = [...storage.queries, ...storage.mutations, ...storage.fieldResolvers]
    .filter((r) => resolvers.includes(r.target) && !classAuthorized.has(r.target))
    .filter((r) => !fieldAuthorized.has(`${r.target.name}.${r.methodName}`))
    .map((r) => `${r.target.name}.${r.methodName}`);
  if (missing.length) throw new Error(`Every root and resolved field must declare @Authorized (deny by default): ${missing.join(", ")}`);
}

/** The personal-data mark lives with its enforcement; re-exported here, where it used to be. */
export { PersonalData } from "./personal-data";
