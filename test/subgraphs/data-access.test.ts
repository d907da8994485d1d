import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createConnection } from "mysql2/promise";
import { SCOPES } from "../../lib/claims";
import { internalTokenKit } from "../../lib/internal-token";
import { createLogger } from "../../lib/logger";
import { entityBounds } from "../../subgraphs/common/bounds";
import { dialectOf, openDataSource, sqlStatements } from "../../subgraphs/common/data-source";
import { isUnavailable, UniqueViolation } from "../../subgraphs/common/db-errors";
import { rowMapper, toBoolean } from "../../subgraphs/common/rows";
import { withTransaction } from "../../subgraphs/common/tx";
import { AccidentReport } from "../../subgraphs/work-injury/accident-report/accident-report.entity";
import { Finding } from "../../subgraphs/medical/finding/finding.entity";
import { residentIdCheckChar } from "../../subgraphs/common/validators/resident-id";
import { enrollmentBounds } from "../../subgraphs/enrollment/bounds";
import { enrollmentRepository } from "../../subgraphs/enrollment/enrollment/enrollment.repository";
import { Person } from "../../subgraphs/enrollment/person/person.entity";
import { loadSubgraphModule } from "../../subgraphs/modules";
import { RegisterPersonDocument } from "../../schema/operations/__generated__/graphql";
import { startHub, TestHub } from "../helpers/hub";

const idNumber = (first17: string) => first17 + residentIdCheckChar(first17);
const onMysql = Boolean(process.env.DATABASE_URL);

/**
 * The kit's data-access guarantees (DESIGN §7), on whichever database the suite runs on: run it on
 * SQLite and with DATABASE_URL on MariaDB.
 */
