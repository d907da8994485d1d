import type { DataSource } from "typeorm";
import { createLogger } from "../../lib/logger";
import { openDataSource, sqlStatements } from "../../subgraphs/common/data-source";
import { translateDbError, TransactionConflict } from "../../subgraphs/common/db-errors";
import { cachedFigure, versionedTable } from "../../subgraphs/common/figures-cache";
import type { Context } from "../../subgraphs/common/context";
import { importRecords } from "../../subgraphs/common/import/run";
import { MAX_ATTEMPTS, Tx, withTransaction } from "../../subgraphs/common/tx";
import { residentIdCheckChar } from "../../subgraphs/common/validators/resident-id";
import { contributionsImporter } from "../../subgraphs/enrollment/import/importers";
import type { ContributionRecord } from "../../subgraphs/enrollment/import/records";
import { writeContributions } from "../../subgraphs/enrollment/import/write";
import type { Insurance } from "../../subgraphs/enrollment/enrollment/insurance";
import { rebuildContributionMonths, rebuildPersonYears } from "../../subgraphs/enrollment/statistics/rollup.service";
import { loadSubgraphModule } from "../../subgraphs/modules";
import { RegisterPersonDocument } from "../../schema/operations/__generated__/graphql";
import { startHub, TestHub } from "../helpers/hub";

const onMysql = Boolean(process.env.DATABASE_URL);
const YEAR = 2024;
const idNumber = (first17: string) => first17 + residentIdCheckChar(first17);

type Versions = Record<string, number>;

/**
 * Data versions per table and year (figures-cache.ts, tx.ts) and rollups rebuilt for what a write
 * touched (rollup.service.ts), on whichever database the suite runs on. Writes go through a second
 * DataSource on the same database — another process, as `npm run import` is — and reads through the
 * hub, so a figure the hub cached must be recomputed after a write it did not make.
 */
