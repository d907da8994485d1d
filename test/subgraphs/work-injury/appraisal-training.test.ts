import fs from "node:fs";
import path from "node:path";
import { startHub, TestHub } from "../../helpers/hub";
import { caseFiler } from "../../helpers/cases";

const ANNUAL = fs.readFileSync(path.join(__dirname, "../../../schema/operations/annual-figures.graphql"), "utf8");
const REPORT = `mutation R($input: ReportAccidentInput!) { reportAccident(input: $input) { id } }`;
const APPLY = `mutation A($input: ApplyForAppraisalInput!) { applyForAppraisal(input: $input) { id status reportId areaCode appliedOn grade } }`;
const CONCLUDE = `mutation C($input: RecordAppraisalConclusionInput!) { recordAppraisalConclusion(input: $input) { id status grade careLevel concludedOn conclusionNumber } }`;
const TRAIN = `mutation T($input: RecordTrainingInput!) { recordTraining(input: $input) { id sessionNumber mode enterprises attendees } }`;
const APPRAISALS = `query { appraisals(first: 1) { totalCount } }`;
const TRAININGS = `query { preventionTrainings(first: 5, filter: { year: 2024 }) { totalCount nodes { sessionNumber heldOn mode enterprises attendees } } }`;

describe("work-injury appraisals and prevention trainings", () => {
  let hub: TestHub;
  let investigator: string;
  let analyst: string;
  let elsewhere: string;
  let analystElsewhere: string;
  let n = 0;
  let filer: ReturnType<typeof caseFiler>;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    investigator = await hub.token({ role: "investigator", sub: "investigator-1" });
    filer = caseFiler(hub, investigator, "APR");
    analyst = await hub.token({ role: "analyst", sub: "analyst-1" });
    // Bounded to another county: sees none of the demo county's records and zero figures.
    elsewhere = await hub.token({ role: "investigator", sub: "investigator-2", bounds: { area: "430581" } });
    analystElsewhere = await hub.token({ role: "analyst", sub: "analyst-2", bounds: { area: "430581" } });
  }, 240_000);
  afterAll(() => hub?.stop());

  const figures = async (year: number, token = analyst) => {
    const res = await hub.query<any>(ANNUAL, { year }, token);
    expect(res.errors).toBeUndefined();
    return res.data.annualReport.workInjury;
  };
  const appraisalCount = async () => (await hub.query<any>(APPRAISALS, {}, investigator)).data!.appraisals.totalCount as number;

  /** A report recognized by the bureau on `decidedOn` (2025), ready for an appraisal. */
  const recognized = (decidedOn = "2025-04-01", decision: "RECOGNIZED" | "REJECTED" = "RECOGNIZED") => filer.recognized({ decidedOn, decision });
  const apply = (reportId: string, over: Record<string, unknown> = {}) => hub.query<any>(APPLY, { input: { applicationNumber: `JD-T${String(++n).padStart(5, "0")}`, reportId, appliedOn: "2025-04-10", ...over } }, investigator);
  const conclude = (appraisalId: string, over: Record<string, unknown> = {}) => hub.query<any>(CONCLUDE, { input: { appraisalId, concludedOn: "2025-05-10", conclusionNumber: "JL-1", grade: 9, careLevel: null, ...over } }, investigator);

  it("returns the seed's 2024 appraisals and training on the demo data (fixed counts at any scale)", async () => {
    const w = await figures(2024);
    expect(w.appraisals).toEqual({ applications: 385, completed: 376, grade1to4: 1, grade5to6: 2, grade7to10: 365, ungraded: 8 });
    expect(w.trainings).toEqual({ sessions: 1, enterprises: 60, attendees: 90 });
    // The previous year's session counts in its own year only.
    expect((await figures(2023)).trainings).toEqual({ sessions: 1, enterprises: 45, attendees: 70 });
  });

  it("lists the 2024 session with the seed's day and mode", async () => {
    const res = await hub.query<any>(TRAININGS, {}, investigator);
    expect(res.data.preventionTrainings).toEqual({ totalCount: 1, nodes: [{ sessionNumber: "PX2024001", heldOn: "2024-11-13", mode: "BOTH", enterprises: 60, attendees: 90 }] });
  });

  it("a caller bounded to another area sees no appraisal, no training and zero figures", async () => {
    expect((await hub.query<any>(APPRAISALS, {}, elsewhere)).data.appraisals.totalCount).toBe(0);
    expect((await hub.query<any>(TRAININGS, {}, elsewhere)).data.preventionTrainings.totalCount).toBe(0);
    const w = await figures(2024, analystElsewhere);
    expect(w.appraisals.applications).toBe(0);
    expect(w.trainings).toEqual({ sessions: 0, enterprises: 0, attendees: 0 });
  });

  it("an appraisal is applied for and concluded; the year's figures follow", async () => {
    const before = (await figures(2025)).appraisals;
    const reportId = await recognized();
    const a = await apply(reportId);
    expect(a.errors).toBeUndefined();
    expect(a.data.applyForAppraisal).toMatchObject({ status: "APPLIED", reportId, areaCode: expect.stringMatching(/^430582\d{3}$/), appliedOn: "2025-04-10", grade: null });
    expect((await figures(2025)).appraisals).toEqual({ ...before, applications: before.applications + 1 });
    const c = await conclude(a.data.applyForAppraisal.id, { grade: 1, careLevel: "FULLY" });
    expect(c.data.recordAppraisalConclusion).toMatchObject({ status: "CONCLUDED", grade: 1, careLevel: "FULLY", concludedOn: "2025-05-10" });
    expect((await figures(2025)).appraisals).toEqual({ ...before, applications: before.applications + 1, completed: before.completed + 1, grade1to4: before.grade1to4 + 1 });
    const r = await hub.query<any>(`query($id: ID!) { accidentReport(id: $id) { appraisals { id grade } } }`, { id: reportId }, investigator);
    expect(r.data.accidentReport.appraisals).toEqual([{ id: a.data.applyForAppraisal.id, grade: 1 }]);
  });

  it("a conclusion without a grade counts as ungraded; a second conclusion is a CONFLICT and changes nothing", async () => {
    const a = (await apply(await recognized())).data.applyForAppraisal;
    const c = await conclude(a.id, { grade: null });
    expect(c.data.recordAppraisalConclusion).toMatchObject({ status: "CONCLUDED", grade: null });
    const again = await conclude(a.id, { grade: 3, conclusionNumber: "JL-2" });
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.appraisalId", rule: "appraisal.concluded" });
    const r = await hub.query<any>(`query($id: ID!) { appraisal(id: $id) { grade conclusionNumber } }`, { id: a.id }, investigator);
    expect(r.data.appraisal).toEqual({ grade: null, conclusionNumber: "JL-1" });
  });

  it.each([
    ["a report still under investigation", async (): Promise<string> => (await hub.query<any>(REPORT, { input: { reportNumber: `AP${String(++n).padStart(6, "0")}`, personId: "1", employerId: "1", occurredOn: "2025-03-01", reportedOn: "2025-03-02", place: "车间", description: "x", severity: "MINOR" } }, investigator)).data!.reportAccident.id],
    ["a report the bureau rejected", () => recognized("2025-04-01", "REJECTED")],
  ])("refuses an appraisal for %s (CONFLICT appraisal.not-recognized) and writes nothing", async (_what, make) => {
    const reportId = await make();
    const count = await appraisalCount();
    const res = await apply(reportId);
    expect(res.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.reportId", rule: "appraisal.not-recognized" });
    expect(await appraisalCount()).toBe(count);
  });

  it("refuses an application dated before the decision or in the future, and an unknown report", async () => {
    const reportId = await recognized("2025-04-01");
    const count = await appraisalCount();
    expect((await apply(reportId, { appliedOn: "2025-03-31" })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.appliedOn", rule: "appraisal.before-recognition" });
    expect((await apply(reportId, { appliedOn: "2999-01-01" })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.appliedOn", rule: "date.not-future" });
    expect((await apply("999999")).errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.reportId" });
    expect((await apply(reportId, { applicationNumber: "no spaces" })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.applicationNumber", rule: "appraisal.number" });
    expect(await appraisalCount()).toBe(count);
  });

  it("refuses a duplicate application number with CONFLICT naming the field", async () => {
    const reportId = await recognized();
    const first = await apply(reportId, { applicationNumber: "JD-DUP-1" });
    expect(first.errors).toBeUndefined();
    const count = await appraisalCount();
    const res = await apply(reportId, { applicationNumber: "JD-DUP-1" });
    expect(res.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.applicationNumber" });
    expect(await appraisalCount()).toBe(count);
  });

  it.each([
    [{ grade: 0 }, "input.grade", "appraisal.grade"],
    [{ grade: 11 }, "input.grade", "appraisal.grade"],
    [{ grade: null, careLevel: "PARTLY" }, "input.careLevel", "appraisal.care-without-grade"],
    [{ concludedOn: "2025-04-09" }, "input.concludedOn", "appraisal.before-application"],
    [{ concludedOn: "2999-01-01" }, "input.concludedOn", "date.not-future"],
    [{ concludedOn: "2025-02-30" }, "input.concludedOn", "date.format"],
    [{ conclusionNumber: "  " }, "input.conclusionNumber", "appraisal.conclusion-number"],
  ])("refuses the conclusion %j (%s: %s) and leaves the appraisal APPLIED", async (over, field, rule) => {
    const a = (await apply(await recognized())).data.applyForAppraisal;
    const res = await conclude(a.id, over);
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
    const r = await hub.query<any>(`query($id: ID!) { appraisal(id: $id) { status grade } }`, { id: a.id }, investigator);
    expect(r.data.appraisal).toEqual({ status: "APPLIED", grade: null });
  });

  it("records a training; the year's figures follow; a known session number is a CONFLICT", async () => {
    const before = (await figures(2025)).trainings;
    const input = { sessionNumber: "PX-T-1", areaCode: "430582", heldOn: "2025-06-01", title: "工伤预防培训", mode: "ONLINE", enterprises: 12, attendees: 30 };
    const res = await hub.query<any>(TRAIN, { input }, investigator);
    expect(res.data.recordTraining).toMatchObject({ sessionNumber: "PX-T-1", mode: "ONLINE", enterprises: 12, attendees: 30 });
    expect((await figures(2025)).trainings).toEqual({ sessions: before.sessions + 1, enterprises: before.enterprises + 12, attendees: before.attendees + 30 });
    const dup = await hub.query<any>(TRAIN, { input }, investigator);
    expect(dup.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.sessionNumber" });
    expect((await figures(2025)).trainings.sessions).toBe(before.sessions + 1);
  });

  it.each([
    [{ enterprises: 31 }, "input.enterprises", "training.enterprises"],
    [{ enterprises: -1 }, "input.enterprises", "training.enterprises"],
    [{ attendees: 0, enterprises: 0 }, "input.attendees", "training.attendees"],
    [{ heldOn: "2999-01-01" }, "input.heldOn", "date.not-future"],
    [{ areaCode: "43058" }, "input.areaCode", "area.code"],
    [{ title: " " }, "input.title", "training.title"],
  ])("refuses the training %j (%s: %s) and writes nothing", async (over, field, rule) => {
    const before = (await figures(2025)).trainings;
    const input = { sessionNumber: `PX-B-${++n}`, areaCode: "430582", heldOn: "2025-06-01", title: "培训", mode: "ONSITE", enterprises: 10, attendees: 30, ...over };
    const res = await hub.query<any>(TRAIN, { input }, investigator);
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    if (field !== "input.areaCode") expect(res.errors![0].extensions!.rule).toBe(rule);
    expect((await figures(2025)).trainings).toEqual(before);
  });

  it("refuses a training outside the caller's areas (FORBIDDEN) and an analyst's write", async () => {
    const input = { sessionNumber: "PX-F-1", areaCode: "430582", heldOn: "2025-06-01", title: "培训", mode: "ONSITE", enterprises: 1, attendees: 1 };
    expect((await hub.query<any>(TRAIN, { input }, elsewhere)).errors![0].extensions!.code).toBe("FORBIDDEN");
    expect((await hub.query<any>(TRAIN, { input }, analyst)).errors![0].extensions!.code).toBe("FORBIDDEN");
  });
});
