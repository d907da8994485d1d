import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
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
import { Bounds, SCOPES } from "../../lib/claims";
import { internalTokenKit } from "../../lib/internal-token";
import { BoundsClass, KIT_BOUNDS } from "../../subgraphs/common/bounds";
import type { SubgraphModule } from "../../subgraphs/common/module";
import { buildFederatedSchema, subgraphBounds } from "../../subgraphs/common/schema";
import { appendAudit, AuditCollector } from "../../subgraphs/common/audit/audit.service";
import { RegisterPartnerDocument, RegisterServiceKeyDocument } from "../../schema/operations/__generated__/graphql";
import type { TestHub } from "./hub";

/**
 * The generic bounds check (DESIGN §7), reusable: test/security/bounds.test.ts runs it over every
 * subgraph and fixture, and the negative fixture test runs it over a subgraph that forgets a bound.
 * Every Query field and every entity type of `_entities` of each module, enumerated from its built
 * schema and classed by its declaration, is sent straight to the subgraph
 * - unbounded (the positive control, on the demo world): `rows` and `aggregate` fields see data;
 * - bounded to an area that holds nothing (a valid but empty township code), and bounded by a kind
 *   the subgraph may not apply: `rows` come back empty or null, `aggregate` as zeros, and
 *   `reference` fields answer exactly what the control got.
 * Arguments are generated from their types, with ids and values the control discovered, so a field
 * added tomorrow is covered without touching this file.
 */

export const EMPTY_AREA = "430582999";

// ---------------------------------------------------------------------------------------------
// Values discovered by the control, by type and field
// ---------------------------------------------------------------------------------------------

export class Pools {
  private byField = new Map<string, Set<unknown>>();
  private byName = new Map<string, Set<unknown>>();
  private byScalar = new Map<string, Set<unknown>>();
  private add(map: Map<string, Set<unknown>>, key: string, v: unknown) {
    if (v === null || v === undefined) return;
    let s = map.get(key);
    if (!s) map.set(key, (s = new Set()));
    if (s.size < 50) s.add(v);
  }
  /** Walks an answer along its schema type, remembering every leaf value. */
  collect(value: unknown, type: GraphQLOutputType): void {
    const named = getNamedType(type);
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) return value.forEach((v) => this.collect(v, named));
    if (!isObjectType(named) || typeof value !== "object") return;
    const fields = named.getFields();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const f = fields[k];
      if (!f) continue;
      const leaf = getNamedType(f.type);
      if (isLeafType(leaf)) {
        for (const x of Array.isArray(v) ? v : [v]) {
          this.add(this.byField, `${named.name}.${k}`, x);
          this.add(this.byName, k, x);
          this.add(this.byScalar, leaf.name, x);
        }
      } else this.collect(v, f.type);
    }
  }
  field(type: string, name: string): unknown[] {
    return [...(this.byField.get(`${type}.${name}`) ?? [])];
  }
  /** The ids of the type, or of the types whose name ends with it (`reportId` names an AccidentReport). */
  idsOf(type: string): unknown[] {
    const exact = this.field(type, "id");
    if (exact.length) return exact;
    return [...this.byField.entries()].filter(([k]) => k.endsWith(`${type}.id`)).flatMap(([, v]) => [...v]);
  }
  name(name: string): unknown[] {
    return [...(this.byName.get(name) ?? [])];
  }
  scalar(name: string): unknown[] {
    return [...(this.byScalar.get(name) ?? [])].sort().reverse();
  }
}

// ---------------------------------------------------------------------------------------------
// Operation generator
// ---------------------------------------------------------------------------------------------

const literal = (v: unknown) => JSON.stringify(v);

