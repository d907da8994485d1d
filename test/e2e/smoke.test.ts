import { startHub, TestHub } from "../helpers/hub";

describe("the hub on a small demo world", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
  });
  afterAll(() => hub?.stop());

  it("answers the enrollment section of the annual report for an analyst", async () => {
    const token = await hub.token({ role: "analyst" });
    const res = await hub.query("query($year:Int!){ annualReport(year:$year){ year enrollment { workInjuryInsured unemploymentInsured } } }", { year: 2024 }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ annualReport: { year: 2024, enrollment: { workInjuryInsured: 642, unemploymentInsured: 405 } } });
  });
});
