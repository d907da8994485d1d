import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { loadConfig } from "../../lib/config";
import { createLogger } from "../../lib/logger";
import { loadDemoData } from "../../demo/load";
import { openDataSource } from "../../subgraphs/common/data-source";
import type { SubgraphModule } from "../../subgraphs/common/module";
import type { DemoContext } from "../../subgraphs/common/demo/plugin";
import { loadSubgraphModule } from "../../subgraphs/modules";
import { dropDatabases } from "../helpers/hub";

/**
 * The demo loader passes hub ids along in memory (DESIGN §2): after enrollment's load, a later
 * subgraph's plugin finds every person and employer of the world under the id the hub assigned.
 */
describe("the demo load", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-demo-"));
  const config = loadConfig({
    HUB_ENV: "test", DATA_DIR: dataDir, DB_PREFIX: `t${crypto.randomBytes(4).toString("hex")}_`, LOG_LEVEL: "silent",
    AUTH_JWT_SECRET: crypto.randomBytes(32).toString("hex"), INTERNAL_TOKEN_SECRET: crypto.randomBytes(32).toString("hex"), DEMO_SCALE: "0.01",
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  });
  const log = createLogger(config, "test");
  const enrollment = loadSubgraphModule("enrollment");

  /** A later subgraph's plugin, as a new one would write it: it records what it was given. */
  const seen: { ctx?: DemoContext; people?: number; firstDraw?: number }[] = [];
  const later = (name: string): SubgraphModule<any> => ({
    ...enrollment, name,
    demo: {
      isLoaded: async () => false,
      load: async (_db, ctx) => void seen.push({ ctx, people: ctx.world.ids.person.size, firstDraw: ctx.random.next() }),
    },
  });

  afterAll(async () => {
    if (config.DATABASE_URL) await dropDatabases(config.DATABASE_URL, config.DB_PREFIX);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("hands the next subgraph the hub ids of every person and employer, and its own random fork", async () => {
    // The later module has its own database with enrollment's tables (dropped after the test): only its plugin matters.
    const result = await loadDemoData(config, [enrollment, later("later")], log);
    expect(result.loaded).toEqual(["enrollment", "later"]);
    const world = result.world!;
    expect(seen[0].people).toBe(world.people.length);
    expect(world.ids.employer.size).toBe(world.employers.length);
    expect(seen[0].firstDraw).toBe(world.fork("later").next());

    const db = await openDataSource(enrollment, config, log);
    try {
      const [person] = await db.query("SELECT id, idNumber FROM person ORDER BY id DESC LIMIT 1");
      expect(world.ids.person.get(person.idNumber)).toBe(Number(person.id));
      const [employer] = await db.query("SELECT id, creditCode FROM employer ORDER BY id LIMIT 1");
      expect(world.ids.employer.get(employer.creditCode)).toBe(Number(employer.id));
    } finally {
      await db.destroy();
    }
  }, 120_000);

  it("shares the ids of a subgraph loaded before when a later one still needs the demo", async () => {
    const result = await loadDemoData(config, [enrollment, later("later")], log);
    expect(result).toMatchObject({ loaded: ["later"], skipped: ["enrollment"] });
    expect(seen[1].people).toBe(result.world!.people.length);
  }, 120_000);

  it("draws no world when every subgraph is loaded", async () => {
    const result = await loadDemoData(config, [enrollment], log);
    expect(result).toMatchObject({ loaded: [], skipped: ["enrollment"] });
    expect(result.world).toBeUndefined();
  });
});
