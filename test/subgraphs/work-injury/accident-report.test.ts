import fs from "node:fs";
import path from "node:path";
import { startHub, TestHub } from "../../helpers/hub";

const ANNUAL = fs.readFileSync(path.join(__dirname, "../../../schema/operations/annual-figures.graphql"), "utf8");
const REPORT = `mutation R($input: ReportAccidentInput!) { reportAccident(input: $input) { id status insured history { toStatus changedOn correction reason } } }`;
const MOVE = (name: string) => `mutation M($input: ReportMoveInput!) { ${name}(input: $input) { id status statusOn } }`;
const DECIDE = `mutation D($input: RecordDecisionInput!) { recordRecognitionDecision(input: $input) { id decision decisionNumber } }`;
const CORRECT = `mutation C($input: CorrectReportStatusInput!) { correctAccidentReportStatus(input: $input) { id status history { toStatus correction reason } } }`;
const COUNT = `query { accidentReports(first: 1) { totalCount } }`;

describe("work-injury accident reports", () => {
  let hub: TestHub;
  let investigator: string;
  let analyst: string;
  let n = 0;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    investigator = await hub.token({ role: "investigator", sub: "investigator-1" });
    analyst = await hub.token({ role: "analyst", sub: "analyst-1" });
  }, 240_000);
  afterAll(() => hub?.stop());

  const input = (over: Record<string, unknown> = {}) => ({
    reportNumber: `T${String(++n).padStart(6, "0")}`, personId: "1", employerId: "1",
    occurredOn: "2025-03-01", reportedOn: "2025-03-02", place: "车间", description: "手部划伤", severity: "MINOR", ...over,
  });
  const report = async (over: Record<string, unknown> = {}) => (await hub.query<any>(REPORT, { input: input(over) }, investigator)).data!.reportAccident;
  const total = async () => (await hub.query<any>(COUNT, {}, investigator)).data!.accidentReports.totalCount as number;

  it("returns the seed's 2024 report figures on the demo data (fixed counts at any scale)", async () => {
    const res = await hub.query<any>(ANNUAL, { year: 2024 }, analyst);
    expect(res.errors).toBeUndefined();
    expect(res.data.annualReport.workInjury.reports).toEqual({ total: 712, submitted: 663, notRecognized: 9, pendingRecognition: 32, pendingInvestigation: 8 });
  });

  it("when a report is received it is PENDING_INVESTIGATION with a dated history entry", async () => {
    const r = await report();
    expect(r.status).toBe("PENDING_INVESTIGATION");
    expect(r.history).toEqual([{ toStatus: "PENDING_INVESTIGATION", changedOn: "2025-03-02", correction: false, reason: null }]);
  });

  it("moves along the table: investigated, submitted, decided by the bureau", async () => {
    const r = await report();
    const a = await hub.query<any>(MOVE("completeInvestigation"), { input: { reportId: r.id, on: "2025-03-05" } }, investigator);
    expect(a.data.completeInvestigation.status).toBe("PENDING_RECOGNITION");
    const b = await hub.query<any>(MOVE("submitForRecognition"), { input: { reportId: r.id, on: "2025-03-10" } }, investigator);
    expect(b.data.submitForRecognition.status).toBe("SUBMITTED");
    const d = await hub.query<any>(DECIDE, { input: { reportId: r.id, decision: "RECOGNIZED", decisionNumber: "SRS-1", decidedOn: "2025-04-01" } }, investigator);
    expect(d.data.recordRecognitionDecision).toMatchObject({ decision: "RECOGNIZED", decisionNumber: "SRS-1" });
  });

  it("closes without recognition only with a reason", async () => {
    const r = await report();
    await hub.query<any>(MOVE("completeInvestigation"), { input: { reportId: r.id, on: "2025-03-05" } }, investigator);
    const no = await hub.query<any>(MOVE("closeWithoutRecognition"), { input: { reportId: r.id, on: "2025-03-06" } }, investigator);
    expect(no.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason", rule: "report.reason-required" });
    const ok = await hub.query<any>(MOVE("closeWithoutRecognition"), { input: { reportId: r.id, on: "2025-03-06", reason: "非因工" } }, investigator);
    expect(ok.data.closeWithoutRecognition.status).toBe("NOT_RECOGNIZED");
  });

  it.each([
    ["submitForRecognition", "PENDING_INVESTIGATION"],
    ["closeWithoutRecognition", "PENDING_INVESTIGATION"],
  ])("when %s is sent on a new report it is refused with CONFLICT naming %s", async (mutation, current) => {
    const r = await report();
    const res = await hub.query<any>(MOVE(mutation), { input: { reportId: r.id, on: "2025-03-05", reason: "x" } }, investigator);
    expect(res.errors![0].extensions).toMatchObject({ code: "CONFLICT", status: current });
    expect(res.errors![0].message).toContain(current);
  });

  it("refuses investigating twice and a decision on a report not SUBMITTED (CONFLICT, current status)", async () => {
    const r = await report();
    await hub.query<any>(MOVE("completeInvestigation"), { input: { reportId: r.id, on: "2025-03-05" } }, investigator);
    const again = await hub.query<any>(MOVE("completeInvestigation"), { input: { reportId: r.id, on: "2025-03-06" } }, investigator);
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", status: "PENDING_RECOGNITION" });
    const d = await hub.query<any>(DECIDE, { input: { reportId: r.id, decision: "RECOGNIZED", decisionNumber: "X", decidedOn: "2025-03-07" } }, investigator);
    expect(d.errors![0].extensions).toMatchObject({ code: "CONFLICT", status: "PENDING_RECOGNITION" });
  });

  it.each(["SERIOUS", "FATAL"])("refuses the bare move on a %s accident (no site visit) and leaves it awaiting investigation", async (severity) => {
    const r = await report({ severity });
    const res = await hub.query<any>(MOVE("completeInvestigation"), { input: { reportId: r.id, on: "2025-03-05" } }, investigator);
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reportId", rule: "investigation.site-visit-required" });
    const after = await hub.query<any>(`query Q($id: ID!) { accidentReport(id: $id) { status history { toStatus } } }`, { id: r.id }, investigator);
    expect(after.data.accidentReport).toEqual({ status: "PENDING_INVESTIGATION", history: [{ toStatus: "PENDING_INVESTIGATION" }] });
  });

  it("a correction undoes a wrong move with its reason kept in the history", async () => {
    const r = await report();
    await hub.query<any>(MOVE("completeInvestigation"), { input: { reportId: r.id, on: "2025-03-05" } }, investigator);
    const c = await hub.query<any>(CORRECT, { input: { reportId: r.id, status: "PENDING_INVESTIGATION", on: "2025-03-06", reason: "调查笔录未签字" } }, investigator);
    expect(c.data.correctAccidentReportStatus.status).toBe("PENDING_INVESTIGATION");
    expect(c.data.correctAccidentReportStatus.history.at(-1)).toEqual({ toStatus: "PENDING_INVESTIGATION", correction: true, reason: "调查笔录未签字" });
  });

  it.each([
    [{ reportedOn: "2025-02-28" }, "input.reportedOn", "report.before-accident"],
    [{ occurredOn: "2999-01-01" }, "input.occurredOn", "date.not-future"],
    [{ place: " " }, "input.place", "report.place"],
  ])("refuses bad input %j with field and rule and writes nothing", async (over, field, rule) => {
    const before = await total();
    const res = await hub.query<any>(REPORT, { input: input(over) }, investigator);
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
    expect(await total()).toBe(before);
  });

  it("refuses a known report number with CONFLICT naming the field", async () => {
    const i = input();
    await hub.query<any>(REPORT, { input: i }, investigator);
    const res = await hub.query<any>(REPORT, { input: i }, investigator);
    expect(res.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.reportNumber" });
  });
});
