import { startHub, TestHub } from "../../helpers/hub";
import { investigate } from "../../helpers/cases";
import { workInjuryConfig } from "../../../subgraphs/work-injury/config";
import { Severity } from "../../../subgraphs/work-injury/accident-report/status";
import { applicationDue, appraisalDue, deadlineState, investigationDue, recognitionDue } from "../../../subgraphs/work-injury/late-case/deadline.rules";

const DAYS = workInjuryConfig.parse({});
const REPORT = `mutation R($input: ReportAccidentInput!) { reportAccident(input: $input) { id } }`;
const MOVE = (name: string) => `mutation M($input: ReportMoveInput!) { ${name}(input: $input) { id status } }`;
const DECIDE = `mutation D($input: RecordDecisionInput!) { recordRecognitionDecision(input: $input) { id decision } }`;
const APPLY = `mutation A($input: ApplyForRecognitionInput!) { applyForRecognition(input: $input) { id reportId applicant appliedOn applicationDueBy filedLate acceptedOn dueBy } }`;
const ACCEPT = `mutation C($input: AcceptRecognitionInput!) { acceptRecognitionApplication(input: $input) { id acceptedOn clearFacts dueBy suspendedDays } }`;
const CLOCK = (name: string) => `mutation K($input: RecognitionClockInput!) { ${name}(input: $input) { id suspendedSince suspendedDays dueBy daysLeft overdue } }`;
const LATE = `query L($asOf: Date!, $kind: DeadlineKind!) { lateCases(asOf: $asOf, kind: $kind, first: 200) { totalCount nodes { id kind dueBy daysOverdue report { id reportNumber } } } }`;

describe("deadlines (DESIGN §3): calendar days, the start day not counted, met on the due day", () => {
  it("investigation: serious and fatal the day reported, minor within 7 days", () => {
    expect(investigationDue("2024-03-01", Severity.SERIOUS, DAYS)).toBe("2024-03-01");
    expect(investigationDue("2024-03-01", Severity.FATAL, DAYS)).toBe("2024-03-01");
    expect(investigationDue("2024-03-01", Severity.MINOR, DAYS)).toBe("2024-03-08");
  });
  it("application: the employer within 30 days, the others within 1 year (29 February → 28 February)", () => {
    expect(applicationDue("2024-03-01", "EMPLOYER", DAYS)).toBe("2024-03-31");
    expect(applicationDue("2024-02-29", "WORKER", DAYS)).toBe("2025-02-28");
    expect(applicationDue("2024-05-10", "RELATIVE", DAYS)).toBe("2025-05-10");
  });
  it("recognition: 60 days after acceptance, 15 when the facts are clear, suspended days added", () => {
    expect(recognitionDue("2024-01-10", false, 0, DAYS)).toBe("2024-03-10");
    expect(recognitionDue("2024-01-10", true, 0, DAYS)).toBe("2024-01-25");
    expect(recognitionDue("2024-01-10", false, 10, DAYS)).toBe("2024-03-20");
    expect(appraisalDue("2024-11-15")).toBe("2025-01-14");
  });
  it("the day before, on and after the due day", () => {
    expect(deadlineState("2024-03-31", "2024-03-30")).toEqual({ dueBy: "2024-03-31", daysLeft: 1, overdue: false });
    expect(deadlineState("2024-03-31", "2024-03-31")).toEqual({ dueBy: "2024-03-31", daysLeft: 0, overdue: false });
    expect(deadlineState("2024-03-31", "2024-04-01")).toEqual({ dueBy: "2024-03-31", daysLeft: -1, overdue: true });
  });
});

