import { startHub, TestHub } from "../helpers/hub";
import { internalTokenKit } from "../../lib/internal-token";
import type { Bounds } from "../../lib/claims";
import { loadManifest } from "../../lib/persisted";
import { sqlStatements } from "../../subgraphs/common/data-source";
import { callerOf, GatewayCallError, GatewayUnavailableError, resolveIds } from "../../subgraphs/common/gateway-client";
import { withTransaction } from "../../subgraphs/common/tx";
import { residentIdCheckChar } from "../../subgraphs/common/validators/resident-id";
import { creditCodeCheckChar } from "../../subgraphs/common/validators/credit-code";
import { RegisterServiceKeyDocument, RevokeServiceKeyDocument, RotateServiceKeyDocument } from "../../schema/operations/__generated__/graphql";

/**
 * Cross-subgraph references (DESIGN §2): a subgraph's service key, registered in access, lets it call the
 * gateway's batch lookups on behalf of the caller it serves; enrollment applies that caller's bounds and
 * personal-data rules and audits both principals.
 */
const manifest = loadManifest();
const docId = (name: string) => manifest.byName.get(name)!.id;

/** A valid resident ID number that the demo world does not hold (born 1901). */
const unknownId = (n: number) => {
  const first17 = `110105${"1901"}0101${String(n % 1000).padStart(3, "0")}`.slice(0, 17);
  const month = String(1 + Math.floor(n / 1000) % 12).padStart(2, "0");
  const day = String(1 + Math.floor(n / 12000) % 28).padStart(2, "0");
  const s = `1101051901${month}${day}${String(n % 1000).padStart(3, "0")}`;
  return (s || first17) + residentIdCheckChar(s);
};

