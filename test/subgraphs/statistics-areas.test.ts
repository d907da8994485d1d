import { startHub, TestHub } from "../helpers/hub";
import { residentIdCheckChar } from "../../subgraphs/common/validators/resident-id";
import { creditCodeCheckChar } from "../../subgraphs/common/validators/credit-code";
import { EnrollDocument, RecordContributionsDocument, RegisterEmployerDocument, RegisterPersonDocument } from "../../schema/operations/__generated__/graphql";

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

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    const registrar = await hub.token({ role: "registrar" });
    analyst = await hub.token({ role: "analyst" });
    const areas = await hub.query<{ areas: { code: string }[] }>('{ areas(parentCode: "430582") { code } }', {}, analyst);
    township = areas.data!.areas[0].code;
    // An employer registered under the township code itself: its contributions are written under a 9-digit code.
    const e = await hub.query(RegisterEmployerDocument, { input: { creditCode: creditCode("91430582MA4T00091"), name: "邵东市本级测试有限公司", industry: "C", riskClass: 3, areaCode: township, staffCount: 3, registeredOn: "2024-01-02" } }, registrar);
    const p = await hub.query(RegisterPersonDocument, { input: { idNumber: idNumber("43058219900101091"), name: "本级人", areaCode: township } }, registrar);
    const employerId = e.data!.registerEmployer.id;
    const personId = p.data!.registerPerson.id;
    expect((await hub.query(EnrollDocument, { input: { personId, employerId, insurance: "WORK_INJURY", startDate: "2024-01-01", wageBase: "5000.00" } }, registrar)).errors).toBeUndefined();
    const c = await hub.query(RecordContributionsDocument, { input: { employerId, insurance: "WORK_INJURY", month: "2024-12", paidOn: "2025-01-10", items: [{ personId }] } }, registrar);
    expect(c.errors).toBeUndefined();
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