describe("data access: ids, unique violations, database values, upserts, pages", () => {
  let hub: TestHub;
  let registrar: string;
  let analyst: string;
  let townships: string[];

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    registrar = await hub.token({ role: "registrar" });
    analyst = await hub.token({ role: "analyst" });
    const areas = await hub.query<{ areas: { code: string }[] }>('{ areas(parentCode: "430582") { code } }', {}, analyst);
    townships = areas.data!.areas.map((a) => a.code);
  }, 300_000);
  afterAll(() => hub?.stop());

  const enrollmentDb = () => hub.subgraphs.find((s) => s.name === "enrollment")!.db;
  const statements = async (query: string) => {
    const before = sqlStatements.get("enrollment") ?? 0;
    const res = await hub.query(query, {}, analyst);
    expect(res.errors).toBeUndefined();
    return (sqlStatements.get("enrollment") ?? 0) - before;
  };

  it("counts a page's total only when totalCount is selected (one statement without it, two with it)", async () => {
    expect(await statements("{ employers(first: 20) { nodes { id } pageInfo { hasNextPage } } }")).toBe(1);
    expect(await statements("{ employers(first: 20) { totalCount nodes { id } } }")).toBe(2);
    expect(await statements("{ people(first: 20) { nodes { id } } }")).toBe(1);
  });

  it("refuses a malformed id with BAD_USER_INPUT, rule id.format, naming the field", async () => {
    for (const q of ['{ person(id: "abc") { id } }', '{ employer(id: "1e3") { id } }', '{ enrollment(id: "-1") { id } }', '{ enrollments(filter: { personId: "NaN" }) { totalCount } }']) {
      const res = await hub.query(q, {}, analyst);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "id.format" });
      expect(res.errors![0].extensions!.field).toMatch(/^(id|filter\.personId)$/);
    }
  });

  it("answers a malformed id in _entities for that representation only, never failing the whole batch", async () => {
    const kit = internalTokenKit(hub.config.internalTokenSecret);
    const token = await kit.sign({ sub: "probe", role: "analyst", scopes: new Set(SCOPES) });
    const res = await fetch(hub.subgraphs.find((s) => s.name === "enrollment")!.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ _entities(representations: [{ __typename: "Person", id: "x" }, { __typename: "Person", id: "1" }, { __typename: "Employer", id: "NaN" }, { __typename: "Employer", id: "1" }]) { ... on Person { id } ... on Employer { id } } }' }),
    });
    const body = (await res.json()) as { data: { _entities: ({ id: string } | null)[] }; errors: { path: unknown[]; extensions: Record<string, unknown> }[] };
    expect(body.data._entities).toEqual([null, { id: "1" }, null, { id: "1" }]);
    expect(body.errors.map((e) => [e.path, e.extensions.code, e.extensions.rule])).toEqual([
      [["_entities", 0], "BAD_USER_INPUT", "id.format"],
      [["_entities", 2], "BAD_USER_INPUT", "id.format"],
    ]);
  });

  it("when two registrations of one ID number race, one is written and the other gets CONFLICT naming the field (no INTERNAL)", async () => {
    const id = idNumber("43058219850505031");
    const input = { idNumber: id, name: "并发", areaCode: townships[0] };
    const answers = await Promise.all([1, 2, 3].map(() => hub.query(RegisterPersonDocument, { input }, registrar)));
    const ok = answers.filter((a) => !a.errors);
    expect(ok).toHaveLength(1);
    for (const a of answers.filter((x) => x.errors)) {
      expect(a.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.idNumber", rule: "person.duplicate", existingId: ok[0].data!.registerPerson.id });
    }
  });

  it("a conflict with a record outside the caller's bounds says only that the value is registered", async () => {
    const id = idNumber("43058219860606041");
    const first = await hub.query(RegisterPersonDocument, { input: { idNumber: id, name: "甲", areaCode: townships[0] } }, registrar);
    expect(first.errors).toBeUndefined();
    const elsewhere = await hub.token({ role: "registrar", bounds: { area: townships[1] } });
    const again = await hub.query(RegisterPersonDocument, { input: { idNumber: id, name: "乙", areaCode: townships[1] } }, elsewhere);
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.idNumber", rule: "person.duplicate" });
    expect(again.errors![0].extensions).not.toHaveProperty("existingId");
    expect(again.errors![0].message).toBe("This value is already registered.");
    expect(again.errors![0].message).not.toContain(first.data!.registerPerson.id);
  });

  it("converts BIGINT columns to numbers once, in the repository (mysql2 returns them as strings)", async () => {
    const db = enrollmentDb();
    const [raw] = await db.query("SELECT id, wageBase FROM enrollment ORDER BY id LIMIT 1");
    // The driver difference the repository exists for: on MariaDB the raw value is "500000".
    expect(typeof raw.wageBase).toBe(dialectOf(db) === "mysql" ? "string" : "number");
    const repo = enrollmentRepository(db, entityBounds(enrollmentBounds, { sub: "t", scopes: new Set() }));
    const [row] = await repo.byIds([Number(raw.id)]);
    expect(typeof row.wageBase).toBe("number");
    expect(typeof row.id).toBe("number");
    expect(row.wageBase + 100).toBe(Number(raw.wageBase) + 100);
    expect(row.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("converts boolean and simple-json columns once, in the kit's row mapper (0/1 and JSON text in raw rows)", async () => {
    const injury = hub.subgraphs.find((s) => s.name === "work-injury")!.db;
    const [report] = await injury.query("SELECT * FROM accident_report ORDER BY id LIMIT 1");
    expect(typeof report.insured).not.toBe("boolean"); // what the drivers give a raw query
    expect(typeof rowMapper(injury, AccidentReport)(report).insured).toBe("boolean");
    const medical = hub.subgraphs.find((s) => s.name === "medical")!.db;
    const [finding] = await medical.query("SELECT * FROM medical_finding ORDER BY id LIMIT 1");
    expect(typeof finding.kinds).toBe("string");
    expect(Array.isArray(rowMapper(medical, Finding)(finding).kinds)).toBe(true);
    expect(() => toBoolean(2)).toThrow(/not a boolean/);
  });

  it("refuses to start when an upsert names columns that are no unique index", async () => {
    const module = loadSubgraphModule("enrollment");
    const log = createLogger(hub.config, "test");
    await expect(openDataSource({ ...module, upserts: [{ entity: Person, conflict: ["name"] }] }, hub.config, log)).rejects.toThrow(/person\(name\) is no unique index/);
  });

  it("an upsert updates the row with its conflict key, and a collision on another unique index fails, on both dialects", async () => {
    const db = enrollmentDb();
    const [active] = await db.query("SELECT * FROM enrollment WHERE activeKey IS NOT NULL ORDER BY id LIMIT 1");
    const columns = ["personId", "employerId", "insurance", "startDate", "endDate", "status", "stopReason", "wageBase", "activeKey"];
    const update = ["wageBase", "activeKey"];
    const conflict = ["personId", "insurance", "employerId", "startDate"];
    // Same conflict key: updated in place.
    await withTransaction(db, (tx) => tx.upsert("enrollment", columns, [[active.personId, active.employerId, active.insurance, active.startDate, null, "ACTIVE", null, 123_456, active.activeKey]], conflict, update));
    const [updated] = await db.query("SELECT wageBase FROM enrollment WHERE id = ?", [active.id]);
    expect(Number(updated.wageBase)).toBe(123_456);
    // Another start date but the same active slot: MySQL's ON DUPLICATE KEY would rewrite the standing
    // enrollment into this one; both dialects refuse it instead.
    const other = withTransaction(db, (tx) => tx.upsert("enrollment", columns, [[active.personId, active.employerId, active.insurance, "2001-01-01", null, "ACTIVE", null, 99, active.activeKey]], conflict, update));
    await expect(other).rejects.toBeInstanceOf(UniqueViolation);
    const [unchanged] = await db.query("SELECT startDate, wageBase FROM enrollment WHERE id = ?", [active.id]);
    expect([String(unchanged.startDate).slice(0, 10), Number(unchanged.wageBase)]).toEqual([String(active.startDate).slice(0, 10), 123_456]);
    // An undeclared upsert is refused before it runs.
    await expect(withTransaction(db, (tx) => tx.upsert("person", ["name"], [["x"]], ["name"], []))).rejects.toThrow(/Undeclared upsert into person\(name\)/);
  });

  it("an upsert counts the rows it inserted or changed, and a write that changes nothing bumps no data version, on both dialects", async () => {
    const db = enrollmentDb();
    const version = async () => Number((await db.query("SELECT version FROM data_versions WHERE tableName = 'area' AND year = 0"))[0]?.version ?? 0);
    const existing: { code: string; name: string; level: string; parentCode: string | null }[] = await db.query("SELECT code, name, level, parentCode FROM area ORDER BY code LIMIT 2");
    const rows = existing.map((a) => [a.code, a.name, a.level, a.parentCode]);
    const village = [`${townships[0]}998`, "版本测试村", "VILLAGE", townships[0]];
    const upsert = (r: unknown[][]) => withTransaction(db, (tx) => tx.upsert("area", ["code", "name", "level", "parentCode"], r, ["code"], ["name", "level", "parentCode"]));
    try {
      let v = await version();
      // Two rows as they are and one new: one change, one bump.
      expect(await upsert([...rows, village])).toBe(1);
      expect(await version()).toBe(++v);
      // All three as they are: nothing changed, nothing bumped.
      expect(await upsert([...rows, village])).toBe(0);
      expect(await version()).toBe(v);
      // One renamed among them: one change.
      expect(await upsert([...rows, [village[0], "版本测试村（更名）", village[2], village[3]]])).toBe(1);
      expect(await version()).toBe(++v);
      // An UPDATE that matches no row changes nothing.
      await withTransaction(db, (tx) => tx.run("UPDATE area SET name = 'x' WHERE code = 'none'"));
      expect(await version()).toBe(v);
      // One row on its own: exact on SQLite; MySQL reports no duplicates for a single row, so it counts as a change there.
      expect(await upsert([rows[0]])).toBe(onMysql ? 1 : 0);
    } finally {
      await db.query("DELETE FROM area WHERE code = ?", [village[0]]);
    }
  });

  it("recognises an unreachable database as unavailable (driver errors of both dialects)", async () => {
    const refused = await createConnection({ host: "127.0.0.1", port: 1, connectTimeout: 2000 }).catch((e: unknown) => e);
    expect(isUnavailable(refused)).toBe(true);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sihub-busy-")), "x.sqlite");
    const a = new Database(file);
    const b = new Database(file, { timeout: 0 });
    a.exec("CREATE TABLE t (x)");
    a.exec("BEGIN IMMEDIATE");
    let busy: unknown;
    try {
      b.exec("BEGIN IMMEDIATE");
    } catch (e) {
      busy = e;
    }
    a.exec("ROLLBACK");
    a.close();
    b.close();
    expect(isUnavailable(busy)).toBe(true);
    expect(isUnavailable(new Error("a defect"))).toBe(false);
  });

  (onMysql ? it.skip : it)("answers SERVICE_UNAVAILABLE, not INTERNAL, when the database stays locked past its busy timeout", async () => {
    const lock = new Database(path.join(hub.config.dataDir, "enrollment.sqlite"));
    lock.exec("BEGIN IMMEDIATE");
    try {
      const kit = internalTokenKit(hub.config.internalTokenSecret);
      const token = await kit.sign({ sub: "probe", role: "registrar", scopes: new Set(["enrollment:write", "enrollment:read"]) });
      const res = await fetch(hub.subgraphs.find((s) => s.name === "enrollment")!.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `mutation { registerPerson(input: { idNumber: "${idNumber("43058219870707051")}", name: "锁", areaCode: "${townships[0]}" }) { id } }` }),
      });
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors.map((e) => `${e.extensions.code}: ${e.message}`)).toEqual(["SERVICE_UNAVAILABLE: The database is unavailable; retry later."]);
    } finally {
      lock.exec("ROLLBACK");
      lock.close();
    }
  }, 20_000);
});
