import { startHub, TestHub } from "../helpers/hub";
import { loadManifest } from "../../lib/persisted";
import { ROLE_SCOPES } from "../../lib/claims";
import { RegisterPartnerDocument } from "../../schema/operations/__generated__/graphql";

/**
 * Who may do what (DESIGN §4), by behaviour through the gateway: every role against the operations
 * real clients send. "data" = answered without errors; "masked" = answered with personal data masked;
 * "FORBIDDEN" = refused at the field; "401" = no credential; "403" = not a registered operation.
 */
type Outcome = "data" | "masked" | "FORBIDDEN" | "401" | "403";

const STAFF_OPS = {
  AnnualFigures: { query: "query AnnualFigures($year: Int!) { annualReport(year: $year) { year enrollment { workInjuryInsured unemploymentInsured } } }", vars: { year: 2024 } },
  PersonByIdNumber: { query: "query PersonByIdNumber($idNumber: String!) { personByIdNumber(idNumber: $idNumber) { id idNumber name } }", vars: {} as Record<string, unknown> },
  AliasedFragments: {
    query: "query AliasedFragments($id: ID!) { a: person(id: $id) { ...P } b: person(id: $id) { ... on Person { name } } } fragment P on Person { idNumber phone }",
    vars: {} as Record<string, unknown>,
  },
  NestedEntities: { query: "query NestedEntities { employers(first: 2) { nodes { activeEnrollments { person { idNumber } } } } }", vars: {} },
  RegisterEmployer: { query: 'mutation RegisterEmployer { registerEmployer(input: { creditCode: "X", name: "x", industry: "C", riskClass: 1, areaCode: "430582", staffCount: 1 }) { id } }', vars: {} },
  PartnerClients: { query: "query PartnerClients { partnerClients { clientId } }", vars: {} },
  AuditLog: { query: 'query AuditLog { auditLog(from: "2024-01-01", to: "2024-01-02") { enrollment { length } } }', vars: {} },
};
type Op = keyof typeof STAFF_OPS;

// A RegisterEmployer that reaches the resolver fails on its credit code (BAD_USER_INPUT): "data" here
// means "allowed past authorization".
const D = "data", M = "masked", F = "FORBIDDEN";
const MATRIX: Record<string, Record<Op, Outcome>> = {
  analyst:            { AnnualFigures: D, PersonByIdNumber: F, AliasedFragments: M, NestedEntities: M, RegisterEmployer: F, PartnerClients: F, AuditLog: F },
  dashboard:          { AnnualFigures: D, PersonByIdNumber: F, AliasedFragments: F, NestedEntities: F, RegisterEmployer: F, PartnerClients: F, AuditLog: F },
  registrar:          { AnnualFigures: F, PersonByIdNumber: D, AliasedFragments: D, NestedEntities: D, RegisterEmployer: D, PartnerClients: F, AuditLog: F },
  investigator:       { AnnualFigures: F, PersonByIdNumber: D, AliasedFragments: D, NestedEntities: D, RegisterEmployer: F, PartnerClients: F, AuditLog: F },
  "benefits-officer": { AnnualFigures: F, PersonByIdNumber: D, AliasedFragments: D, NestedEntities: D, RegisterEmployer: F, PartnerClients: F, AuditLog: F },
  "finance-auditor":  { AnnualFigures: D, PersonByIdNumber: D, AliasedFragments: D, NestedEntities: D, RegisterEmployer: F, PartnerClients: F, AuditLog: F },
  "risk-officer":     { AnnualFigures: D, PersonByIdNumber: D, AliasedFragments: D, NestedEntities: D, RegisterEmployer: F, PartnerClients: F, AuditLog: F },
  administrator:      { AnnualFigures: F, PersonByIdNumber: F, AliasedFragments: F, NestedEntities: F, RegisterEmployer: F, PartnerClients: D, AuditLog: D },
  none:               { AnnualFigures: "401", PersonByIdNumber: "401", AliasedFragments: "401", NestedEntities: "401", RegisterEmployer: "401", PartnerClients: "401", AuditLog: "401" },
};

/** Partners by API key, each with its registered operations (schema/operations/partners.graphql). */
const PARTNERS: { role: string; operations: string[]; bounds?: Record<string, string>; expect: Record<string, Outcome> }[] = [
  { role: "tax-bureau", operations: ["TaxEmployersInArea", "TaxEmployerContributions"], expect: { TaxEmployersInArea: D, TaxEmployerContributions: M, StatisticsInsuredBreakdown: "403", AnnualFigures: "403" } },
  { role: "statistics-bureau", operations: ["StatisticsInsuredBreakdown"], expect: { StatisticsInsuredBreakdown: D, TaxEmployersInArea: "403", PersonByIdNumber: "403" } },
  // A hospital holds no enrollment scope: an operation registered by mistake is still refused field by field.
  { role: "hospital", operations: ["TaxEmployersInArea"], bounds: { boundInstitution: "1" }, expect: { TaxEmployersInArea: F, AnnualFigures: "403" } },
  { role: "medical-insurance-bureau", operations: [], expect: { AnnualFigures: "403", TaxEmployersInArea: "403" } },
  { role: "civil-affairs", operations: [], expect: { AnnualFigures: "403", PersonByIdNumber: "403" } },
];

