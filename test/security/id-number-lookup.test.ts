import { SignJWT } from "jose";
import { startHub, TestHub } from "../helpers/hub";
import { createSubgraph, RunningSubgraph } from "../../subgraphs/common/server";
import { loadSubgraphModule } from "../../subgraphs/modules";
import { createLogger } from "../../lib/logger";
import { internalTokenKit } from "../../lib/internal-token";
import { residentIdCheckChar } from "../../subgraphs/common/validators/resident-id";

/**
 * DESIGN §4, "Masking must not be undone by combination" (issue 7, item 1): without pii:read the parts
 * of an ID number (birth date, gender) are not shown, and a guessed number cannot be confirmed by a
 * lookup by ID number, which needs pii:read, is audited (misses too) and is limited per caller
 * (a low limit here: 5 a minute), the count shared through access by every enrollment replica.
 */
const LIMIT = 5;
const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);

const BY_ID = "query Who($id: ID!) { person(id: $id) { id idNumber birthYear birthDate gender } }";

/** Waits out the end of a minute, so that a few lookups of one test fall into one counter window. */
async function sameMinute(): Promise<void> {
  const s = new Date().getSeconds();
  if (s > 45) await new Promise((r) => setTimeout(r, (61 - s) * 1000));
}

describe("personal data that undoes the ID number's mask by combination", () => {
  let hub: TestHub;
  let people: { id: string; idNumber: string; birthDate: string; gender: string }[];
  let candidates: string[];

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01, env: { HUB_ENV: "production", ID_LOOKUP_LIMIT_PER_MINUTE: String(LIMIT) } });
    const page = await hub.query<{ people: { nodes: typeof people } }>(
      "{ people(first: 10) { nodes { id idNumber birthDate gender } } }", {}, await hub.token({ role: "registrar", sub: "setup" }));
    people = page.data!.people.nodes;
    // 10 real numbers and 10 valid numbers nobody has (same birth dates, other sequence numbers).
    candidates = [...people.map((p) => p.idNumber), ...people.map((p, i) => withCheck(`${p.idNumber.slice(0, 14)}${String(900 + i)}`))];
  }, 120_000);
  afterAll(() => hub?.stop());

  const auditRows = async () => {
    const db = hub.subgraphs.find((s) => s.name === "enrollment")!.db;
    const rows = await db.query("SELECT seq, sub, operation, subjects, fields FROM audit_log ORDER BY seq");
    return (rows as { seq: number; sub: string; operation: string | null; subjects: string; fields: string }[])
      .map((r) => ({ ...r, subjects: (typeof r.subjects === "string" ? JSON.parse(r.subjects) : r.subjects) as string[], fields: (typeof r.fields === "string" ? JSON.parse(r.fields) : r.fields) as string[] }));
  };

  it("shows birthYear to everyone, and birthDate and gender only with pii:read (audited), null without", async () => {
    const p = people[0];
    const analyst = await hub.query<{ person: Record<string, unknown> }>(BY_ID, { id: p.id }, await hub.token({ role: "analyst" }));
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.person).toEqual({ id: p.id, idNumber: `${p.idNumber[0]}${"*".repeat(16)}${p.idNumber[17]}`, birthYear: Number(p.birthDate.slice(0, 4)), birthDate: null, gender: null });

    const registrar = await hub.query<{ person: Record<string, unknown> }>(BY_ID, { id: p.id }, await hub.token({ role: "registrar", sub: "clerk-birth" }));
    expect(registrar.data!.person).toEqual({ id: p.id, idNumber: p.idNumber, birthYear: Number(p.birthDate.slice(0, 4)), birthDate: p.birthDate, gender: p.gender });
    const entry = (await auditRows()).filter((r) => r.sub === "clerk-birth").at(-1)!;
    expect(entry.subjects).toEqual([`Person:${p.id}`]);
    expect([...entry.fields].sort()).toEqual(["Person.birthDate", "Person.gender", "Person.idNumber"]);
  });

  it("refuses every alias of an analyst's aliased lookups of candidate numbers (FORBIDDEN), so nothing confirms", async () => {
    const query = `query Guess { ${candidates.map((n, i) => `c${i}: personByIdNumber(idNumber: "${n}") { id }`).join(" ")} }`;
    const res = await hub.query<Record<string, unknown>>(query, {}, await hub.token({ role: "analyst", sub: "analyst-guess" }));
    expect(Object.values(res.data ?? {}).every((v) => v === null)).toBe(true);
    expect(res.errors).toHaveLength(candidates.length);
    expect(res.errors!.every((e) => e.extensions?.code === "FORBIDDEN")).toBe(true);
    // A real number and an unknown one get the same answer.
    expect(new Set(res.errors!.map((e) => e.message)).size).toBe(1);
    expect(res.errors!.map((e) => e.path![0]).sort()).toEqual(candidates.map((_, i) => `c${i}`).sort());
  });

  it("audits a registrar's lookups by ID number, misses too, never writing a number in clear", async () => {
    await sameMinute();
    const token = await hub.token({ role: "registrar", sub: "clerk-audit" });
    const hit = await hub.query<{ personByIdNumber: { id: string } | null }>("query Hit($n: String!) { personByIdNumber(idNumber: $n) { id } }", { n: candidates[0] }, token);
    expect(hit.data!.personByIdNumber!.id).toBe(people[0].id);
    const miss = await hub.query<{ personByIdNumber: { id: string } | null }>("query Miss($n: String!) { personByIdNumber(idNumber: $n) { id } }", { n: candidates[10] }, token);
    expect(miss.errors).toBeUndefined();
    expect(miss.data!.personByIdNumber).toBeNull();
    const again = await hub.query("query Miss($n: String!) { personByIdNumber(idNumber: $n) { id } }", { n: candidates[10] }, token);
    expect(again.errors).toBeUndefined();

    const rows = (await auditRows()).filter((r) => r.sub === "clerk-audit");
    expect(rows.map((r) => r.operation)).toEqual(["Hit", "Miss", "Miss"]);
    expect(rows[0]).toMatchObject({ subjects: [`Person:${people[0].id}`], fields: ["Query.personByIdNumber"] });
    expect(rows[1].fields).toEqual(["Query.personByIdNumber"]);
    expect(rows[1].subjects).toEqual([expect.stringMatching(/^Person:\?[0-9a-f]{24}$/)]);
    // The same number gives the same keyed hash (an auditor can tell it was looked up twice).
    expect(rows[2].subjects).toEqual(rows[1].subjects);
    const all = JSON.stringify(await auditRows());
    for (const n of candidates) expect(all).not.toContain(n);
  });

  it("refuses the lookups past the limit with RATE_LIMITED, HTTP 429 and Retry-After when the whole answer is refused", async () => {
    await sameMinute();
    const token = await hub.token({ role: "registrar", sub: "clerk-limit" });
    // One request of LIMIT + 2 aliases: the first LIMIT are answered, the rest refused (a partial answer: 200).
    const query = `query Many { ${candidates.slice(0, LIMIT + 2).map((n, i) => `c${i}: personByIdNumber(idNumber: "${n}") { id }`).join(" ")} }`;
    const many = await hub.query<Record<string, { id: string } | null>>(query, {}, token);
    expect(many.status).toBe(200);
    expect(many.errors).toHaveLength(2);
    expect(many.errors!.every((e) => e.extensions?.code === "RATE_LIMITED")).toBe(true);
    expect(Object.values(many.data!).filter((v) => v !== null)).toHaveLength(LIMIT);

    const res = await fetch(hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "query One($n: String!) { personByIdNumber(idNumber: $n) { id } }", variables: { n: candidates[1] } }),
    });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await res.json()) as { data: { personByIdNumber: null }; errors: { extensions: { code: string } }[] };
    expect(body.data.personByIdNumber).toBeNull();
    expect(body.errors.map((e) => e.extensions.code)).toEqual(["RATE_LIMITED"]);

    // Another caller has its own allowance.
    const other = await hub.query("query One($n: String!) { personByIdNumber(idNumber: $n) { id } }", { n: candidates[1] }, await hub.token({ role: "registrar", sub: "clerk-other" }));
    expect(other.errors).toBeUndefined();
  });

  it("counts and audits a registration refused because the number is registered (a conflict confirms it)", async () => {
    await sameMinute();
    const token = await hub.token({ role: "registrar", sub: "clerk-conflict" });
    const area = (await hub.query<{ person: { areaCode: string } }>("query($id: ID!) { person(id: $id) { areaCode } }", { id: people[0].id }, token)).data!.person.areaCode;
    const reg = (n: string) => hub.query("mutation Reg($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }", { input: { idNumber: n, name: "王五", areaCode: area } }, token);
    for (let i = 0; i < LIMIT; i++) expect((await reg(people[0].idNumber)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await reg(people[0].idNumber)).errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    const rows = (await auditRows()).filter((r) => r.sub === "clerk-conflict" && r.operation === "Reg");
    expect(rows).toHaveLength(LIMIT);
    expect(rows[0]).toMatchObject({ subjects: [`Person:${people[0].id}`], fields: ["Mutation.registerPerson"] });
  });

  describe("with a second enrollment replica", () => {
    let replica: RunningSubgraph;
    beforeAll(async () => {
      const access = hub.subgraphs.find((s) => s.name === "access")!;
      const enrollment = hub.subgraphs.find((s) => s.name === "enrollment")!;
      replica = await createSubgraph(loadSubgraphModule("enrollment"), hub.config, {
        port: 0, db: enrollment.db, log: createLogger(hub.config, "replica"), peerUrls: { access: access.url },
      });
    });
    afterAll(() => replica?.stop());

    /** Asks the replica directly, as the gateway would, with an internal token of a registrar. */
    const viaReplica = async (sub: string, n: string) => {
      const token = await internalTokenKit(hub.config.internalTokenSecret).sign({ sub, role: "registrar", scopes: new Set(["enrollment:read", "enrollment:write", "pii:read"]) });
      const res = await fetch(replica.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: "query One($n: String!) { personByIdNumber(idNumber: $n) { id } }", variables: { n } }),
      });
      return (await res.json()) as { data?: { personByIdNumber: { id: string } | null }; errors?: { extensions?: { code?: string } }[] };
    };

    it("counts the lookups of one caller on every replica against one limit (counters in access)", async () => {
      await sameMinute();
      const token = await hub.token({ role: "registrar", sub: "clerk-shared" });
      for (const n of candidates.slice(0, 3)) {
        const r = await hub.query("query One($n: String!) { personByIdNumber(idNumber: $n) { id } }", { n }, token);
        expect(r.errors).toBeUndefined();
      }
      const fourth = await viaReplica("clerk-shared", candidates[3]);
      const fifth = await viaReplica("clerk-shared", candidates[4]);
      expect(fourth.errors).toBeUndefined();
      expect(fifth.errors).toBeUndefined();
      expect(fifth.data!.personByIdNumber!.id).toBe(people[4].id);
      const sixth = await viaReplica("clerk-shared", candidates[5]);
      expect(sixth.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      const seventh = await hub.query("query One($n: String!) { personByIdNumber(idNumber: $n) { id } }", { n: candidates[6] }, token);
      expect(seventh.status).toBe(429);
    });

    it("refuses counting to anyone but a subgraph's own service token", async () => {
      const access = hub.subgraphs.find((s) => s.name === "access")!;
      const url = access.url.replace(/\/graphql$/, "/internal/rate");
      const post = (token?: string) => fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ subject: "clerk-shared", bucket: "id-number-lookup", count: 1 }),
      });
      expect((await post()).status).toBe(401);
      const registrar = await internalTokenKit(hub.config.internalTokenSecret).sign({ sub: "x", role: "registrar", scopes: new Set(["rate:count"]) });
      expect((await post(registrar)).status).toBe(401);
      const caller = await new SignJWT({ role: "service", scope: "rate:count" }).setProtectedHeader({ alg: "HS256" }).setSubject("x").setAudience("si-hub").setIssuedAt().setExpirationTime("60s")
        .sign(new TextEncoder().encode(hub.config.authJwtSecret!));
      expect((await post(caller)).status).toBe(401);
    });
  });
});
