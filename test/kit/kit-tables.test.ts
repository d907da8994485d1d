import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { DataSource } from "typeorm";
import { createConnection } from "mysql2/promise";
import { loadConfig, Config } from "../../lib/config";
import { createLogger } from "../../lib/logger";
import { openDataSource } from "../../subgraphs/common/data-source";
import { appendAudit, AuditCollector, readChain } from "../../subgraphs/common/audit/audit.service";
import { KIT_MIGRATIONS } from "../../subgraphs/common/migrations";
import { KIT_MIGRATIONS_TABLE } from "../../subgraphs/common/kit-schema";
import { loadSubgraphModule } from "../../subgraphs/modules";
import { dropDatabases } from "../helpers/hub";
import { execFileSync } from "node:child_process";
import { OLD_ACCESS_MYSQL, OLD_ENROLLMENT_MYSQL, OLD_KIT_SQLITE, OLD_LAYOUT_COMMIT } from "./old-layout";

const KIT_TABLES = ["audit_log", "data_version", "data_versions", "idempotency_key"];
/** Kit tables of old layouts that a kit migration dropped (AuditHeadless: the chain's last entry is its head). */
const DROPPED_KIT_TABLES = ["audit_head"];
const enrollment = loadSubgraphModule("enrollment");
const access = loadSubgraphModule("access");
const claims = { sub: "tester", role: "registrar", scopes: new Set<string>() };

function configFor(prefix: string, dataDir: string, mysql: boolean): Config {
  return loadConfig({
    HUB_ENV: "test", LOG_LEVEL: "silent", DATA_DIR: dataDir, DB_PREFIX: prefix,
    AUTH_JWT_SECRET: "x".repeat(32), INTERNAL_TOKEN_SECRET: "y".repeat(32),
    ...(mysql ? { DATABASE_URL: process.env.DATABASE_URL! } : {}),
  });
}

async function tables(db: DataSource): Promise<string[]> {
  const rows: { name: string }[] = db.options.type === "better-sqlite3"
    ? await db.query("SELECT name FROM sqlite_master WHERE type = 'table'")
    : await db.query("SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()");
  return rows.map((r) => r.name);
}

/** The audit columns of the old layout (before AuditPaging added documentHash). */
const OLD_COLUMNS = "seq, at, sub, role, agency, purpose, operation, subjects, fields, result, prevHash, hash";

