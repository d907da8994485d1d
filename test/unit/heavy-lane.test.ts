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
});
