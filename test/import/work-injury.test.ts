import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createLogger } from "../../lib/logger";
import { importFolder } from "../../subgraphs/common/import/folder";
import { allSubgraphModules } from "../../subgraphs/modules";
import { residentIdCheckChar } from "../../subgraphs/common/validators/resident-id";
import { dataVersions, startHub, TestHub } from "../helpers/hub";

/**
 * Work-injury's import files name people and employers by ID number and credit code: the import resolves
 * them through the running hub's gateway (on behalf of the operator), computes the insured flag from the
 * enrollments, and is all-or-nothing per file and idempotent, like enrollment's.
 */
const STAFF = `{ employers(first: 4) { nodes { id creditCode areaCode industry activeEnrollments(insurance: WORK_INJURY) { startDate person { id idNumber } } } } }`;
const CASES = `query($id: ID!) { person(id: $id) { accidentReports { reportNumber status statusOn insured areaCode decision decisionNumber decisionReason place history { toStatus changedOn reason } } } }`;
const COUNT = `{ accidentReports(first: 1) { totalCount } }`;
const HEADER = "reportNumber,idNumber,creditCode,occurredOn,reportedOn,place,description,severity,investigatedOn,submittedOn,closedOn,closeReason,decision,decisionNumber,decidedOn,decisionReason";

interface Staff { id: string; creditCode: string; areaCode: string; activeEnrollments: { startDate: string; person: { id: string; idNumber: string } }[] }

