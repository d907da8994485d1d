import fs from "node:fs";
import path from "node:path";
import { SignJWT } from "jose";
import { buildSchema, getIntrospectionQuery, Kind, OperationDefinitionNode, parse } from "graphql";
import { callerKind, countTokens, FIELD_WEIGHTS, LIMITS, LIST_BOUNDS, MAX_LIST_BOUND, measureOperation } from "../../gateway/limits";
import { graphiqlDefaultQuery } from "../../gateway/graphiql";
import { loadManifest } from "../../lib/persisted";
import { startHub, TestHub } from "../helpers/hub";
import { RegisterPartnerDocument } from "../../schema/operations/__generated__/graphql";

/**
 * Operation safety at the gateway (DESIGN §4): depth, alias, directive, token and cost limits per kind of
 * caller, and no field suggestions for partners. Run in production mode, so errors look as deployed.
 */

const OPERATIONS_DIR = path.join(__dirname, "..", "..", "schema", "operations");
const OPERATION_FILES = fs.readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith(".graphql")).sort();

/** Plausible variables by name; `first` at the largest page the resolvers allow (the worst case). */
const VARIABLES: Record<string, unknown> = {
  year: 2024,
  insurance: "WORK_INJURY",
  first: 200,
  idNumber: "430582198506122039",
  creditCode: "91430582MA4L3X8K2Q",
  asOf: "2024-12",
  months: 6,
  filter: {},
};
/** Inputs of the mutations, by operation name. */
const INPUTS: Record<string, unknown> = {
  RegisterEmployer: { creditCode: "91430582MA4L3X8K2Q", name: "邵东测试有限公司", industry: "C", riskClass: 2, areaCode: "430582001", staffCount: 10 },
  RegisterPerson: { idNumber: "430582198506122039", name: "张三", areaCode: "430582001" },
  Enroll: { personId: "1", employerId: "1", insurance: "WORK_INJURY", startDate: "2024-01-01", wageBase: "5000.00" },
  StopEnrollment: { enrollmentId: "1", endDate: "2024-06-30", reason: "解除劳动合同" },
  RecordContributions: { employerId: "1", insurance: "WORK_INJURY", month: "2024-01", paidOn: "2024-02-10", items: [{ personId: "1" }] },
};

function variablesFor(op: OperationDefinitionNode): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const v of op.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    if (name === "input") vars.input = INPUTS[op.name?.value ?? ""] ?? {};
    else if (name in VARIABLES) vars[name] = VARIABLES[name];
  }
  return vars;
}

/** Every operation of every file, sent as GraphiQL does: the whole document, the operation by name. */
const OPERATIONS = OPERATION_FILES.flatMap((file) => {
  const source = fs.readFileSync(path.join(OPERATIONS_DIR, file), "utf8");
  return parse(source)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => ({ file, source, name: op.name!.value, kind: op.operation, variables: variablesFor(op) }));
});

/** The registered (persisted) documents partners run by id: every operation under test/operations. */
const MANIFEST = loadManifest();
const MANIFEST_NAMES = [...MANIFEST.byName.keys()];

/** Operations dashboards run: the aggregates. */
const DASHBOARD_OPERATIONS = OPERATIONS.filter((o) => ["AnnualFigures", "InsuredStatistics", "ExampleInsuredBreakdown"].includes(o.name));

