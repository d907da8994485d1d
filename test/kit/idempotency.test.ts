import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { GraphQLNonNull, GraphQLSchema, getNamedType } from "graphql";
import { loadConfig } from "../../lib/config";
import { createLogger } from "../../lib/logger";
import { openDataSource } from "../../subgraphs/common/data-source";
import { claimKey, completeKey, KEEP_MS } from "../../subgraphs/common/idempotency/idempotency.service";
import { buildFederatedSchema } from "../../subgraphs/common/schema";
import { allSubgraphModules, loadSubgraphModule } from "../../subgraphs/modules";
import { residentIdCheckChar } from "../../subgraphs/common/validators/resident-id";
import { startHub, TestHub } from "../helpers/hub";

const idNumber = (first17: string) => first17 + residentIdCheckChar(first17);

const REGISTER_PERSON = `mutation ($input: RegisterPersonInput!, $key: String) {
  registerPerson(input: $input, idempotencyKey: $key) { id idNumber name gender birthDate areaCode phone }
}`;
const REGISTER_PARTNER = `mutation ($input: RegisterPartnerInput!, $key: String) {
  registerPartner(input: $input, idempotencyKey: $key) { apiKey client { clientId keyPrefix status } }
}`;

describe("every mutation takes an idempotency key: a retry answers what the first call did and writes nothing again", () => {
  let hub: TestHub;
  let registrar: string;
  let township: string;
  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    registrar = await hub.token({ role: "registrar", sub: "registrar-1" });
    const areas = await hub.query<{ areas: { code: string }[] }>('{ areas(parentCode: "430582") { code } }', {}, await hub.token({ role: "analyst" }));
    township = areas.data!.areas[0].code;
  });
  afterAll(() => hub?.stop());

  const person = (seq: string, name = "幂等测试") => ({ idNumber: idNumber(`43058219900101${seq}`), name, areaCode: township, phone: "13800001234" });
  const countPeople = async (id: string) => {
    const r = await hub.query<{ personByIdNumber: { id: string } | null }>("query ($id: String!) { personByIdNumber(idNumber: $id) { id } }", { id }, registrar);
    return r.data!.personByIdNumber ? 1 : 0;
  };

  it("registerPerson sent twice with one key registers one person and answers the same both times", async () => {
    const input = person("101");
    const key = crypto.randomUUID();
    const first = await hub.query(REGISTER_PERSON, { input, key }, registrar);
    const retry = await hub.query(REGISTER_PERSON, { input, key }, registrar);
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data).toEqual(first.data);
    expect(await countPeople(input.idNumber)).toBe(1);
    // A retry may select other fields: they resolve from the first call's person.
    const other = await hub.query(`mutation ($input: RegisterPersonInput!, $key: String) { registerPerson(input: $input, idempotencyKey: $key) { id area { code } } }`, { input, key }, registrar);
    expect(other.data.registerPerson).toEqual({ id: first.data.registerPerson.id, area: { code: township } });
  });

  it("the same key with other arguments is refused with CONFLICT, rule idempotency.key-reused, and writes nothing", async () => {
    const key = crypto.randomUUID();
    await hub.query(REGISTER_PERSON, { input: person("202") }, registrar).then((r) => expect(r.errors).toBeUndefined());
    const first = await hub.query(REGISTER_PERSON, { input: person("303"), key }, registrar);
    expect(first.errors).toBeUndefined();
    const other = person("404");
    const reused = await hub.query(REGISTER_PERSON, { input: other, key }, registrar);
    expect(reused.errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "idempotency.key-reused", field: "idempotencyKey" });
    expect(await countPeople(other.idNumber)).toBe(0);
  });

  it("without a key, a second registration is refused with CONFLICT as ever", async () => {
    const input = person("505");
    expect((await hub.query(REGISTER_PERSON, { input }, registrar)).errors).toBeUndefined();
    const again = await hub.query(REGISTER_PERSON, { input }, registrar);
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT" });
    expect(again.errors![0].extensions!.rule).not.toMatch(/^idempotency\./);
  });

  it("a failed call stores no answer: the same key may be retried once the input is fixed", async () => {
    const key = crypto.randomUUID();
    const bad = await hub.query(REGISTER_PERSON, { input: { ...person("606"), idNumber: "430582199002310512" }, key }, registrar);
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    const fixed = await hub.query(REGISTER_PERSON, { input: person("606"), key }, registrar);
    expect(fixed.errors).toBeUndefined();
  });

  it("concurrent duplicates with one key: only one runs, every one answers the same person", async () => {
    const input = person("707");
    const key = crypto.randomUUID();
    const answers = await Promise.all([1, 2, 3, 4].map(() => hub.query(REGISTER_PERSON, { input, key }, registrar)));
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(new Set(answers.map((a) => a.data.registerPerson.id)).size).toBe(1);
    expect(await countPeople(input.idNumber)).toBe(1);
  });

  it("the key is scoped by the caller: another caller's call with the same key is its own call", async () => {
    const input = person("808");
    const key = crypto.randomUUID();
    expect((await hub.query(REGISTER_PERSON, { input, key }, registrar)).errors).toBeUndefined();
    const colleague = await hub.token({ role: "registrar", sub: "registrar-2" });
    const theirs = await hub.query(REGISTER_PERSON, { input, key }, colleague);
    expect(theirs.errors![0].extensions).toMatchObject({ code: "CONFLICT" });
    expect(theirs.errors![0].extensions!.rule).not.toMatch(/^idempotency\./);
  });

  it("a caller without the mutation's scope is refused before its key is looked at", async () => {
    const key = crypto.randomUUID();
    const input = person("909");
    const analyst = await hub.token({ role: "analyst", sub: "registrar-1" });
    const refused = await hub.query(REGISTER_PERSON, { input, key }, analyst);
    expect(refused.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    const rows = await hub.subgraphs.find((s) => s.name === "enrollment")!.db.query("SELECT COUNT(*) AS n FROM idempotency_key WHERE status = 'PENDING'");
    expect(Number(rows[0].n)).toBe(0);
  });

  it("an empty key is bad input naming the argument", async () => {
    const r = await hub.query(REGISTER_PERSON, { input: person("111"), key: "" }, registrar);
    expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "idempotencyKey", rule: "idempotency.key-format" });
  });

  it("access's admin mutations too: registerPartner retried with its key issues one client and the same API key", async () => {
    const admin = await hub.token({ role: "administrator" });
    const input = { clientId: "tax-bureau-idem", name: "邵东市税务局", role: "tax-bureau", agency: "国家税务总局邵东市税务局", purpose: "社保费征收核对", operations: ["TaxEmployersInArea"], boundArea: township };
    const key = crypto.randomUUID();
    const first = await hub.query(REGISTER_PARTNER, { input, key }, admin);
    const retry = await hub.query(REGISTER_PARTNER, { input, key }, admin);
    expect(first.errors).toBeUndefined();
    expect(retry.data).toEqual(first.data);
    const list = await hub.query<{ partnerClients: { clientId: string }[] }>("{ partnerClients { clientId } }", {}, admin);
    expect(list.data!.partnerClients.filter((c) => c.clientId === "tax-bureau-idem")).toHaveLength(1);
    // The stored answer holds the new API key, which the database otherwise keeps only hashed: it is encrypted.
    const rows = await hub.subgraphs.find((s) => s.name === "access")!.db.query("SELECT response FROM idempotency_key WHERE mutation = 'registerPartner'");
    expect(rows).toHaveLength(1);
    expect(rows[0].response).not.toContain(first.data.registerPartner.apiKey);
    expect(rows[0].response).not.toContain("tax-bureau-idem");
  });
});

