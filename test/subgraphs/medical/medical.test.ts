import { startHub, TestHub } from "../../helpers/hub";

/** The medical subgraph's rules through the gateway (registered; no demo data of its own yet). */
const REGISTER = `mutation RegisterInstitution($input: RegisterMedicalInstitutionInput!) { registerMedicalInstitution(input: $input) { id agreementUntil } }`;
const FINDING = `mutation RecordFinding($input: RecordFindingInput!) { recordMedicalFinding(input: $input) { id amount settlementId } }`;
const SETTLE = `mutation RecordSettlement($input: RecordSettlementInput!) { recordMedicalSettlement(input: $input) { id claimed deducted carriedIn carryOver paid deductions { id } } }`;
const ADMIT = `mutation Admit($input: AdmitInpatientInput!) { admitInpatient(input: $input) { id } }`;
const CASES = `query Cases { inpatientCases(first: 1) { totalCount } }`;

type S = { id: string; claimed: string; deducted: string; carriedIn: string; carryOver: string; paid: string; deductions: { id: string }[] };

describe("medical: institutions, admissions, findings and settlements", () => {
  let hub: TestHub;
  let officer: string;
  let seq = 0;
  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    officer = await hub.token({ role: "benefits-officer", sub: "officer-1" });
  }, 300_000);
  afterAll(() => hub?.stop());

  it("the demo's medical section is the seed's: two inspections, two findings, 910.08 refunded, 1,089.84 to deduct at settlement (before the tests below add theirs)", async () => {
    const r = await hub.query("query { annualReport(year: 2024) { medical { inspections findings refunded deductedAtSettlement } } }", {}, await hub.token({ role: "dashboard" }));
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ annualReport: { medical: { inspections: 2, findings: 2, refunded: "910.08", deductedAtSettlement: "1089.84" } } });
  });

  const institution = async (over: Record<string, unknown> = {}) => {
    const res = await hub.query<{ registerMedicalInstitution: { id: string } }>(REGISTER, {
      input: { code: `H${Date.now()}${seq++}`, name: "邵东市人民医院", level: "二级甲等", kind: "GENERAL", areaCode: "430582", agreementFrom: "2024-01-01", agreementUntil: "2024-12-31", ...over },
    }, officer);
    expect(res.errors).toBeUndefined();
    return res.data!.registerMedicalInstitution.id;
  };
  const settle = (institutionId: string, claimed: string, periodUntil = "2024-12-31") =>
    hub.query<{ recordMedicalSettlement: S }>(SETTLE, { input: { settlementNumber: `S${Date.now()}${seq++}`, institutionId, periodFrom: "2024-11-01", periodUntil, claimed, paidOn: "2025-01-10" } }, officer);

  it("when ten settlements of one institution race, the pending finding is deducted by exactly one of them", async () => {
    const id = await institution();
    const f = await hub.query(FINDING, { input: { findingNumber: `F${seq++}`, institutionId: id, foundOn: "2024-11-20", kinds: ["OVER_TREATMENT", "INJURY_ILLNESS_NOT_SEPARATED"], amount: "1089.84", resolution: "DEDUCT_AT_SETTLEMENT" } }, officer);
    expect(f.errors).toBeUndefined();
    const all = await Promise.all(Array.from({ length: 10 }, () => settle(id, "5000.00")));
    for (const r of all) expect(r.errors).toBeUndefined();
    const s = all.map((r) => r.data!.recordMedicalSettlement);
    expect(s.filter((x) => x.deducted === "1089.84")).toHaveLength(1);
    expect(s.filter((x) => x.deducted === "0.00")).toHaveLength(9);
    expect(s.reduce((n, x) => n + x.deductions.length, 0)).toBe(1);
    expect(s.find((x) => x.deducted === "1089.84")!.paid).toBe("3910.16");
  }, 60_000);

  it("a finding waits for a settlement whose period ends after it, and a deduction larger than the claim carries over once", async () => {
    const id = await institution();
    await hub.query(FINDING, { input: { findingNumber: `F${seq++}`, institutionId: id, foundOn: "2024-11-20", kinds: ["OVER_TREATMENT"], amount: "1000.00", resolution: "DEDUCT_AT_SETTLEMENT" } }, officer);
    const early = (await settle(id, "800.00", "2024-11-20")).data!.recordMedicalSettlement;
    expect(early.deducted).toBe("0.00");
    const first = (await settle(id, "800.00")).data!.recordMedicalSettlement;
    expect([first.deducted, first.paid, first.carryOver]).toEqual(["1000.00", "0.00", "200.00"]);
    const second = (await settle(id, "800.00")).data!.recordMedicalSettlement;
    expect([second.deducted, second.carriedIn, second.paid, second.carryOver]).toEqual(["0.00", "200.00", "600.00", "0.00"]);
    const third = (await settle(id, "800.00")).data!.recordMedicalSettlement;
    expect([third.carriedIn, third.paid]).toEqual(["0.00", "800.00"]);
  }, 60_000);

  it("an admission links its patient to the register by ID number and its accident report by number, through the gateway", async () => {
    const id = await institution({ agreementFrom: "2015-01-01", agreementUntil: "2026-12-31" });
    const investigator = await hub.token({ role: "investigator", sub: "investigator-1" });
    const r = (await hub.query<any>(`{ accidentReports(first: 1) { nodes { id reportNumber occurredOn person { id idNumber } } } }`, {}, investigator)).data.accidentReports.nodes[0];
    const admit = (over: Record<string, unknown>) => hub.query<any>(ADMIT, { input: { institutionId: id, admissionNumber: `ZYL${seq++}`, patientName: "张三", patientIdNumber: r.person.idNumber, admittedOn: r.occurredOn, diagnosis: "骨折", ...over } }, officer);
    expect((await admit({ reportNumber: r.reportNumber.toLowerCase() })).errors).toBeUndefined();
    const linked = await hub.query<any>(`query($p: ID!, $r: ID!) { person(id: $p) { inpatientCases { institutionId } } accidentReport(id: $r) { inpatientCases { institutionId } } }`, { p: r.person.id, r: r.id }, officer);
    expect(linked.data.person.inpatientCases).toContainEqual({ institutionId: id });
    expect(linked.data.accidentReport.inpatientCases).toContainEqual({ institutionId: id });
    const count = async () => (await hub.query<any>(`query($i: ID!) { inpatientCases(first: 1, filter: { institutionId: $i }) { totalCount } }`, { i: id }, officer)).data.inpatientCases.totalCount;
    const before = await count();
    expect((await admit({ reportNumber: "BA-NO-SUCH" })).errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.reportNumber" });
    expect(await count()).toBe(before);
  });

  it("an admission under an expired agreement is refused with CONFLICT and writes nothing", async () => {
    const id = await institution({ agreementUntil: "2024-06-30" });
    const before = (await hub.query<{ inpatientCases: { totalCount: number } }>(CASES, {}, officer)).data!.inpatientCases.totalCount;
    const res = await hub.query(ADMIT, { input: { institutionId: id, admissionNumber: "ZY001", patientName: "张三", patientIdNumber: "360426199101010071", admittedOn: "2024-07-01", diagnosis: "右手骨折" } }, officer);
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0].extensions?.rule).toBe("agreement.expired");
    const ok = await hub.query(ADMIT, { input: { institutionId: id, admissionNumber: "ZY002", patientName: "张三", patientIdNumber: "360426199101010071", admittedOn: "2024-06-30", diagnosis: "右手骨折" } }, officer);
    expect(ok.errors).toBeUndefined();
    const after = (await hub.query<{ inpatientCases: { totalCount: number } }>(CASES, {}, officer)).data!.inpatientCases.totalCount;
    expect(after).toBe(before + 1);
  }, 60_000);

  it("an inspection and a finding carry their number: unique (CONFLICT naming the field), well-formed, and nothing written otherwise", async () => {
    const id = await institution();
    const ok = await hub.query<any>(ADMIT, { input: { institutionId: id, admissionNumber: "ZY900", patientName: "张三", patientIdNumber: "360426199101010071", admittedOn: "2024-07-01", diagnosis: "右手骨折" } }, officer);
    const caseId = ok.data.admitInpatient.id;
    const INSPECT = `mutation I($input: RecordInspectionInput!) { recordMedicalInspection(input: $input) { id inspectionNumber } }`;
    const inspect = (inspectionNumber: string) => hub.query<any>(INSPECT, { input: { inspectionNumber, institutionId: id, inspectedOn: "2024-07-02", inspectors: ["风险防控部"], checks: [{ caseId, presentInWard: true, identityVerified: true }] } }, officer);
    expect((await inspect("xc-test-1")).data.recordMedicalInspection.inspectionNumber).toBe("XC-TEST-1");
    expect((await inspect("XC-TEST-1")).errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.inspectionNumber", rule: "inspection.duplicate" });
    expect((await inspect("XC TEST")).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.inspectionNumber", rule: "inspection.number" });
    const find = () => hub.query<any>(FINDING, { input: { findingNumber: "WT-TEST-1", institutionId: id, foundOn: "2024-07-02", kinds: ["ABSENT_FROM_WARD"], amount: "10.00", resolution: "DEDUCT_AT_SETTLEMENT" } }, officer);
    expect((await find()).errors).toBeUndefined();
    expect((await find()).errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.findingNumber", rule: "finding.duplicate" });
  });

  it("invalid input is refused naming the field and the rule", async () => {
    const id = await institution();
    const bad = await hub.query(FINDING, { input: { findingNumber: `F${seq++}`, institutionId: id, foundOn: "2024-11-20", kinds: ["OVER_TREATMENT"], amount: "0.00", resolution: "REFUNDED" } }, officer);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.amount", rule: "money.positive" });
    const id2 = await hub.query(ADMIT, { input: { institutionId: id, admissionNumber: "ZY003", patientName: "张三", patientIdNumber: "360426199101010072", admittedOn: "2024-06-30", diagnosis: "x" } }, officer);
    expect(id2.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.patientIdNumber", rule: "resident-id.checksum" });
  }, 60_000);

  it("the report's medical section counts the year's inspections and findings from the records, by the institution's area, and follows a new finding", async () => {
    const SECTION = "query($y: Int!, $a: String) { annualReport(year: $y, areaCode: $a) { medical { inspections findings refunded deductedAtSettlement } } }";
    const dashboard = await hub.token({ role: "dashboard" });
    type M = { annualReport: { medical: { inspections: number; findings: number; refunded: string; deductedAtSettlement: string } } };
    const read = async (year: number, areaCode?: string, token = dashboard) => {
      const r = await hub.query<M>(SECTION, { y: year, a: areaCode ?? null }, token);
      expect(r.errors).toBeUndefined();
      return r.data!.annualReport.medical;
    };
    const id = await institution({ areaCode: "430582999" });
    const year = 2019; // a past year with no demo records (dates in the future are refused)
    expect(await read(year)).toEqual({ inspections: 0, findings: 0, refunded: "0.00", deductedAtSettlement: "0.00" });
    const f = await hub.query(FINDING, { input: { findingNumber: `F${seq++}`, institutionId: id, foundOn: `${year}-03-01`, kinds: ["ABSENT_FROM_WARD"], amount: "12.34", resolution: "REFUNDED", refundedOn: `${year}-03-05` } }, officer);
    expect(f.errors).toBeUndefined();
    expect(await read(year)).toEqual({ inspections: 0, findings: 1, refunded: "12.34", deductedAtSettlement: "0.00" });
    expect(await read(year, "430582999")).toMatchObject({ findings: 1 });
    expect(await read(year, "430582001")).toMatchObject({ findings: 0 });
    const elsewhere = await hub.token({ role: "dashboard", bounds: { area: "430582001" } });
    expect(await read(year, undefined, elsewhere)).toMatchObject({ findings: 0, refunded: "0.00" });
  }, 60_000);
});
