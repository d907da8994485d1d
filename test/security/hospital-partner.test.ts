import { SCOPES } from "../../lib/claims";
import { internalTokenKit } from "../../lib/internal-token";
import { loadManifest } from "../../lib/persisted";
import { RegisterPartnerDocument } from "../../schema/operations/__generated__/graphql";
import { startHub, TestHub } from "../helpers/hub";

/**
 * A designated hospital's partner key (DESIGN §4) sees its own institution's inpatient cases, inspections,
 * findings and settlements — by list, by id, through `_entities` — and nothing of the other hospital nor
 * of enrollment; free-form documents (aliases included) are refused, as for every registered partner.
 */
const manifest = loadManifest();
const docId = (name: string) => manifest.byName.get(name)!.id;
const OPERATIONS = ["HospitalInpatientCases", "HospitalInspections", "HospitalFindings", "HospitalSettlements", "HospitalRecords"];
const LISTS = { HospitalInpatientCases: "inpatientCases", HospitalInspections: "medicalInspections", HospitalFindings: "medicalFindings", HospitalSettlements: "medicalSettlements" } as const;
const CASES = `query($after: String) { inpatientCases(first: 200, after: $after) { nodes { id institutionId } pageInfo { hasNextPage endCursor } } }`;
const ALL = `{ medicalInspections(first: 200) { nodes { id institutionId } } medicalFindings(first: 200) { nodes { id institutionId } } medicalSettlements(first: 200) { nodes { id institutionId } } }`;

type Node = { id: string; institutionId: string };

