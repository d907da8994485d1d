import { buildFederatedSchema } from "../../subgraphs/common/schema";
import { BoundsProbeResult, probeBounds, seedAdminData } from "../helpers/bounds-probe";
import { startHub, TestHub } from "../helpers/hub";
import { fixtureModules, modulesUnderTest } from "../helpers/modules";

/**
 * Bounds by declaration (DESIGN §7), proven by behaviour over every registered subgraph and every
 * fixture subgraph: the generic check of test/helpers/bounds-probe.ts (each root field and entity
 * reference, bounded to nothing, against an unbounded control that sees data).
 */

describe("bounds by declaration: every root field and entity reference of every subgraph, bounded to nothing", () => {
  let hub: TestHub;
  const modules = modulesUnderTest();
  let results: Map<string, BoundsProbeResult>;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01, modules: fixtureModules() });
    await seedAdminData(hub);
    results = await probeBounds(hub, modules);
  }, 300_000);
  afterAll(() => hub?.stop());

  it("refuses to build a subgraph whose root field has no bounds class", async () => {
    const enrollment = modules.find((m) => m.name === "enrollment")!;
    const { zombieEmployers: _dropped, ...queries } = enrollment.bounds.queries;
    await expect(buildFederatedSchema({ ...enrollment, bounds: { ...enrollment.bounds, queries } })).rejects.toThrow(/Query\.zombieEmployers has no bounds class/);
    const { Person: _p, ...references } = enrollment.bounds.references;
    await expect(buildFederatedSchema({ ...enrollment, bounds: { ...enrollment.bounds, references } })).rejects.toThrow(/the entity Person \(_entities\) has no bounds class/);
  });

  describe.each(modules.map((m) => [m.name]))("the %s subgraph", (name) => {
    it("answers nothing outside the bounds, zeros for figures, the same reference data; the unbounded control sees data", () => {
      const { calls, failures } = results.get(name)!;
      process.stdout.write(`[bounds] ${name}: ${calls.length} calls (${calls.map((c) => `${c.label}:${c.class.class}`).join(", ")})\n`);
      expect(calls.length).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    });
  });
});
