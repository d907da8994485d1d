import { startHub, TestHub } from "../helpers/hub";
import { AuditLogDocument } from "../../schema/operations/__generated__/graphql";

/**
 * Identical concurrent requests share one subgraph call (DESIGN §7 levers: dashboards send the same
 * request all day), but only between callers whose claims are identical, and never for callers whose
 * answers may hold unmasked personal data: every audited read keeps its own entry.
 */
describe("identical concurrent requests", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
  });
  afterAll(() => hub?.stop());

  const PAGE = "{ employers(first: 200) { nodes { id activeEnrollments { person { id idNumber name } } } } }";
  const subgraphCalls = async () => {
    const text = await (await fetch(hub.subgraphs.find((s) => s.name === "enrollment")!.url.replace(/\/graphql$/, "/metrics"))).text();
    return Number(/^sihub_subgraph_requests_total\{status="200"\} (\d+)/m.exec(text)?.[1] ?? 0);
  };
  const burst = async (tokens: string[]) => {
    const before = await subgraphCalls();
    const answers = await Promise.all(tokens.map((t) => hub.query<{ employers: { nodes: unknown[] } }>(PAGE, {}, t)));
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    return (await subgraphCalls()) - before;
  };

  it("share one subgraph call between callers with identical claims and no pii:read", async () => {
    const analyst = await hub.token({ role: "analyst", sub: "analyst-1" });
    const calls = await burst(Array(10).fill(analyst));
    expect(calls).toBeLessThan(10);
    expect(calls).toBeGreaterThanOrEqual(1);
  });

  it("do not share between callers whose claims differ", async () => {
    const tokens = await Promise.all(Array.from({ length: 6 }, (_, i) => hub.token({ role: "analyst", sub: `analyst-${i}` })));
    expect(await burst(tokens)).toBe(6);
  });

  it("do not share for a caller with pii:read: each unmasked read has its own audit entry", async () => {
    const registrar = await hub.token({ role: "registrar", sub: "registrar-1" });
    const admin = await hub.token({ role: "administrator" });
    const length = async () => (await hub.query(AuditLogDocument, { from: "2000-01-01", to: "2100-01-01" }, admin)).data!.auditLog.enrollment!.length;
    const before = await length();
    expect(await burst(Array(5).fill(registrar))).toBe(5);
    expect((await length()) - before).toBe(5);
  });
});
