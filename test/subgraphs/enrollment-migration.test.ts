import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../lib/config";
import { createLogger } from "../../lib/logger";
import { openDataSource } from "../../subgraphs/common/data-source";
import { loadSubgraphModule } from "../../subgraphs/modules";
import { dropDatabases } from "../helpers/hub";

/**
 * A MySQL/MariaDB enrollment database from before enrollments were identified per employer (issue 7
 * item 8): its active work-injury slots carry the old key (person:insurance). The migration moves them to
 * the per-employer key, so that the person's enrollment at a second employer can be recorded beside it.
 */
const onMysql = process.env.DATABASE_URL ? describe : describe.skip;

onMysql("EnrollmentPerEmployer on a database that holds the old keys", () => {
  it("moves the active work-injury slots to person × employer and keeps unemployment one per person", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-mig-"));
    const prefix = `mig${process.pid}_`;
    const config = loadConfig({ HUB_ENV: "test", LOG_LEVEL: "silent", DATA_DIR: dataDir, DB_PREFIX: prefix, AUTH_JWT_SECRET: "x".repeat(32), INTERNAL_TOKEN_SECRET: "y".repeat(32), DATABASE_URL: process.env.DATABASE_URL! });
    const db = await openDataSource(loadSubgraphModule("enrollment"), config, createLogger(config, "t"));
    try {
      await db.undoLastMigration();
      const insert = (employerId: number, insurance: string, key: string) =>
        db.query("INSERT INTO enrollment (personId, employerId, insurance, startDate, status, wageBase, activeKey) VALUES (1, ?, ?, '2020-01-01', 'ACTIVE', 500000, ?)", [employerId, insurance, key]);
      await insert(7, "WORK_INJURY", "1:WORK_INJURY");
      await insert(7, "UNEMPLOYMENT", "1:UNEMPLOYMENT");
      // The old layout: the same person and day at another employer is refused by the old unique index.
      await expect(insert(8, "WORK_INJURY", "1:WORK_INJURY:8")).rejects.toThrow(/Duplicate/);
      await db.runMigrations({ transaction: "none" });
      expect(await db.query("SELECT insurance, activeKey FROM enrollment ORDER BY insurance")).toEqual([{ insurance: "UNEMPLOYMENT", activeKey: "1:UNEMPLOYMENT" }, { insurance: "WORK_INJURY", activeKey: "1:WORK_INJURY:7" }]);
      await insert(8, "WORK_INJURY", "1:WORK_INJURY:8");
      await expect(insert(7, "WORK_INJURY", "1:WORK_INJURY:7")).rejects.toThrow(/Duplicate/);
      await expect(insert(8, "UNEMPLOYMENT", "1:UNEMPLOYMENT")).rejects.toThrow(/Duplicate/);
    } finally {
      await db.destroy();
      await dropDatabases(process.env.DATABASE_URL!, prefix);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

const onSqlite = process.env.DATABASE_URL ? describe.skip : describe;

onSqlite("a SQLite data folder made before enrollments were identified per employer", () => {
  it("gets the per-employer work-injury slots at start (synchronize moves indexes, not values), and then refuses a second active enrollment at the same employer", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-mig-"));
    const config = loadConfig({ HUB_ENV: "test", LOG_LEVEL: "silent", DATA_DIR: dataDir, AUTH_JWT_SECRET: "x".repeat(32), INTERNAL_TOKEN_SECRET: "y".repeat(32) });
    const module = loadSubgraphModule("enrollment");
    const log = createLogger(config, "t");
    const insert = (db: Awaited<ReturnType<typeof openDataSource>>, employerId: number, insurance: string, key: string, startDate = "2020-01-01") =>
      db.query("INSERT INTO enrollment (personId, employerId, insurance, startDate, status, wageBase, activeKey) VALUES (1, ?, ?, ?, 'ACTIVE', 500000, ?)", [employerId, insurance, startDate, key]);
    try {
      const old = await openDataSource(module, config, log);
      // What the previous release stored: one work-injury slot per person.
      await insert(old, 7, "WORK_INJURY", "1:WORK_INJURY");
      await insert(old, 7, "UNEMPLOYMENT", "1:UNEMPLOYMENT");
      await old.destroy();
      const db = await openDataSource(module, config, log);
      try {
        expect(await db.query("SELECT insurance, activeKey FROM enrollment ORDER BY insurance")).toEqual([{ insurance: "UNEMPLOYMENT", activeKey: "1:UNEMPLOYMENT" }, { insurance: "WORK_INJURY", activeKey: "1:WORK_INJURY:7" }]);
        await expect(insert(db, 7, "WORK_INJURY", "1:WORK_INJURY:7", "2021-01-01")).rejects.toThrow(/UNIQUE/);
        await insert(db, 8, "WORK_INJURY", "1:WORK_INJURY:8");
      } finally {
        await db.destroy();
      }
      // Once applied, the step changes nothing.
      const again = await openDataSource(module, config, log);
      expect(await again.query("SELECT COUNT(*) AS n FROM enrollment WHERE activeKey LIKE '1:WORK_INJURY:%'")).toEqual([{ n: 2 }]);
      await again.destroy();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
