import { todayInChina } from "../../subgraphs/common/dates";
import { getNamedType, GraphQLField, GraphQLObjectType, GraphQLSchema, isNonNullType, isObjectType, isUnionType } from "graphql";
import { internalTokenKit } from "../../lib/internal-token";
import { maskValue } from "../../subgraphs/common/mask";
import { personalDataFields, PersonalDataMark } from "../../subgraphs/common/personal-data";
import { buildFederatedSchema } from "../../subgraphs/common/schema";
import { startHub, TestHub } from "../helpers/hub";
import { fixtureModules, modulesUnderTest } from "../helpers/modules";

/**
 * Every personal-data field of every registered subgraph and fixture, read from the marks of its built schema
 * (nothing here names a type), by every path the schema offers: lists, nested lists, lookups by id,
 * aliases, fragments, and `_entities`. Without `pii:read` each value is the mask of the value a
 * caller with it sees, and nothing is audited; with it, the value is whole and the request's audit
 * entry names every subject (`Type:id`) and field (`Type.field`) it showed (DESIGN §4, §7).
 */

const MAX_DEPTH = 4;
const MAX_PATHS = 12;
// Audit periods are China days (UTC+8).
const today = () => todayInChina();

interface Target { subgraph: string; auditField: string; schema: GraphQLSchema; type: GraphQLObjectType; marks: Map<string, PersonalDataMark> }

/** A field the test can call: no required arguments (lists get a small `first`). */
const callable = (f: GraphQLField<unknown, unknown>) => !f.name.startsWith("_") && f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);
const argsOf = (f: GraphQLField<unknown, unknown>) => (f.args.some((a) => a.name === "first") ? "(first: 5)" : "");

/** Field paths from Query to the type, shortest first, without visiting a type twice. */
function pathsTo(schema: GraphQLSchema, target: string): GraphQLField<unknown, unknown>[][] {
  const found: GraphQLField<unknown, unknown>[][] = [];
  const walk = (type: GraphQLObjectType, path: GraphQLField<unknown, unknown>[], seen: Set<string>) => {
    if (path.length >= MAX_DEPTH) return;
    for (const f of Object.values(type.getFields())) {
      const named = getNamedType(f.type);
      if (!isObjectType(named) || !callable(f) || seen.has(named.name)) continue;
      if (named.name === target) found.push([...path, f]);
      else walk(named, [...path, f], new Set([...seen, named.name]));
    }
  };
  walk(schema.getQueryType()!, [], new Set(["Query"]));
  return found.sort((a, b) => a.length - b.length).slice(0, MAX_PATHS);
}

const nest = (path: GraphQLField<unknown, unknown>[], inner: string) => path.reduceRight((acc, f) => `${f.name}${argsOf(f)} { ${acc} }`, inner);

/** Every object of the type in a response, with its marked values under their field names. */
function subjectsIn(data: unknown, t: Target, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(data)) data.forEach((d) => subjectsIn(d, t, out));
  else if (data && typeof data === "object") {
    const o = data as Record<string, unknown>;
    if (o.__typename === t.type.name) {
      const values: Record<string, unknown> = { id: o.id };
      for (const f of t.marks.keys()) values[f] = f in o ? o[f] : o[`pd_${f}`];
      out.push(values);
    }
    Object.values(o).forEach((v) => subjectsIn(v, t, out));
  }
  return out;
}