describe("service keys and batch lookups on behalf of a caller", () => {
  let hub: TestHub;
  let admin: string;
  let serviceKey: string;
  let people: { id: number; idNumber: string; areaCode: string }[];
  let employers: { id: number; creditCode: string }[];
  const kit = () => internalTokenKit(hub.config.internalTokenSecret);
  /** The internal token a subgraph would have received for this caller's request. */
  const internal = (role: string, scopes: string[], bounds?: Bounds, sub = `case-worker-${role}`) => kit().sign({ sub, role, scopes: new Set(scopes), bounds });
  const enrollmentDb = () => hub.subgraphs.find((s) => s.name === "enrollment")!.db;
  const send = async (headers: Record<string, string>, body: Record<string, unknown>) => {
    const res = await fetch(hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } };
  };
  const peopleCall = (idNumbers: string[]) => ({ documentId: docId("PeopleByIdNumbers"), variables: { idNumbers } });
  const client = (internalToken?: string, key = serviceKey) => ({ subgraph: "enrollment", config: { ...hub.config, gatewayUrl: hub.gatewayUrl, serviceKeys: { enrollment: key } }, internalToken });

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01, env: { SERVICE_UNATTENDED: "enrollment" } });
    admin = await hub.token({ role: "administrator" });
    const reg = await hub.query(RegisterServiceKeyDocument, { name: "enrollment" }, admin);
    serviceKey = reg.data!.registerServiceKey.serviceKey;
    people = (await enrollmentDb().query("SELECT id, idNumber, areaCode FROM person ORDER BY id LIMIT 40")).map((r: any) => ({ ...r, id: Number(r.id) }));
    employers = (await enrollmentDb().query("SELECT id, creditCode FROM employer ORDER BY id LIMIT 10")).map((r: any) => ({ ...r, id: Number(r.id) }));
  });
  afterAll(() => hub?.stop());

  it("issues a key shown once, stored hashed, with enrollment:read and no pii:read", async () => {
    expect(serviceKey).toMatch(/^svc_enrollment_[A-Za-z0-9_-]{43}$/);
    const [row] = await hub.subgraphs.find((s) => s.name === "access")!.db.query("SELECT * FROM service_key WHERE name = 'enrollment'");
    expect(JSON.stringify(row)).not.toContain(serviceKey);
    expect(JSON.parse(row.scopes)).toEqual(["enrollment:read"]);
    const pii = await hub.query(RegisterServiceKeyDocument, { name: "work-injury", scopes: ["pii:read"] }, admin);
    expect(pii.errors?.[0].extensions?.rule).toBe("scope.service");
  });

  it("authenticates a service key acting for a caller, and answers in input order with null for unknown keys", async () => {
    const obo = await internal("registrar", ["enrollment:read", "pii:read"]);
    const keys = [people[3].idNumber, unknownId(1), people[0].idNumber.toLowerCase(), people[3].idNumber];
    const res = await send({ "x-service-key": serviceKey, "x-on-behalf-of": obo }, peopleCall(keys));
    expect(res.status).toBe(200);
    expect(res.body.data.peopleByIdNumbers).toEqual([{ id: String(people[3].id) }, null, { id: String(people[0].id) }, { id: String(people[3].id) }]);
    const codes = [unknownCode(), employers[2].creditCode, employers[0].creditCode];
    const e = await send({ "x-service-key": serviceKey, "x-on-behalf-of": obo }, { documentId: docId("EmployersByCreditCodes"), variables: { creditCodes: codes } });
    expect(e.body.data.employersByCreditCodes).toEqual([null, { id: String(employers[2].id) }, { id: String(employers[0].id) }]);
  });

  it("holds a service call to the batch operations (no free-form queries)", async () => {
    const obo = await internal("registrar", ["enrollment:read", "pii:read"]);
    const res = await send({ "x-service-key": serviceKey, "x-on-behalf-of": obo }, { query: "{ people(first: 5) { nodes { name } } }" });
    expect(res.status).toBe(403);
  });

  it("applies the original caller's bounds: a bounded caller's service call sees only its bounds, like its own lookups", async () => {
    const area = people[0].areaCode.slice(0, 9);
    const obo = await internal("registrar", ["enrollment:read", "pii:read"], { area });
    const keys = people.map((p) => p.idNumber);
    const ids = await resolveIds(client(obo), { people: keys });
    const own = await hub.token({ role: "registrar", bounds: { area } });
    const visible = new Set<string>();
    for (const p of people) {
      const r = await hub.query<{ person: { id: string } | null }>("query($id: ID!) { person(id: $id) { id } }", { id: String(p.id) }, own);
      if (r.data!.person) visible.add(p.idNumber);
    }
    expect(visible.size).toBeGreaterThan(0);
    expect(visible.size).toBeLessThan(people.length);
    expect(new Set(ids.people.keys())).toEqual(visible);
    for (const p of people) if (visible.has(p.idNumber)) expect(ids.people.get(p.idNumber)).toBe(p.id);
  });

  it("refuses peopleByIdNumbers (FORBIDDEN) for a caller without pii:read, also through the service", async () => {
    const obo = await internal("analyst", ["enrollment:read"]);
    const res = await send({ "x-service-key": serviceKey, "x-on-behalf-of": obo }, peopleCall([people[0].idNumber]));
    expect(res.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(res.body.data?.peopleByIdNumbers ?? null).toBeNull();
    const analyst = await hub.token({ role: "analyst" });
    const direct = await hub.query("query($k: [String!]!) { peopleByIdNumbers(idNumbers: $k) { id } }", { k: [people[0].idNumber] }, analyst);
    expect(direct.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // The service's own scopes never add pii:read, and the caller's scopes are narrowed to the service's.
    await expect(resolveIds(client(obo), { people: [people[0].idNumber] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("writes one audit entry naming both principals: the caller as subject and the service in the operation", async () => {
    const obo = await internal("registrar", ["enrollment:read", "pii:read"], undefined, "registrar-wang");
    await resolveIds(client(obo), { people: [people[5].idNumber] });
    const [entry] = await enrollmentDb().query("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1");
    expect(entry.sub).toBe("registrar-wang");
    expect(entry.role).toBe("registrar");
    expect(entry.operation).toBe("PeopleByIdNumbers (via enrollment service)");
    expect(JSON.parse(entry.subjects)).toEqual([`Person:${people[5].id}`]);
    expect(JSON.parse(entry.fields)).toEqual(["Person.idNumber"]);
  });

  it("refuses a batch of 5,001 keys (BAD_USER_INPUT batch.size) and a malformed key by its index", async () => {
    const registrar = await hub.token({ role: "registrar" });
    const many = Array.from({ length: 5001 }, (_, i) => unknownId(i));
    const res = await hub.query("query($k: [String!]!) { peopleByIdNumbers(idNumbers: $k) { id } }", { k: many }, registrar);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "batch.size" });
    const bad = await hub.query("query($k: [String!]!) { employersByCreditCodes(creditCodes: $k) { id } }", { k: [employers[0].creditCode, "91110000600037341X"] }, registrar);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "creditCodes[1]", rule: "credit-code.checksum" });
  });

  it("answers 5,000 keys in one request, with SQL statements per batch constant in its size (one per chunk of 1,000)", async () => {
    const obo = await internal("registrar", ["enrollment:read", "pii:read"]);
    const statements = async (n: number) => {
      const keys = [people[0].idNumber, ...Array.from({ length: n - 1 }, (_, i) => unknownId(i + 7))];
      const before = sqlStatements.get("enrollment") ?? 0;
      const ids = await resolveIds(client(obo), { people: keys });
      expect(ids.people.get(people[0].idNumber)).toBe(people[0].id);
      return (sqlStatements.get("enrollment") ?? 0) - before;
    };
    const small = await statements(10);
    expect(await statements(1000)).toBe(small);
    expect(await statements(5000)).toBe(small + 4);
  });

  it("lets a service call unattended only where configured (SERVICE_UNATTENDED), with its own scopes and no pii:read", async () => {
    const ids = await resolveIds(client(undefined), { employers: [employers[1].creditCode] });
    expect(ids.employers.get(employers[1].creditCode)).toBe(employers[1].id);
    await expect(resolveIds(client(undefined), { people: [people[0].idNumber] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses an on-behalf-of token that is not a valid internal token, and a caller's own JWT as one (401)", async () => {
    const jwt = await hub.token({ role: "registrar" });
    for (const obo of [jwt, "garbage"]) {
      const res = await send({ "x-service-key": serviceKey, "x-on-behalf-of": obo }, peopleCall([people[0].idNumber]));
      expect(res.status).toBe(401);
    }
  });

  it("refuses a caller's JWT that claims an actor (401): only the gateway says a service acts for someone", async () => {
    const { SignJWT } = await import("jose");
    const token = await new SignJWT({ role: "registrar", actor: "enrollment" }).setProtectedHeader({ alg: "HS256" }).setSubject("x").setAudience("si-hub").setIssuedAt().setExpirationTime("600s")
      .sign(new TextEncoder().encode(hub.config.authJwtSecret!));
    const res = await send({ authorization: `Bearer ${token}` }, { query: "{ areas { code } }" });
    expect(res.status).toBe(401);
  });

  it("never calls the gateway inside an open transaction", async () => {
    await expect(withTransaction(enrollmentDb(), () => resolveIds(client(undefined), { employers: [employers[0].creditCode] }), { bumpsVersion: false }))
      .rejects.toThrow(/never inside one/);
  });

  it("says the hub must be running when the gateway is not reachable", async () => {
    const down = { ...client(undefined), config: { ...hub.config, serviceKeys: { enrollment: serviceKey }, gatewayUrl: "http://127.0.0.1:9/graphql" } };
    const err = await resolveIds(down, { employers: [employers[0].creditCode] }).catch((e) => e);
    expect(err).toBeInstanceOf(GatewayUnavailableError);
    expect(err.message).toMatch(/needs the hub running \(GATEWAY_URL http:\/\/127\.0\.0\.1:9\/graphql/);
  });

  it("builds the client from a request's context", () => {
    expect(callerOf({ config: hub.config, internalToken: "t" }, "enrollment")).toMatchObject({ subgraph: "enrollment", internalToken: "t" });
  });

  it("rotates (the old key stops at once) and revokes (401)", async () => {
    const rotated = await hub.query(RotateServiceKeyDocument, { name: "enrollment" }, admin);
    const fresh = rotated.data!.rotateServiceKey.serviceKey;
    const obo = await internal("registrar", ["enrollment:read", "pii:read"]);
    expect((await send({ "x-service-key": serviceKey, "x-on-behalf-of": obo }, peopleCall([people[0].idNumber]))).status).toBe(401);
    expect((await send({ "x-service-key": fresh, "x-on-behalf-of": obo }, peopleCall([people[0].idNumber]))).status).toBe(200);
    await hub.query(RevokeServiceKeyDocument, { name: "enrollment" }, admin);
    const revoked = await send({ "x-service-key": fresh, "x-on-behalf-of": obo }, peopleCall([people[0].idNumber]));
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    await expect(resolveIds(client(obo, fresh), { people: [people[0].idNumber] })).rejects.toBeInstanceOf(GatewayCallError);
  });
});

function unknownCode(): string {
  const first17 = "91430582MA4L00000";
  return first17 + creditCodeCheckChar(first17);
}

describe("the service CLI (npm run service) and the service key configuration", () => {
  it("registers a key that the configuration accepts as SERVICE_KEY_<NAME> and the gateway takes, and revokes it", async () => {
    const hub = await startHub({ env: { SERVICE_UNATTENDED: "enrollment" } });
    try {
      const { main } = await import("../../scripts/service");
      const env = {
        DATA_DIR: hub.config.dataDir, DB_PREFIX: hub.config.DB_PREFIX, INTERNAL_TOKEN_SECRET: hub.config.internalTokenSecret, AUTH_JWT_SECRET: hub.config.authJwtSecret!, LOG_LEVEL: "silent",
        ...(hub.config.DATABASE_URL ? { DATABASE_URL: hub.config.DATABASE_URL } : {}),
      };
      const lines: string[] = [];
      expect(await main(["register", "enrollment"], env, (l) => lines.push(l))).toBe(0);
      const key = lines.join("\n").match(/svc_enrollment_\S+/)![0];
      const { loadConfig } = await import("../../lib/config");
      const config = loadConfig({ ...env, SERVICE_KEY_ENROLLMENT: key, GATEWAY_URL: hub.gatewayUrl });
      expect(config.serviceKeys.enrollment).toBe(key);
      expect(config.gatewayUrl).toBe(hub.gatewayUrl);
      const ids = await resolveIds({ subgraph: "enrollment", config }, { employers: [unknownCode()] });
      expect(ids.employers.size).toBe(0);
      expect(await main(["revoke", "enrollment"], env, () => {})).toBe(0);
      await expect(resolveIds({ subgraph: "enrollment", config }, { employers: [unknownCode()] })).rejects.toThrow(/unknown or revoked/);
      expect(await main(["register", "Not A Name"], env, (l) => lines.push(l))).toBe(1);
    } finally {
      await hub.stop();
    }
  });

  it.each([
    ["a key of another service", { SERVICE_KEY_ENROLLMENT: `svc_access_${"a".repeat(43)}` }, /SERVICE_KEY_ENROLLMENT: not a service key of enrollment/],
    ["a key for no registered subgraph", { SERVICE_KEY_NOPE: `svc_nope_${"a".repeat(43)}` }, /SERVICE_KEY_NOPE: no subgraph nope/],
    ["a GATEWAY_URL that is no URL", { GATEWAY_URL: "gateway" }, /GATEWAY_URL/],
    ["SERVICE_UNATTENDED that is not a list of names", { SERVICE_UNATTENDED: "Work Injury" }, /SERVICE_UNATTENDED/],
  ])("refuses to start with %s", async (_what, env, message) => {
    const { loadConfig } = await import("../../lib/config");
    expect(() => loadConfig({ INTERNAL_TOKEN_SECRET: "x".repeat(32), AUTH_JWT_SECRET: "y".repeat(32), ...env })).toThrow(message);
  });
});

describe("the service limit profile", () => {
  it("fits the batch operations at 5,000 keys as variables, counting each key as a list item", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const { buildSchema, parse } = await import("graphql");
    const { LIMITS, countTokens, measureOperation, callerKind } = await import("../../gateway/limits");
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, "..", "..", "schema", "api.graphql"), "utf8"));
    expect(callerKind({ role: "registrar", actor: "work-injury" })).toBe("service");
    for (const [name, arg] of [["PeopleByIdNumbers", "idNumbers"], ["EmployersByCreditCodes", "creditCodes"]] as const) {
      const doc = manifest.byName.get(name)!;
      const at = (n: number) => measureOperation(schema, parse(doc.body), { variables: { [arg]: Array.from({ length: n }, (_, i) => String(i)) } });
      const full = at(5000);
      expect(full.cost).toBe(10_000);
      expect(at(10).cost).toBe(20);
      expect(full.cost).toBeLessThanOrEqual(LIMITS.service.maxCost);
      expect(full.depth).toBeLessThanOrEqual(LIMITS.service.maxDepth);
      expect(countTokens(doc.body)).toBeLessThanOrEqual(LIMITS.service.maxTokens);
    }
    // Every operation a service may send fits the profile (the gateway holds services to service.graphql).
    const { SERVICE_OPERATIONS } = await import("../../gateway/service-auth");
    for (const name of SERVICE_OPERATIONS) {
      const doc = manifest.byName.get(name)!;
      const m = measureOperation(schema, parse(doc.body), { variables: {} });
      expect({ name, within: m.depth <= LIMITS.service.maxDepth && countTokens(doc.body) <= LIMITS.service.maxTokens }).toEqual({ name, within: true });
    }
    // A written list counts its items too (a staff caller sending literals).
    const literal = measureOperation(schema, parse(`{ employersByCreditCodes(creditCodes: ["a", "b", "c"]) { id name } }`));
    expect(literal.cost).toBe(9);
  });
});
