import { startHub, TestHub } from "../helpers/hub";
import { residentIdCheckChar } from "../../subgraphs/common/validators/resident-id";
import { creditCodeCheckChar } from "../../subgraphs/common/validators/credit-code";
import { EnrollDocument, RecordContributionsDocument, RegisterEmployerDocument, RegisterPersonDocument, StopEnrollmentDocument } from "../../schema/operations/__generated__/graphql";

/** Issue 7 item 9: byArea(level) answers exactly the level asked, each level summing to the total. */
const idNumber = (first17: string) => first17 + residentIdCheckChar(first17);
const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17);

type Fig = { key: string; name: string | null; insured: number; contributions: string };
const levels = `query($y: Int!) { insuredStatistics(year: $y, insurance: WORK_INJURY) { insured contributions
  county: byArea(level: COUNTY) { key name insured contributions }
  township: byArea(level: TOWNSHIP) { key name insured contributions }
  village: byArea(level: VILLAGE) { key name insured contributions } } }`;
const fen = (m: string) => Math.round(Number(m) * 100);

describe("byArea levels", () => {
  let hub: TestHub;
  let analyst: string;
  let township: string;
  let other: string;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    const registrar = await hub.token({ role: "registrar" });
    analyst = await hub.token({ role: "analyst" });
    const areas = await hub.query<{ areas: { code: string }[] }>('{ areas(parentCode: "430582") { code } }', {}, analyst);
    township = areas.data!.areas[0].code;
    other = areas.data!.areas[1].code;
    // An employer registered under the township code itself: its contributions are written under a 9-digit code.
    const e = await hub.query(RegisterEmployerDocument, { input: { creditCode: creditCode("91430582MA4T00091"), name: "邵东市本级测试有限公司", industry: "C", riskClass: 3, areaCode: township, staffCount: 3, registeredOn: "2024-01-02" } }, registrar);
    const p = await hub.query(RegisterPersonDocument, { input: { idNumber: idNumber("43058219900101091"), name: "本级人", areaCode: township } }, registrar);
    const employerId = e.data!.registerEmployer.id;
    const personId = p.data!.registerPerson.id;
    expect((await hub.query(EnrollDocument, { input: { personId, employerId, insurance: "WORK_INJURY", startDate: "2024-01-01", wageBase: "5000.00" } }, registrar)).errors).toBeUndefined();
    const c = await hub.query(RecordContributionsDocument, { input: { employerId, insurance: "WORK_INJURY", month: "2024-12", paidOn: "2025-01-10", items: [{ personId }] } }, registrar);
    expect(c.errors).toBeUndefined();
    // A mover: January at an employer of the first township, February at one of the second.
    const e2 = await hub.query(RegisterEmployerDocument, { input: { creditCode: creditCode("91430582MA4T00092"), name: "邵东市迁入测试有限公司", industry: "C", riskClass: 3, areaCode: other, staffCount: 3, registeredOn: "2024-01-02" } }, registrar);
    const m = await hub.query(RegisterPersonDocument, { input: { idNumber: idNumber("43058219900101092"), name: "迁移人", areaCode: township } }, registrar);
    const moverId = m.data!.registerPerson.id;
    const first = await hub.query(EnrollDocument, { input: { personId: moverId, employerId, insurance: "WORK_INJURY", startDate: "2024-01-01", wageBase: "5000.00" } }, registrar);
    expect((await hub.query(RecordContributionsDocument, { input: { employerId, insurance: "WORK_INJURY", month: "2024-01", paidOn: "2024-02-10", items: [{ personId: moverId }] } }, registrar)).errors).toBeUndefined();
    expect((await hub.query(StopEnrollmentDocument, { input: { enrollmentId: first.data!.enroll.id, endDate: "2024-01-31", reason: "调动" } }, registrar)).errors).toBeUndefined();
    expect((await hub.query(EnrollDocument, { input: { personId: moverId, employerId: e2.data!.registerEmployer.id, insurance: "WORK_INJURY", startDate: "2024-02-01", wageBase: "5000.00" } }, registrar)).errors).toBeUndefined();
    expect((await hub.query(RecordContributionsDocument, { input: { employerId: e2.data!.registerEmployer.id, insurance: "WORK_INJURY", month: "2024-02", paidOn: "2024-03-10", items: [{ personId: moverId }] } }, registrar)).errors).toBeUndefined();
  });

  const ofArea = `query($y: Int!, $a: String) { insuredStatistics(year: $y, insurance: WORK_INJURY, areaCode: $a) { areaCode insured contributions
    township: byArea(level: TOWNSHIP) { key insured contributions } byMonth { key contributions } byIndustry { key contributions } } }`;
  const report = `query($a: String) { annualReport(year: 2024, areaCode: $a) { enrollment { workInjuryInsured workInjuryContributions } } }`;

  it("of an area: everyone with a contribution there (a mover in both townships, once in the county and the hub), as annualReport counts, within bounds", async () => {
    const stats = async (a: string | null, token = analyst) => {
      const res = await hub.query<any>(ofArea, { y: 2024, a }, token);
      expect(res.errors).toBeUndefined();
      return res.data.insuredStatistics;
    };
    const hubWide = await stats(null);
    const [t1, t2, county] = [await stats(township), await stats(other), await stats("430582")];
    expect([t1.areaCode, t2.areaCode, hubWide.areaCode]).toEqual([township, other, null]);
    for (const [s, code] of [[t1, township], [t2, other], [county, "430582"]] as const) {
      const r = (await hub.query<any>(report, { a: code }, analyst)).data.annualReport.enrollment;
      expect({ insured: s.insured, contributions: s.contributions }).toEqual({ insured: r.workInjuryInsured, contributions: r.workInjuryContributions });
      // The contributions are the area's rows, to the fen, whichever breakdown.
      expect(s.township.every((f: Fig) => f.key.startsWith(code) || code.startsWith(f.key))).toBe(true);
      for (const rows of [s.township, s.byMonth, s.byIndustry]) expect(rows.reduce((a: number, f: Fig) => a + fen(f.contributions), 0)).toBe(fen(s.contributions));
    }
    const wholeT1 = hubWide.township.find((f: Fig) => f.key === township);
    expect(fen(t1.contributions)).toBe(fen(wholeT1.contributions));
    // The mover's last contribution is in the second township: counted there by the breakdown, in both by the totals
    // (so are the demo's own movers: the first township's total counts at least the mover more than its row).
    expect(t1.insured).toBeGreaterThanOrEqual(wholeT1.insured + 1);
    expect(t1.insured + t2.insured).toBeGreaterThan(hubWide.township.filter((f: Fig) => f.key === township || f.key === other).reduce((a: number, f: Fig) => a + f.insured, 0));
    expect(county.insured).toBe(hubWide.insured);
    // Bounded to the first township: the second is empty, the first as before.
    const bounded = await hub.token({ role: "analyst", bounds: { area: township } });
    expect(await stats(other, bounded)).toMatchObject({ insured: 0, contributions: "0.00", township: [], byMonth: [] });
    expect((await stats(township, bounded)).insured).toBe(t1.insured);
    const bad = await hub.query<any>(ofArea, { y: 2024, a: "4305" }, analyst);
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "areaCode", rule: "area.code" });
  });
  afterAll(() => hub?.stop());

  it("answers counties at COUNTY, townships at TOWNSHIP and only villages (plus named township-own rows) at VILLAGE, each summing to the total", async () => {
    const res = await hub.query<{ insuredStatistics: { insured: number; contributions: string; county: Fig[]; township: Fig[]; village: Fig[] } }>(levels, { y: 2024 }, analyst);
    expect(res.errors).toBeUndefined();
    const s = res.data!.insuredStatistics;
    expect(s.county.length).toBeGreaterThan(0);
    for (const f of s.county) expect(f.key).toHaveLength(6);
    for (const f of s.township) expect(f.key).toHaveLength(9);
    for (const f of s.county.concat(s.township, s.village)) expect(f.name).not.toBeNull();
    const own = s.village.filter((f) => f.key.length !== 12);
    expect(own.map((f) => f.key)).toContain(township);
    for (const f of own) {
      expect(f.key).toHaveLength(9);
      expect(f.name!.endsWith("（本级）")).toBe(true);
    }
    for (const level of [s.county, s.township, s.village]) {
      expect(level.reduce((a, f) => a + f.insured, 0)).toBe(s.insured);
      expect(level.reduce((a, f) => a + fen(f.contributions), 0)).toBe(fen(s.contributions));
      expect(new Set(level.map((f) => f.key)).size).toBe(level.length);
    }
  });
});
