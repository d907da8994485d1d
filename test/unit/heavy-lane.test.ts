import { HeavyLane } from "../../gateway/limits";

const tick = () => new Promise((r) => setImmediate(r));

/** The gateway's heavy lane: heavy operations share a budget of cost in flight, the rest queued in arrival order. */
describe("the heavy lane", () => {
  it("lets operations in while their costs fit the budget, queues the next in arrival order, and admits each as cost is freed", async () => {
    const lane = new HeavyLane(50_000, 10_000);
    const order: string[] = [];
    const a = await lane.enter(23_000);
    const b = await lane.enter(23_000);
    const c = lane.enter(23_000).then((release) => (order.push("c"), release));
    const d = lane.enter(23_000).then((release) => (order.push("d"), release));
    await tick();
    expect(order).toEqual([]); // 46,000 in flight: a third would exceed 50,000
    a();
    a(); // releasing twice frees its cost once
    const releaseC = await c;
    await tick();
    expect(order).toEqual(["c"]);
    b();
    const releaseD = await d;
    expect(order).toEqual(["c", "d"]);
    releaseC();
    releaseD();
    // All free again: two enter at once.
    const e = await lane.enter(23_000);
    const f = await lane.enter(23_000);
    e();
    f();
  });

  it("runs an operation costing more than the budget alone, and never lets a later, smaller one pass it", async () => {
    const lane = new HeavyLane(50_000, 10_000);
    const order: string[] = [];
    const small = await lane.enter(23_000);
    const big = lane.enter(92_000).then((release) => (order.push("big"), release));
    const later = lane.enter(10_000).then((release) => (order.push("later"), release));
    await tick();
    expect(order).toEqual([]); // the big one waits for the lane to empty; the later one waits behind it
    small();
    const releaseBig = await big;
    await tick();
    expect(order).toEqual(["big"]); // alone: 92,000 + 10,000 exceeds the budget
    releaseBig();
    (await later)();
    expect(order).toEqual(["big", "later"]);
  });

  it("lets identical operations waiting in the queue in with the first of them, charged once, so they share its subgraph calls", async () => {
    const lane = new HeavyLane(50_000, 10_000);
    const order: string[] = [];
    const running = await lane.enter(92_000, "page-200");
    const waiting = (name: string, cost: number, key?: string) => lane.enter(cost, key).then((release) => (order.push(name), release));
    const twin1 = waiting("twin1", 92_000, "page-200");
    const other = waiting("other", 23_000, "page-50");
    const twin2 = waiting("twin2", 92_000, "page-200");
    const unkeyed = waiting("unkeyed", 92_000);
    await tick();
    expect(order).toEqual([]); // a twin that arrives while the first runs waits: the first's calls may be done
    running();
    const [r1, r2] = [await twin1, await twin2];
    await tick();
    expect(order).toEqual(["twin1", "twin2"]); // in together, ahead of "other", charged once
    r1();
    await tick();
    expect(order).toEqual(["twin1", "twin2"]); // the group's cost is freed when its last member is done
    r2();
    (await other)();
    (await unkeyed)();
    expect(order).toEqual(["twin1", "twin2", "other", "unkeyed"]);
  });
});
