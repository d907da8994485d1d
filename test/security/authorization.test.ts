import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
  GraphQLUnionType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  StringValueNode,
} from "graphql";
import { SCOPES } from "../../lib/claims";
import { internalTokenKit } from "../../lib/internal-token";
import { buildFederatedSchema } from "../../subgraphs/common/schema";
import { startHub, TestHub } from "../helpers/hub";
import { fixtureModules, modulesUnderTest } from "../helpers/modules";

/**
 * Deny by default (DESIGN §4), proven by behaviour rather than by reading decorators: every query,
 * mutation and entity field of every subgraph is called straight at the subgraph (behind the
 * gateway's back) with a valid internal token that carries no scopes, and must come back FORBIDDEN.
 * The operations are generated from each subgraph's schema, so a field added tomorrow is covered
 * without touching this file.
 */

// ---------------------------------------------------------------------------------------------
// Operation generator
// ---------------------------------------------------------------------------------------------

/** Type-correct dummy literals for scalars; an unknown custom scalar fails loudly so it gets one. */
const SCALAR_LITERALS: Record<string, string> = {
  ID: '"1"',
  String: '"x"',
  Int: "2024",
  Float: "1.5",
  Boolean: "true",
  Money: '"1.00"',
  Date: '"2024-01-01"',
  YearMonth: '"2024-01"',
};

