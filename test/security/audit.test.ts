import { startHub, TestHub } from "../helpers/hub";
import { openDataSource } from "../../subgraphs/common/data-source";
import crypto from "node:crypto";
import { DataSource } from "typeorm";
import { appendAudit, AuditCollector, protectAuditLog, readChain, verifyWholeChain } from "../../subgraphs/common/audit/audit.service";
import { main as audit } from "../../scripts/audit";
import { loadSubgraphModule } from "../../subgraphs/modules";
import { createLogger } from "../../lib/logger";
import { todayInChina } from "../../subgraphs/common/dates";
import { dialectOf, sqliteHandle } from "../../subgraphs/common/data-source";

const AUDIT = `query($from: Date!, $to: Date!) { auditLog(from: $from, to: $to) { enrollment {
  length verified brokenAt entries { seq sub role agency purpose operation subjects fields result hash prevHash } } } }`;
// Audit periods are China days (UTC+8), like every business date.
const today = () => todayInChina();

describe("the audit log of unmasked personal-data reads", () => {
  let hub: TestHub;
  let personId: string;
  let idNumber: string;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    const page = await hub.query<{ people: { nodes: { id: string }[] } }>("{ people(first: 1) { nodes { id } } }", {}, await hub.token({ role: "analyst" }));
    personId = page.data!.people.nodes[0].id;
  });
  afterAll(() => hub?.stop());

  const auditLog = async () => {
    const res = await hub.query<{ auditLog: { enrollment: { length: number; verified: boolean; brokenAt: number | null; entries: Record<string, any>[] } } }>(
      AUDIT, { from: today(), to: today() }, await hub.token({ role: "administrator" }));
    expect(res.errors).toBeUndefined();
    return res.data!.auditLog.enrollment;
  };

  it("writes who read whose record, which fields, for what purpose, when a caller with pii:read sees personal data", async () => {
    const token = await hub.token({ role: "registrar", sub: "clerk-7", purpose: "参保核验" });
    const res = await hub.query<{ person: { idNumber: string; name: string } }>("query WhoIsThis($id: ID!) { person(id: $id) { idNumber name gender } }", { id: personId }, token);
    idNumber = res.data!.person.idNumber;
    expect(idNumber).toMatch(/^\d{17}[\dX]$/);
    const log = await auditLog();
    expect(log.entries.at(-1)).toMatchObject({
      sub: "clerk-7", role: "registrar", agency: null, purpose: "参保核验", operation: "WhoIsThis",
      subjects: [`Person:${personId}`], fields: ["Person.gender", "Person.idNumber", "Person.name"], result: "OK",
    });
    expect(log.verified).toBe(true);
  });

  it("writes nothing when the data was masked (no pii:read)", async () => {
    const before = (await auditLog()).length;
    const res = await hub.query<{ person: { idNumber: string } }>("query($id: ID!) { person(id: $id) { idNumber name } }", { id: personId }, await hub.token({ role: "analyst" }));
    expect(res.data!.person.idNumber).toMatch(/^\d\*{16}[\dX]$/);
    expect((await auditLog()).length).toBe(before);
  });

  it("records every person of a list read in one entry", async () => {
    const res = await hub.query<{ employers: { nodes: { activeEnrollments: { person: { id: string } }[] }[] } }>(
      "{ employers(first: 3) { nodes { activeEnrollments { person { id idNumber } } } } }", {}, await hub.token({ role: "registrar" }));
    const ids = new Set(res.data!.employers.nodes.flatMap((e) => e.activeEnrollments.map((x) => `Person:${x.person.id}`)));
    const entry = (await auditLog()).entries.at(-1)!;
    expect(new Set(entry.subjects)).toEqual(ids);
    expect(entry.fields).toEqual(["Person.idNumber"]);
  });

  it("is readable only with auditlog:read", async () => {
    const res = await hub.query(AUDIT, { from: today(), to: today() }, await hub.token({ role: "analyst" }));
    expect(res.errors![0].extensions!.code).toBe("FORBIDDEN");
  });

  it("cannot be changed or deleted, even directly in the database; a rewrite that gets past that is detected", async () => {
    const db = hub.subgraphs.find((s) => s.name === "enrollment")!.db;
    await expect(db.query("UPDATE audit_log SET sub = 'someone-else' WHERE seq = 1")).rejects.toThrow(/append-only/);
    await expect(db.query("DELETE FROM audit_log WHERE seq = 1")).rejects.toThrow(/append-only/);

    // Someone with the database's admin rights drops the trigger and rewrites entries. A read verifies what was
    // appended since its last checkpoint (the reads above left one at the head): a rewrite after it is reported
    // at once, one before it by the whole-chain check, `npm run audit -- verify`.
    const head = (await auditLog()).length;
    await hub.query("query Again($id: ID!) { person(id: $id) { idNumber } }", { id: personId }, await hub.token({ role: "registrar" }));
    await db.query("DROP TRIGGER audit_log_no_update");
    await db.query("UPDATE audit_log SET sub = 'someone-else' WHERE seq = ?", [head + 1]);
    expect(await auditLog()).toMatchObject({ verified: false, brokenAt: head + 1 });
    await db.query("UPDATE audit_log SET sub = 'someone-else' WHERE seq = 1");
    expect(await verifyWholeChain(db)).toMatchObject({ verified: false, brokenAt: 1 });
    const lines: string[] = [];
    expect(await audit(["verify"], hub.env, (l) => lines.push(l))).toBe(1);
    expect(lines.find((l) => l.startsWith("enrollment"))).toMatch(/BROKEN at entry 1\b/);
    expect(lines.find((l) => l.startsWith("access"))).toMatch(/\tverified\t/);
  });

  it("records the hash of the document the client sent beside the name it chose", async () => {
    const query = "query NamedAnything($id: ID!) { person(id: $id) { idNumber } }";
    await hub.query(query, { id: personId }, await hub.token({ role: "registrar" }));
    const res = await hub.query<any>(`query($d: Date!) { auditLog(from: $d, to: $d) { enrollment(first: 1000) { entries { operation documentHash } } } }`, { d: today() }, await hub.token({ role: "administrator" }));
    expect(res.errors).toBeUndefined();
    const entry = res.data.auditLog.enrollment.entries.at(-1);
    expect(entry).toEqual({ operation: "NamedAnything", documentHash: crypto.createHash("sha256").update(query).digest("hex") });
  });
});