interface Answer {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

const codesOf = (a: Answer) => (a.errors ?? []).map((e) => e.extensions?.code as string | undefined);
const limitRules = (a: Answer) => (a.errors ?? []).map((e) => e.extensions?.rule).filter((r): r is string => typeof r === "string" && r.startsWith("limit."));

describe("operation limits at the gateway", () => {
  let hub: TestHub;
  let tokens: { analyst: string; registrar: string; dashboard: string; agency: string; taxBureau: string };

  beforeAll(async () => {
    hub = await startHub({ env: { HUB_ENV: "production" } });
    const registered = await hub.query(RegisterPartnerDocument, {
      input: { clientId: "tax-bureau-client", name: "邵东市税务局", role: "tax-bureau", agency: "邵东市税务局", purpose: "征缴核对", operations: MANIFEST_NAMES },
    }, await hub.token({ role: "administrator" }));
    expect(registered.errors).toBeUndefined();
    tokens = {
      analyst: await hub.token({ role: "analyst" }),
      registrar: await hub.token({ role: "registrar" }),
      dashboard: await hub.token({ role: "dashboard" }),
      // An agency's token not held to registered operations: free-form queries, a partner's limits.
      agency: await hub.token({ role: "analyst", agency: "邵东市审计局", scope: "enrollment:read aggregate:read" }),
      // A partner's own JWT, held to its registered client and operations (sent by document id).
      taxBureau: await new SignJWT({ role: "tax-bureau", agency: "邵东市税务局", purpose: "征缴核对", operations: MANIFEST_NAMES })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject("tax-bureau-client")
        .setAudience("si-hub")
        .setIssuedAt()
        .setExpirationTime("600s")
        .sign(new TextEncoder().encode(hub.config.authJwtSecret!)),
    };
  });
  afterAll(() => hub?.stop());

  async function send(body: Record<string, unknown>, token: string): Promise<Answer> {
    const res = await fetch(hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, ...((await res.json()) as Omit<Answer, "status">) };
  }
  const post = (query: string, token: string, variables: Record<string, unknown> = {}, operationName?: string) => send({ query, variables, operationName }, token);
  /** A registered operation, by document id. */
  const run = (name: string, token: string, variables: Record<string, unknown>) => send({ documentId: MANIFEST.byName.get(name)!.id, variables }, token);

  /** GraphQL requests the subgraphs have received (their own counter), summed over all subgraphs. */
  async function subgraphRequests(): Promise<number> {
    let total = 0;
    for (const s of hub.subgraphs) {
      const text = await (await fetch(s.url.replace(/\/graphql$/, "/metrics"))).text();
      for (const m of text.matchAll(/^sihub_subgraph_requests_total(?:\{[^}]*\})? (\d+)/gm)) total += Number(m[1]);
    }
    return total;
  }

  /** Sends the operation and expects it refused by `rule`: 400, BAD_USER_INPUT, no data, and no subgraph asked. */
  async function expectRefused(query: string, token: string, rule: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    const before = await subgraphRequests();
    const a = await post(query, token, variables);
    expect({ status: a.status, codes: a.errors?.map((e) => e.extensions?.code), rules: a.errors?.map((e) => e.extensions?.rule) }).toEqual({
      status: 400, codes: ["BAD_USER_INPUT"], rules: [rule],
    });
    expect(a.data ?? null).toBeNull();
    expect(a.errors![0].message).not.toMatch(/Syntax Error|stack|https?:\/\//);
    expect(await subgraphRequests()).toBe(before);
    return a;
  }

  /**
   * Sends the operation and expects no limit to refuse it. Other errors (FORBIDDEN, a variable the
   * table above does not know) are not this file's business; a parse failure would be (the parser's
   * token ceiling), and so would be one that never reached execution for a limit's sake.
   */
  async function expectNotLimited(query: string, token: string, variables: Record<string, unknown> = {}, operationName?: string): Promise<Answer> {
    const a = await post(query, token, variables, operationName);
    expect({ operationName, rules: limitRules(a), codes: codesOf(a).filter((c) => c === "GRAPHQL_PARSE_FAILED") }).toEqual({ operationName, rules: [], codes: [] });
    return a;
  }

  // --- the calibration: what real clients run passes ----------------------------------------------

  it("finds the operation files", () => {
    expect(OPERATION_FILES).toEqual(expect.arrayContaining(["annual-figures.graphql", "enrollment.graphql", "examples.graphql"]));
    expect(OPERATIONS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(OPERATIONS.map((o) => [`${o.file} ${o.name}`, o] as const))("lets an analyst run %s (whole file sent, pages of 200)", async (_, o) => {
    await expectNotLimited(o.source, tokens.analyst, o.variables, o.name);
  });

  it.each(OPERATIONS.filter((o) => o.kind === "mutation").map((o) => [o.name, o] as const))("lets a registrar run %s", async (_, o) => {
    await expectNotLimited(o.source, tokens.registrar, o.variables, o.name);
  });

  it.each(DASHBOARD_OPERATIONS.map((o) => [o.name, o] as const))("lets a dashboard run %s", async (_, o) => {
    const a = await expectNotLimited(o.source, tokens.dashboard, o.variables, o.name);
    expect(a.errors).toBeUndefined();
  });

  it("lets an analyst run GraphiQL's whole default document and its schema introspection", async () => {
    const doc = graphiqlDefaultQuery();
    for (const def of parse(doc).definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      await expectNotLimited(doc, tokens.analyst, variablesFor(def), def.name!.value);
    }
    const introspection = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const a = await expectNotLimited(introspection, tokens.analyst);
    expect(a.errors).toBeUndefined();
    expect(a.data?.__schema?.queryType?.name).toBe("Query");
  });

  it("answers an allowed query through the subgraphs (the counter the refusals are checked with moves)", async () => {
    const before = await subgraphRequests();
    const a = await post("{ employers(first: 1) { totalCount } }", tokens.analyst);
    expect(a.errors).toBeUndefined();
    expect(await subgraphRequests()).toBeGreaterThan(before);
  });

  // --- refusals, named by rule, before any subgraph is asked ------------------------------------

  it("refuses a too-deep query", async () => {
    const deep = "{ employers(first: 1) { nodes { activeEnrollments { person { enrollments { employer { activeEnrollments { person { id } } } } } } } } }";
    const a = await expectRefused(deep, tokens.analyst, "limit.depth");
    expect(a.errors![0].message).toContain(`at most ${LIMITS.staff.maxDepth}`);
  });

  it("refuses an alias flood (200 aliases), of __typename or of a real field", async () => {
    const typenames = Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(" ");
    await expectRefused(`{ ${typenames} }`, tokens.analyst, "limit.aliases");
    const counts = Array.from({ length: 200 }, (_, i) => `e${i}: employers(first: 1) { totalCount }`).join(" ");
    await expectRefused(`{ ${counts} }`, tokens.analyst, "limit.aliases");
  });

  it("refuses a document with a huge token count before parsing it", async () => {
    const flood = `{ employers(first: 1) { totalCount ${"__typename ".repeat(LIMITS.staff.maxTokens)} } }`;
    await expectRefused(flood, tokens.analyst, "limit.tokens");
    // Tokens are counted on the source: even one that would not parse is refused for its size first.
    await expectRefused(`{ ${"a ".repeat(LIMITS.staff.maxTokens + 1)}`, tokens.analyst, "limit.tokens");
  });

  it("refuses a cost bomb: nested lists under a page of 200, whether `first` is a literal or a variable", async () => {
    const bomb = "{ employers(first: 200) { nodes { activeEnrollments { person { enrollments { employer { activeEnrollments { id } } } } } } } }";
    await expectRefused(bomb, tokens.analyst, "limit.cost");
    const withVariable = "query($n: Int!) { employers(first: $n) { nodes { activeEnrollments { person { enrollments { employer { activeEnrollments { id } } } } } } } }";
    await expectRefused(withVariable, tokens.analyst, "limit.cost", { n: 200 });
    // The schema's default page size (50) counts when `first` is left out.
    const byDefault = "{ employers { nodes { activeEnrollments { person { enrollments { employer { activeEnrollments { id } } } } } } } }";
    await expectRefused(byDefault, tokens.analyst, "limit.cost");
  });

  it("refuses too many directives", async () => {
    const fields = Array.from({ length: LIMITS.staff.maxDirectives + 1 }, () => "totalCount @include(if: true)").join(" ");
    await expectRefused(`{ employers(first: 1) { ${fields} } }`, tokens.analyst, "limit.directives");
  });

  it("counts fragments where they are spread, and refuses a fragment bomb quickly", async () => {
    // Each fragment spreads the previous one twice: 2^12 copies of the alias when expanded.
    const frags = [`fragment F0 on Query { x: __typename }`];
    for (let i = 1; i <= 12; i++) frags.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    const started = Date.now();
    await expectRefused(`{ ...F12 } ${frags.join(" ")}`, tokens.analyst, "limit.aliases");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  // --- partners are held tighter --------------------------------------------------------------

  it("lets a partner run every registered operation with pages of 200", async () => {
    expect(MANIFEST_NAMES.length).toBeGreaterThanOrEqual(OPERATIONS.length);
    for (const o of OPERATIONS) {
      if (!MANIFEST.byName.has(o.name)) continue;
      const a = await run(o.name, tokens.taxBureau, o.variables);
      expect({ op: o.name, rules: limitRules(a) }).toEqual({ op: o.name, rules: [] });
    }
  });

  it("refuses 30 aliased zombieEmployers by cost, and runs one", async () => {
    const thirty = `{ ${Array.from({ length: 30 }, (_, i) => `z${i}: zombieEmployers(asOf: "${2000 + i}-12") { activeEnrollments }`).join(" ")} }`;
    await expectRefused(thirty, tokens.analyst, "limit.cost");
    expect((await expectNotLimited('{ zombieEmployers(asOf: "2024-12") { activeEnrollments } }', tokens.analyst)).errors).toBeUndefined();
  });

  it("allows a moderately deep query for an analyst and refuses the same for a partner, even from Apollo's document cache", async () => {
    const moderate = "{ employers(first: 5) { nodes { activeEnrollments { person { enrollments { id } } } } } }";
    const a = await expectNotLimited(moderate, tokens.analyst);
    expect(a.errors).toBeUndefined();
    // The analyst's request left the validated document in Apollo's cache, shared by all callers.
    await expectRefused(moderate, tokens.agency, "limit.depth");
  });

  it("holds partners to a smaller cost, fewer aliases and fewer tokens than analysts", async () => {
    // A page of 200 employers with their staff and persons in detail (≈ 120,000).
    const detailed = "{ employers(first: 200) { nodes { id activeEnrollments { id insurance startDate wageBase person { id name idNumber gender birthDate areaCode } } } } }";
    expect((await expectNotLimited(detailed, tokens.analyst)).errors).toBeUndefined();
    await expectRefused(detailed, tokens.agency, "limit.cost");

    const sixAliases = `{ ${Array.from({ length: 6 }, (_, i) => `e${i}: employer(id: "${i + 1}") { id name }`).join(" ")} }`;
    expect((await expectNotLimited(sixAliases, tokens.analyst)).errors).toBeUndefined();
    await expectRefused(sixAliases, tokens.agency, "limit.aliases");

    const long = `{ employers(first: 1) { totalCount ${"__typename ".repeat(LIMITS.partner.maxTokens)} } }`;
    expect((await expectNotLimited(long, tokens.analyst)).errors).toBeUndefined();
    await expectRefused(long, tokens.agency, "limit.tokens");
  });

  it("lets a partner page through employers with their staff, but not deeper or wider", async () => {
    const page = "query { employers(first: 200) { totalCount nodes { id creditCode name industry riskClass areaCode staffCount status } } }";
    expect((await expectNotLimited(page, tokens.agency)).errors).toBeUndefined();
    const staff = "{ employers(first: 200) { nodes { activeEnrollments { person { areaCode } } } } }";
    expect((await expectNotLimited(staff, tokens.agency)).errors).toBeUndefined();
    await expectRefused("{ employers(first: 200) { nodes { activeEnrollments { person { enrollments { id } } } } } }", tokens.agency, "limit.depth");
    const wide = `{ employers(first: 200) { nodes { ${["a", "b", "c", "d", "e"].map((x) => `${x}: activeEnrollments { id startDate }`).join(" ")} } } }`;
    await expectRefused(wide, tokens.agency, "limit.cost");
  });

  // --- no field suggestions for partners ------------------------------------------------------

  it("gives an analyst 'Did you mean' hints for a typo and a partner none", async () => {
    for (const typo of ["{ employerz }", "{ employers(firs: 1) { totalCount } }", '{ insuredStatistics(year: 2024, insurance: WORK_INJURI) { insured } }']) {
      const analyst = await post(typo, tokens.analyst);
      expect(analyst.status).toBe(400);
      expect(analyst.errors!.map((e) => e.message).join("\n")).toMatch(/Did you mean/);

      const partner = await post(typo, tokens.agency);
      expect(partner.status).toBe(400);
      expect(partner.errors!.map((e) => e.extensions?.code)).toEqual(analyst.errors!.map((e) => e.extensions?.code));
      expect(partner.errors!.length).toBeGreaterThan(0);
      for (const e of partner.errors!) {
        expect(e.message).not.toMatch(/Did you mean|employerByCreditCode|"first"|WORK_INJURY/);
        expect(e.message.length).toBeGreaterThan(10);
      }
    }
  });

  it("strips hints from variable errors of a partner's registered operation", async () => {
    const variables = { year: 2024, insurance: "WORK_INJURI" };
    const analyst = await run("InsuredStatistics", tokens.analyst, variables);
    expect(analyst.errors![0].message).toMatch(/Did you mean/);
    const partner = await run("InsuredStatistics", tokens.taxBureau, variables);
    expect(partner.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(partner.errors![0].message).toMatch(/WORK_INJURI/);
    expect(partner.errors![0].message).not.toMatch(/Did you mean|WORK_INJURY/);
  });
});

describe("the limit profiles and counters", () => {
  const schema = buildSchema(fs.readFileSync(path.join(__dirname, "..", "..", "schema", "api.graphql"), "utf8"));

  it("sorts callers into partners, dashboards and staff", () => {
    expect(callerKind({ role: "tax-bureau" })).toBe("partner");
    expect(callerKind({ role: "hospital" })).toBe("partner");
    expect(callerKind({ role: "statistics-bureau" })).toBe("partner");
    expect(callerKind({ role: "external", agency: "邵东市审计局" })).toBe("partner");
    expect(callerKind({ role: "dashboard" })).toBe("dashboard");
    expect(callerKind({ role: "analyst" })).toBe("staff");
    expect(callerKind({ role: "registrar" })).toBe("staff");
    expect(callerKind({})).toBe("staff");
  });

  it("holds partners and dashboards tighter than staff on every limit", () => {
    for (const key of Object.keys(LIMITS.staff) as (keyof typeof LIMITS.staff)[]) {
      expect(LIMITS.partner[key]).toBeLessThan(LIMITS.staff[key]);
      expect(LIMITS.dashboard[key]).toBeLessThan(LIMITS.staff[key]);
    }
  });

  it("fits every operation file within the staff limits, and the aggregates within the dashboard limits", () => {
    for (const o of OPERATIONS) {
      const m = measureOperation(schema, parse(o.source), { variables: o.variables, operationName: o.name });
      const limits = DASHBOARD_OPERATIONS.includes(o) ? LIMITS.dashboard : LIMITS.staff;
      expect({ op: o.name, ok: m.depth <= limits.maxDepth && m.aliases <= limits.maxAliases && m.directives <= limits.maxDirectives && m.cost <= limits.maxCost }).toEqual({ op: o.name, ok: true });
      expect(countTokens(o.source)).toBeLessThanOrEqual(LIMITS.staff.maxTokens);
    }
  });

  it("fits every registered document (what partners run) within the partner limits, pages at 200", () => {
    for (const doc of MANIFEST.byId.values()) {
      const op = parse(doc.body).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const m = measureOperation(schema, parse(doc.body), { variables: variablesFor(op) });
      const l = LIMITS.partner;
      expect({ op: doc.name, m, ok: m.depth <= l.maxDepth && m.aliases <= l.maxAliases && m.directives <= l.maxDirectives && m.cost <= l.maxCost }).toMatchObject({ op: doc.name, ok: true });
      expect(countTokens(doc.body)).toBeLessThanOrEqual(l.maxTokens);
    }
  });

  it("counts depth without fragment levels, cost with pages and list defaults", () => {
    const m = (q: string, variables: Record<string, unknown> = {}) => measureOperation(schema, parse(q), { variables });
    expect(m("{ employers(first: 10) { totalCount nodes { id } } }")).toEqual({ depth: 3, aliases: 0, directives: 0, cost: 1 + 1 + 10 * 2 });
    expect(m("{ employers(first: 10) { ...P } } fragment P on EmployerConnection { nodes { ... on Employer { id } } }").depth).toBe(3);
    expect(m("query($n: Int!) { employers(first: $n) { nodes { id } } }", { n: 7 }).cost).toBe(1 + 7 * 2);
    expect(m("query($n: Int = 3) { employers(first: $n) { nodes { id } } }").cost).toBe(1 + 3 * 2);
    expect(m("{ employers { nodes { id } } }").cost).toBe(1 + 50 * 2);
    expect(m("{ employer(id: \"1\") { activeEnrollments { id } } }").cost).toBe(1 + 50 * 2);
    // GraphiQL's introspection query does not count against an analyst's depth or cost.
    const introspection = parse(getIntrospectionQuery());
    expect(measureOperation(schema, introspection, { introspection: true })).toMatchObject({ depth: 0, cost: 0 });
    expect(measureOperation(schema, introspection).depth).toBeGreaterThan(LIMITS.staff.maxDepth);
    // The operation to run counts, not its heavier neighbours in the document.
    const two = parse("query Light { employer(id: \"1\") { id } } query Heavy { employers(first: 200) { nodes { activeEnrollments { id } } } }");
    expect(measureOperation(schema, two, { operationName: "Light" }).cost).toBe(2);
    expect(measureOperation(schema, two, { operationName: "Heavy" }).depth).toBe(4);
    expect(measureOperation(schema, two).cost).toBe(1 + 200 * (1 + 50 * 2));
  });

  it("counts work, not values: a list inside a list at its real bound, zombieEmployers by its scan (issue 7, item 6)", () => {
    const cost = (q: string) => measureOperation(schema, parse(q)).cost;
    // employer → staff → employer → staff: the inner staff list counts at the largest staff an employer may have.
    expect(cost("{ employer(id: \"1\") { activeEnrollments { employer { activeEnrollments { id } } } } }")).toBe(1 + 50 * (1 + 1 * (1 + MAX_LIST_BOUND * 2)));
    // A person's enrollments inside a staff list: their own, smaller bound.
    expect(cost("{ employer(id: \"1\") { activeEnrollments { person { enrollments { id } } } } }")).toBe(1 + 50 * (1 + 1 * (1 + LIST_BOUNDS["Person.enrollments"] * 2)));
    // One list under a page is still counted at its typical size: the employer page stays within the limits.
    expect(cost("{ employers(first: 200) { nodes { activeEnrollments { id } } } }")).toBe(1 + 200 * (1 + 50 * 2));
    expect(cost('{ zombieEmployers(asOf: "2024-12") { activeEnrollments } }')).toBe(FIELD_WEIGHTS["Query.zombieEmployers"] + 50 * 2);
    const thirty = `{ ${Array.from({ length: 30 }, (_, i) => `z${i}: zombieEmployers(asOf: "${2000 + i}-12") { activeEnrollments }`).join(" ")} }`;
    expect(cost(thirty)).toBeGreaterThan(LIMITS.staff.maxCost);
  });

  it("counts tokens as graphql's parser does, comments not counted, and stops one past the limit", () => {
    expect(countTokens("{ a b }")).toBe(4);
    expect(countTokens("# a comment\n{ a(x: 1) }")).toBe(8);
    expect(countTokens("{ " + "a ".repeat(10_000) + "}", 100)).toBe(101);
    expect(countTokens('{ a(x: "unterminated }')).toBe(5); // { a ( x : then the lexical error
  });
});
