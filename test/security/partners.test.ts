import { startHub, TestHub } from "../helpers/hub";
import { loadManifest } from "../../lib/persisted";
import { sqlStatements } from "../../subgraphs/common/data-source";
import { RegisterPartnerDocument, RevokePartnerDocument, RotatePartnerKeyDocument, PartnerClientsDocument, AuditLogDocument } from "../../schema/operations/__generated__/graphql";

const manifest = loadManifest();
const docId = (name: string) => manifest.byName.get(name)!.id;

describe("partner clients: API keys, registered operations, bounds", () => {
  let hub: TestHub;
  let admin: string;
  let township: string;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    admin = await hub.token({ role: "administrator" });
    const areas = await hub.query<{ areas: { code: string }[] }>('{ areas(parentCode: "430582") { code } }', {}, await hub.token({ role: "analyst" }));
    township = areas.data!.areas[0].code;
  });
  afterAll(() => hub?.stop());

  /** A request as a partner's system sends it: its key and a document id. */
  const asPartner = async (key: string, body: Record<string, unknown>) => {
    const res = await fetch(hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", "x-api-key": key }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] } };
  };

  const register = async (clientId: string, extra: Record<string, unknown> = {}) => {
    const res = await hub.query(RegisterPartnerDocument, {
      input: { clientId, name: "邵东市税务局", role: "tax-bureau", agency: "国家税务总局邵东市税务局", purpose: "社保费征收核对", operations: ["TaxEmployersInArea", "TaxEmployerContributions"], boundArea: township, ...extra },
    }, admin);
    expect(res.errors).toBeUndefined();
    return res.data!.registerPartner;
  };

  it("an administrator registers a tax bureau client bounded to one township; its key then returns only that township's employers", async () => {
    const { apiKey, client } = await register("tax-bureau-a");
    expect(client).toMatchObject({ role: "tax-bureau", scopes: ["enrollment:read"], status: "ACTIVE", boundArea: township });
    expect(apiKey.startsWith(client.keyPrefix)).toBe(true);

    const res = await asPartner(apiKey, { documentId: docId("TaxEmployersInArea"), variables: { first: 200 } });
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data.employers.nodes as { areaCode: string }[];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.areaCode.startsWith(township))).toBe(true);
  });

  it("without pii:read the partner sees ID numbers and names masked, and nothing goes to the audit log", async () => {
    const { apiKey } = await register("tax-bureau-b");
    const page = await asPartner(apiKey, { documentId: docId("TaxEmployersInArea"), variables: { first: 5 } });
    const code = page.body.data.employers.nodes[0].creditCode;
    const before = await hub.query(AuditLogDocument, { from: "2000-01-01", to: "2100-01-01" }, admin);
    const res = await asPartner(apiKey, { documentId: docId("TaxEmployerContributions"), variables: { creditCode: code } });
    const people = res.body.data.employerByCreditCode.activeEnrollments.map((e: { person: { idNumber: string; name: string } }) => e.person);
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) expect(p.idNumber).toMatch(/^\d\*{16}[\dX]$/);
    const after = await hub.query(AuditLogDocument, { from: "2000-01-01", to: "2100-01-01" }, admin);
    expect(after.data!.auditLog.enrollment!.length).toBe(before.data!.auditLog.enrollment!.length);
  });

  it("with pii:read every unmasked read the partner makes is in the audit log with its agency and purpose", async () => {
    const { apiKey } = await register("tax-bureau-c", { scopes: ["enrollment:read", "pii:read"] });
    const page = await asPartner(apiKey, { documentId: docId("TaxEmployersInArea"), variables: { first: 3 } });
    const code = page.body.data.employers.nodes[0].creditCode;
    const res = await asPartner(apiKey, { documentId: docId("TaxEmployerContributions"), variables: { creditCode: code } });
    const people = res.body.data.employerByCreditCode.activeEnrollments;
    expect(people[0].person.idNumber).toMatch(/^\d{17}[\dX]$/);
    const log = await hub.query(AuditLogDocument, { from: "2000-01-01", to: "2100-01-01" }, admin);
    const chain = log.data!.auditLog.enrollment!;
    expect(chain.verified).toBe(true);
    expect(chain.entries.at(-1)).toMatchObject({
      sub: "tax-bureau-c", role: "tax-bureau", agency: "国家税务总局邵东市税务局", purpose: "社保费征收核对", operation: "TaxEmployerContributions",
      fields: ["Person.idNumber", "Person.name"],
    });
    // One subject per person shown (a person enrolled in both insurances appears twice in the list).
    expect(chain.entries.at(-1)!.subjects.length).toBe(new Set(people.map((e: { person: { idNumber: string } }) => e.person.idNumber)).size);
  });

  it("refuses a free-form query, an operation not registered for it, and an unknown document, before any subgraph is asked", async () => {
    const { apiKey } = await register("tax-bureau-d");
    const before = sqlStatements.get("enrollment") ?? 0;
    const free = await asPartner(apiKey, { query: "{ employers(first: 1) { nodes { id } } }" });
    expect(free.status).toBe(403);
    expect(free.body.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "safelist.free-form" });
    const other = await asPartner(apiKey, { documentId: docId("AnnualFigures"), variables: { year: 2024 } });
    expect(other.status).toBe(403);
    expect(other.body.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "safelist.not-registered" });
    const unknown = await asPartner(apiKey, { documentId: "sha256:" + "0".repeat(64) });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors![0].extensions).toMatchObject({ code: "PERSISTED_QUERY_NOT_FOUND" });
    expect(sqlStatements.get("enrollment") ?? 0).toBe(before);
  });

  it("a revoked key stops working at once; a rotated key replaces the old one at once", async () => {
    const { apiKey } = await register("tax-bureau-e");
    const call = (key: string) => asPartner(key, { documentId: docId("TaxEmployersInArea"), variables: { first: 1 } });
    expect((await call(apiKey)).status).toBe(200);

    const rotated = await hub.query(RotatePartnerKeyDocument, { clientId: "tax-bureau-e" }, admin);
    const newKey = rotated.data!.rotatePartnerKey.apiKey;
    expect((await call(apiKey)).status).toBe(401);
    expect((await call(newKey)).status).toBe(200);

    const revoked = await hub.query(RevokePartnerDocument, { clientId: "tax-bureau-e" }, admin);
    expect(revoked.data!.revokePartner.status).toBe("REVOKED");
    const after = await call(newKey);
    expect(after.status).toBe(401);
    expect(after.body.errors![0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("refuses partner registrations that are not an administrator's, and unsafe ones", async () => {
    const denied = await hub.query(PartnerClientsDocument, {}, await hub.token({ role: "analyst" }));
    expect(denied.errors![0].extensions!.code).toBe("FORBIDDEN");
    const writer = await hub.query(RegisterPartnerDocument, {
      input: { clientId: "bad-1", name: "x", role: "tax-bureau", agency: "x", purpose: "x", operations: [], scopes: ["enrollment:write"] },
    }, admin);
    expect(writer.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.scopes[0]", rule: "scope.partner" });
    const unknownOp = await hub.query(RegisterPartnerDocument, {
      input: { clientId: "bad-2", name: "x", role: "tax-bureau", agency: "x", purpose: "x", operations: ["DropEverything"] },
    }, admin);
    expect(unknownOp.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.operations[0]", rule: "operation.unknown" });
    const list = await hub.query(PartnerClientsDocument, {}, admin);
    // Keys are stored as hashes: the list shows prefixes, never a whole key.
    expect(JSON.stringify(list.data)).not.toMatch(/sk_[a-z0-9-]+_[A-Za-z0-9_-]{43}/);
  });

  it("holds a partner's own JWT (from its identity provider) to its registered client: unknown subject refused, registered operations only", async () => {
    const unregistered = await hub.token({ role: "statistics-bureau", sub: "stats-nobody" });
    expect((await hub.query("{ insuredStatistics(year: 2024, insurance: WORK_INJURY) { insured } }", {}, unregistered)).status).toBe(401);

    await hub.query(RegisterPartnerDocument, {
      input: { clientId: "stats-jwt", name: "统计局", role: "statistics-bureau", agency: "邵东市统计局", purpose: "统计年报", operations: ["StatisticsInsuredBreakdown"] },
    }, admin);
    const token = await hub.token({ role: "statistics-bureau", sub: "stats-jwt" });
    const free = await hub.query("{ insuredStatistics(year: 2024, insurance: WORK_INJURY) { insured } }", {}, token);
    expect(free.status).toBe(403);
    const res = await fetch(hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ documentId: docId("StatisticsInsuredBreakdown"), variables: { year: 2024, insurance: "WORK_INJURY" } }),
    });
    const body = (await res.json()) as { data: { insuredStatistics: { insured: number } } };
    expect(body.data.insuredStatistics.insured).toBeGreaterThan(0);

    await hub.query(RevokePartnerDocument, { clientId: "stats-jwt" }, admin);
    expect((await hub.query("{ __typename }", {}, token)).status).toBe(401);
  });
});

describe("the partner CLI (npm run partner)", () => {
  it("registers a client whose key works at the gateway, and revokes it", async () => {
    const hub = await startHub();
    try {
      const { main } = await import("../../scripts/partner");
      const env = {
        DATA_DIR: hub.config.dataDir, DB_PREFIX: hub.config.DB_PREFIX, INTERNAL_TOKEN_SECRET: hub.config.internalTokenSecret, AUTH_JWT_SECRET: hub.config.authJwtSecret!, LOG_LEVEL: "silent",
        ...(hub.config.DATABASE_URL ? { DATABASE_URL: hub.config.DATABASE_URL } : {}),
      };
      const lines: string[] = [];
      const code = await main(["register", "--client-id", "stats-cli", "--name", "统计局", "--role", "statistics-bureau", "--agency", "邵东市统计局", "--purpose", "统计年报", "--operations", "StatisticsInsuredBreakdown"], env, (l) => lines.push(l));
      expect(code).toBe(0);
      const key = lines.join("\n").match(/sk_stats-cli_\S+/)![0];
      const call = () => fetch(hub.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": key },
        body: JSON.stringify({ documentId: docId("StatisticsInsuredBreakdown"), variables: { year: 2024, insurance: "UNEMPLOYMENT" } }),
      });
      expect((await call()).status).toBe(200);
      expect(await main(["revoke", "stats-cli"], env, () => {})).toBe(0);
      expect((await call()).status).toBe(401);
      expect(await main(["register", "--client-id", "X"], env, (l) => lines.push(l))).toBe(1);
    } finally {
      await hub.stop();
    }
  });
});
