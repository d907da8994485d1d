import {
  AnnualFiguresDocument, EmployerPageDocument, ExampleEmployersInAreaDocument, InsuredStatisticsDocument, LateCasesDocument,
  PeopleWithInjuryCasesDocument, ZombieEmployersDocument,
} from "../../schema/operations/__generated__/graphql";
import { buildSchema, parse } from "graphql";
import { compileQuery, CompiledQuery, isCompiledQuery } from "graphql-jit";
import { GraphQLResponse, startHub, TestHub } from "../helpers/hub";

/**
 * The compiled executor (subgraphs/common/executor.ts) answers exactly as graphql-js does: two hubs
 * over the same demo world, one compiled (the default) and one with SUBGRAPH_EXECUTOR=interpreted,
 * get the same requests from the same callers and must give the same answers, byte for byte: data,
 * masking, bounds, errors and their codes, aliases, fragments, `_entities` across subgraphs, and the
 * operations that run interpreted even on the compiled hub (a required variable with a default, a
 * string literal: graphql-jit would run a crafted one as code).
 */
describe("compiled and interpreted subgraph execution answer alike", () => {
  let compiled: TestHub;
  let interpreted: TestHub;

  beforeAll(async () => {
    compiled = await startHub({ demoScale: 0.01 });
    interpreted = await startHub({ demoScale: 0.01, env: { SUBGRAPH_EXECUTOR: "interpreted" } });
  }, 300_000);
  afterAll(async () => {
    await compiled?.stop();
    await interpreted?.stop();
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const both = async (query: Parameters<TestHub["query"]>[0], variables: Record<string, unknown>, token: { role: string; bounds?: { area: string } }): Promise<GraphQLResponse<any>> => {
    // The compiled hub runs a document interpreted the first time and compiled from the second on: both must match.
    const [first, b] = await Promise.all([
      compiled.token(token).then((t) => compiled.query(query as string, variables, t)),
      interpreted.token(token).then((t) => interpreted.query(query as string, variables, t)),
    ]);
    const a = await compiled.token(token).then((t) => compiled.query(query as string, variables, t));
    expect(first).toEqual(b);
    expect(a).toEqual(b);
    return a;
  };

  it("pages with staff and people, masked and unmasked, bounded and not", async () => {
    const page = await both(EmployerPageDocument, { first: 20 }, { role: "registrar" });
    expect(page.data.employers.nodes).toHaveLength(20);
    expect(JSON.stringify(page.data)).toMatch(/"idNumber":"\d{17}[\dX]"/);
    const masked = await both(EmployerPageDocument, { first: 20, after: page.data.employers.pageInfo.endCursor }, { role: "analyst" });
    expect(masked.data.employers.nodes.length).toBeGreaterThan(0);
    expect(JSON.stringify(masked.data)).not.toMatch(/"idNumber":"\d{17}[\dX]"/);
    const area = page.data.employers.nodes[0].areaCode;
    const bounded = await both(EmployerPageDocument, { first: 20, filter: { industry: page.data.employers.nodes[0].industry } }, { role: "analyst", bounds: { area } });
    expect(bounded.data.employers.nodes.every((e: { areaCode: string }) => e.areaCode.startsWith(area))).toBe(true);
  });

  it("figures, statistics and lists of every subgraph", async () => {
    expect((await both(AnnualFiguresDocument, { year: 2024 }, { role: "dashboard" })).data.annualReport.enrollment).toBeTruthy();
    await both(AnnualFiguresDocument, { year: 2024, areaCode: "430582001" }, { role: "analyst" });
    await both(InsuredStatisticsDocument, { year: 2024, insurance: "WORK_INJURY" }, { role: "analyst" });
    await both(ZombieEmployersDocument, { asOf: "2024-12", months: 6 }, { role: "analyst" });
    await both(LateCasesDocument, { asOf: "2024-12-31", kind: "INVESTIGATION" }, { role: "analyst" });
    const people = await both(PeopleWithInjuryCasesDocument, {}, { role: "analyst" });
    expect(people.errors).toBeUndefined();
  });

  it("aliases, fragments, __typename and the operations that run interpreted on the compiled hub", async () => {
    const query = `query Shapes($n: Int!) {
      a: employers(first: $n) { totalCount nodes { ...E } }
      b: employers(first: 2) { pageInfo { hasNextPage } nodes { __typename kind: status ... on Employer { id } } }
    }
    fragment E on Employer { id __typename name activeEnrollments { insurance who: person { name idNumber } } }`;
    const shapes = await both(query, { n: 3 }, { role: "registrar" });
    expect(shapes.data.a.nodes).toHaveLength(3);
    expect(shapes.data.b.nodes[0]).toMatchObject({ __typename: "Employer" });
    // `$first: Int! = 20` left out: graphql-jit would refuse it, so this runs interpreted on both hubs.
    expect((await both(ExampleEmployersInAreaDocument, {}, { role: "analyst" })).errors).toBeUndefined();
  });

  it("never compiles a caller's string literal into code: graphql-jit would run it, the hub does not", async () => {
    const flag = "__sihubExecutorProbe";
    const g = globalThis as Record<string, unknown>;
    // A string starting with graphql-jit's Date marker comes out of its code generator as code.
    const evil = `__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d0), p: (globalThis.${flag} = 1), q: (0`;
    const schema = buildSchema("type Query { echo(s: String): String }");
    schema.getQueryType()!.getFields().echo.resolve = (_: unknown, a: { s: unknown }) => String(a.s);
    const probe = compileQuery(schema, parse(`{ echo(s: ${JSON.stringify(evil)}) }`));
    expect(isCompiledQuery(probe)).toBe(true);
    await (probe as CompiledQuery).query({}, {}, {});
    expect(g[flag]).toBe(1); // graphql-jit 0.8.9 ran the caller's text: the reason for the rule
    delete g[flag];
    // Through the hub (in this process), twice so the compiled hub would compile it: nothing runs.
    const query = `{ employers(first: 2, filter: { industry: ${JSON.stringify(evil)} }) { nodes { id } } }`;
    await both(query, {}, { role: "analyst" });
    await both(query, {}, { role: "analyst" });
    expect(g[flag]).toBeUndefined();
  });

  it("errors: a field out of scope, a malformed id, a bad scalar value, an unknown record", async () => {
    const forbidden = await both("{ employers(first: 1) { nodes { id } } }", {}, { role: "dashboard" });
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const malformed = await both('{ person(id: "abc") { id } }', {}, { role: "registrar" });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    const badMonth = await both(ZombieEmployersDocument, { asOf: "2024-13" }, { role: "analyst" });
    expect(badMonth.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await both('{ person(id: "999999999") { id name } }', {}, { role: "registrar" });
    expect(unknown.data).toEqual({ person: null });
  });
});
