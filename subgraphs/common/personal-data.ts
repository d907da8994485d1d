import {
  defaultFieldResolver, getNamedType, GraphQLField, GraphQLFieldResolver, GraphQLSchema,
  isEnumType, isInterfaceType, isNonNullType, isObjectType, isScalarType, GraphQLNamedType,
} from "graphql";
import { Extensions } from "type-graphql";
import type { Context } from "./context";
import { forbidden } from "./errors";
import { maskValue, NULL_MASKS, PersonalDataKind } from "./mask";

/**
 * Personal data (DESIGN §4, §7 "the kit contract"): a field is marked once, in the schema, with
 * `@PersonalData(kind, readScope)`. Services and loaders see raw values. When the subgraph schema is
 * built, the kit wraps the graphql-js `resolve` of every marked field, after type-graphql and
 * @apollo/subgraph are done with it; that wrapper is the one place that enforces the read scope,
 * masks the value without `pii:read` and records the unmasked read for the audit chain.
 *
 * Why there and not in a type-graphql middleware: `simpleResolvers` types and `simple: true` fields
 * have no resolver at all, so type-graphql's auth checker and middlewares silently never run on them.
 * graphql-js calls `field.resolve` (or its default) for every value it puts in a response, whatever
 * path reached the object: root fields, nested lists, aliases, fragments, `_entities`. Wrapping at
 * that level leaves no path around it, and costs one small function call per marked value.
 */

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = ["idNumber", "name", "phone", "bankAccount", "diagnosis", "address", "birthDate", "gender", "hidden"];

export interface PersonalDataMark {
  kind: PersonalDataKind;
  /** Any one of these scopes may read the field (masked without `pii:read`). */
  readScopes: string[];
}

/** Marks a personal-data field; the kit does the rest (see above). On object or interface types only. */
export function PersonalData(kind: PersonalDataKind, readScope: string | string[]): PropertyDecorator & MethodDecorator {
  const mark: PersonalDataMark = { kind, readScopes: Array.isArray(readScope) ? readScope : [readScope] };
  return Extensions({ personalData: mark }) as PropertyDecorator & MethodDecorator;
}

/** The marked fields of a schema, read from its field extensions: `Type` → `field` → mark. */
export type PersonalDataMarks = Map<string, Map<string, PersonalDataMark>>;

function readMark(typeName: string, fieldName: string, raw: unknown): PersonalDataMark {
  const m = raw as Partial<PersonalDataMark> | undefined;
  const ok = !!m && typeof m === "object" && PERSONAL_DATA_KINDS.includes(m.kind as PersonalDataKind)
    && Array.isArray(m.readScopes) && m.readScopes.length > 0 && m.readScopes.every((s) => typeof s === "string" && s.length > 0);
  if (!ok) {
    throw new Error(`${typeName}.${fieldName}: a personalData extension the kit cannot read (${JSON.stringify(raw)}); mark personal data with @PersonalData(kind, readScope) only.`);
  }
  return { kind: m!.kind!, readScopes: [...m!.readScopes!] };
}

function outputTypes(schema: GraphQLSchema) {
  return Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith("__") && (isObjectType(t) || isInterfaceType(t))) as (GraphQLNamedType & { getFields(): Record<string, GraphQLField<unknown, unknown>> })[];
}

/**
 * Collects the marks of a type-graphql schema and refuses any the kit could not enforce: a malformed
 * mark, a mark on a type (not a field), on an input, on a non-string field (a kind masked to null may
 * mark any scalar or enum, but only on a nullable field: the masked answer is null), on a type with no
 * `id` (the audit names each subject as `Type:id`), or an interface mark an implementation drops.
 */
