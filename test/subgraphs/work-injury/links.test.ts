import { SCOPES } from "../../../lib/claims";
import type { Bounds } from "../../../lib/claims";
import { internalTokenKit } from "../../../lib/internal-token";
import { sqlStatements } from "../../../subgraphs/common/data-source";
import { startHub, TestHub } from "../../helpers/hub";

/**
 * The graph's links across subgraphs (issue 8, item 4): Person.accidentReports and Employer.accidentReports
 * (with counts) from work-injury, Person.inpatientCases and AccidentReport.inpatientCases from medical,
 * AccidentReport.person and .employer resolved by enrollment; each through DataLoaders, so the SQL
 * statements of a page do not grow with its size.
 */
describe("links: people, employers, reports and inpatient cases across three subgraphs", () => {
  let hub: TestHub;
  let analyst: string;
  let investigator: string;
  let elsewhere: string;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    analyst = await hub.token({ role: "analyst", sub: "analyst-1" });
    investigator = await hub.token({ role: "investigator", sub: "investigator-1" });
    elsewhere = await hub.token({ role: "analyst", sub: "analyst-2", bounds: { area: "430581" } });
  }, 240_000);
  afterAll(() => hub?.stop());

  /** A query straight to one subgraph (as the gateway sends `_entities`), with an internal token of these bounds. */
  const direct = async (subgraph: string, query: string, bounds?: Bounds) => {
    const token = await internalTokenKit(hub.config.internalTokenSecret).sign({ sub: "links", role: "analyst", scopes: new Set(SCOPES), ...(bounds ? { bounds } : {}) });
    const res = await fetch(hub.subgraphs.find((s) => s.name === subgraph)!.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
    return ((await res.json()) as any).data;
  };
  const PEOPLE = (first: number) => `{ people(first: ${first}) { nodes { id accidentReports { id personId inpatientCases { id } } inpatientCases { id } } } }`;
  /** SQL statements per subgraph for one request. */
  const statements = async (query: string, token = analyst) => {
    const names = ["enrollment", "work-injury", "medical"];
    const before = names.map((n) => sqlStatements.get(n) ?? 0);
    const res = await hub.query<any>(query, {}, token);
    expect(res.errors).toBeUndefined();
    return { data: res.data, counts: names.map((n, i) => (sqlStatements.get(n) ?? 0) - before[i]) };
  };

  it("a page of people with their reports and inpatient cases: statements flat in the page size", async () => {
    await statements(PEOPLE(5)); // warm: the caller's first request may read keys and versions
    const small = await statements(PEOPLE(5));
    const large = await statements(PEOPLE(100));
    expect(large.counts).toEqual(small.counts);
    const people = large.data.people.nodes as { id: string; accidentReports: { personId: string; inpatientCases: { id: string }[] }[]; inpatientCases: { id: string }[] }[];
    // The demo links them: some of these people were injured and some of those were in hospital.
    const injured = people.filter((p) => p.accidentReports.length > 0);
    expect(injured.length).toBeGreaterThan(0);
    for (const p of injured) for (const r of p.accidentReports) expect(r.personId).toBe(p.id);
    expect(people.some((p) => p.inpatientCases.length > 0)).toBe(true);
    expect(people.some((p) => p.accidentReports.some((r) => r.inpatientCases.length > 0))).toBe(true);
  });

  it("a page of reports with their person and employer from enrollment, and the employer's report count", async () => {
    const q = (first: number) => `{ accidentReports(first: ${first}) { nodes { id personId employerId person { id name } employer { id name accidentReportCount accidentReports { id } } } } }`;
    await statements(q(5), investigator);
    const small = await statements(q(5), investigator);
    const large = await statements(q(100), investigator);
    expect(large.counts).toEqual(small.counts);
    for (const r of large.data.accidentReports.nodes) {
      expect(r.person.id).toBe(r.personId);
      expect(r.person.name).toEqual(expect.any(String));
      expect(r.employer.id).toBe(r.employerId);
      expect(r.employer.accidentReportCount).toBe(r.employer.accidentReports.length);
      expect(r.employer.accidentReports.map((x: { id: string }) => x.id)).toContain(r.id);
    }
  });

  it("the added fields follow the caller's bounds: another area sees none, a hospital only its own cases", async () => {
    const far = (await hub.query<any>(PEOPLE(50), {}, elsewhere)).data;
    // Bounded to another county, enrollment lists none of the demo county's people at all.
    expect(far.people.nodes).toEqual([]);
    const ids = (await hub.query<any>(`{ accidentReports(first: 50) { nodes { personId employerId } } }`, {}, analyst)).data.accidentReports.nodes;
    const rep = (t: string, id: string) => `{ __typename: "${t}", id: "${id}" }`;
    const ent = `{ _entities(representations: [${rep("Person", ids[0].personId)}, ${rep("Employer", ids[0].employerId)}]) { ... on Person { accidentReports { id } } ... on Employer { accidentReportCount } } }`;
    expect((await direct("work-injury", ent, { area: "430581" }))._entities).toEqual([{ accidentReports: [] }, { accidentReportCount: 0 }]);
    expect((await direct("work-injury", ent))._entities[0].accidentReports.length).toBeGreaterThan(0);
    // A person in hospital 2, seen through a hospital 1 bound: none of its cases.
    const people = (await hub.query<any>(`{ people(first: 200) { nodes { id inpatientCases { id institutionId } } } }`, {}, analyst)).data.people.nodes;
    const patient = people.find((p: any) => p.inpatientCases.some((c: any) => c.institutionId === "2"));
    const cases = `{ _entities(representations: [${rep("Person", patient.id)}]) { ... on Person { inpatientCases { id institutionId } } } }`;
    expect((await direct("medical", cases, { institution: "1" }))._entities).toEqual([{ inpatientCases: patient.inpatientCases.filter((c: any) => c.institutionId === "1") }]);
    expect((await direct("medical", cases, { institution: "2" }))._entities[0].inpatientCases.length).toBeGreaterThan(0);
  });
});