describe("recognition applications and lateCases through the gateway", () => {
  let hub: TestHub;
  let investigator: string;
  let elsewhere: string;
  let n = 0;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    investigator = await hub.token({ role: "investigator", sub: "investigator-1" });
    elsewhere = await hub.token({ role: "investigator", sub: "investigator-2", bounds: { area: "430581" } });
  }, 240_000);
  afterAll(() => hub?.stop());

  const report = async (severity = "SERIOUS") => {
    const input = { reportNumber: `DL${String(++n).padStart(6, "0")}`, personId: "1", employerId: "1", occurredOn: "2025-03-01", reportedOn: "2025-03-02", place: "车间", description: "坠落", severity };
    const res = await hub.query<any>(REPORT, { input }, investigator);
    expect(res.errors).toBeUndefined();
    return res.data.reportAccident.id as string;
  };
  const late = async (asOf: string, kind: string, token = investigator) => {
    const res = await hub.query<any>(LATE, { asOf, kind }, token);
    expect(res.errors).toBeUndefined();
    return res.data.lateCases as { totalCount: number; nodes: { id: string; kind: string; dueBy: string; daysOverdue: number }[] };
  };
  const lateOf = async (id: string, asOf: string, kind: string) => (await late(asOf, kind)).nodes.find((c) => c.id === id);
  const apply = (reportId: string, over: Record<string, unknown> = {}) => hub.query<any>(APPLY, { input: { reportId, applicant: "EMPLOYER", appliedOn: "2025-03-05", ...over } }, investigator);

  it("INVESTIGATION: a serious accident is late from the day after it was reported until investigated", async () => {
    const id = await report("SERIOUS");
    expect(await lateOf(id, "2025-03-02", "INVESTIGATION")).toBeUndefined();
    expect(await lateOf(id, "2025-03-03", "INVESTIGATION")).toEqual({ id, kind: "INVESTIGATION", dueBy: "2025-03-02", daysOverdue: 1, report: expect.objectContaining({ id }) });
    await investigate(hub, investigator, id, "2025-03-05");
    expect((await lateOf(id, "2025-03-04", "INVESTIGATION"))?.daysOverdue).toBe(2);
    expect(await lateOf(id, "2025-03-05", "INVESTIGATION")).toBeUndefined();
  });

  it("INVESTIGATION: a minor one on its 7th day is on time, on the 8th late", async () => {
    const id = await report("MINOR");
    expect(await lateOf(id, "2025-03-09", "INVESTIGATION")).toBeUndefined();
    expect((await lateOf(id, "2025-03-10", "INVESTIGATION"))?.dueBy).toBe("2025-03-09");
  });

  it("APPLICATION: the employer's 30 days; an application after them is recorded and flagged", async () => {
    const id = await report();
    expect(await lateOf(id, "2025-03-31", "APPLICATION")).toBeUndefined();
    expect((await lateOf(id, "2025-04-01", "APPLICATION"))?.daysOverdue).toBe(1);
    const a = await apply(id, { appliedOn: "2025-04-05" });
    expect(a.errors).toBeUndefined();
    expect(a.data.applyForRecognition).toMatchObject({ applicant: "EMPLOYER", applicationDueBy: "2025-03-31", filedLate: true, acceptedOn: null, dueBy: null });
    expect(await lateOf(id, "2025-04-04", "APPLICATION")).toBeTruthy();
    expect(await lateOf(id, "2025-04-05", "APPLICATION")).toBeUndefined();
    const w = await apply(await report(), { applicant: "WORKER", appliedOn: "2025-08-01" });
    expect(w.data.applyForRecognition).toMatchObject({ applicationDueBy: "2026-03-01", filedLate: false });
  });

  it("RECOGNITION: 60 days from acceptance, paused by a suspension; the day before, on and after", async () => {
    const id = await report();
    const app = (await apply(id)).data.applyForRecognition;
    const accepted = await hub.query<any>(ACCEPT, { input: { applicationId: app.id, acceptedOn: "2025-04-10", clearFacts: false } }, investigator);
    expect(accepted.data.acceptRecognitionApplication).toMatchObject({ acceptedOn: "2025-04-10", dueBy: "2025-06-09", suspendedDays: 0 });
    const s = await hub.query<any>(CLOCK("suspendRecognition"), { input: { applicationId: app.id, on: "2025-05-01" } }, investigator);
    expect(s.data.suspendRecognition).toMatchObject({ suspendedSince: "2025-05-01", daysLeft: null, overdue: false });
    // While suspended the clock does not run: not late even past the original due day.
    expect(await lateOf(id, "2025-06-15", "RECOGNITION")).toBeUndefined();
    const r = await hub.query<any>(CLOCK("resumeRecognition"), { input: { applicationId: app.id, on: "2025-05-11" } }, investigator);
    expect(r.data.resumeRecognition).toMatchObject({ suspendedSince: null, suspendedDays: 10, dueBy: "2025-06-19", overdue: true });
    expect(r.data.resumeRecognition.daysLeft).toBeLessThan(0);
    expect(await lateOf(id, "2025-06-18", "RECOGNITION")).toBeUndefined();
    expect(await lateOf(id, "2025-06-19", "RECOGNITION")).toBeUndefined();
    expect(await lateOf(id, "2025-06-20", "RECOGNITION")).toMatchObject({ dueBy: "2025-06-19", daysOverdue: 1 });
    // Decided: late until the decision's day only.
    await investigate(hub, investigator, id, "2025-03-05");
    await hub.query<any>(MOVE("submitForRecognition"), { input: { reportId: id, on: "2025-04-10" } }, investigator);
    await hub.query<any>(DECIDE, { input: { reportId: id, decision: "RECOGNIZED", decisionNumber: `SRS-DL${n}`, decidedOn: "2025-06-25" } }, investigator);
    expect(await lateOf(id, "2025-06-24", "RECOGNITION")).toBeTruthy();
    expect(await lateOf(id, "2025-06-25", "RECOGNITION")).toBeUndefined();
  });

  it("APPRAISAL: 60 days from the application until concluded", async () => {
    const id = await report();
    await investigate(hub, investigator, id, "2025-03-05");
    await hub.query<any>(MOVE("submitForRecognition"), { input: { reportId: id, on: "2025-03-10" } }, investigator);
    await hub.query<any>(DECIDE, { input: { reportId: id, decision: "RECOGNIZED", decisionNumber: `SRS-DA${n}`, decidedOn: "2025-04-01" } }, investigator);
    const a = await hub.query<any>(`mutation($input: ApplyForAppraisalInput!) { applyForAppraisal(input: $input) { id } }`, { input: { applicationNumber: `JD-DL${n}`, reportId: id, appliedOn: "2025-04-10" } }, investigator);
    expect(a.errors).toBeUndefined();
    expect(await lateOf(id, "2025-06-09", "APPRAISAL")).toBeUndefined();
    expect(await lateOf(id, "2025-06-10", "APPRAISAL")).toMatchObject({ dueBy: "2025-06-09", daysOverdue: 1 });
  });

  it("APPRAISAL extended by 30 days, once, within the first 60: late from the 91st day; the extension refused out of time, twice or empty", async () => {
    const id = await report();
    await investigate(hub, investigator, id, "2025-03-05");
    await hub.query<any>(MOVE("submitForRecognition"), { input: { reportId: id, on: "2025-03-10" } }, investigator);
    await hub.query<any>(DECIDE, { input: { reportId: id, decision: "RECOGNIZED", decisionNumber: `SRS-DX${n}`, decidedOn: "2025-04-01" } }, investigator);
    const a = (await hub.query<any>(`mutation($input: ApplyForAppraisalInput!) { applyForAppraisal(input: $input) { id } }`, { input: { applicationNumber: `JD-DX${n}`, reportId: id, appliedOn: "2025-04-10" } }, investigator)).data.applyForAppraisal;
    const EXTEND = `mutation($input: ExtendAppraisalInput!) { extendAppraisal(input: $input) { id extendedOn extensionReason } }`;
    const extend = (on: string, reason = "案情复杂") => hub.query<any>(EXTEND, { input: { appraisalId: a.id, on, reason } }, investigator);
    expect((await extend("2025-06-10")).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.on", rule: "appraisal.extension-day" });
    expect((await extend("2025-06-01", " ")).errors![0].extensions).toMatchObject({ field: "input.reason", rule: "appraisal.extension-reason" });
    expect((await extend("2025-06-09")).data.extendAppraisal).toMatchObject({ extendedOn: "2025-06-09", extensionReason: "案情复杂" });
    expect((await extend("2025-06-09")).errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "appraisal.extended" });
    // Before the extension day the case counts as the 60 days say; from it, 90.
    expect(await lateOf(id, "2025-06-10", "APPRAISAL")).toBeUndefined();
    expect(await lateOf(id, "2025-07-09", "APPRAISAL")).toBeUndefined();
    expect(await lateOf(id, "2025-07-10", "APPRAISAL")).toMatchObject({ dueBy: "2025-07-09", daysOverdue: 1 });
  });

  it("refuses what the table does not allow, naming the rule, and writes nothing", async () => {
    const id = await report();
    const app = (await apply(id)).data.applyForRecognition;
    expect((await apply(id)).errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.reportId", rule: "recognition.duplicate" });
    expect((await apply(await report(), { appliedOn: "2025-02-27" })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.appliedOn", rule: "recognition.before-accident" });
    expect((await apply(await report(), { appliedOn: "2099-01-01" })).errors![0].extensions).toMatchObject({ rule: "date.not-future" });
    const early = await hub.query<any>(ACCEPT, { input: { applicationId: app.id, acceptedOn: "2025-03-04", clearFacts: true } }, investigator);
    expect(early.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.acceptedOn", rule: "recognition.before-application" });
    const notAccepted = await hub.query<any>(CLOCK("suspendRecognition"), { input: { applicationId: app.id, on: "2025-04-01" } }, investigator);
    expect(notAccepted.errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "recognition.not-accepted" });
    await hub.query<any>(ACCEPT, { input: { applicationId: app.id, acceptedOn: "2025-03-06", clearFacts: true } }, investigator);
    const twice = await hub.query<any>(ACCEPT, { input: { applicationId: app.id, acceptedOn: "2025-03-07", clearFacts: false } }, investigator);
    expect(twice.errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "recognition.accepted" });
    const running = await hub.query<any>(CLOCK("resumeRecognition"), { input: { applicationId: app.id, on: "2025-04-01" } }, investigator);
    expect(running.errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "recognition.not-suspended" });
    await hub.query<any>(CLOCK("suspendRecognition"), { input: { applicationId: app.id, on: "2025-03-10" } }, investigator);
    const again = await hub.query<any>(CLOCK("suspendRecognition"), { input: { applicationId: app.id, on: "2025-03-11" } }, investigator);
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "recognition.suspended" });
    const backwards = await hub.query<any>(CLOCK("resumeRecognition"), { input: { applicationId: app.id, on: "2025-03-09" } }, investigator);
    expect(backwards.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "recognition.before-suspension" });
    const r = await hub.query<any>(`query($id: ID!) { accidentReport(id: $id) { recognitionApplication { acceptedOn clearFacts dueBy suspendedSince suspendedDays } } }`, { id }, investigator);
    expect(r.data.accidentReport.recognitionApplication).toEqual({ acceptedOn: "2025-03-06", clearFacts: true, dueBy: "2025-03-21", suspendedSince: "2025-03-10", suspendedDays: 0 });
    const closed = await report();
    await investigate(hub, investigator, closed, "2025-03-05");
    const c = await hub.query<any>(MOVE("closeWithoutRecognition"), { input: { reportId: closed, on: "2025-03-06", reason: "非因工作原因" } }, investigator);
    expect(c.errors).toBeUndefined();
    expect((await apply(closed)).errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "recognition.closed" });
  });

  it("the demo's cases still uninvestigated in January are late; another area sees none", async () => {
    const investigation = await late("2025-01-15", "INVESTIGATION");
    expect(investigation.totalCount).toBeGreaterThan(0);
    for (const c of investigation.nodes) expect(c.daysOverdue).toBeGreaterThanOrEqual(1);
    expect((await late("2025-03-01", "RECOGNITION")).totalCount).toBeGreaterThan(0);
    expect((await late("2025-01-15", "INVESTIGATION", elsewhere)).totalCount).toBe(0);
  });
});
