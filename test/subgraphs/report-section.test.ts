import { startHub, TestHub } from "../helpers/hub";
import { internalTokenKit } from "../../lib/internal-token";
import { residentIdCheckChar } from "../../subgraphs/common/validators/resident-id";
import { creditCodeCheckChar } from "../../subgraphs/common/validators/credit-code";
import {
  AnnualFiguresDocument, EnrollDocument, RecordContributionsDocument, RegisterEmployerDocument, RegisterPersonDocument, StopEnrollmentDocument,
} from "../../schema/operations/__generated__/graphql";

const idNumber = (first17: string) => first17 + residentIdCheckChar(first17);
const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17);
const ZERO = { workInjuryInsured: 0, unemploymentInsured: 0 };

/** annualReport(year, areaCode) (DESIGN §3): the whole hub, one area, and areas the caller may not see. */
describe("the annual report for a year and an area", () => {
  let hub: TestHub;
  let analyst: string;
  let registrar: string;
  let townships: string[];
  const report = async (year: number, areaCode: string | null | undefined, token = analyst) => {
    const res = await hub.query(AnnualFiguresDocument, { year, ...(areaCode !== undefined ? { areaCode } : {}) }, token);
    expect(res.errors).toBeUndefined();
    // This file is about the report's key and enrollment's section; other sections have their own tests.
    const { year: y, areaCode: a, enrollment } = res.data!.annualReport;
    return { year: y, areaCode: a, enrollment };
  };

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    analyst = await hub.token({ role: "analyst" });
    registrar = await hub.token({ role: "registrar" });
    const areas = await hub.query<{ areas: { code: string }[] }>('{ areas(parentCode: "430582") { code } }', {}, analyst);
    townships = areas.data!.areas.map((a) => a.code);
  });
  afterAll(() => hub?.stop());

  it("keeps the whole hub's figures when no area is given, with areaCode \"\" in the key", async () => {
    const whole = await report(2024, undefined);
    expect(whole).toEqual({ year: 2024, areaCode: "", enrollment: { workInjuryInsured: 642, unemploymentInsured: 405 } });
    expect(await report(2024, null)).toEqual(whole);
    expect(await report(2024, "")).toEqual(whole);
  });

  it("counts everyone with a contribution written under the area in the year, exactly as the rows say", async () => {
    const enrollmentDb = hub.subgraphs.find((s) => s.name === "enrollment")!.db;
    const rows: { personId: number; insurance: string; areaCode: string }[] = await enrollmentDb.query(
      "SELECT personId, insurance, areaCode FROM contribution WHERE month BETWEEN '2024-01' AND '2024-12'",
    );
    for (const area of [townships[0], townships[1], "430582"]) {
      const people = (ins: string) => new Set(rows.filter((r) => r.insurance === ins && r.areaCode.startsWith(area)).map((r) => Number(r.personId))).size;
      const r = await report(2024, area);
      expect(r).toEqual({ year: 2024, areaCode: area, enrollment: { workInjuryInsured: people("WORK_INJURY"), unemploymentInsured: people("UNEMPLOYMENT") } });
      expect(r.enrollment!.workInjuryInsured).toBeGreaterThan(0);
    }
  });

  it("counts a person with contributions in two townships in both townships' reports and once in the whole hub's", async () => {
    const [a, b] = [townships[2], townships[3]];
    const before = { a: await report(2022, a), b: await report(2022, b), whole: await report(2022, null) };
    const employer = async (code17: string, areaCode: string) => {
      const res = await hub.query(RegisterEmployerDocument, { input: { creditCode: creditCode(code17), name: `邵东市两地测试${code17.slice(-2)}有限公司`, industry: "C", riskClass: 3, areaCode, staffCount: 5, registeredOn: "2022-01-01" } }, registrar);
      expect(res.errors).toBeUndefined();
      return res.data!.registerEmployer.id;
    };
    const [ea, eb] = [await employer("91430582MA4R00071", a), await employer("91430582MA4R00072", b)];
    const person = await hub.query(RegisterPersonDocument, { input: { idNumber: idNumber("43058219850505071"), name: "两地工", areaCode: a } }, registrar);
    const personId = person.data!.registerPerson.id;
    // The person moves: insured at the employer in township a until April, then at the one in township b.
    const moves = [
      { employerId: ea, start: "2022-01-01", month: "2022-03", paidOn: "2022-04-10", end: "2022-04-30" },
      { employerId: eb, start: "2022-05-01", month: "2022-06", paidOn: "2022-07-10" },
    ];
    for (const m of moves) {
      const e = await hub.query(EnrollDocument, { input: { personId, employerId: m.employerId, insurance: "WORK_INJURY", startDate: m.start, wageBase: "4000.00" } }, registrar);
      expect(e.errors).toBeUndefined();
      const c = await hub.query(RecordContributionsDocument, { input: { employerId: m.employerId, insurance: "WORK_INJURY", month: m.month, paidOn: m.paidOn, items: [{ personId }] } }, registrar);
      expect(c.errors).toBeUndefined();
      if (m.end) {
        const stop = await hub.query(StopEnrollmentDocument, { input: { enrollmentId: e.data!.enroll.id, endDate: m.end, reason: "调动" } }, registrar);
        expect(stop.errors).toBeUndefined();
      }
    }
    const plusOne = (r: typeof before.a) => ({ ...r, enrollment: { ...r.enrollment!, workInjuryInsured: r.enrollment!.workInjuryInsured + 1 } });
    expect(await report(2022, a)).toEqual(plusOne(before.a));
    expect(await report(2022, b)).toEqual(plusOne(before.b));
    expect(await report(2022, null)).toEqual(plusOne(before.whole));
  });

  it("answers an area outside the caller's bounds exactly like an unknown area: the report with zero figures", async () => {
    const [mine, other] = [townships[0], townships[1]];
    const bounded = await hub.token({ role: "analyst", bounds: { area: mine } });
    const unknown = await report(2024, "430582999", bounded);
    expect(unknown).toEqual({ year: 2024, areaCode: "430582999", enrollment: ZERO });
    expect(await report(2024, other, bounded)).toEqual({ ...unknown, areaCode: other });
    // The positive control: the same caller sees its own township, as an unbounded caller does.
    expect(await report(2024, mine, bounded)).toEqual(await report(2024, mine));
    expect((await report(2024, mine, bounded)).enrollment!.workInjuryInsured).toBeGreaterThan(0);
  });

  it("never serves one caller's cached section to a caller with other bounds", async () => {
    const whole = await report(2024, "430582");
    const bounded = await report(2024, "430582", await hub.token({ role: "analyst", bounds: { area: townships[0] } }));
    expect(bounded.enrollment!.workInjuryInsured).toBeLessThan(whole.enrollment!.workInjuryInsured);
    expect(bounded.enrollment).toEqual((await report(2024, townships[0])).enrollment);
  });

  it("refuses a malformed area code naming the argument and the rule", async () => {
    const res = await hub.query(AnnualFiguresDocument, { year: 2024, areaCode: "4305X" }, analyst);
    expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "areaCode", rule: "area.code" });
  });

  describe("the entity reference, as another subgraph's section reaches it", () => {
    const entities = async (representations: Record<string, unknown>[], scopes: string[]) => {
      const token = await internalTokenKit(hub.config.internalTokenSecret).sign({ sub: "x", role: "dashboard", scopes: new Set(scopes) });
      const res = await fetch(hub.subgraphs.find((s) => s.name === "enrollment")!.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: "query($r: [_Any!]!) { _entities(representations: $r) { ... on AnnualReport { year areaCode enrollment { workInjuryInsured } } } }",
          variables: { r: representations },
        }),
      });
      return (await res.json()) as { data?: { _entities: unknown[] } | null; errors?: { extensions?: Record<string, unknown> }[] };
    };

    it("resolves the whole hub and an area by year and areaCode, with the same figures as the query", async () => {
      const res = await entities([{ __typename: "AnnualReport", year: 2024, areaCode: "" }, { __typename: "AnnualReport", year: 2024, areaCode: townships[0] }], ["aggregate:read"]);
      expect(res.errors).toBeUndefined();
      const [whole, area] = [await report(2024, null), await report(2024, townships[0])];
      expect(res.data!._entities).toEqual([
        { year: 2024, areaCode: "", enrollment: { workInjuryInsured: whole.enrollment!.workInjuryInsured } },
        { year: 2024, areaCode: townships[0], enrollment: { workInjuryInsured: area.enrollment!.workInjuryInsured } },
      ]);
    });

    it("needs the section's scope, since reference resolvers bypass the auth checker", async () => {
      const res = await entities([{ __typename: "AnnualReport", year: 2024, areaCode: "" }], ["enrollment:read"]);
      expect(res.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    });

    it("checks a crafted representation as the query checks its arguments", async () => {
      const res = await entities([{ __typename: "AnnualReport", year: 2024, areaCode: "43%" }], ["aggregate:read"]);
      expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "area.code" });
    });
  });
});