describe("idempotency keys are kept 24 hours", () => {
  it("an entry older than 24 hours no longer answers: the key runs afresh, and old entries are purged", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-idem-"));
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: "silent", AUTH_JWT_SECRET: "x".repeat(32), INTERNAL_TOKEN_SECRET: "y".repeat(32), DB_PREFIX: `t${crypto.randomBytes(4).toString("hex")}_`, ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) });
    const db = await openDataSource(loadSubgraphModule("access"), config, createLogger(config, "test"));
    try {
      const t0 = Date.parse("2026-01-01T00:00:00Z");
      const call = { id: "a".repeat(64), mutation: "m", requestHash: "h".repeat(64) };
      const stale = { id: "b".repeat(64), mutation: "m", requestHash: "h".repeat(64) };
      expect(await claimKey(db, stale, t0 - 1)).toEqual({ kind: "first" });
      expect(await claimKey(db, call, t0)).toEqual({ kind: "first" });
      await completeKey(db, call.id, "sealed");
      expect(await claimKey(db, call, t0 + KEEP_MS - 1)).toEqual({ kind: "done", response: "sealed" });
      expect(await claimKey(db, { ...call, requestHash: "z".repeat(64) }, t0 + 1)).toEqual({ kind: "other-request" });
      // Past 24 hours the key runs afresh: taken over at once, before any purge reaches it.
      expect(await claimKey(db, call, t0 + KEEP_MS + 1)).toEqual({ kind: "first" });
      const ids = async () => (await db.query("SELECT id FROM idempotency_key ORDER BY id")).map((r: { id: string }) => r.id);
      expect(await ids()).toEqual([call.id, stale.id]);
      // The purge (at most once a minute) removes what is older than 24 hours, and only that.
      const later = { ...call, id: "c".repeat(64) };
      expect(await claimKey(db, later, t0 + KEEP_MS + 120_000)).toEqual({ kind: "first" });
      expect(await ids()).toEqual([call.id, later.id]);
    } finally {
      await db.destroy();
      if (config.DATABASE_URL) await (await import("../helpers/hub")).dropDatabases(config.DATABASE_URL, config.DB_PREFIX);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("replicas claiming one key at once", () => {
  it("of concurrent claims from two replicas of a subgraph, exactly one runs; none fails", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-idem-"));
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: "silent", AUTH_JWT_SECRET: "x".repeat(32), INTERNAL_TOKEN_SECRET: "y".repeat(32), DB_PREFIX: `t${crypto.randomBytes(4).toString("hex")}_`, ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) });
    const module = loadSubgraphModule("access");
    const log = createLogger(config, "test");
    const replicas = [await openDataSource(module, config, log), await openDataSource(module, config, log)];
    try {
      for (let round = 0; round < 5; round++) {
        const call = { id: crypto.randomBytes(32).toString("hex"), mutation: "m", requestHash: "h".repeat(64) };
        const claims = await Promise.all([0, 1, 0, 1, 0, 1].map((r) => claimKey(replicas[r], call)));
        expect(claims.filter((c) => c.kind === "first")).toHaveLength(1);
        expect(claims.filter((c) => c.kind === "running")).toHaveLength(5);
      }
    } finally {
      for (const db of replicas) await db.destroy();
      if (config.DATABASE_URL) await (await import("../helpers/hub")).dropDatabases(config.DATABASE_URL, config.DB_PREFIX);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the kit adds the key to every mutation of every subgraph", () => {
  it("every Mutation field has an optional idempotencyKey: String described with 幂等键", async () => {
    let mutations = 0;
    for (const m of allSubgraphModules()) {
      const schema: GraphQLSchema = await buildFederatedSchema(m);
      for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
        mutations++;
        const arg = field.args.find((a) => a.name === "idempotencyKey");
        expect(arg && !(arg.type instanceof GraphQLNonNull) && getNamedType(arg.type).name === "String").toBe(true);
        expect(arg!.description).toContain("幂等键");
      }
    }
    expect(mutations).toBeGreaterThanOrEqual(9);
  });
});
