import { startHub, TestHub } from "../../helpers/hub";
import { investigate } from "../../helpers/cases";
import { residentIdCheckChar } from "../../../subgraphs/common/validators/resident-id";

/**
 * Enrollment's facts in work-injury's writes, read through the gateway with work-injury's service key on
 * behalf of the caller: the parties of a report (by hub id or ID number and credit code; area, industry,
 * insured on the accident day) and the payee's date of death.
 */
const REPORT = `mutation R($input: ReportAccidentInput!) { reportAccident(input: $input) { id insured areaCode industry person { id } employer { id } } }`;
const COUNT = `{ accidentReports(first: 1) { totalCount } }`;
const MOVE = (name: string) => `mutation M($input: ReportMoveInput!) { ${name}(input: $input) { id status } }`;
const DECIDE = `mutation D($input: RecordDecisionInput!) { recordRecognitionDecision(input: $input) { id } }`;
const CHECK = `mutation Q($input: RecordQualificationCheckInput!) { recordQualificationCheck(input: $input) { id } }`;
const PAY = `mutation P($input: RecordBenefitPaymentInput!) { recordBenefitPayment(input: $input) { id periodTo } }`;
const PAYMENTS = `{ benefitPayments(first: 1) { totalCount } }`;
const DEATH = `mutation D($input: RecordDeathInput!) { recordDeath(input: $input) { id dateOfDeath } }`;
const STAFF = `{ employers(first: 3) { nodes { id creditCode areaCode industry activeEnrollments(insurance: WORK_INJURY) { startDate person { id idNumber } } } } }`;

interface Staff { id: string; creditCode: string; areaCode: string; industry: string; activeEnrollments: { startDate: string; person: { id: string; idNumber: string } }[] }

