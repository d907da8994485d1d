import { HeavyLane } from "../../gateway/limits";

/** The gateway's heavy lane: at most `slots` heavy operations at a time, the rest queued in order. */
describe("the heavy lane", () => {
  it("lets `slots` operations in, queues the next in arrival order, and passes each freed slot on", async () => {
    const lane = new HeavyLane(2, 10_000);
    const order: string[] = [];
    const a = await lane.enter();
    const b = await lane.enter();
    const c = lane.enter().then((release) => (order.push("c"), release));
    const d = lane.enter().then((release) => (order.push("d"), release));
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual([]); // both slots taken
    a();
    a(); // releasing twice frees one slot only
    const releaseC = await c;
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(["c"]);
    b();
    const releaseD = await d;
    expect(order).toEqual(["c", "d"]);
    releaseC();
    releaseD();
    // Both slots free again: two enter at once.
    const e = await lane.enter();
    const f = await lane.enter();
    e();
    f();
  });
});
