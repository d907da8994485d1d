import { startHub, TestHub } from "../../helpers/hub";
import { caseFiler } from "../../helpers/cases";
import { residentIdCheckChar as checkChar } from "../../../subgraphs/common/validators/resident-id";

/**
 * Benefit parameters recorded by an administrator, and the entitlement of a recognized case computed from
 * the records: own wage from enrollment's contribution bases (through the gateway), the appraisal's grade and
 * care level, the dated parameters of the report's area (the demo's illustrative figures: an average monthly
 * wage of 6,000.00, a minimum wage of 1,700.00, care 50/40/30 %, the 2023 disposable income 51,821.00).
 */
const RECORD = `mutation P($input: RecordBenefitParameterInput!) { recordBenefitParameter(input: $input) { kind qualifier areaCode validFrom amount percent recordedBy } }`;
const PARAMS = `query($k: BenefitParameterKind) { benefitParameters(kind: $k) { kind qualifier areaCode validFrom amount percent } }`;
const ENTITLEMENT = `query E($id: ID!, $asOf: Date) { benefitEntitlement(reportId: $id, asOf: $asOf) { grade careLevel ownWage { ownWage average months averageMonthlyWage floored capped computedOn occasion }
  disabilitySubsidy disabilityAllowance disabilityAllowancePayer careAllowance medicalSubsidy funeralSubsidy deathSubsidy dependantPensions { relation amount } dependantPensionsCapped } }`;
const REPORT = `mutation R($input: ReportAccidentInput!) { reportAccident(input: $input) { id } }`;
const APPLY = `mutation A($input: ApplyForAppraisalInput!) { applyForAppraisal(input: $input) { id } }`;
const CONCLUDE = `mutation C($input: RecordAppraisalConclusionInput!) { recordAppraisalConclusion(input: $input) { id } }`;
const CONTRIBUTIONS = `query($p: ID!, $e: ID!) { contributions(first: 50, filter: { personId: $p, employerId: $e, insurance: WORK_INJURY, from: "2024-01", to: "2024-12" }) { nodes { month base } } }`;
const STAFF = `{ employers(first: 10) { nodes { id creditCode activeEnrollments(insurance: WORK_INJURY) { person { id idNumber } } } } }`;

const fen = (yuan: string) => Math.round(Number(yuan) * 100);
const yuan = (f: number) => (f / 100).toFixed(2);