/** Two entries appended the way the hub appended them before AuditPaging (no document hash), in an old-layout database. */
async function appendTwoOld(db: DataSource): Promise<void> {
  for (const field of ["Person.name", "Person.idNumber"]) {
    const [head] = await db.query("SELECT seq, hash FROM audit_head WHERE id = 1");
    const e = { seq: Number(head.seq) + 1, at: new Date().toISOString(), sub: claims.sub, role: claims.role, agency: null, purpose: null, operation: "OldLayout", subjects: ["Person:1"], fields: [field], result: "OK", prevHash: head.hash };
    const hash = crypto.createHash("sha256").update(JSON.stringify([e.seq, e.at, e.sub, e.role, e.agency, e.purpose, e.operation, e.subjects, e.fields, e.result, e.prevHash])).digest("hex");
    await db.query(`INSERT INTO audit_log (${OLD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [e.seq, e.at, e.sub, e.role, e.agency, e.purpose, e.operation, JSON.stringify(e.subjects), JSON.stringify(e.fields), e.result, e.prevHash, hash]);
    await db.query("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", [e.seq, hash]);
  }
}

/** Two entries appended the way the hub appends them. */
async function appendTwo(db: DataSource): Promise<void> {
  for (const field of ["Person.name", "Person.idNumber"]) {
    const audit = new AuditCollector();
    audit.record("Person", 1, field.split(".")[1]);
    await appendAudit(db, claims, "OldLayout", audit, "OK");
  }
}

describe("kit tables are migrated by the kit, once, for every subgraph database", () => {
  const log = createLogger({ LOG_LEVEL: "silent" }, "test");
  let dataDir: string;
  let prefix: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-kit-"));
    prefix = `t${crypto.randomBytes(4).toString("hex")}_`;
  });
  afterEach(async () => {
    if (process.env.DATABASE_URL) await dropDatabases(process.env.DATABASE_URL, prefix);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("no subgraph migration creates a kit table any more", () => {
    for (const module of [enrollment, access]) {
      for (const m of module.migrations) {
        const source = String((m as unknown as { prototype: { up: Function } }).prototype.up);
        for (const t of [...KIT_TABLES, ...DROPPED_KIT_TABLES]) expect(source).not.toMatch(new RegExp(`\\b${t}\\b`));
      }
    }
  });

  // A clone without that history (shallow) cannot compare; a full one checks the fixtures are faithful.
  const hasHistory = (() => {
    try {
      execFileSync("git", ["cat-file", "-e", `${OLD_LAYOUT_COMMIT}^{commit}`], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  (hasHistory ? it : it.skip)("the old-layout fixtures are the SQL the removed migrations ran", () => {
    const old = (file: string) => execFileSync("git", ["show", `${OLD_LAYOUT_COMMIT}:${file}`], { encoding: "utf8" }).replace(/\\`/g, "`");
    const sources = [
      old("subgraphs/enrollment/migrations/1795854135404-AuditLog.ts") + old("subgraphs/enrollment/migrations/1795855292972-DataVersion.ts") + old("subgraphs/enrollment/migrations/1795852968574-Initial.ts"),
      old("subgraphs/access/migrations/1795854496421-Initial.ts") + old("subgraphs/access/migrations/1795855293555-DataVersion.ts"),
    ];
    [OLD_ENROLLMENT_MYSQL, OLD_ACCESS_MYSQL].forEach((migrations, i) => {
      for (const m of migrations) {
        expect(sources[i]).toContain(`class ${m.name}`);
        for (const sql of m.sql) expect(sources[i]).toContain(sql);
      }
    });
  });

  const onMysql = process.env.DATABASE_URL ? it : it.skip;

  onMysql("on MySQL/MariaDB, a fresh database of each subgraph gets the kit tables from the kit's migrations, and its entities and migrations agree", async () => {
    const config = configFor(prefix, dataDir, true);
    for (const module of [enrollment, access]) {
      const db = await openDataSource(module, config, log);
      try {
        expect(await tables(db)).toEqual(expect.arrayContaining([...KIT_TABLES, KIT_MIGRATIONS_TABLE]));
        expect(await tables(db)).not.toEqual(expect.arrayContaining(DROPPED_KIT_TABLES));
        const kit = await db.query(`SELECT name FROM ${KIT_MIGRATIONS_TABLE}`);
        expect(kit.map((r: { name: string }) => r.name)).toEqual(KIT_MIGRATIONS.map((m) => m.name));
        // What `npm run migration:generate` would write: nothing, so no kit table is copied again.
        expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
        await appendTwo(db);
        expect(await readChain(db, "2000-01-01", "2100-01-01")).toMatchObject({ length: 2, verified: true });
      } finally {
        await db.destroy();
      }
    }
  });

  onMysql("on MySQL/MariaDB, a database made by the old per-subgraph migrations upgrades without losing audit entries", async () => {
    const config = configFor(prefix, dataDir, true);
    for (const [module, old] of [[enrollment, OLD_ENROLLMENT_MYSQL], [access, OLD_ACCESS_MYSQL]] as const) {
      const database = `${prefix}${module.name}`;
      const server = new URL(process.env.DATABASE_URL!);
      server.pathname = `/${database}`;
      const root = new URL(process.env.DATABASE_URL!);
      root.pathname = "/";
      const conn = await createConnection({ uri: root.toString() });
      await conn.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await conn.end();
      // The old layout: the old migrations' SQL, recorded in TypeORM's migrations table as they were.
      const before = new DataSource({ type: "mysql", url: server.toString(), entities: [] });
      await before.initialize();
      await before.query("CREATE TABLE `migrations` (`id` int NOT NULL AUTO_INCREMENT, `timestamp` bigint NOT NULL, `name` varchar(255) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB");
      for (const m of old) {
        for (const sql of m.sql) await before.query(sql);
        if (m.run) {
          const runner = before.createQueryRunner();
          await m.run.up(runner);
          await runner.release();
        }
        await before.query("INSERT INTO `migrations` (`timestamp`, `name`) VALUES (?, ?)", [m.name.slice(-13), m.name]);
      }
      await before.query("INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, ?)", ["0".repeat(64)]);
      await before.query("INSERT INTO data_version (id, version) VALUES (1, 41)");
      await appendTwoOld(before);
      const rowsBefore = await before.query(`SELECT ${OLD_COLUMNS} FROM audit_log ORDER BY seq`);
      await before.destroy();

      const db = await openDataSource(module, config, log);
      try {
        expect(await tables(db)).toEqual(expect.arrayContaining([...KIT_TABLES, KIT_MIGRATIONS_TABLE]));
        expect(await tables(db)).not.toEqual(expect.arrayContaining(DROPPED_KIT_TABLES));
        expect(await db.query(`SELECT ${OLD_COLUMNS} FROM audit_log ORDER BY seq`)).toEqual(rowsBefore);
        expect(await readChain(db, "2000-01-01", "2100-01-01")).toMatchObject({ length: 2, verified: true });
        expect(await db.query("SELECT version FROM data_version WHERE id = 1")).toEqual([{ version: 41 }]);
        // The old records stay; nothing of the subgraph's ran again, and only its newer migrations ran after them.
        const newer = (module.migrations as { name: string }[]).map((m) => new (m as unknown as new () => { name: string })().name).filter((n) => !old.some((o) => o.name === n));
        expect((await db.query("SELECT name FROM `migrations` ORDER BY id")).map((r: { name: string }) => r.name)).toEqual([...old.map((m) => m.name), ...newer]);
        // Still append-only, and appending goes on from the old head.
        await expect(db.query("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
        await appendTwo(db);
        expect(await readChain(db, "2000-01-01", "2100-01-01")).toMatchObject({ length: 4, verified: true });
      } finally {
        await db.destroy();
      }
    }
  });

  it("on SQLite, a fresh file gets the kit tables from the kit's migrations, not from synchronize", async () => {
    const db = await openDataSource(enrollment, configFor(prefix, dataDir, false), log);
    try {
      expect(await tables(db)).toEqual(expect.arrayContaining([...KIT_TABLES, KIT_MIGRATIONS_TABLE]));
      expect(await tables(db)).not.toEqual(expect.arrayContaining(DROPPED_KIT_TABLES));
      expect((await db.query(`SELECT name FROM ${KIT_MIGRATIONS_TABLE}`)).map((r: { name: string }) => r.name)).toEqual(KIT_MIGRATIONS.map((m) => m.name));
      // Synchronize leaves the kit's tables alone: there is nothing left for it to do.
      expect((await db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it("on SQLite, a file whose kit tables synchronize made keeps its audit entries", async () => {
    const file = path.join(dataDir, "enrollment.sqlite");
    const raw = new Database(file);
    for (const sql of OLD_KIT_SQLITE) raw.exec(sql);
    raw.close();
    const before = new DataSource({ type: "better-sqlite3", database: file, entities: [] });
    await before.initialize();
    await before.query("INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, ?)", ["0".repeat(64)]);
    await appendTwoOld(before);
    const rowsBefore = await before.query(`SELECT ${OLD_COLUMNS} FROM audit_log ORDER BY seq`);
    const [ddlBefore] = await before.query("SELECT sql FROM sqlite_master WHERE name = 'audit_log'");
    await before.destroy();

    const db = await openDataSource(enrollment, configFor(prefix, dataDir, false), log);
    try {
      expect(await db.query(`SELECT ${OLD_COLUMNS} FROM audit_log ORDER BY seq`)).toEqual(rowsBefore);
      // The table is kept, not rebuilt: AuditPaging only added its column.
      const [ddlAfter] = await db.query("SELECT sql FROM sqlite_master WHERE name = 'audit_log'");
      expect(ddlAfter.sql).toBe(`${ddlBefore.sql.replace(/\)\s*$/, "")}, "documentHash" varchar(64))`);
      expect(await tables(db)).toContain("idempotency_key");
      expect(await readChain(db, "2000-01-01", "2100-01-01")).toMatchObject({ length: 2, verified: true });
    } finally {
      await db.destroy();
    }
  });
});