/** A GraphQL literal of the input type: required fields of input objects only, one-element lists. */
function dummyLiteral(type: GraphQLInputType, path: string): string {
  if (isNonNullType(type)) return dummyLiteral(type.ofType, path);
  if (isListType(type)) return `[${dummyLiteral(type.ofType, path)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isScalarType(type)) {
    const literal = SCALAR_LITERALS[type.name];
    if (!literal) throw new Error(`No dummy value for the scalar ${type.name} (needed at ${path}); add one to SCALAR_LITERALS.`);
    return literal;
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${dummyLiteral(f.type, `${path}.${f.name}`)}`).join(", ")} }`;
  }
  throw new Error(`Unexpected input type at ${path}`);
}

function requiredArgs(args: readonly GraphQLArgument[]): GraphQLArgument[] {
  return args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
}

/** `(a: 1, b: "x")` for the required arguments, or "" when there are none. */
function argumentList(field: GraphQLField<unknown, unknown>, path: string): string {
  const args = requiredArgs(field.args);
  return args.length ? `(${args.map((a) => `${a.name}: ${dummyLiteral(a.type, `${path}(${a.name})`)}`).join(", ")})` : "";
}

/**
 * The smallest selection that makes a field valid: nothing for a leaf, the first leaf field of an
 * object type (descending into the first object field when it has none), `__typename` otherwise.
 */
function selectionFor(type: GraphQLNamedType, path: string, depth = 0): string {
  if (isLeafType(type)) return "";
  if (!isObjectType(type) || depth > 6) return "{ __typename }";
  const fields = Object.values(type.getFields());
  const leaf = fields.find((f) => isLeafType(getNamedType(f.type)) && requiredArgs(f.args).length === 0);
  if (leaf) return `{ ${leaf.name} }`;
  const object = fields.find((f) => isObjectType(getNamedType(f.type)));
  if (!object) return "{ __typename }";
  const sub = `${path}.${object.name}`;
  return `{ ${object.name}${argumentList(object, sub)} ${selectionFor(getNamedType(object.type), sub, depth + 1)} }`;
}

/** `name(args) { selection }` for one field. */
function fieldCall(field: GraphQLField<unknown, unknown>, path: string): string {
  return `${field.name}${argumentList(field, path)} ${selectionFor(getNamedType(field.type), path)}`.trim();
}

interface Probe {
  /** e.g. `Query.employers`, `Employer.activeEnrollments (via _entities)` */
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The response path whose data must be null when refused. */
  dataPath: string;
}

function rootProbes(schema: GraphQLSchema): Probe[] {
  const probes: Probe[] = [];
  for (const [opType, root] of [["query", schema.getQueryType()], ["mutation", schema.getMutationType()]] as const) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      // `_service` is the composition SDL (public by design); `_entities` is probed per entity type below.
      if (field.name === "_service" || field.name === "_entities") continue;
      const label = `${root.name}.${field.name}`;
      probes.push({ label, query: `${opType} Probe { ${fieldCall(field, label)} }`, dataPath: field.name });
    }
  }
  return probes;
}

/** Entity types with their key fields, read from the `@key` directives of the built schema. */
function entityTypes(schema: GraphQLSchema): { type: GraphQLObjectType; keys: string[] }[] {
  const union = schema.getType("_Entity") as GraphQLUnionType | undefined;
  if (!union) return [];
  return union.getTypes().map((type) => {
    const key = [type.astNode, ...type.extensionASTNodes]
      .flatMap((n) => n?.directives ?? [])
      .find((d) => d.name.value === "key");
    const fields = key?.arguments?.find((a) => a.name.value === "fields")?.value;
    if (!fields || fields.kind !== Kind.STRING) throw new Error(`${type.name} is in _Entity but has no @key(fields:)`);
    const keys = (fields as StringValueNode).value.split(/\s+/).filter(Boolean);
    if (keys.some((k) => /[{}]/.test(k))) throw new Error(`${type.name}: nested keys are not supported by this test yet`);
    return { type, keys };
  });
}

/** A representation with type-correct key values (an id of "1", a year of 2024). */
function representation(type: GraphQLObjectType, keys: string[]): Record<string, unknown> {
  const rep: Record<string, unknown> = { __typename: type.name };
  for (const k of keys) {
    const keyType = getNamedType(type.getFields()[k].type);
    rep[k] = JSON.parse(SCALAR_LITERALS[keyType.name] ?? '"1"');
  }
  return rep;
}

function entityProbes(schema: GraphQLSchema): Probe[] {
  const probes: Probe[] = [];
  for (const { type, keys } of entityTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const label = `${type.name}.${field.name} (via _entities)`;
      probes.push({
        label,
        query: `query Probe($r: [_Any!]!) { _entities(representations: $r) { ... on ${type.name} { ${fieldCall(field, label)} } } }`,
        variables: { r: [representation(type, keys)] },
        dataPath: "_entities.0",
      });
    }
  }
  return probes;
}

// ---------------------------------------------------------------------------------------------
// Sending probes straight to a subgraph
// ---------------------------------------------------------------------------------------------

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

async function post(url: string, token: string, probe: Probe): Promise<Answer> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: probe.query, variables: probe.variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<Answer, "status">) };
}

function at(data: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((v, k) => (v === null || v === undefined ? v : (v as Record<string, unknown>)[k]), data);
}

const codes = (a: Answer) => (a.errors ?? []).map((e) => String(e.extensions?.code));

/** Why a probe was not refused as it should be, or null when it was. */
function notRefused(probe: Probe, a: Answer): string | null {
  const forbidden = (a.errors ?? []).filter((e) => e.extensions?.code === "FORBIDDEN");
  if (forbidden.length === 0) return `${probe.label}: expected FORBIDDEN, got HTTP ${a.status} codes [${codes(a).join(", ")}] ${JSON.stringify(a.errors?.map((e) => e.message) ?? a.data)}`;
  const value = at(a.data, probe.dataPath);
  if (value !== null && value !== undefined) return `${probe.label}: FORBIDDEN but data was returned: ${JSON.stringify(value)}`;
  return null;
}

/** Why a probe was refused although the caller holds every scope, or null when it was not. */
function wronglyRefused(probe: Probe, a: Answer): string | null {
  const bad = codes(a).filter((c) => c === "FORBIDDEN" || c === "GRAPHQL_VALIDATION_FAILED" || c === "GRAPHQL_PARSE_FAILED" || c === "UNAUTHENTICATED");
  return bad.length ? `${probe.label}: with every scope got [${bad.join(", ")}] ${JSON.stringify(a.errors?.map((e) => e.message))}` : null;
}

// ---------------------------------------------------------------------------------------------
// Calling field resolvers directly (for fields of types that _entities cannot reach)
// ---------------------------------------------------------------------------------------------

class Touched extends Error {}

/**
 * Calls a field's resolver with an empty-scope context whose database and loaders record any use,
 * and a parent that records which properties were read. A guarded field throws FORBIDDEN before
 * touching anything; a plain data field reads only `parent[fieldName]`; anything else ran code
 * without checking the caller.
 */
async function callResolver(schema: GraphQLSchema, type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, scopes: string[]) {
  const touched: string[] = [];
  const parent = new Proxy({} as Record<string, unknown>, {
    get(_t, prop) {
      if (typeof prop === "string" && prop !== "then" && prop !== "constructor" && prop !== "toJSON") touched.push(`parent.${prop}`);
      return undefined;
    },
  });
  const recorder = (name: string): unknown =>
    new Proxy(() => undefined, {
      get(_t, prop) {
        if (prop === "then") return undefined;
        touched.push(`${name}.${String(prop)}`);
        throw new Touched(`${name}.${String(prop)}`);
      },
      apply() {
        touched.push(`${name}()`);
        throw new Touched(`${name}()`);
      },
    });
  const context = {
    claims: { sub: "probe", scopes: new Set(scopes) },
    db: recorder("db"),
    loaders: recorder("loaders"),
    log: { info() {}, warn() {}, error() {}, debug() {}, child() { return this; } },
    config: recorder("config"),
  };
  const args: Record<string, unknown> = {};
  const info = {
    fieldName: field.name,
    fieldNodes: [],
    returnType: field.type,
    parentType: type,
    path: { prev: undefined, key: field.name, typename: type.name },
    schema,
    fragments: {},
    rootValue: undefined,
    operation: { kind: Kind.OPERATION_DEFINITION, operation: "query", selectionSet: { kind: Kind.SELECTION_SET, selections: [] } },
    variableValues: {},
  } as unknown as GraphQLResolveInfo;
  try {
    const value = await field.resolve!(parent, args, context, info);
    return { value, touched, error: undefined as unknown };
  } catch (error) {
    return { value: undefined, touched, error };
  }
}

function isForbidden(error: unknown): boolean {
  return !!error && typeof error === "object" && (error as { extensions?: { code?: unknown } }).extensions?.code === "FORBIDDEN";
}

/** Object types whose fields are resolved by this subgraph's code (not roots, not federation's or introspection's). */
function resolvedObjectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((t) => !roots.has(t.name) && !t.name.startsWith("__") && t.name !== "_Service");
}

// ---------------------------------------------------------------------------------------------

const counts: Record<string, { root: number; entity: number; fieldsCalled: number; guarded: string[]; plain: number }> = {};

describe("deny by default: a subgraph refuses every field to a caller without scopes", () => {
  let hub: TestHub;
  let kit: ReturnType<typeof internalTokenKit>;
  let noScopes: string;
  let allScopes: string;

  beforeAll(async () => {
    hub = await startHub({ modules: fixtureModules() });
    kit = internalTokenKit(hub.config.internalTokenSecret);
    noScopes = await kit.sign({ sub: "probe-no-scopes", role: "analyst", scopes: new Set() });
    allScopes = await kit.sign({ sub: "probe-all-scopes", role: "analyst", scopes: new Set(SCOPES) });
  });
  afterAll(async () => {
    await hub?.stop();
    // The counts for the report: fields enumerated per subgraph.
    for (const [name, c] of Object.entries(counts)) {
      process.stdout.write(
        `[authorization] ${name}: ${c.root} query/mutation fields, ${c.entity} entity fields via _entities, ` +
          `${c.fieldsCalled} object-type fields called directly (${c.guarded.length} scope-guarded resolvers: ${c.guarded.join(", ")}; ${c.plain} plain data fields)\n`,
      );
    }
  });

  // Every registered subgraph and every fixture.
  const modules = modulesUnderTest();
  const subgraphUrl = (name: string) => {
    const s = hub.subgraphs.find((x) => x.name === name);
    if (!s) throw new Error(`subgraph ${name} is not running`);
    return s.url;
  };
  const schemaOf = (name: string) => buildFederatedSchema(modules.find((m) => m.name === name)!);
  const entry = (name: string) => (counts[name] ??= { root: 0, entity: 0, fieldsCalled: 0, guarded: [], plain: 0 });

  describe.each(modules.map((m) => [m.name]))("the %s subgraph", (name) => {
    it("refuses every query and mutation field with FORBIDDEN and no data", async () => {
      const probes = rootProbes(await schemaOf(name));
      expect(probes.length).toBeGreaterThan(0);
      entry(name).root = probes.length;
      const failures: string[] = [];
      for (const p of probes) {
        const why = notRefused(p, await post(subgraphUrl(name), noScopes, p));
        if (why) failures.push(`${why}\n    ${p.query}`);
      }
      expect(failures).toEqual([]);
    });

    it("refuses every field of every entity type reached through _entities", async () => {
      const schema = await schemaOf(name);
      const probes = entityProbes(schema);
      entry(name).entity = probes.length;
      if (entityTypes(schema).length === 0) return;
      const failures: string[] = [];
      for (const p of probes) {
        const why = notRefused(p, await post(subgraphUrl(name), noScopes, p));
        if (why) failures.push(`${why}\n    ${p.query}`);
      }
      expect(failures).toEqual([]);
    });

    it("runs no field resolver of any object type for a caller without scopes (resolvers called directly)", async () => {
      const schema = await schemaOf(name);
      const failures: string[] = [];
      const e = entry(name);
      for (const type of resolvedObjectTypes(schema)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.resolve) continue; // graphql-js default resolver: reads parent[field], no code of ours
          e.fieldsCalled++;
          const label = `${type.name}.${field.name}`;
          const r = await callResolver(schema, type, field, []);
          if (isForbidden(r.error)) {
            e.guarded.push(label);
            continue;
          }
          const plain = r.error === undefined && r.value === undefined && r.touched.every((t) => t === `parent.${field.name}`);
          if (plain) e.plain++;
          else failures.push(`${label}: ran without a scope check (touched ${r.touched.join(", ") || "nothing"}; ${r.error ? `threw ${String(r.error)}` : `returned ${JSON.stringify(r.value)}`})`);
        }
      }
      expect(failures).toEqual([]);
    });

    it("positive control: with every scope, no generated operation is refused or invalid", async () => {
      const schema = await schemaOf(name);
      const failures: string[] = [];
      for (const p of [...rootProbes(schema), ...entityProbes(schema)]) {
        const why = wronglyRefused(p, await post(subgraphUrl(name), allScopes, p));
        if (why) failures.push(`${why}\n    ${p.query}`);
      }
      expect(failures).toEqual([]);
    });

    it("positive control: a scope-guarded field resolver runs when the caller has the scope", async () => {
      const schema = await schemaOf(name);
      // Each resolver refused without scopes gets past the check with every scope (it then reaches for its parent or the database).
      const failures: string[] = [];
      let guarded = 0;
      for (const type of resolvedObjectTypes(schema)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.resolve || !isForbidden((await callResolver(schema, type, field, [])).error)) continue;
          guarded++;
          const r = await callResolver(schema, type, field, [...SCOPES]);
          if (isForbidden(r.error)) failures.push(`${type.name}.${field.name}: FORBIDDEN even with every scope`);
        }
      }
      expect(guarded).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    });
  });

  it("positive control: enrollment:read is not refused for employers (so the checks above can fail)", async () => {
    const token = await kit.sign({ sub: "probe-reader", role: "analyst", scopes: new Set(["enrollment:read"]) });
    const probe: Probe = { label: "Query.employers", query: "{ employers(first: 1) { totalCount } }", dataPath: "employers" };
    const answer = await post(subgraphUrl("enrollment"), token, probe);
    expect(codes(answer)).not.toContain("FORBIDDEN");
    expect(answer.data?.employers).toEqual({ totalCount: 0 });
    // And the refusal itself is what the no-scope token gets for the same operation.
    expect(notRefused(probe, await post(subgraphUrl("enrollment"), noScopes, probe))).toBeNull();
  });

  it("positive control: enrollment:read resolves an Employer reference without FORBIDDEN", async () => {
    const token = await kit.sign({ sub: "probe-reader", role: "analyst", scopes: new Set(["enrollment:read"]) });
    const probe: Probe = {
      label: "Employer (via _entities)",
      query: "query($r: [_Any!]!) { _entities(representations: $r) { ... on Employer { id } } }",
      variables: { r: [{ __typename: "Employer", id: "1" }] },
      dataPath: "_entities.0",
    };
    const answer = await post(subgraphUrl("enrollment"), token, probe);
    expect(codes(answer)).toEqual([]);
    expect(answer.data).toEqual({ _entities: [null] }); // empty database: unknown, not refused
  });
});