export function collectPersonalDataMarks(schema: GraphQLSchema): PersonalDataMarks {
  const marks: PersonalDataMarks = new Map();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (type.extensions?.personalData !== undefined) throw new Error(`${type.name}: personal data is marked on fields, not on a whole type.`);
    if (!isObjectType(type) && !isInterfaceType(type)) {
      const fields = "getFields" in type ? Object.values((type as { getFields(): Record<string, { name: string; extensions?: Record<string, unknown> }> }).getFields()) : [];
      const marked = fields.find((f) => f.extensions?.personalData !== undefined);
      if (marked) throw new Error(`${type.name}.${marked.name}: personal data can be marked only on output fields; an input is the caller's own data.`);
    }
  }
  for (const type of outputTypes(schema)) {
    const fields = type.getFields();
    for (const field of Object.values(fields)) {
      if (field.extensions?.personalData === undefined) continue;
      const mark = readMark(type.name, field.name, field.extensions.personalData);
      const named = getNamedType(field.type);
      if (NULL_MASKS.has(mark.kind)) {
        if (isNonNullType(field.type)) throw new Error(`${type.name}.${field.name}: personal data of kind ${mark.kind} is masked to null, so the field must be nullable; it is ${String(field.type)}.`);
        if (!isScalarType(named) && !isEnumType(named)) throw new Error(`${type.name}.${field.name}: personal data must be a scalar or an enum; it is ${String(field.type)}.`);
      } else if (!isScalarType(named) || !["String", "ID"].includes(named.name)) {
        throw new Error(`${type.name}.${field.name}: a personal-data field must be a String (or a list of them) to be masked; it is ${String(field.type)}.`);
      }
      if (!fields.id) throw new Error(`${type.name}.${field.name}: a type with personal data needs an \`id\` field, the subject its audit entries name.`);
      if (!marks.has(type.name)) marks.set(type.name, new Map());
      marks.get(type.name)!.set(field.name, mark);
    }
  }
  for (const type of outputTypes(schema)) {
    if (!isObjectType(type)) continue;
    for (const iface of type.getInterfaces()) {
      for (const [fieldName, mark] of marks.get(iface.name) ?? []) {
        const own = marks.get(type.name)?.get(fieldName);
        if (!own || own.kind !== mark.kind) throw new Error(`${type.name}.${fieldName}: ${iface.name}.${fieldName} is personal data (${mark.kind}); its implementation must carry the same @PersonalData.`);
      }
    }
  }
  return marks;
}

const isThenable = (v: unknown): v is PromiseLike<unknown> => typeof (v as PromiseLike<unknown> | null)?.then === "function";

/** The wrapper of one marked field: scope, then mask or audit. Kept small: it runs for every value. */
function guarded(typeName: string, fieldName: string, mark: PersonalDataMark, inner: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> {
  const fieldKey = `${typeName}.${fieldName}`;
  const refusal = `Requires the scope ${mark.readScopes.join(" or ")}.`;
  const { kind, readScopes } = mark;
  const toNull = NULL_MASKS.has(kind);
  const mask = (v: unknown): unknown => (toNull ? null : v === null || v === undefined ? v : Array.isArray(v) ? v.map(mask) : maskValue(kind, String(v)));
  const reveal = (value: unknown, source: unknown, context: Context): unknown => {
    if (value === null || value === undefined) return value;
    if (!context.claims.scopes.has("pii:read")) return mask(value);
    // Every unmasked read goes to the audit chain: who (the request), whose record, which field.
    context.audit.recordRead(typeName, (source as { id?: unknown } | null)?.id, fieldKey);
    return value;
  };
  return (source, args, context, info) => {
    const scopes = context.claims.scopes;
    if (!readScopes.some((s) => scopes.has(s))) throw forbidden(refusal);
    const value = inner(source, args, context, info);
    return isThenable(value) ? Promise.resolve(value).then((v) => reveal(v, source, context)) : reveal(value, source, context);
  };
}

/**
 * Wraps every marked field of the finished subgraph schema (entity types reached through `_entities`
 * included: they are the same object types) and copies the marks into its field extensions, where
 * tests and tools read them. Refuses a mark whose field the finished schema lacks.
 */
export function enforcePersonalData(schema: GraphQLSchema, marks: PersonalDataMarks): GraphQLSchema {
  for (const [typeName, fields] of marks) {
    const type = schema.getType(typeName);
    if (!type || !(isObjectType(type) || isInterfaceType(type))) throw new Error(`${typeName}: marked as holding personal data, but missing from the subgraph schema.`);
    const own = type.getFields();
    for (const [fieldName, mark] of fields) {
      const field = own[fieldName];
      if (!field) throw new Error(`${typeName}.${fieldName}: marked as personal data, but missing from the subgraph schema.`);
      (field as { extensions: Record<string, unknown> }).extensions = { ...field.extensions, personalData: mark };
      // Interface fields never resolve themselves; their object types' fields are wrapped instead.
      if (isObjectType(type)) field.resolve = guarded(typeName, fieldName, mark, (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, Context>);
    }
  }
  return schema;
}

/** The marked fields of a built subgraph schema, as `{ type, field, mark }` (for the generic tests). */
export function personalDataFields(schema: GraphQLSchema): { type: string; field: string; mark: PersonalDataMark }[] {
  return outputTypes(schema).filter(isObjectType).flatMap((t) =>
    Object.values(t.getFields())
      .filter((f) => f.extensions?.personalData)
      .map((f) => ({ type: t.name, field: f.name, mark: f.extensions.personalData as PersonalDataMark })));
}