describe("data versions and rollups per write", () => {
  let hub: TestHub;
  let dashboard: string;
  let registrar: string;
  let other: DataSource;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    dashboard = await hub.token({ role: "dashboard" });
    registrar = await hub.token({ role: "registrar" });
    other = await openDataSource(loadSubgraphModule("enrollment"), hub.config, createLogger(hub.config, "test"));
  }, 300_000);
  afterAll(async () => {
    await other?.destroy();
    await hub?.stop();
  });

  const versions = async (): Promise<Versions> =>
    Object.fromEntries((await other.query("SELECT tableName, year, version FROM data_versions")).map((r: { tableName: string; year: number; version: number }) => [`${r.tableName}:${Number(r.year)}`, Number(r.version)]));
  /** SQL statements the hub's enrollment subgraph ran for `work`. */
  const hubStatements = async (work: () => Promise<unknown>) => {
    const start = sqlStatements.get("enrollment") ?? 0;
    await work();
    return (sqlStatements.get("enrollment") ?? 0) - start;
  };
  const changed = (before: Versions, after: Versions) => Object.keys(after).filter((k) => after[k] !== before[k]).sort();

  const insured = async (year: number) => {
    const res = await hub.query<{ annualReport: { enrollment: { workInjuryInsured: number; unemploymentInsured: number } } }>(
      "query($y:Int!){ annualReport(year:$y){ enrollment { workInjuryInsured unemploymentInsured } } }", { y: year }, dashboard);
    expect(res.errors).toBeUndefined();
    return res.data!.annualReport.enrollment;
  };

  /** December's rows of some people, as a file would carry them, moved to `month` (those still enrolled then). */
  const december = async (month: string, where = "1=1"): Promise<ContributionRecord[]> => {
    const rows = await other.query(
      `SELECT p.idNumber, e.creditCode, c.insurance, c.base, c.ratePpm, c.employerPart, c.employeePart, c.paidOn, c.areaCode
       FROM contribution c JOIN person p ON p.id = c.personId JOIN employer e ON e.id = c.employerId WHERE c.month = ? AND ${where}
         AND EXISTS (SELECT 1 FROM enrollment n WHERE n.personId = c.personId AND n.employerId = c.employerId AND n.insurance = c.insurance AND n.startDate <= ? AND (n.endDate IS NULL OR n.endDate >= ?))
       ORDER BY c.id`, [`${YEAR}-12`, `${month}-28`, `${month}-01`]);
    return rows.map((r: Record<string, string | number>) => ({
      idNumber: String(r.idNumber), creditCode: String(r.creditCode), insurance: r.insurance as Insurance, month, base: Number(r.base), ratePpm: Number(r.ratePpm),
      employerPart: Number(r.employerPart), employeePart: Number(r.employeePart), paidOn: month === `${YEAR}-12` ? String(r.paidOn) : `${month}-28`, areaCode: String(r.areaCode),
    }));
  };

  /** The rollups of a year, sorted, for comparing with a full rebuild. */
  const rollups = async (year: number) => ({
    personYear: await other.query("SELECT personId, insurance, months, lastMonth, employerId, areaCode FROM person_year WHERE year = ? ORDER BY personId, insurance", [year]),
    personAreaYear: await other.query("SELECT personId, insurance, employerId, areaCode FROM person_area_year WHERE year = ? ORDER BY personId, insurance, employerId, areaCode", [year]),
    contributionMonth: (await other.query("SELECT month, insurance, employerId, areaCode, persons, baseTotal, employerTotal, employeeTotal FROM contribution_month WHERE month BETWEEN ? AND ? ORDER BY month, insurance, employerId, areaCode", [`${year}-01`, `${year}-12`]))
      .map((r: Record<string, unknown>) => ({ ...r, persons: Number(r.persons), baseTotal: Number(r.baseTotal), employerTotal: Number(r.employerTotal), employeeTotal: Number(r.employeeTotal) })),
  });
  const fullRebuild = (year: number) => withTransaction(other, async (tx) => {
    await rebuildPersonYears(tx, year);
    await rebuildContributionMonths(tx, Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`));
  });

  it("a contribution import bumps contribution_month, person_year and person_area_year of its year only; a figure the hub cached is recomputed", async () => {
    const month = `${YEAR + 1}-01`;
    const before2025 = await insured(YEAR + 1);
    const before2024 = await insured(YEAR);
    expect(before2025).toEqual({ workInjuryInsured: 0, unemploymentInsured: 0 });
    const v0 = await versions();
    const rows = await december(month);
    await importRecords(other, contributionsImporter, rows);
    expect(changed(v0, await versions())).toEqual(["contribution_month:2025", "person_area_year:2025", "person_year:2025"]);
    const count = (ins: string) => new Set(rows.filter((r) => r.insurance === ins).map((r) => r.idNumber)).size;
    expect(await insured(YEAR + 1)).toEqual({ workInjuryInsured: count("WORK_INJURY"), unemploymentInsured: count("UNEMPLOYMENT") });
    expect(await insured(YEAR)).toEqual(before2024);
  });

  it("registering a person bumps no version (no figure reads people); a write to the employer table that names no year bumps the whole table", async () => {
    const v0 = await versions();
    const res = await hub.query(RegisterPersonDocument, { input: { idNumber: idNumber("43058219900101771"), name: "版本甲", areaCode: "430582" } }, registrar);
    expect(res.errors).toBeUndefined();
    expect(changed(v0, await versions())).toEqual([]);
    const v1 = await versions();
    await withTransaction(other, (tx) => tx.run("UPDATE employer SET staffCount = staffCount WHERE id = 1"));
    expect(changed(v1, await versions())).toEqual(["employer:0"]);
  });

  it("a figure that reads a table it does not declare fails, and so does one that declares nothing", async () => {
    const ctx = { db: other, claims: {} } as unknown as Context<unknown>;
    const T = versionedTable("person_year");
    await expect(cachedFigure(ctx, "probe:undeclared", [T.year(YEAR)], () => other.query("SELECT COUNT(*) AS n FROM person"))).rejects.toThrow(/reads the table person, which is not among its dependencies/);
    await expect(cachedFigure(ctx, "probe:none", [], async () => 1)).rejects.toThrow(/declares no dependencies/);
    await expect(cachedFigure(ctx, "probe:ok", [T.year(YEAR)], () => other.query("SELECT COUNT(*) AS n FROM person_year WHERE year = ?", [YEAR]))).resolves.toHaveLength(1);
  });

  it("a month re-sent as it is changes nothing: no rollup rebuilt, no version bumped, the cached figure kept", async () => {
    const [{ id: firstEmployer }] = await other.query("SELECT MIN(employerId) AS id FROM contribution WHERE month = ?", [`${YEAR}-12`]);
    const resent = await december(`${YEAR}-12`, `c.employerId = ${Number(firstEmployer)}`);
    expect(resent.length).toBeGreaterThan(2);
    const before = await insured(YEAR);
    // Served from the cache: the hub reads the data versions and nothing else.
    const cached = await hubStatements(() => insured(YEAR));
    const statements: string[] = [];
    const spy = (tx: Tx): Tx => ({ ...tx, run: (sql, p) => (statements.push(sql), tx.run(sql, p)), query: (sql, p) => (statements.push(sql), tx.query(sql, p)) });
    const v0 = await versions();
    await withTransaction(other, async (tx) => expect(await writeContributions(spy(tx), resent)).toEqual([]));
    expect(changed(v0, await versions())).toEqual([]);
    expect(statements.filter((s) => /^\s*(DELETE|INSERT)/.test(s))).toEqual([]);
    expect(await hubStatements(async () => expect(await insured(YEAR)).toEqual(before))).toBe(cached);
  });

  it("a re-sent month rebuilds only the persons and (month, employer) pairs it touches, and the rollups equal a full rebuild", async () => {
    const [{ id: firstEmployer }] = await other.query("SELECT MIN(employerId) AS id FROM contribution WHERE month = ?", [`${YEAR}-12`]);
    // Re-sent with a corrected payment date (a contribution is keyed by its employer: a row naming another
    // employer is another contribution, never this one moved), so the rebuilt slices must equal a full rebuild.
    const resent = (await december(`${YEAR}-12`, `c.employerId = ${Number(firstEmployer)}`)).map((r) => ({ ...r, paidOn: `${YEAR}-12-30` }));
    expect(resent.length).toBeGreaterThan(2);
    const statements: string[] = [];
    const spy = (tx: Tx): Tx => ({ ...tx, run: (sql, p) => (statements.push(sql), tx.run(sql, p)), query: (sql, p) => (statements.push(sql), tx.query(sql, p)) });
    const v0 = await versions();
    await withTransaction(other, async (tx) => expect(await writeContributions(spy(tx), resent)).toEqual([]));
    expect(changed(v0, await versions())).toEqual(["contribution_month:2024", "person_area_year:2024", "person_year:2024"]);
    const deletes = statements.filter((s) => /^DELETE FROM person_year/.test(s));
    expect(deletes.length).toBeGreaterThan(0);
    for (const d of deletes) expect(d).toMatch(/personId IN \(/);
    const persons = new Set(resent.map((r) => r.idNumber)).size;
    expect(deletes.reduce((n, d) => n + (d.match(/\?/g)!.length - 1), 0)).toBe(persons);
    const partial = await rollups(YEAR);
    await fullRebuild(YEAR);
    expect(await rollups(YEAR)).toEqual(partial);
  });

  it("the import of a new month leaves rollups equal to a full rebuild", async () => {
    const partial = await rollups(YEAR + 1);
    expect(partial.personYear.length).toBeGreaterThan(0);
    await fullRebuild(YEAR + 1);
    expect(await rollups(YEAR + 1)).toEqual(partial);
  });

  it("20 parallel registerPerson requests all succeed, none INTERNAL", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      hub.query(RegisterPersonDocument, { input: { idNumber: idNumber(`43058219910101${String(100 + i * 2).padStart(3, "0")}`), name: `并发${i}`, areaCode: "430582" } }, registrar)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data?.registerPerson?.id)).size).toBe(20);
  });

  (onMysql ? describe : describe.skip)("on MySQL/MariaDB", () => {
    beforeAll(async () => {
      await other.query("CREATE TABLE IF NOT EXISTS tx_probe (id int PRIMARY KEY, v int NOT NULL) ENGINE=InnoDB");
      await other.query("REPLACE INTO tx_probe (id, v) VALUES (1, 0), (2, 0)");
    });

    it("runs a transaction that died in a deadlock again, and both writers commit", async () => {
      let started = 0;
      let release!: () => void;
      const bothLocked = new Promise<void>((r) => (release = r));
      let runs = 0;
      // Each locks one row, waits until the other has locked its own, then wants the other's: a deadlock.
      const writer = (first: number, second: number) => withTransaction(other, async (tx) => {
        runs++;
        await tx.run("UPDATE tx_probe SET v = v + 1 WHERE id = ?", [first]);
        if (++started === 2) release();
        await bothLocked;
        await tx.run("UPDATE tx_probe SET v = v + 1 WHERE id = ?", [second]);
      });
      await Promise.all([writer(1, 2), writer(2, 1)]);
      expect(runs).toBe(3); // one of them ran twice
      expect(await other.query("SELECT id, v FROM tx_probe ORDER BY id")).toEqual([{ id: 1, v: 2 }, { id: 2, v: 2 }]);
    });

    it("gives up after MAX_ATTEMPTS with a TransactionConflict answered as SERVICE_UNAVAILABLE", async () => {
      let runs = 0;
      const err = await withTransaction(other, async () => {
        runs++;
        throw Object.assign(new Error("Deadlock found when trying to get lock; try restarting transaction"), { errno: 1213, code: "ER_LOCK_DEADLOCK" });
      }).catch((e: unknown) => e);
      expect(runs).toBe(MAX_ATTEMPTS);
      expect(err).toBeInstanceOf(TransactionConflict);
      expect(translateDbError(other, err)?.extensions.code).toBe("SERVICE_UNAVAILABLE");
    });
  });
});