describe("a hospital partner sees only its own institution's records, by every path", () => {
  let hub: TestHub;
  const keys: Record<string, string> = {};
  let all: Record<(typeof LISTS)[keyof typeof LISTS], Node[]>;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    const admin = await hub.token({ role: "administrator" });
    for (const institution of ["1", "2"]) {
      const res = await hub.query(RegisterPartnerDocument, {
        input: { clientId: `hospital-${institution}`, name: `定点医院 ${institution}`, role: "hospital", agency: `医院 ${institution}`, purpose: "住院工伤职工核对", operations: OPERATIONS, boundInstitution: institution },
      }, admin);
      expect(res.errors).toBeUndefined();
      keys[institution] = res.data!.registerPartner.apiKey;
    }
    const res = await hub.query<any>(ALL, {}, await hub.token({ role: "risk-officer", sub: "risk-1" }));
    expect(res.errors).toBeUndefined();
    all = Object.fromEntries(Object.entries(res.data).map(([k, v]: [string, any]) => [k, v.nodes])) as typeof all;
    // The other lists fit one page of 200 (asserted, so a growing demo cannot truncate them unseen); cases are paged.
    for (const nodes of Object.values(all)) expect(nodes.length).toBeLessThan(200);
    all.inpatientCases = [];
    for (let after: string | null = null, more = true; more; ) {
      const page: any = (await hub.query<any>(CASES, { after }, await hub.token({ role: "risk-officer", sub: "risk-1" }))).data.inpatientCases;
      all.inpatientCases.push(...page.nodes);
      [after, more] = [page.pageInfo.endCursor, page.pageInfo.hasNextPage];
    }
    // The demo gives both hospitals records of every kind: each assertion below can fail.
    for (const nodes of Object.values(all)) for (const i of ["1", "2"]) expect(nodes.some((n) => n.institutionId === i)).toBe(true);
  }, 240_000);
  afterAll(() => hub?.stop());

  const asHospital = async (institution: string, body: Record<string, unknown>) => {
    const res = await fetch(hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", "x-api-key": keys[institution] }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] } };
  };

  it.each(Object.entries(LISTS))("%s lists exactly the institution's own records, with its patients' data unmasked", async (operation, field) => {
    for (const institution of ["1", "2"]) {
      const seen: any[] = [];
      let totalCount = 0;
      for (let after: string | null = null, more = true; more; ) {
        const res = await asHospital(institution, { documentId: docId(operation), variables: { first: 200, after } });
        expect(res.body.errors).toBeUndefined();
        const page = res.body.data[field];
        seen.push(...page.nodes);
        totalCount = page.totalCount;
        [after, more] = page.pageInfo ? [page.pageInfo.endCursor, page.pageInfo.hasNextPage] : [null, false];
      }
      const own = all[field].filter((n) => n.institutionId === institution).map((n) => n.id).sort();
      expect(seen.map((n: Node) => n.id).sort()).toEqual(own);
      expect(totalCount).toBe(own.length);
      if (field === "inpatientCases") for (const n of seen) expect(n.patientIdNumber).toMatch(/^\d{17}[\dX]$/);
    }
  });

  it("by id: its own records of every kind, and null for the other hospital's", async () => {
    const pick = (field: keyof typeof all, institution: string) => all[field].find((n) => n.institutionId === institution)!.id;
    const ids = (institution: string) => ({ caseId: pick("inpatientCases", institution), inspectionId: pick("medicalInspections", institution), findingId: pick("medicalFindings", institution), settlementId: pick("medicalSettlements", institution) });
    const own = await asHospital("1", { documentId: docId("HospitalRecords"), variables: ids("1") });
    expect(own.body.errors).toBeUndefined();
    for (const v of Object.values(own.body.data)) expect(v).toMatchObject({ institutionId: "1" });
    const other = await asHospital("1", { documentId: docId("HospitalRecords"), variables: ids("2") });
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data).toEqual({ inpatientCase: null, medicalInspection: null, medicalFinding: null, medicalSettlement: null });
  });

  it("free-form documents, aliases included, and other partners' operations are refused; enrollment is out of reach", async () => {
    const aliased = await asHospital("1", { query: `{ a: inpatientCases(first: 200) { nodes { id } } b: people(first: 1) { nodes { name } } }` });
    expect(aliased.body.data ?? null).toBeNull();
    expect(aliased.body.errors!.length).toBeGreaterThan(0);
    const tax = await asHospital("1", { documentId: docId("TaxEmployersInArea"), variables: { first: 5 } });
    expect(tax.body.data ?? null).toBeNull();
  });

  it("through _entities the medical subgraph resolves another hospital's records to null and a person's cases to the hospital's own", async () => {
    const token = await internalTokenKit(hub.config.internalTokenSecret).sign({ sub: "partner:hospital-1", role: "hospital", scopes: new Set(["medical:read", "pii:read"]), bounds: { institution: "1" } });
    const medical = hub.subgraphs.find((s) => s.name === "medical")!.url;
    const other = (field: keyof typeof all, typename: string) => ({ __typename: typename, id: all[field].find((n) => n.institutionId === "2")!.id });
    const representations = [other("inpatientCases", "InpatientCase"), other("medicalInspections", "Inspection"), other("medicalFindings", "Finding"), other("medicalSettlements", "Settlement"), { __typename: "MedicalInstitution", id: "2" }];
    const res = await fetch(medical, {
      method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on InpatientCase { id } ... on Inspection { id } ... on Finding { id } ... on Settlement { id } ... on MedicalInstitution { id } } }`, variables: { r: representations } }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([null, null, null, null, null]);
    // A person treated in both hospitals, if the demo has one, or any person with a case at hospital 2: only hospital 1's cases.
    const caseOf2 = all.inpatientCases.find((n) => n.institutionId === "2")!;
    const person = (await hub.query<any>(`query($id: ID!) { inpatientCase(id: $id) { patientIdNumber } }`, { id: caseOf2.id }, await hub.token({ role: "risk-officer", sub: "risk-1" }))).data.inpatientCase.patientIdNumber;
    const registrar = await hub.token({ role: "registrar", sub: "registrar-1" });
    const personId = (await hub.query<any>(`query($n: String!) { personByIdNumber(idNumber: $n) { id } }`, { n: person }, registrar)).data.personByIdNumber.id;
    const links = await fetch(medical, {
      method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { inpatientCases { institutionId } } } }`, variables: { r: [{ __typename: "Person", id: personId }] } }),
    });
    const cases = ((await links.json()) as any).data._entities[0].inpatientCases as { institutionId: string }[];
    expect(cases.every((c) => c.institutionId === "1")).toBe(true);
    // And without the bound the same call is refused at once: a hospital token must carry its institution.
    const unbounded = await internalTokenKit(hub.config.internalTokenSecret).sign({ sub: "partner:hospital-x", role: "hospital", scopes: new Set(SCOPES.filter((s) => s === "medical:read")) });
    const refused = await fetch(medical, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${unbounded}` }, body: JSON.stringify({ query: `{ inpatientCases(first: 1) { totalCount } }` }) });
    const refusedBody = (await refused.json()) as any;
    expect(refusedBody.data?.inpatientCases ?? null).toBeNull();
  });
});
