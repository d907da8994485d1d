import crypto from "node:crypto";
import { SignJWT } from "jose";
import { internalTokenKit } from "../../lib/internal-token";
import { signDevToken } from "../../lib/dev-token";
import { startHub, TestHub } from "../helpers/hub";

/**
 * Authentication at the gateway and at the subgraphs (DESIGN §4), run in production mode
 * (HUB_ENV=production) so that error masking is what a deployment would show.
 */

interface Answer {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
  text: string;
}

async function post(url: string, query: string, token?: string, variables?: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), text };
}

const codes = (a: Answer) => (a.body.errors ?? []).map((e) => e.extensions?.code);
const key = (secret: string) => new TextEncoder().encode(secret);
const now = () => Math.floor(Date.now() / 1000);

describe("authentication and authorization at the gateway and the subgraphs", () => {
  let hub: TestHub;
  let subgraphUrl: string;
  const ANNUAL = "{ annualReport(year: 2024) { year enrollment { workInjuryInsured } } }";
  const EMPLOYERS = "{ employers(first: 1) { totalCount } }";

  beforeAll(async () => {
    hub = await startHub({ env: { HUB_ENV: "production" } });
    subgraphUrl = hub.subgraphs[0].url;
  });
  afterAll(() => hub?.stop());

  const gateway = (query: string, token?: string, variables?: Record<string, unknown>) => post(hub.gatewayUrl, query, token, variables);

  /** A caller token with any claims, signed with the development secret unless told otherwise. */
  const callerToken = (o: { iat?: number; exp?: number; aud?: string; secret?: string; role?: string } = {}) =>
    new SignJWT({ role: o.role ?? "analyst" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("test-caller")
      .setAudience(o.aud ?? "si-hub")
      .setIssuedAt(o.iat ?? now())
      .setExpirationTime(o.exp ?? now() + 600)
      .sign(key(o.secret ?? hub.config.authJwtSecret!));

  function expectUnauthenticated(a: Answer) {
    expect(a.status).toBe(401);
    expect(codes(a)).toEqual(["UNAUTHENTICATED"]);
    expect(a.body.data ?? null).toBeNull();
  }

  describe("the gateway", () => {
    it("answers a valid analyst token (the control for the refusals below)", async () => {
      const a = await gateway(ANNUAL, await hub.token({ role: "analyst" }));
      expect(a.status).toBe(200);
      expect(a.body.errors).toBeUndefined();
      expect(a.body.data?.annualReport.year).toBe(2024);
    });

    it("never shows the query plan, whatever the caller asks (Apollo shows it outside NODE_ENV=production)", async () => {
      const res = await fetch(hub.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await hub.token({ role: "analyst" })}`, "apollo-query-plan-experimental": "true" },
        body: JSON.stringify({ query: ANNUAL }),
      });
      const body = await res.json();
      expect(body.data?.annualReport.year).toBe(2024);
      expect(body.extensions?.__queryPlanExperimental).toBeUndefined();
      expect(JSON.stringify(body)).not.toMatch(/QueryPlan|Fetch\(service/);
    });

    it("refuses a request without an Authorization header with 401 UNAUTHENTICATED", async () => {
      expectUnauthenticated(await gateway(ANNUAL));
    });

    it("refuses an Authorization header that is not a bearer token", async () => {
      const res = await fetch(hub.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Basic ${Buffer.from("a:b").toString("base64")}` },
        body: JSON.stringify({ query: ANNUAL }),
      });
      expect(res.status).toBe(401);
    });

    it("refuses a garbage token with 401", async () => {
      expectUnauthenticated(await gateway(ANNUAL, "not.a-jwt.at-all"));
      expectUnauthenticated(await gateway(ANNUAL, ""));
    });

    it("refuses a token signed with another secret with 401", async () => {
      expectUnauthenticated(await gateway(ANNUAL, await signDevToken(crypto.randomBytes(32).toString("hex"), { role: "analyst" })));
    });

    it("refuses an unsigned token (alg none) with 401", async () => {
      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
      const unsigned = `${b64({ alg: "none", typ: "JWT" })}.${b64({ sub: "x", role: "analyst", aud: "si-hub", iat: now(), exp: now() + 600 })}.`;
      expectUnauthenticated(await gateway(ANNUAL, unsigned));
    });

    it("refuses a token that expired more than the 60 s tolerance ago with 401", async () => {
      expectUnauthenticated(await gateway(ANNUAL, await callerToken({ iat: now() - 1800, exp: now() - 120 })));
    });

    it("accepts a token that expired within the 60 s tolerance", async () => {
      const a = await gateway(ANNUAL, await callerToken({ iat: now() - 1800, exp: now() - 20 }));
      expect(a.status).toBe(200);
      expect(a.body.errors).toBeUndefined();
    });

    it("refuses a token for another audience (the subgraphs' si-hub-subgraph) with 401", async () => {
      expectUnauthenticated(await gateway(ANNUAL, await signDevToken(hub.config.authJwtSecret!, { role: "analyst", audience: "si-hub-subgraph" })));
      expectUnauthenticated(await gateway(ANNUAL, await callerToken({ aud: "si-hub-subgraph" })));
    });

    it("refuses a token that lives longer than one hour with 401", async () => {
      expectUnauthenticated(await gateway(ANNUAL, await callerToken({ iat: now(), exp: now() + 7200 })));
    });

    it("refuses a token issued in the future, whose use would stretch past one hour from now, with 401", async () => {
      // exp - iat is one hour, but iat lies a day ahead: the token would be good for 25 hours.
      const iat = now() + 86_400;
      expectUnauthenticated(await gateway(ANNUAL, await callerToken({ iat, exp: iat + 3600 })));
    });

    it("refuses an internal (gateway-to-subgraph) token presented by a caller with 401", async () => {
      const internal = await internalTokenKit(hub.config.internalTokenSecret).sign({ sub: "x", role: "analyst", scopes: new Set(["aggregate:read"]) });
      expectUnauthenticated(await gateway(ANNUAL, internal));
    });

    it("lets a dashboard token read annualReport", async () => {
      const a = await gateway(ANNUAL, await hub.token({ role: "dashboard" }));
      expect(a.status).toBe(200);
      expect(a.body.errors).toBeUndefined();
      expect(a.body.data?.annualReport).toEqual({ year: 2024, enrollment: { workInjuryInsured: 0 } });
    });

    it("refuses employers to a dashboard token with FORBIDDEN on the employers path", async () => {
      const a = await gateway(EMPLOYERS, await hub.token({ role: "dashboard" }));
      expect(codes(a)).toEqual(["FORBIDDEN"]);
      expect(a.body.errors![0].path).toEqual(["employers"]);
      expect(a.body.data ?? null).toBeNull();
    });

    it("refuses a field to a token lacking its scope with FORBIDDEN and the field's path, answering the rest", async () => {
      // A nullable field, so the refusal nulls only it (a non-null one would null the whole response).
      const statistics = await hub.token({ role: "dashboard" }); // aggregate:read only
      const a = await gateway('{ annualReport(year: 2024) { year } person(id: "1") { id } }', statistics);
      expect(codes(a)).toEqual(["FORBIDDEN"]);
      expect(a.body.errors![0].path).toEqual(["person"]);
      expect(a.body.data).toEqual({ annualReport: { year: 2024 }, person: null });
      // And the other way round for a partner with enrollment:read only.
      const tax = await hub.token({ role: "registrar", scope: "enrollment:read" }); // enrollment:read only
      const b = await gateway("{ insuredStatistics(year: 2024, insurance: WORK_INJURY) { insured } }", tax);
      expect(codes(b)).toEqual(["FORBIDDEN"]);
      expect(b.body.errors![0].path).toEqual(["insuredStatistics"]);
      expect(b.body.data ?? null).toBeNull();
    });

    it("refuses everything to a token with an empty scope claim", async () => {
      const a = await gateway(ANNUAL, await hub.token({ role: "analyst", scope: "" }));
      expect(codes(a)).toContain("FORBIDDEN");
      expect(a.body.data?.annualReport ?? null).toBeNull();
    });

    it("refuses introspection to a dashboard token", async () => {
      const a = await gateway("{ __schema { types { name } } }", await hub.token({ role: "dashboard" }));
      expect(codes(a)).toEqual(["FORBIDDEN"]);
      expect(a.body.data?.__schema ?? null).toBeNull();
      const t = await gateway('{ __type(name: "Person") { fields { name } } }', await hub.token({ role: "dashboard" }));
      expect(codes(t)).toEqual(["FORBIDDEN"]);
    });

    it("allows introspection to an analyst token", async () => {
      const a = await gateway("{ __schema { types { name } } }", await hub.token({ role: "analyst" }));
      expect(a.status).toBe(200);
      expect(a.body.errors).toBeUndefined();
      const names = (a.body.data?.__schema.types as { name: string }[]).map((t) => t.name);
      expect(names).toEqual(expect.arrayContaining(["Query", "Employer", "Person"]));
    });
  });

  describe("a subgraph reached directly", () => {
    it("answers a valid internal token (the control for the refusals below)", async () => {
      const internal = await internalTokenKit(hub.config.internalTokenSecret).sign({ sub: "x", role: "dashboard", scopes: new Set(["aggregate:read"]) });
      const a = await post(subgraphUrl, "{ annualReport(year: 2024) { year } }", internal);
      expect(a.status).toBe(200);
      expect(a.body.data).toEqual({ annualReport: { year: 2024 } });
    });

    it("answers no introspection, even to the gateway's own token (the gateway introspects the supergraph itself)", async () => {
      const internal = await internalTokenKit(hub.config.internalTokenSecret).sign({ sub: "x", role: "analyst", scopes: new Set(["enrollment:read", "introspection"]) });
      const a = await post(subgraphUrl, "{ __schema { queryType { name } } }", internal);
      expect(a.body.data?.__schema ?? null).toBeNull();
      expect(a.body.errors?.[0].message).toMatch(/introspection/i);
    });

    it("refuses a request without a token with 401", async () => {
      expectUnauthenticated(await post(subgraphUrl, "{ annualReport(year: 2024) { year } }"));
    });

    it("refuses a caller token (audience si-hub) with 401", async () => {
      expectUnauthenticated(await post(subgraphUrl, "{ annualReport(year: 2024) { year } }", await hub.token({ role: "analyst" })));
    });

    it("refuses an internal token forged with another secret with 401", async () => {
      const forged = await internalTokenKit(crypto.randomBytes(32).toString("hex")).sign({ sub: "x", role: "analyst", scopes: new Set(["aggregate:read", "pii:read", "enrollment:read"]) });
      expectUnauthenticated(await post(subgraphUrl, "{ annualReport(year: 2024) { year } }", forged));
    });

    it("refuses an expired internal token signed with the right secret with 401", async () => {
      const expired = await new SignJWT({ scope: "aggregate:read" })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject("x")
        .setAudience("si-hub-subgraph")
        .setIssuer("si-hub-gateway")
        .setIssuedAt(now() - 300)
        .setExpirationTime(now() - 120)
        .sign(key(hub.config.internalTokenSecret));
      expectUnauthenticated(await post(subgraphUrl, "{ annualReport(year: 2024) { year } }", expired));
    });

    it("refuses _entities without a token with 401 (no side door)", async () => {
      const a = await post(subgraphUrl, "query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { idNumber } } }", undefined, { r: [{ __typename: "Person", id: "1" }] });
      expectUnauthenticated(a);
    });

    it("answers GET /healthz with 200 without a token", async () => {
      const res = await fetch(subgraphUrl.replace(/\/graphql$/, "/healthz"));
      expect(res.status).toBe(200);
    });
  });

  describe("error responses in production mode", () => {
    /** No stack traces, SQL or internal addresses anywhere in the body. */
    function expectClean(a: Answer) {
      expect(a.body.errors?.length).toBeGreaterThan(0);
      for (const e of a.body.errors!) expect(e.extensions?.stacktrace).toBeUndefined();
      expect(a.text).not.toMatch(/\bstacktrace\b|\bexception\b/i);
      expect(a.text).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE)\b|\bFROM [a-z_]+\b|SQLITE_|\bER_[A-Z]/);
      expect(a.text).not.toMatch(/https?:\/\/(127\.0\.0\.1|localhost|0\.0\.0\.0)/);
      expect(a.text).not.toMatch(/\s+at .+\.(ts|js):\d+/);
    }

    it("hides internals when an argument is bad input", async () => {
      const token = await hub.token({ role: "registrar" });
      const bad = await gateway('{ personByIdNumber(idNumber: "110101199001011234x") { id } }', token);
      expect(codes(bad)).toContain("BAD_USER_INPUT");
      expectClean(bad);
      const page = await gateway("{ employers(first: 0) { totalCount } }", token);
      expect(codes(page)).toContain("BAD_USER_INPUT");
      expectClean(page);
      const scalar = await gateway('{ zombieEmployers(asOf: "2024-13") { activeEnrollments } }', token);
      expect(scalar.body.errors?.length).toBeGreaterThan(0);
      expectClean(scalar);
    });

    it("hides internals when a field is forbidden", async () => {
      const a = await gateway(EMPLOYERS, await hub.token({ role: "dashboard" }));
      expect(codes(a)).toEqual(["FORBIDDEN"]);
      expectClean(a);
    });

    it("hides internals when a field does not exist", async () => {
      const a = await gateway("{ employers(first: 1) { nodes { secretColumn } } }", await hub.token({ role: "analyst" }));
      expect(codes(a)).toContain("GRAPHQL_VALIDATION_FAILED");
      expectClean(a);
    });

    it("hides internals when authentication fails", async () => {
      expectClean(await gateway(ANNUAL, await callerToken({ aud: "si-hub-subgraph" })));
      expectClean(await post(subgraphUrl, ANNUAL, await hub.token({ role: "analyst" })));
    });

    it("hides internals for a bad cursor and for a body that is not JSON", async () => {
      const a = await gateway('{ employers(first: 1, after: "!!not-a-cursor") { totalCount } }', await hub.token({ role: "analyst" }));
      expect(a.body.errors?.length).toBeGreaterThan(0);
      expectClean(a);
      const res = await fetch(hub.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await hub.token({ role: "analyst" })}` },
        body: "{ not json",
      });
      const text = await res.text();
      expect(res.status).toBe(400);
      expectClean({ status: res.status, body: JSON.parse(text), text });
    });
  });
});
