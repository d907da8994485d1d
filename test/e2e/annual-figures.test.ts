import { startHub, TestHub } from "../helpers/hub";
import { AnnualFiguresDocument, InsuredStatisticsDocument } from "../../schema/operations/__generated__/graphql";

/**
 * The dashboard contract on the full demo data (DESIGN §5): the figures of the seed report come out of
 * the records through the graph. The demo generator was given the seed's totals; the graph computes them.
 */
describe("the AnnualFigures contract on the full 2024 demo data", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub({ demoScale: 1 });
  }, 600_000);
  afterAll(() => hub?.stop());

  it("answers 64,200 work-injury and 40,500 unemployment insured for 2024, for a dashboard", async () => {
    const res = await hub.query(AnnualFiguresDocument, { year: 2024 }, await hub.token({ role: "dashboard" }));
    expect(res.errors).toBeUndefined();
    const { payments, ...workInjury } = res.data!.annualReport.workInjury!;
    expect({ ...res.data!.annualReport, workInjury }).toEqual({
      year: 2024, areaCode: "",
      enrollment: { workInjuryInsured: 64200, unemploymentInsured: 40500 },
      workInjury: {
        reports: { total: 712, submitted: 663, notRecognized: 9, pendingRecognition: 32, pendingInvestigation: 8 },
        appraisals: { applications: 385, completed: 376, grade1to4: 1, grade5to6: 2, grade7to10: 365, ungraded: 8 },
        trainings: { sessions: 1, enterprises: 60, attendees: 90 },
        // The seed's 3920万, from payment and settlement records; the split between them is the demo's illustrative parameter.
        fundExpenditure: { benefits: "25480000.00", medicalSettlements: "13720000.00", total: "39200000.00" },
      },
      medical: { inspections: 2, findings: 2, refunded: "910.08", deductedAtSettlement: "1089.84" },
    });
    // The year's payments by category add up to the benefits, to the fen.
    expect(payments.reduce((a, p) => a + Math.round(Number(p.amount) * 100), 0)).toBe(25_480_000_00);
  });

  it("sums the year's contributions to the report's 2401万 and 1580万 yuan", async () => {
    const token = await hub.token({ role: "analyst" });
    const wi = await hub.query(InsuredStatisticsDocument, { year: 2024, insurance: "WORK_INJURY" }, token);
    const ue = await hub.query(InsuredStatisticsDocument, { year: 2024, insurance: "UNEMPLOYMENT" }, token);
    expect(wi.data!.insuredStatistics.contributions).toBe("24010000.00");
    expect(ue.data!.insuredStatistics.contributions).toBe("15800000.00");
  });

  it("counts fewer people in 2023 history than rows, once per ID number", async () => {
    const res = await hub.query(AnnualFiguresDocument, { year: 2023 }, await hub.token({ role: "dashboard" }));
    const e = res.data!.annualReport.enrollment!;
    expect(e.workInjuryInsured).toBeGreaterThan(0);
    expect(e.unemploymentInsured).toBeLessThan(e.workInjuryInsured);
  });
});
