import fs from "node:fs";
import path from "node:path";
import { startHub, TestHub } from "../../helpers/hub";
import { caseFiler } from "../../helpers/cases";
import { residentIdCheckChar } from "../../../subgraphs/common/validators/resident-id";

const ANNUAL = fs.readFileSync(path.join(__dirname, "../../../schema/operations/annual-figures.graphql"), "utf8");
const PAY = `mutation P($input: RecordBenefitPaymentInput!) { recordBenefitPayment(input: $input) { id paymentKey reportId category periodFrom periodTo amount paidOn payeeName areaCode } }`;
const CHECK = `mutation Q($input: RecordQualificationCheckInput!) { recordQualificationCheck(input: $input) { id reportId year checkedOn } }`;
const PAYMENTS = `query($f: BenefitPaymentFilter) { benefitPayments(first: 1, filter: $f) { totalCount } }`;
/** A valid resident ID number of the demo county (its check character computed by the kit's validator). */
const PAYEE_ID = `43058219900101123${residentIdCheckChar("43058219900101123")}`;

const fen = (yuan: string) => Math.round(Number(yuan) * 100);

describe("work-injury benefit payments, qualification checks and the fund's expenditure", () => {
  let hub: TestHub;
  let investigator: string;
  let officer: string;
  let analyst: string;
  let analystElsewhere: string;
  let officerElsewhere: string;
  let n = 0;
  let filer: ReturnType<typeof caseFiler>;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    investigator = await hub.token({ role: "investigator", sub: "investigator-1" });
    filer = caseFiler(hub, investigator, "PY");
    officer = await hub.token({ role: "benefits-officer", sub: "officer-1" });
    analyst = await hub.token({ role: "analyst", sub: "analyst-1" });
    analystElsewhere = await hub.token({ role: "analyst", sub: "analyst-2", bounds: { area: "430581" } });
    officerElsewhere = await hub.token({ role: "benefits-officer", sub: "officer-2", bounds: { area: "430581" } });
  }, 240_000);
  afterAll(() => hub?.stop());

  const figures = async (year: number, token = analyst) => {
    const res = await hub.query<any>(ANNUAL, { year }, token);
    expect(res.errors).toBeUndefined();
    return res.data.annualReport.workInjury;
  };
  const count = async (f: Record<string, unknown> = {}, token = officer) => (await hub.query<any>(PAYMENTS, { f }, token)).data!.benefitPayments.totalCount as number;

  /** A report recognized by the bureau on 2025-04-01 (accident 2025-03-01). */
  const recognized = (decision: "RECOGNIZED" | "REJECTED" = "RECOGNIZED") => filer.recognized({ decision, report: { severity: "SERIOUS" } });
  const pay = (reportId: string, over: Record<string, unknown> = {}, token = officer) => hub.query<any>(PAY, {
    input: { paymentKey: `K-${++n}`, reportId, category: "ONE_TIME_DISABILITY_SUBSIDY", periodFrom: "2025-05-10", periodTo: "2025-05-10", amount: "45000.00", paidOn: "2025-05-20", payeeName: "张三", payeeIdNumber: PAYEE_ID, ...over },
  }, token);

  it("sums the demo's 2024 fund expenditure from its records: benefits paid + settlements paid = the world's total", async () => {
    const w = await figures(2024);
    const e = w.fundExpenditure;
    // demoScale 0.01 of the seed's 3920万, of which the ILLUSTRATIVE medical part is 1372万.
    expect(e).toEqual({ benefits: "254800.00", medicalSettlements: "137200.00", total: "392000.00" });
    const byCategory = w.payments.reduce((a: number, p: any) => a + fen(p.amount), 0);
    expect(byCategory).toBe(fen(e.benefits));
    // The categories paid in the year, in the enum's order (no demo case ended its employment: no medical subsidy).
    expect(w.payments.map((p: any) => p.category)).toEqual(["ONE_TIME_DISABILITY_SUBSIDY", "ONE_TIME_DEATH_SUBSIDY", "FUNERAL_SUBSIDY", "DISABILITY_ALLOWANCE", "CARE_ALLOWANCE", "DEPENDANT_PENSION"]);
    const paid = Object.fromEntries(w.payments.map((p: any) => [p.category, p.payments]));
    // Every 2024 graded conclusion (376 − 8 ungraded) has its one-time subsidy; long-term beneficiaries draw 12 months.
    expect(paid.ONE_TIME_DISABILITY_SUBSIDY).toBe(368);
    expect(paid.DISABILITY_ALLOWANCE).toBeGreaterThanOrEqual(5 * 12);
    expect(paid.ONE_TIME_DEATH_SUBSIDY).toBe(paid.FUNERAL_SUBSIDY);
    // The previous year has long-term beneficiaries' payments and settlements of its own.
    expect((await figures(2023)).fundExpenditure.benefits).not.toBe("0.00");
  });

  it("a caller bounded to another area sees no payment and a zero expenditure", async () => {
    expect(await count({}, officerElsewhere)).toBe(0);
    const w = await figures(2024, analystElsewhere);
    expect(w.fundExpenditure).toEqual({ benefits: "0.00", medicalSettlements: "0.00", total: "0.00" });
    expect(w.payments).toEqual([]);
  });

  it("records a one-time payment; the year's figures and the case follow", async () => {
    const before = (await figures(2025)).fundExpenditure;
    const reportId = await recognized();
    const res = await pay(reportId, { amount: "45000.50" });
    expect(res.errors).toBeUndefined();
    expect(res.data.recordBenefitPayment).toMatchObject({ reportId, category: "ONE_TIME_DISABILITY_SUBSIDY", amount: "45000.50", payeeName: "张三", areaCode: expect.stringMatching(/^430582\d{3}$/) });
    const after = (await figures(2025)).fundExpenditure;
    expect(fen(after.benefits) - fen(before.benefits)).toBe(4_500_050);
    expect(fen(after.total)).toBe(fen(after.benefits) + fen(after.medicalSettlements));
    const r = await hub.query<any>(`query($id: ID!) { accidentReport(id: $id) { payments { id amount } } }`, { id: reportId }, officer);
    expect(r.data.accidentReport.payments).toEqual([{ id: res.data.recordBenefitPayment.id, amount: "45000.50" }]);
  });

  it("the same payment key records once; reused for another payment it is CONFLICT", async () => {
    const reportId = await recognized();
    const first = await pay(reportId, { paymentKey: "SAME-KEY-1" });
    const again = await pay(reportId, { paymentKey: "SAME-KEY-1" });
    expect(again.errors).toBeUndefined();
    expect(again.data.recordBenefitPayment.id).toBe(first.data.recordBenefitPayment.id);
    expect(await count({ reportId })).toBe(1);
    const other = await pay(reportId, { paymentKey: "SAME-KEY-1", amount: "1.00" });
    expect(other.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.paymentKey", rule: "benefit.payment-key-reused" });
    expect(await count({ reportId })).toBe(1);
  });

  it("a one-time item is never paid twice, also when two payments race", async () => {
    const reportId = await recognized();
    const [a, b] = await Promise.all([pay(reportId), pay(reportId)]);
    const ok = [a, b].filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    const refused = [a, b].find((r) => r.errors)!;
    expect(refused.errors![0].extensions).toMatchObject({ rule: "benefit.one-time-twice", field: "input.category" });
    const third = await pay(reportId);
    expect(third.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "benefit.one-time-twice" });
    expect(await count({ reportId })).toBe(1);
    // Another one-time item of the same case is its own.
    expect((await pay(reportId, { category: "FUNERAL_SUBSIDY" })).errors).toBeUndefined();
  });

  it("a monthly item needs the year's qualification check; a check is recorded once", async () => {
    const reportId = await recognized();
    const monthly = { category: "DISABILITY_ALLOWANCE", periodFrom: "2025-06-01", periodTo: "2025-06-30", amount: "4500.00", paidOn: "2025-06-10" };
    const refused = await pay(reportId, monthly);
    expect(refused.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.periodFrom", rule: "benefit.qualification-missing" });
    const check = await hub.query<any>(CHECK, { input: { reportId, year: 2025, checkedOn: "2025-05-02" } }, officer);
    expect(check.errors).toBeUndefined();
    expect(check.data.recordQualificationCheck).toMatchObject({ reportId, year: 2025, checkedOn: "2025-05-02" });
    expect((await pay(reportId, monthly)).errors).toBeUndefined();
    // A period running into 2026 needs 2026's check too.
    const across = await pay(reportId, { ...monthly, periodFrom: "2025-12-01", periodTo: "2026-01-31", paidOn: "2025-12-10" });
    expect(across.errors![0].extensions).toMatchObject({ rule: "benefit.qualification-missing" });
    const twice = await hub.query<any>(CHECK, { input: { reportId, year: 2025, checkedOn: "2025-05-03" } }, officer);
    expect(twice.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.year", rule: "qualification.duplicate" });
    const outside = await hub.query<any>(CHECK, { input: { reportId, year: 2026, checkedOn: "2025-12-20" } }, officer);
    expect(outside.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.checkedOn", rule: "qualification.in-year" });
    const r = await hub.query<any>(`query($id: ID!) { accidentReport(id: $id) { qualificationChecks { year } payments { category } } }`, { id: reportId }, officer);
    expect(r.data.accidentReport).toEqual({ qualificationChecks: [{ year: 2025 }], payments: [{ category: "DISABILITY_ALLOWANCE" }] });
  });

  it("refuses a payment for a report not recognized (CONFLICT) and writes nothing", async () => {
    const rejected = await recognized("REJECTED");
    const res = await pay(rejected);
    expect(res.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.reportId", rule: "benefit.not-recognized" });
    expect(await count({ reportId: rejected })).toBe(0);
    const unknown = await pay("999999");
    expect(unknown.errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.reportId" });
  });

  it.each([
    ["a zero amount", { amount: "0.00" }, "input.amount", "benefit.amount"],
    ["a negative amount", { amount: "-5.00" }, "input.amount", "benefit.amount"],
    ["an amount above the guard", { amount: "5000000.01" }, "input.amount", "benefit.amount"],
    ["a payee ID number with a wrong check character", { payeeIdNumber: PAYEE_ID.slice(0, 17) + (PAYEE_ID[17] === "1" ? "2" : "1") }, "input.payeeIdNumber", "resident-id.checksum"],
    ["an empty payee name", { payeeName: "  " }, "input.payeeName", "benefit.payee-name"],
    ["a period before the accident", { periodFrom: "2025-02-01" }, "input.periodFrom", "benefit.before-accident"],
    ["a period ending before it starts", { periodFrom: "2025-05-10", periodTo: "2025-05-01" }, "input.periodTo", "benefit.period-order"],
    ["a day paid in the future", { paidOn: "2099-01-01" }, "input.paidOn", "date.not-future"],
    ["a malformed payment key", { paymentKey: "bad key!" }, "input.paymentKey", "benefit.payment-key"],
    ["a monthly item paid before its period", { category: "CARE_ALLOWANCE", periodFrom: "2025-07-01", periodTo: "2025-07-31", paidOn: "2025-06-20" }, "input.paidOn", "benefit.paid-in-advance"],
  ])("refuses %s with its rule and writes nothing", async (_what, over, field, rule) => {
    const reportId = await recognized();
    const res = await pay(reportId, over);
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
    expect(await count({ reportId })).toBe(0);
  });

  it("a bad date or amount is refused by the scalars before any resolver", async () => {
    const reportId = await recognized();
    expect((await pay(reportId, { paidOn: "2025-02-30" })).errors![0].message).toMatch(/date\.format/);
    expect((await pay(reportId, { amount: "12.345" })).errors![0].message).toMatch(/money\.format/);
    expect(await count({ reportId })).toBe(0);
  });

  it("only injury:benefits records payments and checks; a payee's data is masked without pii:read", async () => {
    const reportId = await recognized();
    const denied = await pay(reportId, {}, investigator);
    expect(denied.errors![0].extensions!.code).toBe("FORBIDDEN");
    const check = await hub.query<any>(CHECK, { input: { reportId, year: 2025, checkedOn: "2025-05-02" } }, investigator);
    expect(check.errors![0].extensions!.code).toBe("FORBIDDEN");
    const elsewhere = await pay(reportId, {}, officerElsewhere);
    expect(elsewhere.errors![0].extensions!.code).toBe("NOT_FOUND");
    expect(await count({ reportId })).toBe(0);
    await pay(reportId);
    const read = `query($f: BenefitPaymentFilter) { benefitPayments(first: 1, filter: $f) { nodes { payeeName payeeIdNumber } } }`;
    const plain = (await hub.query<any>(read, { f: { reportId } }, officer)).data.benefitPayments.nodes[0];
    expect(plain).toEqual({ payeeName: "张三", payeeIdNumber: PAYEE_ID });
    const masked = (await hub.query<any>(read, { f: { reportId } }, analyst)).data.benefitPayments.nodes[0];
    expect(masked.payeeName).not.toBe("张三");
    expect(masked.payeeIdNumber).not.toBe(PAYEE_ID);
  });
});
