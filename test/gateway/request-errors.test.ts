import fs from "node:fs";
import path from "node:path";
import { startHub, TestHub } from "../helpers/hub";

/**
 * Errors and surface (issue 7, item 7), in production mode: request errors are the caller's (HTTP 400
 * with a public code), bad scalar literals are BAD_USER_INPUT naming the field and the rule and no
 * subgraph failure, hints only for analysts, the GraphiQL page compressed once and cached by ETag,
 * the data files readable by the hub's user only.
 */
describe("request errors and surface", () => {
  let hub: TestHub;
  let analyst: string;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01, env: { HUB_ENV: "production" } });
    analyst = await hub.token({ role: "analyst" });
  });
  afterAll(() => hub?.stop());

  const post = async (body: Record<string, unknown>, token = analyst) => {
    const res = await fetch(hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  };
  const subgraphFailures = async () => {
    const text = await (await fetch(hub.gatewayUrl.replace(/\/graphql$/, "/metrics"))).text();
    return [...text.matchAll(/^sihub_gateway_subgraph_errors_total\{[^}]*\} (\d+)/gm)].reduce((a, m) => a + Number(m[1]), 0);
  };

  it.each([
    ["an unknown operationName", { query: "query A { annualReport(year: 2024) { year } }", operationName: "B" }, "operation.unknown-name"],
    ["an unnamed choice among several operations", { query: "query A { annualReport(year: 2024) { year } } query B { annualReport(year: 2023) { year } }" }, "operation.name-required"],
    ["a subscription", { query: "subscription { annualReport(year: 2024) { year } }" }, "operation.subscription"],
  ])("answers %s with HTTP 400 and a rule, not 500", async (_what, body, rule) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions).toMatchObject({ code: "BAD_REQUEST", rule });
    expect(res.body.errors![0].message).not.toMatch(/Internal error/);
  });

  it.each([
    ["a Date", '{ contributionRates(asOf: "2024-02-30") { validFrom } }', "asOf", "date.format"],
    ["a YearMonth", '{ zombieEmployers(asOf: "2024-13") { activeEnrollments } }', "asOf", "year-month.format"],
    ["a Money in an input object", 'mutation { enroll(input: { personId: "1", employerId: "1", insurance: WORK_INJURY, startDate: "2024-01-01", wageBase: "1.234" }) { id } }', "input.wageBase", "money.format"],
  ])("refuses a bad %s literal as BAD_USER_INPUT with the field and the rule, counting no subgraph failure", async (_what, query, field, rule) => {
    const before = await subgraphFailures();
    const res = await post({ query }, await hub.token({ role: "registrar", scope: "enrollment:read enrollment:write" }));
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
    expect(await subgraphFailures()).toBe(before);
  });

  it("gives 'Did you mean' hints to analysts only: not to dashboards or department staff", async () => {
    const typo = { query: "{ annualReprt(year: 2024) { year } }" };
    expect((await post(typo)).body.errors![0].message).toMatch(/Did you mean/);
    for (const role of ["dashboard", "registrar"]) {
      const res = await post(typo, await hub.token({ role }));
      expect(res.status).toBe(400);
      expect(res.body.errors![0].message).not.toMatch(/Did you mean|annualReport/);
    }
  });

  it("serves the GraphiQL page gzipped with an ETag, and 304 when the browser's copy is current", async () => {
    const page = hub.gatewayUrl.replace(/\/graphql$/, "/graphiql");
    const first = await fetch(page, { headers: { "accept-encoding": "gzip" } });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect((await first.text()).length).toBeGreaterThan(1000);
    const again = await fetch(page, { headers: { "accept-encoding": "gzip", "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("keeps the data folder 0700 and the SQLite files 0600", () => {
    if (hub.config.DATABASE_URL) return; // MySQL: the files are the server's
    const mode = (p: string) => fs.statSync(p).mode & 0o777;
    expect(mode(hub.config.dataDir)).toBe(0o700);
    const files = fs.readdirSync(hub.config.dataDir).filter((f) => /\.sqlite(-wal|-shm)?$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect({ f, mode: mode(path.join(hub.config.dataDir, f)).toString(8) }).toEqual({ f, mode: "600" });
  });
});