describe("benefit parameters and a case's entitlement, computed from the records", () => {
  let hub: TestHub;
  let admin: string;
  let investigator: string;
  let officer: string;
  let n = 0;
  let filer: ReturnType<typeof caseFiler>;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    admin = await hub.token({ role: "administrator", sub: "admin-1" });
    investigator = await hub.token({ role: "investigator", sub: "investigator-1" });
    filer = caseFiler(hub, investigator, "ENR");
    officer = await hub.token({ role: "benefits-officer", sub: "officer-1" });
  }, 240_000);
  afterAll(() => hub?.stop());

  /** A worker with 2024 work-injury contributions at an employer, and those bases. */
  async function insuredWorker(): Promise<{ idNumber: string; creditCode: string; personId: string; employerId: string; bases: number[] }> {
    const employers = (await hub.query<any>(STAFF, {}, investigator)).data.employers.nodes;
    for (const e of employers) {
      for (const s of e.activeEnrollments) {
        const c = await hub.query<any>(CONTRIBUTIONS, { p: s.person.id, e: e.id }, officer);
        const nodes = c.data.contributions.nodes as { month: string; base: string }[];
        if (nodes.length >= 6) return { idNumber: s.person.idNumber, creditCode: e.creditCode, personId: s.person.id, employerId: e.id, bases: nodes.map((x) => fen(x.base)) };
      }
    }
    throw new Error("no worker with 2024 contributions in the demo");
  }

  /** A case recognized on 2025-02-20 (accident on `occurredOn`), appraised with `conclusion` when given. */
  async function recognizedCase(idNumber: string, creditCode: string, occurredOn: string, severity: string, conclusion?: { grade: number | null; careLevel?: string }): Promise<string> {
    ++n;
    const id = await filer.recognized({ report: { personId: undefined, employerId: undefined, idNumber, creditCode, occurredOn, reportedOn: occurredOn, severity }, investigatedOn: occurredOn, submittedOn: occurredOn, decidedOn: "2025-02-20" });
    if (conclusion) {
      const a = await hub.query<any>(APPLY, { input: { applicationNumber: `JDEN${n}`, reportId: id, appliedOn: "2025-02-21" } }, investigator);
      expect((await hub.query<any>(CONCLUDE, { input: { appraisalId: a.data.applyForAppraisal.id, concludedOn: "2025-03-20", conclusionNumber: `JLEN${n}`, ...conclusion } }, investigator)).errors).toBeUndefined();
    }
    return id;
  }

  it("an administrator records a parameter and corrects it; anyone else is refused; bad values are refused with field and rule", async () => {
    const input = { kind: "AVERAGE_MONTHLY_WAGE", areaCode: "430582100", validFrom: "2030-01-01", amount: "7000.00" };
    expect((await hub.query<any>(RECORD, { input }, admin)).data.recordBenefitParameter).toMatchObject({ kind: "AVERAGE_MONTHLY_WAGE", qualifier: "", areaCode: "430582100", amount: "7000.00", recordedBy: "admin-1" });
    expect((await hub.query<any>(RECORD, { input: { ...input, amount: "7100.00" } }, admin)).data.recordBenefitParameter.amount).toBe("7100.00");
    const listed = (await hub.query<any>(PARAMS, { k: "AVERAGE_MONTHLY_WAGE" }, officer)).data.benefitParameters.filter((p: any) => p.areaCode === "430582100");
    expect(listed).toEqual([{ kind: "AVERAGE_MONTHLY_WAGE", qualifier: "", areaCode: "430582100", validFrom: "2030-01-01", amount: "7100.00", percent: null }]);
    expect((await hub.query<any>(RECORD, { input }, officer)).errors![0].extensions!.code).toBe("FORBIDDEN");
    for (const [over, field, rule] of [
      [{ qualifier: "FULLY" }, "input.qualifier", "parameter.qualifier"],
      [{ kind: "DISPOSABLE_INCOME", qualifier: "2029" }, "input.areaCode", "parameter.national"],
      [{ kind: "CARE_PERCENT", qualifier: "FULLY" }, "input.amount", "parameter.value"],
      [{ amount: "0.00" }, "input.amount", "parameter.value"],
      [{ areaCode: "4305" }, "input.areaCode", "area.code"],
    ] as const) {
      const res = await hub.query<any>(RECORD, { input: { ...input, ...over } }, admin);
      expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
    }
  });

  it("grade 1, fully dependent: own wage from the 2024 bases (held within 60–300 % of 6,000.00), × 27, 90 % monthly from the fund, care at 50 %", async () => {
    const w = await insuredWorker();
    const id = await recognizedCase(w.idNumber, w.creditCode, "2025-01-15", "SERIOUS", { grade: 1, careLevel: "FULLY" });
    const res = await hub.query<any>(ENTITLEMENT, { id, asOf: "2025-04-01" }, officer);
    expect(res.errors).toBeUndefined();
    const e = res.data.benefitEntitlement;
    // Computed here from the bases the graph gives: the sum divided once, half-up, then the floor and cap.
    const average = Math.floor((w.bases.reduce((a, b) => a + b, 0) * 2 + w.bases.length) / (2 * w.bases.length));
    const own = Math.min(Math.max(average, 3_600_00), 18_000_00);
    expect(e.ownWage).toMatchObject({ ownWage: yuan(own), average: yuan(average), averageMonthlyWage: "6000.00", floored: average < 3_600_00, capped: average > 18_000_00 });
    expect(e.ownWage.months).toHaveLength(w.bases.length);
    expect(e).toMatchObject({ grade: 1, careLevel: "FULLY", disabilitySubsidy: yuan(own * 27), disabilityAllowancePayer: "FUND", careAllowance: "3000.00", medicalSubsidy: null, funeralSubsidy: null, deathSubsidy: null });
    expect(e.disabilityAllowance).toBe(yuan(Math.max(Math.floor((own * 90 + 50) / 100), 1_700_00)));

    // A case worker corrects the own wage with a reason: the items follow it, the formula's figure stays beside it.
    const CORRECT = `mutation C($input: CorrectOwnWageInput!) { correctOwnWage(input: $input) { ownWage { ownWage computed correctionReason } disabilitySubsidy } }`;
    const corrected = await hub.query<any>(CORRECT, { input: { reportId: id, ownWage: "8000.00", reason: "另一单位缴费基数漏记" } }, officer);
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data.correctOwnWage).toEqual({ ownWage: { ownWage: "8000.00", computed: yuan(own), correctionReason: "另一单位缴费基数漏记" }, disabilitySubsidy: "216000.00" });
    expect((await hub.query<any>(CORRECT, { input: { reportId: id, ownWage: "8100.00", reason: "复核" } }, officer)).data.correctOwnWage.ownWage.ownWage).toBe("8100.00");
    expect((await hub.query<any>(CORRECT, { input: { reportId: id, ownWage: "0.00", reason: "x" } }, officer)).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.ownWage", rule: "own-wage.amount" });
    expect((await hub.query<any>(CORRECT, { input: { reportId: id, ownWage: "8000.00", reason: " " } }, officer)).errors![0].extensions).toMatchObject({ field: "input.reason", rule: "own-wage.reason" });
    expect((await hub.query<any>(CORRECT, { input: { reportId: id, ownWage: "8000.00", reason: "x" } }, investigator)).errors![0].extensions!.code).toBe("FORBIDDEN");
    expect((await hub.query<any>(ENTITLEMENT, { id, asOf: "2025-04-01" }, officer)).data.benefitEntitlement.disabilitySubsidy).toBe("218700.00");
  });

  it("a 2024 death: 20 × 51,821.00 = 1,036,420.00 and a funeral subsidy of 6 × 6,000.00; grade 10 gets 7 months and the provincial medical subsidy", async () => {
    const w = await insuredWorker();
    const fatal = await recognizedCase(w.idNumber, w.creditCode, "2024-12-20", "FATAL");
    const DEPENDANT = `mutation D($input: RecordDependantInput!) { recordDependant(input: $input) { id relation name } }`;
    const spouse = { reportId: fatal, name: "王芳", idNumber: `43058219850101200${checkChar("43058219850101200")}`, relation: "SPOUSE", eligibleFrom: "2024-12-21" };
    const child = { reportId: fatal, name: "李小明", idNumber: `43058220150101300${checkChar("43058220150101300")}`, relation: "CHILD", eligibleFrom: "2024-12-21", eligibleUntil: "2033-01-01" };
    expect((await hub.query<any>(DEPENDANT, { input: spouse }, officer)).errors).toBeUndefined();
    expect((await hub.query<any>(DEPENDANT, { input: child }, officer)).errors).toBeUndefined();
    expect((await hub.query<any>(DEPENDANT, { input: spouse }, officer)).errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.idNumber", rule: "dependant.duplicate" });
    expect((await hub.query<any>(DEPENDANT, { input: { ...child, idNumber: spouse.idNumber.replace(/^43058219850101200/, "43058219800101200").slice(0, 17) + checkChar("43058219800101200"), eligibleFrom: "2024-12-01" } }, officer)).errors![0].extensions).toMatchObject({ field: "input.eligibleFrom", rule: "dependant.before-death" });
    const e = (await hub.query<any>(ENTITLEMENT, { id: fatal, asOf: "2025-04-01" }, officer)).data.benefitEntitlement;
    expect(e).toMatchObject({ deathSubsidy: "1036420.00", funeralSubsidy: "36000.00", grade: null, disabilitySubsidy: null, dependantPensionsCapped: false });
    // The recognized death fixed the own wage.
    expect(e.ownWage).toMatchObject({ occasion: "DEATH" });
    expect(e.ownWage.computedOn).not.toBeNull();
    const own = fen(e.ownWage.ownWage);
    expect(e.dependantPensions.map((p: any) => [p.relation, p.amount])).toEqual([["SPOUSE", yuan(Math.floor((own * 40 + 50) / 100))], ["CHILD", yuan(Math.floor((own * 30 + 50) / 100))]]);
    // After the child's eligibility ends only the spouse draws.
    expect((await hub.query<any>(ENTITLEMENT, { id: fatal, asOf: "2033-02-01" }, officer)).data.benefitEntitlement.dependantPensions.map((p: any) => p.relation)).toEqual(["SPOUSE"]);
    const minor = await recognizedCase(w.idNumber, w.creditCode, "2025-01-16", "MINOR", { grade: 10 });
    const notFatal = await hub.query<any>(`mutation D($input: RecordDependantInput!) { recordDependant(input: $input) { id } }`, { input: { reportId: minor, name: "王芳", idNumber: `43058219850101200${checkChar("43058219850101200")}`, relation: "SPOUSE", eligibleFrom: "2025-02-01" } }, officer);
    expect(notFatal.errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "dependant.not-fatal" });
    const m = (await hub.query<any>(ENTITLEMENT, { id: minor, asOf: "2025-04-01" }, officer)).data.benefitEntitlement;
    expect(m).toMatchObject({ grade: 10, disabilitySubsidy: yuan(fen(m.ownWage.ownWage) * 7), disabilityAllowance: null, careAllowance: null, medicalSubsidy: "60000.00" });
  });

  it("own wage is fixed when the first appraisal concludes, with its months: a base recorded later moves only a case not yet appraised", async () => {
    const w = await insuredWorker();
    // An accident in February 2025: the window is 2024-02 … 2025-01, and the demo holds no 2025 contribution yet.
    const id = await recognizedCase(w.idNumber, w.creditCode, "2025-02-10", "SERIOUS");
    const before = (await hub.query<any>(ENTITLEMENT, { id, asOf: "2025-04-01" }, officer)).data.benefitEntitlement.ownWage;
    expect(before).toMatchObject({ computedOn: null, occasion: null });
    const a = await hub.query<any>(APPLY, { input: { applicationNumber: `JDEN${++n}`, reportId: id, appliedOn: "2025-02-21" } }, investigator);
    expect((await hub.query<any>(CONCLUDE, { input: { appraisalId: a.data.applyForAppraisal.id, concludedOn: "2025-03-20", conclusionNumber: `JLEN${n}`, grade: 8 } }, investigator)).errors).toBeUndefined();
    const fixed = (await hub.query<any>(ENTITLEMENT, { id, asOf: "2025-04-01" }, officer)).data.benefitEntitlement.ownWage;
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(fixed).toEqual({ ...before, computedOn: today, occasion: "APPRAISAL" });

    // January 2025's base arrives afterwards, far above the rest.
    const registrar = await hub.token({ role: "registrar", sub: "registrar-1" });
    const RECORD_CONTRIBUTIONS = `mutation($input: RecordContributionsInput!) { recordContributions(input: $input) { employerTotal } }`;
    const recorded = await hub.query<any>(RECORD_CONTRIBUTIONS, { input: { employerId: w.employerId, insurance: "WORK_INJURY", month: "2025-01", paidOn: "2025-02-10", items: [{ personId: w.personId, base: "30000.00" }] } }, registrar);
    expect(recorded.errors).toBeUndefined();
    expect((await hub.query<any>(ENTITLEMENT, { id, asOf: "2025-04-01" }, officer)).data.benefitEntitlement.ownWage).toEqual(fixed);
    // A case of the same worker not yet appraised computes from the bases as they are now: January is in.
    const open = await recognizedCase(w.idNumber, w.creditCode, "2025-02-11", "MINOR");
    const live = (await hub.query<any>(ENTITLEMENT, { id: open, asOf: "2025-04-01" }, officer)).data.benefitEntitlement.ownWage;
    expect(live).toMatchObject({ computedOn: null, months: [...fixed.months, "2025-01"] });
    expect(fen(live.average)).toBeGreaterThan(fen(fixed.average));
  });

  it("the demo's appraised cases carry the own wage stored at their conclusion", async () => {
    const APPRAISALS = `{ appraisals(first: 200, filter: { year: 2024 }) { nodes { reportId status concludedOn } } }`;
    const concluded = (await hub.query<any>(APPRAISALS, {}, officer)).data.appraisals.nodes.filter((a: any) => a.status === "CONCLUDED");
    expect(concluded.length).toBeGreaterThan(0);
    const stored: string[] = [];
    for (const a of concluded.slice(0, 20)) {
      const e = (await hub.query<any>(ENTITLEMENT, { id: a.reportId, asOf: "2025-01-01" }, officer)).data.benefitEntitlement;
      if (!e.ownWage) continue;
      expect(e.ownWage).toMatchObject({ occasion: "APPRAISAL", computedOn: a.concludedOn });
      stored.push(a.reportId);
    }
    expect(stored.length).toBeGreaterThan(0);
  });

  it("refuses a day no parameter covers (benefit.parameter-missing), a report not recognized, and a caller without injury:benefits", async () => {
    const w = await insuredWorker();
    const id = await recognizedCase(w.idNumber, w.creditCode, "2025-01-17", "SERIOUS", { grade: 3 });
    const early = await hub.query<any>(ENTITLEMENT, { id, asOf: "2010-01-01" }, officer);
    expect(early.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "benefit.parameter-missing" });
    const open = await hub.query<any>(REPORT, { input: { reportNumber: `EN${String(++n).padStart(6, "0")}`, idNumber: w.idNumber, creditCode: w.creditCode, occurredOn: "2025-01-18", reportedOn: "2025-01-18", place: "x", description: "x", severity: "MINOR" } }, investigator);
    const notYet = await hub.query<any>(ENTITLEMENT, { id: open.data.reportAccident.id }, officer);
    expect(notYet.errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "benefit.not-recognized" });
    expect((await hub.query<any>(ENTITLEMENT, { id }, investigator)).errors![0].extensions!.code).toBe("FORBIDDEN");
    // Unknown, or outside the caller's bounds: null, like accidentReport(id).
    expect((await hub.query<any>(ENTITLEMENT, { id: "99999999" }, officer)).data.benefitEntitlement).toBeNull();
    const elsewhere = await hub.token({ role: "benefits-officer", sub: "officer-2", bounds: { area: "430581" } });
    expect((await hub.query<any>(ENTITLEMENT, { id }, elsewhere)).data.benefitEntitlement).toBeNull();
  });
});