describe("work-injury reads enrollment's facts through the gateway", () => {
  let hub: TestHub;
  let investigator: string;
  let officer: string;
  let elsewhere: string;
  let employers: Staff[];
  let n = 0;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    investigator = await hub.token({ role: "investigator", sub: "investigator-1" });
    officer = await hub.token({ role: "benefits-officer", sub: "officer-1" });
    elsewhere = await hub.token({ role: "investigator", sub: "investigator-2", bounds: { area: "430581" } });
    const res = await hub.query<any>(STAFF, {}, investigator);
    expect(res.errors).toBeUndefined();
    employers = (res.data.employers.nodes as Staff[]).filter((e) => e.activeEnrollments.length);
    expect(employers.length).toBeGreaterThanOrEqual(2);
  }, 240_000);
  afterAll(() => hub?.stop());

  const facts = (over: Record<string, unknown>) => ({
    reportNumber: `PT${String(++n).padStart(6, "0")}`, occurredOn: "2025-03-01", reportedOn: "2025-03-02", place: "车间", description: "机械伤害", severity: "MINOR", ...over,
  });
  const total = async () => (await hub.query<any>(COUNT, {}, investigator)).data!.accidentReports.totalCount as number;

  it("names the parties by ID number and credit code; insured, area and industry come from enrollment", async () => {
    const e = employers[0];
    const staff = e.activeEnrollments[0];
    const res = await hub.query<any>(REPORT, { input: facts({ idNumber: staff.person.idNumber, creditCode: e.creditCode.toLowerCase() }) }, investigator);
    expect(res.errors).toBeUndefined();
    expect(res.data.reportAccident).toMatchObject({ insured: true, areaCode: e.areaCode, industry: e.industry, person: { id: staff.person.id }, employer: { id: e.id } });
  });

  it("accepts a report without an active work-injury enrollment there on the day, flagged uninsured", async () => {
    const [a, b] = employers;
    const person = a.activeEnrollments.find((s) => !b.activeEnrollments.some((t) => t.person.id === s.person.id))!.person;
    const atOther = await hub.query<any>(REPORT, { input: facts({ personId: person.id, employerId: b.id }) }, investigator);
    expect(atOther.errors).toBeUndefined();
    expect(atOther.data.reportAccident).toMatchObject({ insured: false, areaCode: b.areaCode });
    // The day before the enrollment started: not insured yet.
    const start = a.activeEnrollments.find((s) => s.person.id === person.id)!.startDate;
    const before = new Date(Date.parse(start) - 86_400_000).toISOString().slice(0, 10);
    const early = await hub.query<any>(REPORT, { input: facts({ personId: person.id, employerId: a.id, occurredOn: before, reportedOn: before }) }, investigator);
    expect(early.data.reportAccident.insured).toBe(false);
    const onStart = await hub.query<any>(REPORT, { input: facts({ personId: person.id, employerId: a.id, occurredOn: start, reportedOn: start }) }, investigator);
    expect(onStart.data.reportAccident.insured).toBe(true);
  });

  const unknownId = `43058219800101999${residentIdCheckChar("43058219800101999")}`;
  it.each([
    ["an unknown ID number", () => ({ idNumber: unknownId, employerId: employers[0].id }), "NOT_FOUND", "input.idNumber", undefined],
    ["an ID number with a wrong check character", () => ({ idNumber: unknownId.slice(0, 17) + (unknownId[17] === "0" ? "1" : "0"), employerId: employers[0].id }), "BAD_USER_INPUT", "input.idNumber", "resident-id.checksum"],
    ["both a person id and an ID number", () => ({ personId: "1", idNumber: unknownId, employerId: employers[0].id }), "BAD_USER_INPUT", "input.personId", "party.one-of"],
    ["no employer", () => ({ personId: "1" }), "BAD_USER_INPUT", "input.employerId", "party.one-of"],
    ["an unknown person id", () => ({ personId: "99999999", employerId: employers[0].id }), "NOT_FOUND", "input.personId", undefined],
    ["a malformed employer id", () => ({ personId: "1", employerId: "x" }), "BAD_USER_INPUT", "input.employerId", undefined],
  ])("refuses %s with its field and writes nothing", async (_what, parties, code, field, rule) => {
    const before = await total();
    const res = await hub.query<any>(REPORT, { input: facts(parties()) }, investigator);
    expect(res.errors![0].extensions).toMatchObject({ code, field, ...(rule ? { rule } : {}) });
    expect(await total()).toBe(before);
  });

  it("a caller bounded to another area cannot name a person outside it: the same NOT_FOUND as an unknown one", async () => {
    const staff = employers[0].activeEnrollments[0];
    const res = await hub.query<any>(REPORT, { input: facts({ idNumber: staff.person.idNumber, creditCode: employers[0].creditCode }) }, elsewhere);
    expect(res.errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.idNumber" });
  });

  it("pays nothing for a period after the payee's recorded death; the period up to it is paid", async () => {
    const staff = employers[0].activeEnrollments[0];
    const r = await hub.query<any>(REPORT, { input: facts({ personId: staff.person.id, employerId: employers[0].id, severity: "SERIOUS" }) }, investigator);
    const id = r.data.reportAccident.id;
    await investigate(hub, investigator, id, "2025-03-05");
    await hub.query<any>(MOVE("submitForRecognition"), { input: { reportId: id, on: "2025-03-10" } }, investigator);
    expect((await hub.query<any>(DECIDE, { input: { reportId: id, decision: "RECOGNIZED", decisionNumber: `SRS-PT${n}`, decidedOn: "2025-04-01" } }, investigator)).errors).toBeUndefined();
    expect((await hub.query<any>(CHECK, { input: { reportId: id, year: 2025, checkedOn: "2025-05-02" } }, officer)).errors).toBeUndefined();
    const registrar = await hub.token({ role: "registrar", sub: "registrar-1" });
    expect((await hub.query<any>(DEATH, { input: { personId: staff.person.id, dateOfDeath: "2025-06-15", source: "CIVIL_AFFAIRS" } }, registrar)).errors).toBeUndefined();
    const pay = (periodFrom: string, periodTo: string) => hub.query<any>(PAY, {
      input: { paymentKey: `PT-${++n}`, reportId: id, category: "DISABILITY_ALLOWANCE", periodFrom, periodTo, amount: "3000.00", paidOn: "2025-07-20", payeeName: "某某", payeeIdNumber: staff.person.idNumber },
    }, officer);
    const count = async () => (await hub.query<any>(PAYMENTS, {}, officer)).data!.benefitPayments.totalCount as number;
    const before = await count();
    expect((await pay("2025-07-01", "2025-07-31")).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.periodFrom", rule: "benefit.after-death" });
    expect((await pay("2025-06-01", "2025-06-30")).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.periodTo", rule: "benefit.period-straddles-death" });
    expect(await count()).toBe(before);
    const upTo = await pay("2025-06-01", "2025-06-15");
    expect(upTo.errors).toBeUndefined();
    expect(await count()).toBe(before + 1);
  });

  it("when enrollment cannot be asked (the service key revoked) the write is refused as unavailable and nothing is written", async () => {
    const admin = await hub.token({ role: "administrator", sub: "admin-1" });
    expect((await hub.query<any>(`mutation { revokeServiceKey(name: "work-injury") { status } }`, {}, admin)).data.revokeServiceKey.status).toBe("REVOKED");
    const before = await total();
    const res = await hub.query<any>(REPORT, { input: facts({ personId: "1", employerId: employers[0].id }) }, investigator);
    expect(res.errors![0].extensions!.code).toBe("SERVICE_UNAVAILABLE");
    expect(res.errors![0].message).toMatch(/nothing was recorded/);
    expect(await total()).toBe(before);
  });
});