/** Candidate values for an argument or input field: discovered ones first, by type, owner and name. */
function candidates(pools: Pools, type: GraphQLInputType, name: string, owner: string, depth = 0): string[] {
  if (isNonNullType(type)) return candidates(pools, type.ofType, name, owner, depth);
  if (isListType(type)) return candidates(pools, type.ofType, name, owner, depth).map((c) => `[${c}]`);
  if (isEnumType(type)) return type.getValues().map((v) => v.name);
  if (isInputObjectType(type)) {
    if (depth > 2) return [];
    const fields = Object.values(type.getFields());
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    const base = required.map((f) => [f.name, candidates(pools, f.type, f.name, owner, depth + 1)] as const);
    if (base.some(([, c]) => c.length === 0)) return [];
    const pick = (i: number) => base.map(([n, c]) => `${n}: ${c[i % c.length]}`);
    const out = [`{ ${pick(0).join(", ")} }`];
    // One optional id field at a time (e.g. a filter by person, or by employer).
    for (const f of fields.filter((x) => !required.includes(x) && getNamedType(x.type).name === "ID")) {
      for (const [i, c] of candidates(pools, f.type, f.name, owner, depth + 1).slice(0, 5).entries()) out.push(`{ ${[...pick(i), `${f.name}: ${c}`].join(", ")} }`);
    }
    return out;
  }
  if (!isScalarType(type)) return [];
  const typeOfId = name.endsWith("Id") ? name[0].toUpperCase() + name.slice(1, -2) : name === "id" ? owner : null;
  let values: unknown[] = [];
  if (type.name === "ID") values = typeOfId ? pools.idsOf(typeOfId) : [];
  else if (type.name === "Int" || type.name === "String") values = pools.name(name);
  else values = pools.scalar(type.name);
  if (values.length === 0 && type.name === "Int" && /year/i.test(name)) {
    values = [...new Set([...pools.scalar("Date"), ...pools.scalar("YearMonth")].map((d) => Number(String(d).slice(0, 4))))].sort().reverse();
  }
  // A batch argument (idNumbers, creditCodes) takes the values found for its singular (idNumber, creditCode).
  if (values.length === 0 && type.name === "String" && name.endsWith("s")) values = pools.name(name.slice(0, -1));
  if (values.length === 0 && type.name === "String") values = [EMPTY_AREA];
  return values.slice(0, 6).map((v) => (type.name === "Int" || type.name === "Float" ? String(Number(v)) : literal(String(v))));
}

/** Every leaf and object field without required arguments, two levels deep, with __typename. */
function selection(type: GraphQLNamedType, depth = 0): string {
  if (isLeafType(type)) return "";
  if (!isObjectType(type)) return "{ __typename }";
  const parts = ["__typename"];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const t = getNamedType(f.type);
    if (isLeafType(t)) parts.push(f.name);
    else if (depth < 2) parts.push(`${f.name} ${selection(t, depth + 1)}`);
  }
  return `{ ${parts.join(" ")} }`;
}

export interface Call {
  label: string;
  class: BoundsClass;
  /** Query texts to try in order (the control keeps the first that sees data), and the answer's data path. */
  attempts(pools: Pools): { query: string; echoes: Set<number> }[];
  dataPath: string;
  type: GraphQLOutputType;
  /** An entity's key fields: echoes of the representation, not data, for an `extension` (stripped before judging). */
  keys?: string[];
}

function rootCalls(schema: GraphQLSchema, classes: Record<string, BoundsClass>): Call[] {
  const root = schema.getQueryType()!;
  return Object.values(root.getFields())
    .filter((f) => f.name !== "_entities" && f.name !== "_service")
    .map((field: GraphQLField<unknown, unknown>) => ({
      label: `Query.${field.name}`,
      class: classes[field.name],
      dataPath: field.name,
      type: field.type,
      attempts(pools: Pools) {
        const owner = getNamedType(field.type).name;
        const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => [a.name, candidates(pools, a.type, a.name, owner)] as const);
        if (args.some(([, c]) => c.length === 0)) return [];
        const n = Math.max(1, ...args.map(([, c]) => c.length));
        return Array.from({ length: Math.min(n, 8) }, (_, i) => {
          const chosen = args.map(([name, c]) => [name, c[i % c.length]] as const);
          const list = chosen.length ? `(${chosen.map(([a, v]) => `${a}: ${v}`).join(", ")})` : "";
          const echoes = new Set(chosen.map(([, v]) => Number(v)).filter((v) => Number.isFinite(v)));
          return { query: `query Bounds { ${field.name}${list} ${selection(getNamedType(field.type))} }`, echoes };
        });
      },
    }));
}