describe("personal data of every subgraph, by every path", () => {
  let hub: TestHub;
  const targets: Target[] = [];
  let reads = "";
  let seq = 0;

  beforeAll(async () => {
    for (const module of modulesUnderTest()) {
      const schema = await buildFederatedSchema(module);
      const byType = new Map<string, Map<string, PersonalDataMark>>();
      for (const { type, field, mark } of personalDataFields(schema)) byType.set(type, new Map([...(byType.get(type) ?? []), [field, mark]]));
      const auditField = module.name.replace(/-(\w)/g, (_m: string, c: string) => c.toUpperCase());
      for (const [type, marks] of byType) targets.push({ subgraph: module.name, auditField, schema, type: schema.getType(type) as GraphQLObjectType, marks });
    }
    const scopes = new Set(targets.flatMap((t) => [...t.marks.values()].flatMap((m) => m.readScopes)));
    reads = [...scopes, "enrollment:read", "unemployment:read", "injury:read", "finance:read", "medical:read", "aggregate:read"].join(" ");
    hub = await startHub({ demoScale: 0.01, modules: fixtureModules() });
  });
  afterAll(() => hub?.stop());

  it("finds the marked fields in the built schemas (a mark lost on the way would skip everything below)", () => {
    expect(targets.map((t) => `${t.subgraph}: ${t.type.name}.{${[...t.marks.keys()].join(",")}}`)).toEqual(expect.arrayContaining(["enrollment: Person.{idNumber,name,gender,birthDate,phone}", "training: TrainingSession.{contactName}"]));
  });

  const chainOf = async (t: Target) => {
    const res = await hub.query<{ auditLog: Record<string, { length: number; entries: { operation: string | null; subjects: string[]; fields: string[] }[] }> }>(
      `query($d: Date!) { auditLog(from: $d, to: $d) { ${t.auditField}(first: 1000) { length entries { operation subjects fields } } } }`, { d: today() }, await hub.token({ role: "administrator" }));
    expect(res.errors).toBeUndefined();
    return res.data!.auditLog[t.auditField];
  };

  /**
   * Runs one operation with and without pii:read and checks masks and audit. `send` posts it (the
   * gateway, or the subgraph for `_entities`); returns the subjects seen, for lookups by id.
   */
  async function check(t: Target, document: (name: string) => string, send: (doc: string, scope: string) => Promise<{ data?: unknown; errors?: unknown }>) {
    const name = `PersonalData_${t.type.name}_${++seq}`;
    const doc = document(name);
    const before = (await chainOf(t)).length;
    const masked = await send(doc, reads);
    expect(masked.errors).toBeUndefined();
    expect((await chainOf(t)).length).toBe(before); // nothing was shown, so nothing is written

    const full = await send(doc, `${reads} pii:read`);
    expect(full.errors).toBeUndefined();
    const shown = subjectsIn(full.data, t);
    const hidden = subjectsIn(masked.data, t);
    expect(hidden.map((s) => s.id)).toEqual(shown.map((s) => s.id));
    const subjects = new Set<string>();
    const fields = new Set<string>();
    shown.forEach((s, i) => {
      for (const [f, mark] of t.marks) {
        const raw = s[f];
        if (raw === null || raw === undefined) { expect(hidden[i][f] ?? null).toBeNull(); continue; }
        expect({ field: `${t.type.name}.${f}`, value: hidden[i][f] }).toEqual({ field: `${t.type.name}.${f}`, value: maskValue(mark.kind, String(raw)) });
        expect(hidden[i][f]).not.toBe(raw);
        subjects.add(`${t.type.name}:${s.id}`);
        fields.add(`${t.type.name}.${f}`);
      }
    });
    const chain = await chainOf(t);
    const entry = chain.entries.filter((e) => e.operation === name).at(-1);
    if (subjects.size === 0) expect(entry).toBeUndefined();
    else expect({ subjects: new Set(entry?.subjects), fields: entry?.fields }).toEqual({ subjects, fields: [...fields].sort() });
    return { shown, fields };
  }

  it("masks and audits each marked type reached through lists and nested lists, plain, aliased and by fragment", async () => {
    for (const t of targets) {
      const paths = pathsTo(t.schema, t.type.name);
      expect(paths.length).toBeGreaterThan(0); // a marked type no list reaches is one this test cannot read
      console.log(`[personal-data] ${t.subgraph}: ${t.type.name}.{${[...t.marks.keys()].join(",")}} by ${paths.map((p) => p.map((f) => f.name).join(".")).join(", ")}`);
      const plain = `__typename id ${[...t.marks.keys()].join(" ")}`;
      const fragment = `fragment PD on ${t.type.name} { __typename id ${[...t.marks.keys()].map((f) => `pd_${f}: ${f}`).join(" ")} }`;
      const seen = new Set<string>();
      for (const path of paths) {
        const send = async (doc: string, scope: string) => hub.query(doc, {}, await hub.token({ role: "risk-officer", scope }));
        const a = await check(t, (n) => `query ${n} { ${nest(path, plain)} }`, send);
        const b = await check(t, (n) => `query ${n} { one: ${nest(path, "...PD")} two: ${nest(path, "...PD")} } ${fragment}`, send);
        a.fields.forEach((f) => seen.add(f));
        b.fields.forEach((f) => seen.add(f));
      }
      // The demo world holds a value of every marked field somewhere on these paths.
      expect([...seen].sort()).toEqual([...t.marks.keys()].map((f) => `${t.type.name}.${f}`).sort());
    }
  });

  it("masks and audits lookups by id (root fields taking an id) and entity references (_entities)", async () => {
    const kit = internalTokenKit(hub.config.internalTokenSecret);
    for (const t of targets) {
      const send = async (doc: string, scope: string) => hub.query(doc, {}, await hub.token({ role: "risk-officer", scope }));
      const list = await check(t, (n) => `query ${n} { ${nest(pathsTo(t.schema, t.type.name)[0], "__typename id")} }`, send);
      const ids = list.shown.map((s) => String(s.id)).slice(0, 3);
      expect(ids.length).toBeGreaterThan(0);
      const selection = `__typename id ${[...t.marks.keys()].join(" ")}`;

      const lookups = Object.values(t.schema.getQueryType()!.getFields()).filter((f) =>
        getNamedType(f.type).name === t.type.name && f.args.filter((a) => isNonNullType(a.type)).map((a) => a.name).join() === "id");
      for (const f of lookups) {
        await check(t, (n) => `query ${n} { ${ids.map((id, i) => `a${i}: ${f.name}(id: ${JSON.stringify(id)}) { ${selection} }`).join(" ")} }`, send);
      }

      const entity = t.schema.getType("_Entity");
      if (entity && isUnionType(entity) && entity.getTypes().some((x) => x.name === t.type.name)) {
        const url = hub.subgraphs.find((s) => s.name === t.subgraph)!.url;
        const representations = ids.map((id) => ({ __typename: t.type.name, id }));
        const direct = async (doc: string, scope: string) => {
          const token = await kit.sign({ sub: "pd-test", role: "risk-officer", scopes: new Set(scope.split(" ")) });
          const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: doc, variables: { r: representations } }) });
          return (await res.json()) as { data?: unknown; errors?: unknown };
        };
        const r = await check(t, (n) => `query ${n}($r: [_Any!]!) { _entities(representations: $r) { ... on ${t.type.name} { ${selection} } } }`, direct);
        expect(r.shown.map((s) => String(s.id))).toEqual(ids);
      }
    }
  });
});
