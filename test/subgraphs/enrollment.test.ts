import { startHub, TestHub } from "../helpers/hub";
import { dialectOf, sqlStatements } from "../../subgraphs/common/data-source";
import { residentIdCheckChar } from "../../subgraphs/common/validators/resident-id";
import { creditCodeCheckChar } from "../../subgraphs/common/validators/credit-code";
import {
  AnnualFiguresDocument, EmployerPageDocument, EnrollDocument, InsuredStatisticsDocument, PersonByIdNumberDocument,
  RecordContributionsDocument, RegisterEmployerDocument, RegisterPersonDocument, StopEnrollmentDocument, ZombieEmployersDocument,
  ContributionsDocument, EmployerByCreditCodeDocument,
} from "../../schema/operations/__generated__/graphql";

const idNumber = (first17: string) => first17 + residentIdCheckChar(first17);
const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17);

describe("enrollment subgraph through the gateway", () => {
  let hub: TestHub;
  let registrar: string;
  let analyst: string;
  let township: string;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    registrar = await hub.token({ role: "registrar" });
    analyst = await hub.token({ role: "analyst" });
    const areas = await hub.query<{ areas: { code: string }[] }>('{ areas(parentCode: "430582") { code } }', {}, analyst);
    township = areas.data!.areas[0].code;
  });
  afterAll(() => hub?.stop());

  const employerInput = (code: string) => ({ creditCode: code, name: "邵东市测试五金有限公司", industry: "C", riskClass: 3, areaCode: township, staffCount: 12, registeredOn: "2024-01-02" });

  it("registers an employer, and refuses a bad credit code naming the field and the rule", async () => {
    const ok = await hub.query(RegisterEmployerDocument, { input: employerInput(creditCode("91430582MA4T00001")) }, registrar);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.registerEmployer).toMatchObject({ status: "ACTIVE", riskClass: 3, areaCode: township });

    const bad = await hub.query(RegisterEmployerDocument, { input: { ...employerInput("91430582MA4T000010"), creditCode: "91430582MA4T00001X" } }, registrar);
    expect(bad.data).toBeNull();
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.creditCode", rule: "credit-code.checksum" });
  });

  it("when an employer's credit code is already registered, refuses it with CONFLICT naming the existing one", async () => {
    const code = creditCode("91430582MA4T00002");
    const first = await hub.query(RegisterEmployerDocument, { input: employerInput(code) }, registrar);
    const again = await hub.query(RegisterEmployerDocument, { input: employerInput(code.toLowerCase()) }, registrar);
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", existingId: first.data!.registerEmployer.id });
  });

  it("registers a person with gender and birth date from the ID number, and refuses an impossible birth date", async () => {
    const id = idNumber("43058219900101051");
    const ok = await hub.query(RegisterPersonDocument, { input: { idNumber: id, name: "测试人", areaCode: township, phone: "13800001234" } }, registrar);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.registerPerson).toMatchObject({ idNumber: id, gender: "MALE", birthDate: "1990-01-01" });

    const bad = await hub.query(RegisterPersonDocument, { input: { idNumber: idNumber("43058219900231051"), name: "错", areaCode: township } }, registrar);
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.idNumber", rule: "resident-id.birth-date" });
  });

  it("refuses every broken rule of a registration at once, listing them all", async () => {
    const bad = await hub.query(RegisterEmployerDocument, { input: { ...employerInput("X"), riskClass: 9, industry: "Z", name: " " } }, registrar);
    const rules = (bad.errors![0].extensions!.violations as { rule: string }[]).map((v) => v.rule).sort();
    expect(rules).toEqual(["credit-code.format", "industry.code", "risk-class.range", "text.required"]);
  });

  describe("enrolling, stopping and contributing", () => {
    let personId: string;
    let employerId: string;
    let enrollmentId: string;

    beforeAll(async () => {
      const e = await hub.query(RegisterEmployerDocument, { input: employerInput(creditCode("91430582MA4T00003")) }, registrar);
      employerId = e.data!.registerEmployer.id;
      const p = await hub.query(RegisterPersonDocument, { input: { idNumber: idNumber("43058219880808062"), name: "参保人", areaCode: township } }, registrar);
      personId = p.data!.registerPerson.id;
    });

    it("enrolls a person", async () => {
      const res = await hub.query(EnrollDocument, { input: { personId, employerId, insurance: "WORK_INJURY", startDate: "2024-01-01", wageBase: "5000.00" } }, registrar);
      expect(res.errors).toBeUndefined();
      expect(res.data!.enroll).toMatchObject({ status: "ACTIVE", wageBase: "5000.00", person: { id: personId }, employer: { id: employerId } });
      enrollmentId = res.data!.enroll.id;
    });

    it("when a second active enrollment is registered for the same person and insurance, it is refused with CONFLICT naming the existing one", async () => {
      const res = await hub.query(EnrollDocument, { input: { personId, employerId, insurance: "WORK_INJURY", startDate: "2024-03-01", wageBase: "5000.00" } }, registrar);
      expect(res.errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "enrollment.duplicate-active", existingEnrollmentId: enrollmentId });
      expect(res.errors![0].message).toContain(`id ${enrollmentId}`);
    });

    it("work injury at a second employer at once is another enrollment (一人多单位参保) with its own contributions; unemployment stays one per person", async () => {
      const e2 = await hub.query(RegisterEmployerDocument, { input: employerInput(creditCode("91430582MA4T00013")) }, registrar);
      const second = e2.data!.registerEmployer.id;
      // A worker of its own: the tests below count this section's person as newly insured.
      const p = await hub.query(RegisterPersonDocument, { input: { idNumber: idNumber("43058219880808072"), name: "兼职人", areaCode: township } }, registrar);
      const personId = p.data!.registerPerson.id;
      expect((await hub.query(EnrollDocument, { input: { personId, employerId, insurance: "WORK_INJURY", startDate: "2024-01-01", wageBase: "5000.00" } }, registrar)).errors).toBeUndefined();
      const res = await hub.query(EnrollDocument, { input: { personId, employerId: second, insurance: "WORK_INJURY", startDate: "2024-01-01", wageBase: "3000.00" } }, registrar);
      expect(res.errors).toBeUndefined();
      expect(res.data!.enroll).toMatchObject({ status: "ACTIVE", employer: { id: second } });
      const ue = await hub.query(EnrollDocument, { input: { personId, employerId, insurance: "UNEMPLOYMENT", startDate: "2024-01-01", wageBase: "5000.00" } }, registrar);
      expect(ue.errors).toBeUndefined();
      const ue2 = await hub.query(EnrollDocument, { input: { personId, employerId: second, insurance: "UNEMPLOYMENT", startDate: "2024-01-01", wageBase: "3000.00" } }, registrar);
      expect(ue2.errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "enrollment.duplicate-active" });
      // January at both employers: two contributions; a second declaration at the same employer is refused.
      const at = (employer: string) => hub.query(RecordContributionsDocument, { input: { employerId: employer, insurance: "WORK_INJURY", month: "2024-01", paidOn: "2024-02-10", items: [{ personId }] } }, registrar);
      expect((await at(employerId)).errors).toBeUndefined();
      expect((await at(second)).data!.recordContributions.contributions).toEqual([expect.objectContaining({ month: "2024-01", base: "3000.00" })]);
      expect((await at(second)).errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "contribution.duplicate-month" });
    });

    it("records a month's contributions at the rate in force and the figures follow in the same transaction", async () => {
      const before = await hub.query(InsuredStatisticsDocument, { year: 2024, insurance: "WORK_INJURY" }, analyst);
      const res = await hub.query(RecordContributionsDocument, { input: { employerId, insurance: "WORK_INJURY", month: "2024-02", paidOn: "2024-03-10", items: [{ personId }] } }, registrar);
      expect(res.errors).toBeUndefined();
      // Risk class 3 → 0.7 % of 5000.00 = 35.00 (the demo's illustrative rate table).
      expect(res.data!.recordContributions).toMatchObject({ employerTotal: "35.00", employeeTotal: "0.00", contributions: [{ month: "2024-02", base: "5000.00", ratePpm: 7000, employerPart: "35.00" }] });
      const after = await hub.query(InsuredStatisticsDocument, { year: 2024, insurance: "WORK_INJURY" }, analyst);
      expect(after.data!.insuredStatistics.insured).toBe(before.data!.insuredStatistics.insured + 1);
      const cents = (m: string) => Math.round(Number(m) * 100);
      expect(cents(after.data!.insuredStatistics.contributions) - cents(before.data!.insuredStatistics.contributions)).toBe(3500);
    });

    it("refuses a second declaration for the same month with CONFLICT, and a whole declaration with one line not enrolled, writing nothing", async () => {
      const dup = await hub.query(RecordContributionsDocument, { input: { employerId, insurance: "WORK_INJURY", month: "2024-02", paidOn: "2024-03-10", items: [{ personId }] } }, registrar);
      expect(dup.errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "contribution.duplicate-month" });

      const stranger = await hub.query(RegisterPersonDocument, { input: { idNumber: idNumber("43058219920202072"), name: "未参保", areaCode: township } }, registrar);
      const mixed = await hub.query(RecordContributionsDocument, {
        input: { employerId, insurance: "WORK_INJURY", month: "2024-03", paidOn: "2024-04-10", items: [{ personId }, { personId: stranger.data!.registerPerson.id }] },
      }, registrar);
      expect(mixed.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.items[1].personId", rule: "contribution.not-enrolled" });
      const listed = await hub.query(ContributionsDocument, { filter: { personId, from: "2024-03", to: "2024-03" }, first: 10 }, registrar);
      expect(listed.data!.contributions.totalCount).toBe(0);
    });

    it("stops an enrollment (停保) once; stopping it again is an illegal transition", async () => {
      const early = await hub.query(StopEnrollmentDocument, { input: { enrollmentId, endDate: "2024-01-31", reason: "解除劳动合同" } }, registrar);
      expect(early.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "enrollment.contributions-after-end" });
      const ok = await hub.query(StopEnrollmentDocument, { input: { enrollmentId, endDate: "2024-02-29", reason: "解除劳动合同" } }, registrar);
      expect(ok.data!.stopEnrollment).toMatchObject({ status: "STOPPED", endDate: "2024-02-29" });
      const again = await hub.query(StopEnrollmentDocument, { input: { enrollmentId, endDate: "2024-03-31", reason: "再次" } }, registrar);
      expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "enrollment.transition" });
      const reenroll = await hub.query(EnrollDocument, { input: { personId, employerId, insurance: "WORK_INJURY", startDate: "2024-04-01", wageBase: "5200" } }, registrar);
      expect(reenroll.errors).toBeUndefined();
    });

    it("refuses malformed scalars before any resolver runs", async () => {
      const res = await hub.query(EnrollDocument, { input: { personId, employerId, insurance: "UNEMPLOYMENT", startDate: "2024-02-30", wageBase: "12.345" } } as never, registrar);
      expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.startDate", rule: "date.format" });
    });
  });

  it("finds people by ID number and employers by credit code, and answers null for unknown ones", async () => {
    const page = await hub.query(EmployerPageDocument, { first: 3 }, registrar);
    const anyone = page.data!.employers.nodes.flatMap((n) => n.activeEnrollments)[0];
    const found = await hub.query(PersonByIdNumberDocument, { idNumber: anyone.person!.idNumber }, registrar);
    expect(found.data!.personByIdNumber!.id).toBe(anyone.person!.id);
    const nobody = await hub.query(PersonByIdNumberDocument, { idNumber: idNumber("43058219700101009") }, registrar);
    expect(nobody.data!.personByIdNumber).toBeNull();
    const byCode = await hub.query(EmployerByCreditCodeDocument, { creditCode: page.data!.employers.nodes[0].creditCode }, analyst);
    expect(byCode.data!.employerByCreditCode!.id).toBe(page.data!.employers.nodes[0].id);
  });

  it("pages through employers with cursors, without repeats or gaps", async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let total = 0;
    for (;;) {
      const res: Awaited<ReturnType<typeof hub.query<any>>> = await hub.query(EmployerPageDocument, { first: 7, after }, analyst);
      total = res.data!.employers.totalCount;
      seen.push(...res.data!.employers.nodes.map((n: { id: string }) => n.id));
      if (!res.data!.employers.pageInfo.hasNextPage) break;
      after = res.data!.employers.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
  });

  it("runs the same number of SQL statements for a page of 5 employers as for a page of 100, with their enrollments and people (no N+1)", async () => {
    const count = async (first: number) => {
      const before = sqlStatements.get("enrollment") ?? 0;
      // An analyst: masked data, so no audit entry is written and only the reads are counted.
      const res = await hub.query(EmployerPageDocument, { first }, analyst);
      expect(res.errors).toBeUndefined();
      expect(res.data!.employers.nodes.length).toBe(Math.min(first, res.data!.employers.totalCount));
      return (sqlStatements.get("enrollment") ?? 0) - before;
    };
    const small = await count(5);
    const large = await count(100);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(5);
  });

  it("breaks the year down by township, industry and month consistently with the total", async () => {
    const res = await hub.query(InsuredStatisticsDocument, { year: 2024, insurance: "UNEMPLOYMENT" }, analyst);
    const s = res.data!.insuredStatistics;
    const sum = (xs: { insured: number }[]) => xs.reduce((a, x) => a + x.insured, 0);
    const money = (xs: { contributions: string }[]) => xs.reduce((a, x) => a + Math.round(Number(x.contributions) * 100), 0);
    expect(sum(s.byArea)).toBe(s.insured);
    expect(sum(s.byIndustry)).toBe(s.insured);
    expect(money(s.byArea)).toBe(Math.round(Number(s.contributions) * 100));
    expect(money(s.byMonth)).toBe(Math.round(Number(s.contributions) * 100));
    expect(s.byMonth.map((m) => m.key)).toEqual(Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`));
    const annual = await hub.query(AnnualFiguresDocument, { year: 2024 }, analyst);
    expect(annual.data!.annualReport.enrollment!.unemploymentInsured).toBe(s.insured);
  });

  it("lists zombie employers: active enrollments and no contribution in the last six months", async () => {
    const res = await hub.query(ZombieEmployersDocument, { asOf: "2024-12" }, analyst);
    expect(res.errors).toBeUndefined();
    const zombies = res.data!.zombieEmployers;
    expect(zombies.length).toBeGreaterThan(0);
    for (const z of zombies) {
      expect(z.activeEnrollments).toBeGreaterThan(0);
      if (z.lastContributionMonth) expect(z.lastContributionMonth < "2024-07").toBe(true);
    }
  });

  it("reads an employer's months of contribution_month by an index led by the employer (zombieEmployers seeks instead of scanning a month range per employer)", async () => {
    const db = hub.subgraphs.find((x) => x.name === "enrollment")!.db;
    const sql = "SELECT 1 FROM contribution_month cm WHERE cm.employerId = 1 AND cm.month BETWEEN '2024-07' AND '2024-12'";
    if (dialectOf(db) === "sqlite") {
      const plan: { detail: string }[] = await db.query(`EXPLAIN QUERY PLAN ${sql}`);
      expect(plan.map((r) => r.detail).join("; ")).toMatch(/employerId=\? AND month>\? AND month<\?/);
    } else {
      const [row] = await db.query(`EXPLAIN ${sql}`);
      const usable = String(row.possible_keys ?? "").split(",").filter(Boolean);
      const leading: { name: string }[] = await db.query(
        "SELECT INDEX_NAME AS name FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'contribution_month' AND SEQ_IN_INDEX = 1 AND COLUMN_NAME = 'employerId'",
      );
      expect(usable.filter((k) => leading.some((l) => l.name === k)).length).toBeGreaterThan(0);
    }
  });
});
