import { GraphQLSchema, isObjectType } from "graphql";
import { getMetadataStorage } from "type-graphql";

/**
 * type-graphql gives a `simpleResolvers` type's plain fields, and every `simple: true` field, no
 * resolver at all, so a field-level `@Authorized` or `@UseMiddleware` on one is silently never run
 * (DESIGN §4, the type-graphql caveat; see build/cjs/schema/schema-generator.js, `isSimpleResolver`).
 * This refuses such a schema instead of serving a guard that does nothing. Field resolvers
 * (`@FieldResolver`) on simple types keep their guards and are fine.
 */
export function assertNoSkippedGuards(schema: GraphQLSchema): void {
  // The global storage, not yet built: its raw declarations are what the decorators said.
  const storage = getMetadataStorage() as unknown as {
    objectTypes: { name: string; target: Function }[];
    interfaceTypes: { name: string; target: Function }[];
    fields: { target: Function; name: string; schemaName: string }[];
    authorizedFields: { target: Function; fieldName: string }[];
    middlewares: { target: Function; fieldName: string }[];
    resolverMiddlewares: { target: Function }[];
  };
  const classesNamed = new Map<string, Function[]>();
  for (const t of [...storage.objectTypes, ...storage.interfaceTypes]) classesNamed.set(t.name, [...(classesNamed.get(t.name) ?? []), t.target]);
  // Field-level guards by class and property name.
  const guards = new Map<Function, Set<string>>();
  for (const a of [...storage.authorizedFields, ...storage.middlewares]) {
    if (!guards.has(a.target)) guards.set(a.target, new Set());
    guards.get(a.target)!.add(a.fieldName);
  }
  const classWide = new Set(storage.resolverMiddlewares.map((m) => m.target));

  const skipped: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    // The classes behind the type: its own, their superclasses, and its interfaces' classes.
    const classes = new Set<Function>();
    for (const cls of classesNamed.get(type.name) ?? []) for (let c: Function | null = cls; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) classes.add(c);
    for (const iface of type.getInterfaces()) for (const cls of classesNamed.get(iface.name) ?? []) classes.add(cls);
    if (!classes.size) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) continue; // type-graphql made a resolver for it: its guards run
      const properties = storage.fields.filter((f) => classes.has(f.target) && f.schemaName === field.name).map((f) => f.name);
      const props = properties.length ? properties : [field.name];
      if ([...classes].some((c) => classWide.has(c) || props.some((p) => guards.get(c)?.has(p)))) {
        skipped.push(`${type.name}.${field.name}`);
      }
    }
  }
  if (skipped.length) {
    throw new Error(
      `type-graphql never runs @Authorized or @UseMiddleware on a plain field of a simpleResolvers type or a simple: true field, ` +
      `so these guards would be skipped: ${skipped.join(", ")}. Mark personal data with @PersonalData (the kit enforces it on every path), ` +
      `move the check into a @FieldResolver, or drop simple resolvers on that type.`,
    );
  }
}