describe("the audit chain with several replicas of a subgraph", () => {
  it("stays complete and verifiable when four processes' worth of connections append at once, wave after wave", async () => {
    const hub = await startHub();
    const replicas: Awaited<ReturnType<typeof openDataSource>>[] = [];
    try {
      const module = loadSubgraphModule("enrollment");
      const log = createLogger(hub.config, "t");
      for (let r = 0; r < 4; r++) replicas.push(await openDataSource(module, hub.config, log));
      const collector = new AuditCollector();
      collector.record("Person", 1, "idNumber");
      const claims = { sub: "replica-test", scopes: new Set(["pii:read"]) };
      // A burst (each replica groups its own), then waves of one append per replica: each wave four appends racing for the next entry.
      await Promise.all(replicas.flatMap((db, r) => Array.from({ length: 15 }, (_, i) => appendAudit(db, claims, `op-${r}-${i}`, collector, "OK"))));
      for (let w = 0; w < 10; w++) await Promise.all(replicas.map((db, r) => appendAudit(db, claims, `wave-${w}-${r}`, collector, "OK")));
      const chain = await readChain(replicas[0], "2000-01-01", "2100-01-01", { first: 1000 });
      expect(chain).toMatchObject({ length: 100, verified: true, brokenAt: null });
      expect(new Set(chain.entries.map((e) => e.operation)).size).toBe(100);
      if (dialectOf(replicas[0]) === "sqlite") expect(sqliteHandle(replicas[0]).pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      // Also when an assertion failed: an open replica would keep jest from exiting.
      for (const db of replicas) await db.destroy();
      await hub.stop();
    }
  });
});

describe("an audit chain of any length, read page by page", () => {
  it("keeps every subject of a read (6,000 in one entry), pages the period in SQL, and verifies only what was appended since its checkpoint", async () => {
    const hub = await startHub();
    const db = await openDataSource(loadSubgraphModule("enrollment"), hub.config, createLogger(hub.config, "t"));
    try {
      const claims = { sub: "paging-test", scopes: new Set(["pii:read"]) };
      const many = new AuditCollector();
      for (let i = 1; i <= 6_000; i++) many.record("Person", 1_000_000 + i, "idNumber");
      await appendAudit(db, claims, "a-page-of-200-employers", many, "OK");
      const one = new AuditCollector();
      one.record("Person", 1, "idNumber");
      for (let i = 0; i < 4; i++) await appendAudit(db, claims, `op-${i}`, one, "OK");

      const statements: string[] = [];
      const query = db.query.bind(db);
      const spy = jest.spyOn(db, "query").mockImplementation(((sql: string, params?: unknown[]) => (statements.push(sql), query(sql, params))) as never);
      const first = await readChain(db, "2000-01-01", "2100-01-01", { first: 2 });
      expect(first.entries[0].subjects).toHaveLength(6_000);
      expect(first).toMatchObject({ length: 5, verified: true, pageInfo: { hasNextPage: true } });
      // The period and the page are cut in SQL, never by reading the chain: one bounded select of entries.
      const entrySelects = statements.filter((q) => /FROM audit_log WHERE at >= \? AND at < \? AND seq > \? ORDER BY seq LIMIT 3$/.test(q));
      expect(entrySelects).toHaveLength(1);
      const ops: string[] = first.entries.map((e) => e.operation!);
      let after = first.pageInfo.endCursor;
      for (let more = true; more; ) {
        const page = await readChain(db, "2000-01-01", "2100-01-01", { first: 2, after });
        ops.push(...page.entries.map((e) => e.operation!));
        more = page.pageInfo.hasNextPage;
        after = page.pageInfo.endCursor;
      }
      expect(ops).toEqual(["a-page-of-200-employers", "op-0", "op-1", "op-2", "op-3"]);
      // Read again with nothing appended: verification starts after the checkpoint, so no entry is read for it.
      statements.length = 0;
      expect(await readChain(db, "2000-01-01", "2100-01-01", { first: 1 })).toMatchObject({ verified: true, length: 5 });
      expect(statements.filter((q) => /FROM audit_log WHERE seq >= \?/.test(q))).toHaveLength(1);
      spy.mockRestore();
      await expect(readChain(db, "2000-01-01", "2100-01-01", { first: 1001 })).rejects.toThrow(/1 to 1000/);
      await expect(readChain(db, "2000-01-01", "2100-01-01", { first: 1, after: "nonsense" })).rejects.toThrow(/cursor/);
    } finally {
      await db.destroy();
      await hub.stop();
    }
  });
});

const onMysql = process.env.DATABASE_URL ? describe : describe.skip;

onMysql("the append-only guarantee where the database user may not create triggers", () => {
  it("holds by grants when the user may only INSERT and SELECT the log, and the subgraph refuses to start when it could rewrite it", async () => {
    const hub = await startHub();
    const db = hub.subgraphs.find((s) => s.name === "enrollment")!.db;
    const [{ name: database }] = await db.query("SELECT DATABASE() AS name");
    const user = `${database.slice(0, 20)}_audit`;
    const url = new URL(process.env.DATABASE_URL!);
    const restricted = () => {
      const as = new URL(url.toString());
      as.username = user;
      as.password = "pw-audit-test";
      as.pathname = `/${database}`;
      return new DataSource({ type: "mysql", url: as.toString(), entities: [] });
    };
    try {
      await db.query("DROP TRIGGER audit_log_no_update");
      await db.query("DROP TRIGGER audit_log_no_delete");
      await db.query(`CREATE USER '${user}'@'%' IDENTIFIED BY 'pw-audit-test'`);
      // docs/audit.md's grants: INSERT and SELECT only, on every audit table.
      await db.query(`GRANT SELECT, INSERT ON \`${database}\`.audit_log TO '${user}'@'%'`);
      await db.query(`GRANT SELECT, INSERT ON \`${database}\`.audit_checkpoint TO '${user}'@'%'`);
      const limited = restricted();
      await limited.initialize();
      try {
        expect(await protectAuditLog(limited)).toBe("grants");
        await expect(limited.query("DELETE FROM audit_log")).rejects.toThrow(/denied/);
        // And the chain goes on under those grants: appended, read, verified, checkpointed.
        const before = await readChain(limited, "2000-01-01", "2100-01-01");
        const reads = new AuditCollector();
        reads.record("Person", 1, "idNumber");
        await appendAudit(limited, { sub: "grants-test", scopes: new Set(["pii:read"]) }, "GrantsOnly", reads, "OK");
        await appendAudit(limited, { sub: "grants-test", scopes: new Set(["pii:read"]) }, "GrantsOnly", reads, "OK");
        expect(await readChain(limited, "2000-01-01", "2100-01-01")).toMatchObject({ length: before.length + 2, verified: true });
        expect(await verifyWholeChain(limited)).toMatchObject({ length: before.length + 2, verified: true });
      } finally {
        await limited.destroy();
      }
      await db.query(`GRANT UPDATE ON \`${database}\`.audit_log TO '${user}'@'%'`);
      const loose = restricted();
      await loose.initialize();
      try {
        await expect(protectAuditLog(loose)).rejects.toThrow(/audit_log is not protected/);
      } finally {
        await loose.destroy();
      }
    } finally {
      await db.query(`DROP USER IF EXISTS '${user}'@'%'`);
      await hub.stop();
    }
  });
});

describe("audit periods", () => {
  // Only Date is faked: the database drivers keep their real timers.
  const onlyDate = ["hrtime", "nextTick", "performance", "queueMicrotask", "requestAnimationFrame", "cancelAnimationFrame", "requestIdleCallback", "cancelIdleCallback", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"] as const;
  afterEach(() => jest.useRealTimers());

  it("are China days: a read at 23:59 in China (15:59Z) is on that day, one at 00:00 (16:00Z) on the next", async () => {
    const hub = await startHub();
    const db = await openDataSource(loadSubgraphModule("enrollment"), hub.config, createLogger(hub.config, "t"));
    try {
      const collector = new AuditCollector();
      collector.record("Person", 1, "idNumber");
      const claims = { sub: "clock-test", scopes: new Set(["pii:read"]) };
      jest.useFakeTimers({ doNotFake: [...onlyDate] });
      jest.setSystemTime(new Date("2024-02-29T15:59:59.999Z"));
      await appendAudit(db, claims, "late-on-the-29th", collector, "OK");
      jest.setSystemTime(new Date("2024-02-29T16:00:00.000Z"));
      await appendAudit(db, claims, "early-on-the-1st", collector, "OK");
      jest.useRealTimers();
      const ops = async (from: string, to: string) => (await readChain(db, from, to)).entries.map((e) => e.operation);
      expect(await ops("2024-02-29", "2024-02-29")).toEqual(["late-on-the-29th"]);
      expect(await ops("2024-03-01", "2024-03-01")).toEqual(["early-on-the-1st"]);
      expect(await ops("2024-02-28", "2024-03-01")).toEqual(["late-on-the-29th", "early-on-the-1st"]);
      expect(await ops("2024-03-02", "2024-03-31")).toEqual([]);
    } finally {
      await db.destroy();
      await hub.stop();
    }
  });
});
