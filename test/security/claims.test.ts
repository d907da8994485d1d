import { SignJWT } from "jose";
import { loadManifest } from "../../lib/persisted";
import { startHub, TestHub } from "../helpers/hub";
import { RegisterPartnerDocument, RevokePartnerDocument } from "../../schema/operations/__generated__/graphql";

/**
 * Claims fail closed (DESIGN §4): a claim that is present but malformed refuses the token (401); it never
 * widens what the token sees. Every partner-kind token is held to its registered, active client.
 * (Issue 7, items 2 and 3: before, each of these bounds made the token unbounded, and a partner JWT with an
 * `operations` claim escaped its registration.)
 */
const manifest = loadManifest();
const docId = (name: string) => manifest.byName.get(name)!.id;

describe("caller claims fail closed", () => {
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

  /** A token with exactly these claims (besides sub, aud, iat, exp), signed with the development secret. */
  const tokenWith = (claims: Record<string, unknown>, sub = "claims-test") =>
    new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject(sub).setAudience("si-hub").setIssuedAt().setExpirationTime("600s")
      .sign(new TextEncoder().encode(hub.config.authJwtSecret!));

  const send = async (token: string, body: Record<string, unknown>) => {
    const res = await fetch(hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  };
  const EMPLOYERS = { query: "{ employers(first: 1) { totalCount } }" };

  it.each([
    ["an employer bound that is a number", { bounds: { employer: 7 } }],
    ["an area bound that is a number", { bounds: { area: 430582001 } }],
    ["an area bound that is a list", { bounds: { area: ["430582001"] } }],
    ["bounds that are a string", { bounds: "area:430582001" }],
    ["an unknown bound kind", { bounds: { areaCode: "430582001" } }],
    ["an empty area", { bounds: { area: "" } }],
    ["a wildcard area", { bounds: { area: "%" } }],
    ["an area with a LIKE wildcard inside", { bounds: { area: "4305820_1" } }],
    ["an area that is not 6, 9 or 12 digits", { bounds: { area: "4305820" } }],
    ["null bounds", { bounds: null }],
    ["empty bounds", { bounds: {} }],
    ["operations as a string", { operations: "AnnualFigures", role: "dashboard" }],
    ["operations with a non-name", { operations: ["AnnualFigures", 3], role: "dashboard" }],
    ["a scope that is a list", { scope: ["enrollment:read"] }],
    ["an agency that is a number", { agency: 12 }],
  ])("refuses a token with %s (401), where before it ran unbounded", async (_what, claims) => {
    const token = await tokenWith({ role: "analyst", ...claims });
    const res = await send(token, EMPLOYERS);
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.body.data ?? null).toBeNull();
  });

  it("refuses a missing role, an unknown role and the service role claimed from outside", async () => {
    for (const claims of [{}, { role: "superuser" }, { role: "service" }, { role: 7 }]) {
      expect((await send(await tokenWith({ scope: "enrollment:read", ...claims }), EMPLOYERS)).status).toBe(401);
    }
  });

  it("compares roles case-insensitively (Analyst is an analyst, with the analyst's scopes)", async () => {
    const res = await send(await tokenWith({ role: "Analyst" }), EMPLOYERS);
    expect(res.status).toBe(200);
    expect(res.body.data.employers.totalCount).toBeGreaterThan(0);
  });

  it("a well-formed area bound still bounds (positive control)", async () => {
    const all = await send(await tokenWith({ role: "analyst" }), EMPLOYERS);
    const bounded = await send(await tokenWith({ role: "analyst", bounds: { area: township } }), EMPLOYERS);
    expect(bounded.status).toBe(200);
    expect(bounded.body.data.employers.totalCount).toBeGreaterThan(0);
    expect(bounded.body.data.employers.totalCount).toBeLessThan(all.body.data.employers.totalCount);
  });

  describe("a partner's own JWT is held to its registered client, whatever it claims", () => {
    it("a token of role Tax-Bureau (any case) with an operations claim but no registered client is refused", async () => {
      const token = await tokenWith({ role: "Tax-Bureau", operations: ["TaxEmployersInArea"] }, "tax-unregistered");
      expect((await send(token, { documentId: docId("TaxEmployersInArea"), variables: { first: 5 } })).status).toBe(401);
      expect((await send(token, EMPLOYERS)).status).toBe(401);
    });

    it("the registry's bounds and scopes apply, not the token's: no widening to the county, no pii:read", async () => {
      const reg = await hub.query(RegisterPartnerDocument, {
        input: { clientId: "tax-jwt", name: "邵东市税务局", role: "tax-bureau", agency: "国家税务总局邵东市税务局", purpose: "社保费征收核对", operations: ["TaxEmployersInArea", "TaxEmployerContributions"], boundArea: township },
      }, admin);
      expect(reg.errors).toBeUndefined();
      const greedy = await tokenWith({ role: "tax-bureau", scope: "enrollment:read pii:read", operations: ["TaxEmployersInArea", "TaxEmployerContributions"] }, "tax-jwt");
      const page = await send(greedy, { documentId: docId("TaxEmployersInArea"), variables: { first: 200 } });
      expect(page.body.errors).toBeUndefined();
      const nodes = page.body.data.employers.nodes as { areaCode: string; creditCode: string }[];
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((n) => n.areaCode.startsWith(township))).toBe(true);
      const staff = await send(greedy, { documentId: docId("TaxEmployerContributions"), variables: { creditCode: nodes[0].creditCode } });
      for (const e of staff.body.data.employerByCreditCode.activeEnrollments) expect(e.person.idNumber).toMatch(/^\d\*{16}[\dX]$/);

      await hub.query(RevokePartnerDocument, { clientId: "tax-jwt" }, admin);
      expect((await send(greedy, { documentId: docId("TaxEmployersInArea"), variables: { first: 5 } })).status).toBe(401);
    });
  });
});
