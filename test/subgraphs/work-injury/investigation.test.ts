import { startHub, TestHub } from "../../helpers/hub";

const REPORT = `mutation R($input: ReportAccidentInput!) { reportAccident(input: $input) { id } }`;
const INVESTIGATE = `mutation I($input: RecordInvestigationInput!) { recordInvestigation(input: $input) { id reportId investigator siteVisitOn completedOn dueBy onTime interviews { role takenOn pages } recordings { kind takenOn items } } }`;
const STATUS = `query($id: ID!) { accidentReport(id: $id) { status statusOn investigations { id onTime } } }`;

describe("work-injury investigations (调查): the record, the move it makes, the service standard", () => {
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

  const report = async (severity: string) => {
    const input = { reportNumber: `IV${String(++n).padStart(6, "0")}`, personId: "1", employerId: "1", occurredOn: "2025-03-01", reportedOn: "2025-03-02", place: "车间", description: "机械伤害", severity };
    return (await hub.query<any>(REPORT, { input }, investigator)).data.reportAccident.id as string;
  };
  const investigate = (reportId: string, over: Record<string, unknown> = {}, token = investigator) => hub.query<any>(INVESTIGATE, {
    input: { reportId, investigator: "工伤调查部 李四", siteVisitOn: "2025-03-02", completedOn: "2025-03-06", interviews: [{ role: "WORKER", takenOn: "2025-03-03", pages: 4 }, { role: "WITNESS", takenOn: "2025-03-03", pages: 2 }], recordings: [{ kind: "PHOTO", takenOn: "2025-03-02", items: 12 }], ...over },
  }, token);

  it("records a serious accident's investigation, visited the day reported: on time, and the report moves on", async () => {
    const id = await report("SERIOUS");
    const res = await investigate(id);
    expect(res.errors).toBeUndefined();
    expect(res.data.recordInvestigation).toMatchObject({ reportId: id, siteVisitOn: "2025-03-02", completedOn: "2025-03-06", dueBy: "2025-03-02", onTime: true, interviews: [{ role: "WORKER", takenOn: "2025-03-03", pages: 4 }, { role: "WITNESS", takenOn: "2025-03-03", pages: 2 }], recordings: [{ kind: "PHOTO", takenOn: "2025-03-02", items: 12 }] });
    const r = (await hub.query<any>(STATUS, { id }, analyst)).data.accidentReport;
    expect(r).toEqual({ status: "PENDING_RECOGNITION", statusOn: "2025-03-06", investigations: [{ id: res.data.recordInvestigation.id, onTime: true }] });
  });

  it("the standard: a serious accident visited the next day is late; a minor one completed on its 7th day is on time, on the 8th late", async () => {
    expect((await investigate(await report("FATAL"), { siteVisitOn: "2025-03-03" })).data.recordInvestigation).toMatchObject({ dueBy: "2025-03-02", onTime: false });
    expect((await investigate(await report("MINOR"), { siteVisitOn: null, completedOn: "2025-03-09" })).data.recordInvestigation).toMatchObject({ dueBy: "2025-03-09", onTime: true, siteVisitOn: null });
    expect((await investigate(await report("MINOR"), { siteVisitOn: null, completedOn: "2025-03-10" })).data.recordInvestigation).toMatchObject({ onTime: false });
  });

  it("a second investigation of the same report is a CONFLICT naming the status, and writes nothing", async () => {
    const id = await report("MINOR");
    await investigate(id);
    const again = await investigate(id, { completedOn: "2025-03-07" });
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.reportId", rule: "report.status", status: "PENDING_RECOGNITION" });
    expect((await hub.query<any>(STATUS, { id }, analyst)).data.accidentReport.investigations).toHaveLength(1);
  });

  it.each([
    ["no site visit for a serious accident", "SERIOUS", { siteVisitOn: null }, "input.siteVisitOn", "investigation.site-visit-required"],
    ["a site visit before the report", "SERIOUS", { siteVisitOn: "2025-03-01" }, "input.siteVisitOn", "investigation.site-visit-day"],
    ["a site visit after the completion", "MINOR", { siteVisitOn: "2025-03-08" }, "input.siteVisitOn", "investigation.site-visit-day"],
    ["a completion in the future", "MINOR", { completedOn: "2099-01-01" }, "input.completedOn", "date.not-future"],
    ["a completion before the report", "MINOR", { completedOn: "2025-03-01", siteVisitOn: null }, "input.completedOn", "status.before-previous"],
    ["an interview before the accident", "MINOR", { interviews: [{ role: "WORKER", takenOn: "2025-02-28", pages: 1 }] }, "input.interviews.0.takenOn", "investigation.item-day"],
    ["an interview of no pages", "MINOR", { interviews: [{ role: "WORKER", takenOn: "2025-03-03", pages: 0 }] }, "input.interviews.0.pages", "investigation.pages"],
    ["a recording of no items", "MINOR", { recordings: [{ kind: "AUDIO", takenOn: "2025-03-03", items: 0 }] }, "input.recordings.0.items", "investigation.items"],
    ["an empty investigator", "MINOR", { investigator: " " }, "input.investigator", "investigation.investigator"],
  ])("refuses %s with its rule; the report stays awaiting investigation", async (_what, severity, over, field, rule) => {
    const id = await report(severity);
    const res = await investigate(id, over);
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
    expect((await hub.query<any>(STATUS, { id }, analyst)).data.accidentReport).toMatchObject({ status: "PENDING_INVESTIGATION", investigations: [] });
  });

  it("only injury:write records an investigation", async () => {
    const id = await report("MINOR");
    expect((await investigate(id, {}, analyst)).errors![0].extensions!.code).toBe("FORBIDDEN");
  });
});