const MASKED_ID = /^\d\*{16}[\dX]$/;

function classify(status: number, body: { data?: unknown; errors?: { extensions?: { code?: string } }[] }): Outcome {
  if (status === 401) return "401";
  if (status === 403) return "403";
  const codes = (body.errors ?? []).map((e) => e.extensions?.code);
  if (codes.includes("FORBIDDEN")) return "FORBIDDEN";
  if (codes.some((c) => c !== "BAD_USER_INPUT")) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
  const text = JSON.stringify(body.data ?? {});
  const ids = [...text.matchAll(/"idNumber":"([^"]+)"/g)].map((m) => m[1]);
  return ids.length > 0 && ids.every((id) => MASKED_ID.test(id)) ? "masked" : "data";
}

describe("the authorization matrix: every role against the operations clients send", () => {
  let hub: TestHub;
  const manifest = loadManifest();

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    const registrar = await hub.token({ role: "registrar" });
    const page = await hub.query<{ people: { nodes: { id: string; idNumber: string }[] } }>("{ people(first: 1) { nodes { id idNumber } } }", {}, registrar);
    const person = page.data!.people.nodes[0];
    STAFF_OPS.PersonByIdNumber.vars = { idNumber: person.idNumber };
    STAFF_OPS.AliasedFragments.vars = { id: person.id };
  });
  afterAll(() => hub?.stop());

  const send = async (headers: Record<string, string>, body: unknown) => {
    const res = await fetch(hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
  };

  it("covers every staff role of the role table", () => {
    const staff = Object.keys(ROLE_SCOPES).filter((r) => !["tax-bureau", "medical-insurance-bureau", "hospital", "civil-affairs", "statistics-bureau", "service"].includes(r));
    expect(Object.keys(MATRIX).filter((r) => r !== "none").sort()).toEqual(staff.sort());
  });

  it.each(Object.keys(MATRIX))("role %s gets exactly its row", async (role) => {
    const headers: Record<string, string> = role === "none" ? {} : { authorization: `Bearer ${await hub.token({ role })}` };
    const got: Record<string, Outcome> = {};
    for (const [name, op] of Object.entries(STAFF_OPS)) got[name] = classify(...(Object.values(await send(headers, { query: op.query, variables: op.vars })) as [number, never]));
    expect(got).toEqual(MATRIX[role]);
  });

  it.each(PARTNERS.map((p) => [p.role, p] as const))("partner %s (API key) runs its registered operations only, within its scopes", async (role, p) => {
    const admin = await hub.token({ role: "administrator" });
    const reg = await hub.query(RegisterPartnerDocument, {
      input: { clientId: `matrix-${role}`, name: role, role, agency: `${role} agency`, purpose: "matrix test", operations: p.operations, ...p.bounds },
    }, admin);
    expect(reg.errors).toBeUndefined();
    const key = reg.data!.registerPartner.apiKey;
    const vars: Record<string, Record<string, unknown>> = {
      TaxEmployersInArea: { first: 5 }, TaxEmployerContributions: { creditCode: "" }, StatisticsInsuredBreakdown: { year: 2024, insurance: "WORK_INJURY" },
      AnnualFigures: { year: 2024 }, PersonByIdNumber: STAFF_OPS.PersonByIdNumber.vars,
    };
    if (p.expect.TaxEmployerContributions) {
      const page = await send({ authorization: `Bearer ${await hub.token({ role: "analyst" })}` }, { query: "{ employers(first: 1) { nodes { creditCode } } }" });
      vars.TaxEmployerContributions = { creditCode: (page.body.data as { employers: { nodes: { creditCode: string }[] } }).employers.nodes[0].creditCode };
    }
    const got: Record<string, Outcome> = {};
    for (const name of Object.keys(p.expect)) {
      const r = await send({ "x-api-key": key }, { documentId: manifest.byName.get(name)!.id, variables: vars[name] });
      got[name] = classify(r.status, r.body);
    }
    expect(got).toEqual(p.expect);
  });

  it("does not expose _entities or _service through the gateway", async () => {
    const r = await send({ authorization: `Bearer ${await hub.token({ role: "analyst" })}` }, { query: '{ _entities(representations: [{ __typename: "Person", id: "1" }]) { ... on Person { idNumber } } }' });
    expect(r.status).toBe(400);
    expect((r.body.errors ?? [])[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
