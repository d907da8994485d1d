import { AuthCheckerFn, Authorized, Extensions, UseMiddleware, MiddlewareFn, getMetadataStorage } from "type-graphql";
import type { Context } from "./context";
import { forbidden } from "./errors";
import { maskValue, PersonalDataKind } from "./mask";

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

const maskUnlessPii = (kind: PersonalDataKind): MiddlewareFn<Context> => async ({ context, root, info }, next) => {
  const value = await next();
  if (value === null || value === undefined) return value;
  if (!context.claims.scopes.has("pii:read")) return maskValue(kind, String(value));
  // Every unmasked read is written to the audit chain (who, whose record, which field).
  context.audit.record(info.parentType.name, (root as { id?: unknown }).id, info.fieldName);
  return value;
};

/**
 * Marks a personal-data field (ID number, name, phone, bank account, diagnosis): it needs the
 * domain's read scope, and is masked unless the caller has `pii:read`. One decorator, so the
 * data-protection rules change in one place.
 */
export function PersonalData(kind: PersonalDataKind, readScope: string): PropertyDecorator & MethodDecorator {
  const decorators = [Authorized(readScope), Extensions({ personalData: kind }), UseMiddleware(maskUnlessPii(kind))];
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    for (const d of decorators) (d as (t: object, k: string | symbol, desc?: PropertyDescriptor) => void)(target, key, descriptor);
  };
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