function entityCalls(schema: GraphQLSchema, classes: Record<string, BoundsClass>): Call[] {
  const union = schema.getType("_Entity") as GraphQLUnionType | undefined;
  return (union?.getTypes() ?? []).map((type: GraphQLObjectType) => {
    const key = [type.astNode, ...type.extensionASTNodes].flatMap((n) => n?.directives ?? []).find((d) => d.name.value === "key");
    const fields = key?.arguments?.find((a) => a.name.value === "fields")?.value as StringValueNode | undefined;
    if (!fields || fields.kind !== Kind.STRING) throw new Error(`${type.name} has no @key(fields:)`);
    const keys = fields.value.split(/\s+/).filter(Boolean);
    return {
      label: `_entities(${type.name})`,
      class: classes[type.name],
      dataPath: "_entities.0",
      type,
      keys,
      attempts(pools: Pools) {
        const extension = classes[type.name]?.class === "extension";
        const values = keys.map((k) => {
          const t = getNamedType(type.getFields()[k].type);
          // An extension's ids are best found where this subgraph names them (AccidentReport.personId for Person.id).
          const found = extension && k === "id" ? [...pools.name(`${type.name[0].toLowerCase()}${type.name.slice(1)}Id`), ...pools.field(type.name, k)] : pools.field(type.name, k);
          return [...new Set(found.map(String))].map((v) => (t.name === "Int" ? Number(v) : v));
        });
        if (values.some((v) => v.length === 0)) return [];
        return Array.from({ length: Math.min(extension ? 20 : 5, Math.max(...values.map((v) => v.length))) }, (_, i) => {
          const rep = Object.fromEntries([["__typename", type.name], ...keys.map((k, j) => [k, values[j][i % values[j].length]])]);
          const echoes = new Set(Object.values(rep).map(Number).filter((v) => Number.isFinite(v)));
          return { query: `query Bounds { _entities(representations: [${JSON.stringify(rep).replace(/"(\w+)":/g, "$1:")}]) { ... on ${type.name} ${selection(type)} } }`, echoes };
        });
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// What "nothing" means per class
// ---------------------------------------------------------------------------------------------

/** Whether an answer holds records or figures: a record (an id), a non-empty list, a non-zero number or amount. */
function hasData(v: unknown, echoes: Set<number>): boolean {
  if (v === null || v === undefined) return false;
  // A batch lookup answers one item per key, null where unknown or out of bounds: only non-null items are data.
  if (Array.isArray(v)) return v.some((x) => x !== null);
  if (typeof v === "number") return v !== 0 && !echoes.has(v);
  if (typeof v === "string") return /^-?\d+\.\d{2}$/.test(v) && Number(v) !== 0;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (o.id !== null && o.id !== undefined) return true;
    return Object.values(o).some((x) => hasData(x, echoes));
  }
  return false;
}

/** The answer without the entity's key fields, for an `extension` (its key is the caller's own input). */
function judged(call: Call, value: unknown): unknown {
  if (call.class.class !== "extension" || !value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([k]) => !call.keys?.includes(k)));
}

function at(data: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((v, k) => (v === null || v === undefined ? v : (v as Record<string, unknown>)[k]), data);
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}


/** Admin data the demo world has none of, so that the control sees some: a partner client, and an entry in every audit chain. */
export async function seedAdminData(hub: TestHub): Promise<void> {
  const admin = await hub.token({ role: "administrator" });
  const registered = await hub.query(RegisterPartnerDocument, {
    input: { clientId: "bounds-probe", name: "邵东市税务局", role: "tax-bureau", agency: "国家税务总局邵东市税务局", purpose: "社保费征收核对", operations: ["TaxEmployersInArea"] },
  }, admin);
  if (registered.errors) throw new Error(`registerPartner: ${JSON.stringify(registered.errors)}`);
  const service = await hub.query(RegisterServiceKeyDocument, { name: "bounds-probe" }, admin);
  if (service.errors) throw new Error(`registerServiceKey: ${JSON.stringify(service.errors)}`);
  for (const s of hub.subgraphs) {
    const entry = new AuditCollector();
    entry.record("Person", 1, "name");
    await appendAudit(s.db, { sub: "bounds-probe", role: "analyst", scopes: new Set() }, "BoundsProbe", entry, "OK");
  }
}

export interface BoundsProbeResult {
  calls: Call[];
  failures: string[];
}

/** Runs the check over `modules` (all running in `hub`, on demo data); the failures per module name. */
export async function probeBounds(hub: TestHub, modules: SubgraphModule<any>[]): Promise<Map<string, BoundsProbeResult>> {
  const kit = internalTokenKit(hub.config.internalTokenSecret);
  const sign = (bounds?: Bounds) => kit.sign({ sub: bounds ? "probe-bounded" : "probe-control", role: "analyst", scopes: new Set(SCOPES), bounds });
  const send = async (name: string, token: string, query: string): Promise<Answer> => {
    const url = hub.subgraphs.find((s) => s.name === name)!.url;
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
    return (await res.json()) as Answer;
  };
  const calls = new Map<string, Call[]>();
  // Values found by the control in any subgraph (the audit log's period is the access subgraph's).
  const pools = new Pools();
  const chosen = new Map<string, { query: string; echoes: Set<number>; value: unknown }>();
  for (const m of modules) {
    const schema = await buildFederatedSchema(m);
    calls.set(m.name, [
      ...rootCalls(schema, { ...KIT_BOUNDS.queries, ...subgraphBounds(m)!.queries }),
      ...entityCalls(schema, { ...KIT_BOUNDS.references, ...subgraphBounds(m)!.references }),
    ]);
  }
  // Discovery: a few rounds over every subgraph, each trying the calls the values found so far make possible.
  const control = await sign();
  for (let round = 0; round < 4; round++) {
    for (const m of modules) {
      for (const call of calls.get(m.name)!) {
        const id = `${m.name} ${call.label}`;
        if (chosen.has(id)) continue;
        for (const attempt of call.attempts(pools)) {
          const a = await send(m.name, control, attempt.query);
          const value = at(a.data, call.dataPath);
          pools.collect(value, call.type);
          if (hasData(judged(call, value), attempt.echoes) || (call.class.class === "reference" && !a.errors)) {
            chosen.set(id, { ...attempt, value });
            break;
          }
        }
      }
    }
  }
  const bounded: [string, string][] = [
    ["an empty area", await sign({ area: EMPTY_AREA })],
    // An institution that holds nothing: subgraphs that do not apply the kind see nothing, and medical,
    // which does, has no institution of that id (the demo's are 1 and 2).
    ["an institution", await sign({ institution: "999999999" })],
  ];
  const results = new Map<string, BoundsProbeResult>();
  for (const m of modules) {
    const failures: string[] = [];
    const list = calls.get(m.name)!;
    for (const call of list) {
      const c = chosen.get(`${m.name} ${call.label}`);
      if (!c) {
        failures.push(`${call.label} (${call.class.class}): the unbounded control saw no data with any generated arguments`);
        continue;
      }
      for (const [label, token] of bounded) {
        const a = await send(m.name, token, c.query);
        const value = at(a.data, call.dataPath);
        const errors = (a.errors ?? []).map((e) => `${e.extensions?.code}: ${e.message}`);
        if (errors.length) failures.push(`${call.label} bounded to ${label}: errors ${errors.join("; ")}`);
        else if (call.class.class === "reference") {
          if (JSON.stringify(value) !== JSON.stringify(c.value)) failures.push(`${call.label} (reference: ${call.class.reason}) bounded to ${label} answered differently from the control`);
        } else if (hasData(judged(call, value), c.echoes)) {
          failures.push(`${call.label} (${call.class.class}) bounded to ${label} returned data: ${JSON.stringify(value).slice(0, 300)}\n    ${c.query}`);
        }
      }
    }
    results.set(m.name, { calls: list, failures });
  }
  return results;
}