describe("work-injury imports through the running hub", () => {
  let hub: TestHub;
  let investigator: string;
  let employers: Staff[];
  const dirs: string[] = [];

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    investigator = await hub.token({ role: "investigator", sub: "investigator-1" });
    employers = ((await hub.query<any>(STAFF, {}, investigator)).data.employers.nodes as Staff[]).filter((e) => e.activeEnrollments.length);
  }, 240_000);
  afterAll(async () => {
    await hub?.stop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  const folder = (lines: string[]) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-wi-import-"));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, "accident-reports.csv"), [HEADER, ...lines].join("\r\n") + "\r\n");
    return dir;
  };
  const run = (dir: string, config = hub.config) => importFolder(dir, config, { log: createLogger(config, "test"), modules: allSubgraphModules(), progressBar: false, operator: "tester" });
  /** The own wage stored for a case, as its entitlement shows it. */
  const storedWage = async (reportNumber: string) => {
    const officer = await hub.token({ role: "benefits-officer", sub: "officer-1" });
    const [report] = (await hub.query<any>(`query($n: [String!]!) { accidentReportsByNumbers(reportNumbers: $n) { id } }`, { n: [reportNumber] }, officer)).data.accidentReportsByNumbers;
    const res = await hub.query<any>(`query($id: ID!) { benefitEntitlement(reportId: $id, asOf: "2025-06-01") { ownWage { ownWage months computedOn occasion } } }`, { id: report.id }, officer);
    expect(res.errors).toBeUndefined();
    return res.data.benefitEntitlement.ownWage;
  };
  const total = async () => (await hub.query<any>(COUNT, {}, investigator)).data.accidentReports.totalCount as number;
  const cases = async (personId: string) => {
    const res = await hub.query<any>(CASES, { id: personId }, investigator);
    expect(res.errors).toBeUndefined();
    return res.data.person.accidentReports as any[];
  };

  it("imports reports with their moves and decisions; insured and area from enrollment; a second run changes nothing", async () => {
    const [a, b] = employers;
    const staff = a.activeEnrollments[0];
    const other = a.activeEnrollments.find((s) => !b.activeEnrollments.some((t) => t.person.id === s.person.id))!;
    const lines = [
      `IM000001,${staff.person.idNumber},${a.creditCode},2025-03-01,2025-03-02,车间,机械伤害,SERIOUS,2025-03-05,2025-03-10,,,RECOGNIZED,SRS-IM1,2025-04-01,`,
      `IM000002,${staff.person.idNumber.toLowerCase()},${a.creditCode},2025/3/3,2025-03-04,"车间, 二楼",滑倒,MINOR,2025-03-06,,2025-03-08,非因工,,,,`,
      `IM000003,${other.person.idNumber},${b.creditCode},2025-03-01,2025-03-02,仓库,搬运扭伤,MINOR,,,,,,,,`,
    ];
    const dir = folder(lines);
    const before = await total();
    const first = await run(dir);
    expect(first.results.map((r) => [r.file, r.rows, r.errors])).toEqual([["accident-reports.csv", 3, []]]);
    expect(await total()).toBe(before + 3);
    const mine = await cases(staff.person.id);
    const r1 = mine.find((r) => r.reportNumber === "IM000001");
    expect(r1).toMatchObject({ status: "SUBMITTED", statusOn: "2025-03-10", insured: true, areaCode: a.areaCode, decision: "RECOGNIZED", decisionNumber: "SRS-IM1" });
    expect(r1.history.map((h: any) => [h.toStatus, h.changedOn])).toEqual([["PENDING_INVESTIGATION", "2025-03-02"], ["PENDING_RECOGNITION", "2025-03-05"], ["SUBMITTED", "2025-03-10"]]);
    expect(mine.find((r) => r.reportNumber === "IM000002")).toMatchObject({ status: "NOT_RECOGNIZED", decisionReason: "非因工", place: "车间, 二楼" });
    expect((await cases(other.person.id)).find((r) => r.reportNumber === "IM000003")).toMatchObject({ insured: false, areaCode: b.areaCode, status: "PENDING_INVESTIGATION" });

    // Again: nothing new, and no data version bumped (no cached figure thrown away). Then a later
    // export of the same case carries further moves: they are added.
    const versions = await dataVersions(hub);
    expect((await run(dir)).results[0].errors).toEqual([]);
    expect(await total()).toBe(before + 3);
    expect(await dataVersions(hub)).toEqual(versions);
    const later = folder([lines[0], lines[1], `IM000003,${other.person.idNumber},${b.creditCode},2025-03-01,2025-03-02,仓库（更正）,搬运扭伤,MINOR,2025-03-06,2025-03-12,,,,,,`]);
    expect((await run(later)).results[0].errors).toEqual([]);
    expect((await cases(other.person.id)).find((r) => r.reportNumber === "IM000003")).toMatchObject({ status: "SUBMITTED", place: "仓库（更正）" });
    expect(await total()).toBe(before + 3);
  });

  it("rejects the whole file, naming line, field and rule, and writes nothing", async () => {
    const [a] = employers;
    const staff = a.activeEnrollments[0];
    const unknown = `43058219800101999${residentIdCheckChar("43058219800101999")}`;
    const good = `IM100001,${staff.person.idNumber},${a.creditCode},2025-03-01,2025-03-02,车间,x,MINOR,,,,,,,,`;
    const before = await total();
    const outcome = await run(folder([
      good,
      `IM100002,${unknown},${a.creditCode},2025-03-01,2025-03-02,车间,x,MINOR,,,,,,,,`,
      `IM100003,${staff.person.idNumber},${a.creditCode},2025-03-01,2025-03-02,车间,x,MINOR,,2025-03-05,,,,,,`,
      `IM100004,${staff.person.idNumber},${a.creditCode},2025-03-01,2025-03-02,车间,x,MINOR,2025-03-03,,2025-03-04,,,,,`,
      `IM100005,${staff.person.idNumber},${a.creditCode},2025-03-01,2025-03-02,车间,x,MINOR,2025-03-03,2025-03-04,,,RECOGNIZED,,2025-03-09,`,
      `IM100006,${staff.person.idNumber},${a.creditCode},2025-03-01,2025-02-28,车间,x,MINOR,,,,,,,,`,
      good.replace("车间,x", "车间,y"),
      `IM100008,${unknown.slice(0, 17)}${unknown[17] === "0" ? "1" : "0"},${a.creditCode},2025-03-01,2025-03-02,车间,x,MINOR,,,,,,,,`,
    ]));
    const errors = outcome.results[0].errors.map((e) => [e.line, e.field, e.rule]);
    expect(errors).toEqual([
      [3, "idNumber", "person.unknown"],
      [4, "submittedOn", "report.status-order"],
      [5, "closeReason", "report.reason-required"],
      [6, "decisionNumber", "decision.incomplete"],
      [7, "reportedOn", "report.before-accident"],
      [8, "reportNumber", "import.duplicate"],
      [9, "idNumber", "resident-id.checksum"],
    ]);
    expect(outcome.results[0].errors.find((e) => e.rule === "import.duplicate")!.message).toMatch(/\(line 2\)/);
    expect(await total()).toBe(before);
  });

  it("refuses to rewrite a case the hub holds differently: other parties, or a history changed in the hub", async () => {
    const [a, b] = employers;
    const staff = a.activeEnrollments[0];
    const row = `IM200001,${staff.person.idNumber},${a.creditCode},2025-03-01,2025-03-02,车间,x,MINOR,2025-03-05,,,,,,,`;
    expect((await run(folder([row]))).results[0].errors).toEqual([]);
    const moved = await run(folder([row.replace(a.creditCode, b.creditCode)]));
    expect(moved.results[0].errors.map((e) => [e.field, e.rule])).toEqual([["creditCode", "report.differs"]]);
    const [mine] = (await cases(staff.person.id)).filter((r) => r.reportNumber === "IM200001");
    expect(mine.status).toBe("PENDING_RECOGNITION");
    // The file says investigated on 03-05; the hub's history says otherwise once a correction is made there.
    const id = (await hub.query<any>(`query($id: ID!) { person(id: $id) { accidentReports { id reportNumber } } }`, { id: staff.person.id }, investigator)).data.person.accidentReports.find((r: any) => r.reportNumber === "IM200001").id;
    const fix = await hub.query<any>(`mutation C($input: CorrectReportStatusInput!) { correctAccidentReportStatus(input: $input) { status } }`, { input: { reportId: id, status: "PENDING_INVESTIGATION", on: "2025-03-06", reason: "调查未完成" } }, investigator);
    expect(fix.errors).toBeUndefined();
    const again = await run(folder([row]));
    expect(again.results[0].errors.map((e) => [e.field, e.rule])).toEqual([["reportNumber", "report.history-differs"]]);
  });

  it("imports qualification checks and payments by payment key with the mutation's rules; all or nothing; a second run changes nothing", async () => {
    const [a] = employers;
    const staff = a.activeEnrollments[0];
    const payee = staff.person.idNumber;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-wi-import-"));
    dirs.push(dir);
    const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join("\n") + "\n");
    write("accident-reports.csv", [HEADER, `IM400001,${payee},${a.creditCode},2025-03-01,2025-03-02,车间,x,SERIOUS,2025-03-05,2025-03-10,,,RECOGNIZED,SRS-IM4,2025-04-01,`]);
    write("qualification-checks.csv", ["reportNumber,year,checkedOn", "IM400001,2025,2025-05-02"]);
    const PAY = "paymentKey,reportNumber,category,periodFrom,periodTo,amount,paidOn,payeeName,payeeIdNumber";
    write("benefit-payments.csv", [PAY, `IMP-1,IM400001,ONE_TIME_DISABILITY_SUBSIDY,2025-05-10,2025-05-10,"45,000.50",2025-05-20,张三,${payee}`, `IMP-2,IM400001,DISABILITY_ALLOWANCE,2025-05-01,2025-05-31,3000,2025-05-20,张三,${payee.toLowerCase()}`]);
    const officer = await hub.token({ role: "benefits-officer", sub: "officer-1" });
    const count = async () => (await hub.query<any>(`{ benefitPayments(first: 1) { totalCount } }`, {}, officer)).data.benefitPayments.totalCount as number;
    const before = await count();
    const first = await run(dir);
    expect(first.results.map((r) => [r.file, r.rows, r.errors])).toEqual([["accident-reports.csv", 1, []], ["qualification-checks.csv", 1, []], ["benefit-payments.csv", 2, []]]);
    expect(await count()).toBe(before + 2);
    expect((await run(dir)).results.every((r) => r.errors.length === 0)).toBe(true);
    expect(await count()).toBe(before + 2);

    const registrar = await hub.token({ role: "registrar", sub: "registrar-1" });
    expect((await hub.query<any>(`mutation D($input: RecordDeathInput!) { recordDeath(input: $input) { id } }`, { input: { personId: staff.person.id, dateOfDeath: "2025-06-15", source: "CIVIL_AFFAIRS" } }, registrar)).errors).toBeUndefined();
    write("benefit-payments.csv", [PAY,
      `IMP-3,IM400001,ONE_TIME_DISABILITY_SUBSIDY,2025-05-10,2025-05-10,100,2025-05-20,张三,${payee}`,
      `IMP-1,IM400001,ONE_TIME_DISABILITY_SUBSIDY,2025-05-10,2025-05-10,45000.00,2025-05-20,张三,${payee}`,
      `IMP-4,IM400001,DISABILITY_ALLOWANCE,2025-07-01,2025-07-31,3000,2025-07-20,张三,${payee}`,
      `IMP-5,IM999999,FUNERAL_SUBSIDY,2025-05-10,2025-05-10,100,2025-05-20,张三,${payee}`,
      `IMP-6,IM000002,FUNERAL_SUBSIDY,2025-05-10,2025-05-10,100,2025-05-20,张三,${payee}`,
      `IMP-7,IM400001,CARE_ALLOWANCE,2025-01-01,2025-01-31,100,2025-02-20,张三,${payee}`,
      `IMP-8,IM400001,FUNERAL_SUBSIDY,2025-05-10,2025-05-10,0,2025-05-20,张三,${payee}`,
    ]);
    const rejected = await run(dir);
    const payments = rejected.results.find((r) => r.file === "benefit-payments.csv")!;
    expect(payments.errors.map((e) => [e.line, e.field, e.rule])).toEqual([
      [2, "category", "benefit.one-time-twice"],
      [3, "paymentKey", "benefit.payment-key-reused"],
      [4, "periodFrom", "benefit.after-death"],
      [5, "reportNumber", "report.unknown"],
      [6, "reportNumber", "benefit.not-recognized"],
      [7, "periodFrom", "benefit.before-accident"],
      [8, "amount", "benefit.amount"],
    ]);
    expect(await count()).toBe(before + 2);
  });

  it("imports appraisals (applied, then concluded once) and trainings (corrected in place); the year's figures follow", async () => {
    const [a] = employers;
    const staff = a.activeEnrollments[0];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-wi-import-"));
    dirs.push(dir);
    const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join("\n") + "\n");
    const analyst = await hub.token({ role: "analyst", sub: "analyst-1" });
    const figures = async () => (await hub.query<any>(`{ annualReport(year: 2025) { workInjury { appraisals { applications completed grade1to4 grade7to10 } trainings { sessions enterprises attendees } } } }`, {}, analyst)).data.annualReport.workInjury;
    const before = await figures();
    write("accident-reports.csv", [HEADER, `IM500001,${staff.person.idNumber},${a.creditCode},2025-03-01,2025-03-02,车间,x,SERIOUS,2025-03-05,2025-03-10,,,RECOGNIZED,SRS-IM5,2025-04-01,`]);
    const APPRAISALS = "applicationNumber,reportNumber,appliedOn,concludedOn,conclusionNumber,grade,careLevel";
    write("appraisals.csv", [APPRAISALS, "JD2025IM001,IM500001,2025-04-10,,,,", "JD2025IM002,IM500001,2025-04-11,2025-05-10,JL-IM002,8,"]);
    const TRAININGS = "sessionNumber,areaCode,heldOn,title,mode,enterprises,attendees";
    write("trainings.csv", [TRAININGS, `PX2025IM01,${a.areaCode},2025-06-01,工伤预防培训,ONSITE,3,40`]);
    const first = await run(dir);
    expect(first.results.map((r) => [r.file, r.rows, r.errors])).toEqual([["accident-reports.csv", 1, []], ["appraisals.csv", 2, []], ["trainings.csv", 1, []]]);
    const after = await figures();
    expect(after.appraisals).toEqual({ ...before.appraisals, applications: before.appraisals.applications + 2, completed: before.appraisals.completed + 1, grade7to10: before.appraisals.grade7to10 + 1 });
    expect(after.trainings).toEqual({ sessions: before.trainings.sessions + 1, enterprises: before.trainings.enterprises + 3, attendees: before.trainings.attendees + 40 });
    // The conclusion fixed the case's own wage from enrollment's bases, as the mutation does.
    const wage = await storedWage("IM500001");
    expect(wage).toMatchObject({ occasion: "APPRAISAL", computedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(wage.months.length).toBeGreaterThan(0);

    // A later export: the first appraisal concluded (added), the training's attendance corrected, nothing duplicated.
    write("appraisals.csv", [`${APPRAISALS},extendedOn,extensionReason`, "JD2025IM001,IM500001,2025-04-10,2025-05-20,JL-IM001,2,FULLY,2025-05-01,案情复杂", "JD2025IM002,IM500001,2025-04-11,2025-05-10,JL-IM002,8,,,"]);
    write("trainings.csv", [TRAININGS, `PX2025IM01,${a.areaCode},2025-06-01,工伤预防培训,ONSITE,3,45`]);
    expect((await run(dir)).results.every((r) => r.errors.length === 0)).toBe(true);
    const later = await figures();
    expect(later.appraisals).toMatchObject({ applications: after.appraisals.applications, completed: after.appraisals.completed + 1, grade1to4: after.appraisals.grade1to4 + 1 });
    expect(later.trainings.attendees).toBe(after.trainings.attendees + 5);
    const appraisals = ((await hub.query<any>(`query($id: ID!) { person(id: $id) { accidentReports { reportNumber appraisals { applicationNumber extendedOn extensionReason } } } }`, { id: staff.person.id }, investigator))
      .data.person.accidentReports as any[]).find((r) => r.reportNumber === "IM500001").appraisals;
    expect(appraisals).toContainEqual({ applicationNumber: "JD2025IM001", extendedOn: "2025-05-01", extensionReason: "案情复杂" });

    // A conclusion is not rewritten; half a conclusion, a grade out of range and an unrecognized report are refused.
    write("appraisals.csv", [APPRAISALS,
      "JD2025IM002,IM500001,2025-04-11,2025-05-10,JL-IM002,9,",
      "JD2025IM003,IM500001,2025-04-12,,,5,",
      "JD2025IM004,IM500001,2025-04-12,2025-05-01,JL-IM004,11,",
      "JD2025IM005,IM000002,2025-04-12,,,,",
    ]);
    fs.rmSync(path.join(dir, "trainings.csv"));
    const refused = (await run(dir)).results.find((r) => r.file === "appraisals.csv")!;
    expect(refused.errors.map((e) => [e.line, e.field, e.rule])).toEqual([
      [2, "concludedOn", "appraisal.conclusion-differs"],
      [3, "concludedOn", "appraisal.conclusion-incomplete"],
      [4, "grade", "appraisal.grade"],
      [5, "reportNumber", "appraisal.not-recognized"],
    ]);
    expect((await figures()).appraisals).toEqual(later.appraisals);
  });

  it("imports investigations (making the move, or attached to the move's day) and recognition applications with their deadlines", async () => {
    const [a] = employers;
    const staff = a.activeEnrollments[0];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-wi-import-"));
    dirs.push(dir);
    const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join("\n") + "\n");
    const row = (n: string, investigatedOn = "") => `${n},${staff.person.idNumber},${a.creditCode},2025-03-01,2025-03-02,车间,x,MINOR,${investigatedOn},,,,,,,`;
    write("accident-reports.csv", [HEADER, row("IM600001"), row("IM600002", "2025-03-05")]);
    const INVESTIGATIONS = "reportNumber,investigator,siteVisitOn,completedOn,interviews,recordings";
    write("investigations.csv", [INVESTIGATIONS, "IM600001,李四,,2025-03-08,WORKER:2025-03-03:4;witness:2025-03-04:2,PHOTO:2025-03-03:12", "IM600002,李四,2025-03-03,2025-03-05,,"]);
    write("recognition-applications.csv", ["reportNumber,applicant,appliedOn,acceptedOn,clearFacts", "IM600001,EMPLOYER,2025-03-20,2025-03-25,true", "IM600002,WORKER,2026-06-01,,"]);
    const outcome = await run(dir);
    expect(outcome.results.map((r) => [r.file, r.rows, r.errors])).toEqual([["accident-reports.csv", 2, []], ["investigations.csv", 2, []], ["recognition-applications.csv", 2, []]]);
    const q = `query($id: ID!) { person(id: $id) { accidentReports { reportNumber status statusOn history { toStatus } investigations { completedOn onTime interviews { role pages } } recognitionApplication { applicant filedLate acceptedOn dueBy } } } }`;
    const answer = await hub.query<any>(q, { id: staff.person.id }, investigator);
    expect(answer.errors).toBeUndefined();
    const reports = answer.data.person.accidentReports as any[];
    const one = reports.find((r) => r.reportNumber === "IM600001");
    const two = reports.find((r) => r.reportNumber === "IM600002");
    expect(one).toMatchObject({ status: "PENDING_RECOGNITION", statusOn: "2025-03-08", investigations: [{ completedOn: "2025-03-08", onTime: true, interviews: [{ role: "WORKER", pages: 4 }, { role: "WITNESS", pages: 2 }] }] });
    expect(one.recognitionApplication).toEqual({ applicant: "EMPLOYER", filedLate: false, acceptedOn: "2025-03-25", dueBy: "2025-04-09" });
    expect(two.history.map((h: any) => h.toStatus)).toEqual(["PENDING_INVESTIGATION", "PENDING_RECOGNITION"]);
    expect(two.investigations).toHaveLength(1);
    expect(two.recognitionApplication).toMatchObject({ applicant: "WORKER", filedLate: true, acceptedOn: null });
    // Again: nothing new. An investigation on another day than the move, another applicant, a bad list: refused.
    expect((await run(dir)).results.every((r) => r.errors.length === 0)).toBe(true);
    write("investigations.csv", [INVESTIGATIONS, "IM600001,王五,,2025-03-08,,", `IM600003,李四,,2025-03-08,WORKER:2025-3-3:4,`]);
    write("recognition-applications.csv", ["reportNumber,applicant,appliedOn,acceptedOn,clearFacts", "IM600002,EMPLOYER,2026-06-01,,"]);
    fs.rmSync(path.join(dir, "accident-reports.csv"));
    const refused = await run(dir);
    expect(refused.results.map((r) => [r.file, r.errors.map((e) => [e.line, e.field, e.rule])])).toEqual([
      ["investigations.csv", [[2, "reportNumber", "investigation.differs"], [3, "interviews", "investigation.list-format"]]],
    ]);
    expect(refused.skipped).toEqual(["recognition-applications.csv"]);
    fs.rmSync(path.join(dir, "investigations.csv"));
    expect((await run(dir)).results[0].errors.map((e) => [e.field, e.rule])).toEqual([["applicant", "recognition.differs"]]);
  });

  it("imports dependants of a fatal case; the end of an eligibility is corrected in place, anything else is refused", async () => {
    const [a] = employers;
    const staff = a.activeEnrollments[0];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-wi-import-"));
    dirs.push(dir);
    const write = (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join("\n") + "\n");
    const id = (first17: string) => `${first17}${residentIdCheckChar(first17)}`;
    write("accident-reports.csv", [HEADER, `IM700001,${staff.person.idNumber},${a.creditCode},2025-03-01,2025-03-01,车间,x,FATAL,2025-03-01,2025-03-05,,,RECOGNIZED,SRS-IM7,2025-04-01,`]);
    const DEPENDANTS = "reportNumber,name,idNumber,relation,orphanOrLoneElderly,eligibleFrom,eligibleUntil";
    write("dependants.csv", [DEPENDANTS, `IM700001,王芳,${id("43058219850101200")},SPOUSE,,2025-03-02,`, `IM700001,李小明,${id("43058220150101300")},CHILD,false,2025-03-02,2033-01-01`]);
    const q = `query($id: ID!) { person(id: $id) { accidentReports { reportNumber dependants { relation eligibleUntil } } } }`;
    const dependants = async () => ((await hub.query<any>(q, { id: staff.person.id }, investigator)).data.person.accidentReports as any[]).find((r) => r.reportNumber === "IM700001").dependants;
    for (let i = 0; i < 2; i++) expect((await run(dir)).results.map((r) => r.errors)).toEqual([[], []]);
    expect(await dependants()).toEqual([{ relation: "SPOUSE", eligibleUntil: null }, { relation: "CHILD", eligibleUntil: "2033-01-01" }]);
    // The recognized death fixed the case's own wage; the second run changed nothing.
    expect(await storedWage("IM700001")).toMatchObject({ occasion: "DEATH" });
    write("dependants.csv", [DEPENDANTS, `IM700001,王芳,${id("43058219850101200")},SPOUSE,,2025-03-02,`, `IM700001,李小明,${id("43058220150101300")},CHILD,false,2025-03-02,2032-12-31`]);
    expect((await run(dir)).results[1].errors).toEqual([]);
    expect((await dependants())[1].eligibleUntil).toBe("2032-12-31");
    fs.rmSync(path.join(dir, "accident-reports.csv"));
    write("dependants.csv", [DEPENDANTS,
      `IM700001,王芳,${id("43058219850101200")},CHILD,,2025-03-02,`,
      `IM500001,王芳,${id("43058219850101200")},SPOUSE,,2025-03-02,`,
      `IM700001,张三,${id("43058219700101400")},PARENT,true,2025-02-01,`,
    ]);
    expect((await run(dir)).results[0].errors.map((e) => [e.line, e.field, e.rule])).toEqual([[2, "idNumber", "dependant.differs"], [3, "reportNumber", "dependant.not-fatal"], [4, "eligibleFrom", "dependant.before-death"]]);
  });

  it("says plainly that the hub must be running when its gateway cannot be reached, and writes nothing", async () => {
    const [a] = employers;
    const staff = a.activeEnrollments[0];
    const before = await total();
    const down = { ...hub.config, gatewayUrl: "http://127.0.0.1:9/graphql" };
    await expect(run(folder([`IM300001,${staff.person.idNumber},${a.creditCode},2025-03-01,2025-03-02,车间,x,MINOR,,,,,,,,`]), down)).rejects.toThrow(/needs the hub running \(GATEWAY_URL http:\/\/127\.0\.0\.1:9\/graphql/);
    expect(await total()).toBe(before);
  });
});
