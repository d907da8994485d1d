import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { loadConfig } from "../../lib/config";
import { createLogger } from "../../lib/logger";
import type { Importer } from "../../subgraphs/common/import/importer";
import { importFolder } from "../../subgraphs/common/import/folder";
import type { SubgraphModule } from "../../subgraphs/common/module";
import { allSubgraphModules, assembleModules } from "../../subgraphs/modules";

const secrets = { AUTH_JWT_SECRET: "x".repeat(32), INTERNAL_TOKEN_SECRET: "y".repeat(32), LOG_LEVEL: "silent" };

function importer(file: string, order: number): Importer {
  return { file, order, columns: {}, description: file, check: () => [], write: async () => [] };
}
/** A throwaway subgraph module: only what the assembly checks reads. */
function fake(name: string, extra: Partial<SubgraphModule>): SubgraphModule {
  return { name, entities: [], migrations: [], resolvers: [class {}], loaders: () => ({}), ...extra } as unknown as SubgraphModule;
}

describe("importer name and order collisions stop the hub at start", () => {
  it("when two subgraphs import the same file name, refuses naming both", () => {
    const a = fake("alpha", { importers: [importer("people.csv", 21)] });
    const b = fake("beta", { importers: [importer("People.csv", 99)] });
    expect(() => assembleModules([a, b])).toThrow(/file name People\.csv: alpha's importer of people\.csv \(order 21\) and beta's importer of People\.csv \(order 99\)/);
  });

  it("when two importers share an order number, refuses naming both", () => {
    const a = fake("alpha", { importers: [importer("a.csv", 50)] });
    const b = fake("beta", { importers: [importer("b.csv", 50)] });
    expect(() => assembleModules([a, b])).toThrow(/order 50: alpha's importer of a\.csv \(order 50\) and beta's importer of b\.csv \(order 50\)/);
  });

  it("npm run import refuses colliding importers before opening any database", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-collide-"));
    try {
      fs.writeFileSync(path.join(dir, "a.csv"), "x\r\n1\r\n");
      const config = loadConfig({ ...secrets, DATA_DIR: dir });
      const modules = [fake("alpha", { importers: [importer("a.csv", 7)] }), fake("beta", { importers: [importer("b.csv", 7)] })];
      await expect(importFolder(dir, config, { log: createLogger(config, "test"), modules })).rejects.toThrow(/order 7: alpha's .* and beta's/);
      expect(fs.readdirSync(dir)).toEqual(["a.csv"]); // no database was created
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the registered subgraphs assemble: distinct file names and orders", () => {
    const importers = allSubgraphModules().flatMap((m) => m.importers ?? []);
    expect(importers.length).toBeGreaterThan(0);
    expect(new Set(importers.map((i) => i.order)).size).toBe(importers.length);
  });
});

describe("config fragments: each subgraph's own settings, validated with the rest", () => {
  it("enrollment's ZOMBIE_MONTHS comes from its fragment, with its default, into the one frozen config", () => {
    const config = loadConfig({ ...secrets }) as unknown as Record<string, unknown>;
    expect(config.ZOMBIE_MONTHS).toBe(6);
    expect(loadConfig({ ...secrets, ZOMBIE_MONTHS: "9" }) as unknown as Record<string, unknown>).toMatchObject({ ZOMBIE_MONTHS: 9 });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("a wrong value in a fragment stops the start, naming the variable and the subgraph, together with global errors", () => {
    expect(() => loadConfig({ ...secrets, ZOMBIE_MONTHS: "0", GATEWAY_PORT: "x" })).toThrow(/GATEWAY_PORT[\s\S]*ZOMBIE_MONTHS \(enrollment\)/);
  });

  it("a variable has one owner: a fragment may not declare a global variable or another fragment's", () => {
    const a = fake("alpha", { config: z.object({ SHARED_KNOB: z.string().default("a") }) });
    const b = fake("beta", { config: z.object({ SHARED_KNOB: z.string().default("b"), LOG_LEVEL: z.string().default("x") }) });
    expect(() => loadConfig({ ...secrets }, { modules: [a, b] })).toThrow(/SHARED_KNOB: declared by subgraph alpha's config fragment and by subgraph beta's/);
    expect(() => loadConfig({ ...secrets }, { modules: [b] })).toThrow(/LOG_LEVEL: declared by the hub's global config \(lib\/config\.ts\) and by subgraph beta's/);
  });
});
