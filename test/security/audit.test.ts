import { startHub, TestHub } from "../helpers/hub";
import { openDataSource } from "../../subgraphs/common/data-source";
import { appendAudit, AuditCollector, readChain } from "../../subgraphs/common/audit/audit.service";
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

    // Someone with the database's admin rights drops the trigger and rewrites an entry: the chain says so.
    await db.query("DROP TRIGGER audit_log_no_update");
    await db.query("UPDATE audit_log SET sub = 'someone-else' WHERE seq = 1");
    const log = await auditLog();
    expect(log).toMatchObject({ verified: false, brokenAt: 1 });
  });
});

describe("the audit chain with several replicas of a subgraph", () => {
  it("stays complete and verifiable when two processes' worth of connections append at once", async () => {
    const hub = await startHub();
    try {
      const module = loadSubgraphModule("enrollment");
      const log = createLogger(hub.config, "t");
      const replicas = [await openDataSource(module, hub.config, log), await openDataSource(module, hub.config, log)];
      const collector = new AuditCollector();
      collector.record("Person", 1, "idNumber");
      const claims = { sub: "replica-test", scopes: new Set(["pii:read"]) };
      await Promise.all(replicas.flatMap((db, r) => Array.from({ length: 15 }, (_, i) => appendAudit(db, claims, `op-${r}-${i}`, collector, "OK"))));
      const chain = await readChain(replicas[0], "2000-01-01", "2100-01-01");
      expect(chain).toMatchObject({ length: 30, verified: true, brokenAt: null });
      expect(new Set(chain.entries.map((e) => e.operation)).size).toBe(30);
      if (dialectOf(replicas[0]) === "sqlite") expect(sqliteHandle(replicas[0]).pragma("journal_mode", { simple: true })).toBe("wal");
      for (const db of replicas) await db.destroy();
    } finally {
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
