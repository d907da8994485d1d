import { startHub, TestHub } from "../helpers/hub";

/**
 * A request's time budget (subgraphs/common/deadline.ts): past REQUEST_DEADLINE_MS a subgraph runs no
 * further SQL statement for it and answers SERVICE_UNAVAILABLE (rule request.deadline), so a request
 * nobody waits for any more stops occupying the subgraph. A budget of 1 ms makes any multi-statement
 * request run past it; the hub answers the next request normally.
 */
describe("the per-request deadline in the subgraphs", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01, env: { REQUEST_DEADLINE_MS: "1" } });
  });
  afterAll(() => hub?.stop());

  it("stops a request past its budget with SERVICE_UNAVAILABLE, rule request.deadline, and rolls back nothing half-written", async () => {
    const token = await hub.token({ role: "analyst" });
    // Aliased pages of employers with their staff: many statements, each checked against the budget.
    const aliases = Array.from({ length: 8 }, (_, i) => `e${i}: employers(first: 50, after: null) { nodes { id name activeEnrollments { id person { id name } } } }`).join(" ");
    const res = await hub.query<unknown>(`{ ${aliases} }`, {}, token);
    const codes = (res.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.rule]);
    expect(codes).toContainEqual(["SERVICE_UNAVAILABLE", "request.deadline"]);
    expect(JSON.stringify(res.errors)).not.toMatch(/INTERNAL/);
  });
});
