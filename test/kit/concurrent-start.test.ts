import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../lib/config";
import { createLogger } from "../../lib/logger";
import { KIT_MIGRATIONS_TABLE } from "../../subgraphs/common/kit-schema";
import { KIT_MIGRATIONS } from "../../subgraphs/common/migrations";
import { openDataSource } from "../../subgraphs/common/data-source";
import { loadSubgraphModule } from "../../subgraphs/modules";
import { dropDatabases } from "../helpers/hub";

/**
 * Replicas of a subgraph starting at once on a fresh MySQL/MariaDB database: the schema steps (the kit's
 * migrations, then the subgraph's) run one replica at a time under a named lock, so none fails on a step
 * another already ran (an ALTER TABLE ADD COLUMN twice, a migration recorded twice).
 */
const onMysql = process.env.DATABASE_URL ? describe : describe.skip;

onMysql("replicas starting at once", () => {
  it("migrate one at a time: all of them start, every migration ran once", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-replicas-"));
    const prefix = `rep${process.pid}_`;
    const config = loadConfig({ HUB_ENV: "test", LOG_LEVEL: "silent", DATA_DIR: dataDir, DB_PREFIX: prefix, AUTH_JWT_SECRET: "x".repeat(32), INTERNAL_TOKEN_SECRET: "y".repeat(32), DATABASE_URL: process.env.DATABASE_URL! });
    const module = loadSubgraphModule("enrollment");
    const started = await Promise.allSettled(Array.from({ length: 4 }, () => openDataSource(module, config, createLogger(config, "t"))));
    try {
      expect(started.map((s) => (s.status === "rejected" ? String(s.reason) : "ok"))).toEqual(["ok", "ok", "ok", "ok"]);
      const db = (started[0] as PromiseFulfilledResult<import("typeorm").DataSource>).value;
      expect((await db.query(`SELECT name FROM ${KIT_MIGRATIONS_TABLE} ORDER BY id`)).map((r: { name: string }) => r.name)).toEqual(KIT_MIGRATIONS.map((m) => m.name));
      expect((await db.query("SELECT COUNT(*) AS n FROM migrations"))[0].n).toBe(String(module.migrations.length));
    } finally {
      for (const s of started) if (s.status === "fulfilled") await s.value.destroy();
      await dropDatabases(process.env.DATABASE_URL!, prefix);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
