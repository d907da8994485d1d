import { checkResidentId } from "../../subgraphs/common/validators/resident-id";
import { startHub, TestHub } from "../helpers/hub";

/**
 * Personal data is masked without `pii:read`, and an area bound limits what a partner sees in
 * lists and lookups alike, an out-of-bounds record looking exactly like an unknown one (DESIGN §4).
 */

interface PersonOut { id: string; idNumber: string; name: string; phone: string | null; areaCode: string }
interface EmployerOut { id: string; areaCode: string; activeEnrollments: { person: PersonOut | null }[] }

const STAFF_QUERY = "{ employers(first: 5) { nodes { id areaCode activeEnrollments { person { id idNumber name phone areaCode } } } } }";

function peopleOf(employers: EmployerOut[]): PersonOut[] {
  return employers.flatMap((e) => e.activeEnrollments.map((x) => x.person)).filter((p): p is PersonOut => p !== null);
}

describe("personal data and row bounds on the demo world", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
  });
  afterAll(() => hub?.stop());

  describe("masking", () => {
    it("masks ID number, name and phone for an analyst, who has no pii:read", async () => {
      const res = await hub.query<{ employers: { nodes: EmployerOut[] } }>(STAFF_QUERY, {}, await hub.token({ role: "analyst" }));
      expect(res.errors).toBeUndefined();
      const people = peopleOf(res.data!.employers.nodes);
      expect(people.length).toBeGreaterThan(0);
      for (const p of people) {
        expect(p.idNumber).toMatch(/^\d\*{16}[\dX]$/); // first and last character, 16 stars between
        expect(p.name).toMatch(/^[^*]\*+$/u); // the surname, then stars
        if (p.phone !== null) expect(p.phone).toMatch(/^1\d{2}\*{4}\d{4}$/); // 138****1234
      }
      expect(people.some((p) => p.phone !== null)).toBe(true);
    });

    it("shows full, valid 18-character ID numbers, names and phones to a registrar, who has pii:read", async () => {
      const res = await hub.query<{ employers: { nodes: EmployerOut[] } }>(STAFF_QUERY, {}, await hub.token({ role: "registrar" }));
      expect(res.errors).toBeUndefined();
      const people = peopleOf(res.data!.employers.nodes);
      expect(people.length).toBeGreaterThan(0);
      for (const p of people) {
        expect(p.idNumber).toHaveLength(18);
        expect(checkResidentId(p.idNumber).ok).toBe(true);
        expect(p.name).not.toContain("*");
        if (p.phone !== null) expect(p.phone).toMatch(/^1\d{10}$/);
      }
    });

    it("masks the same person the same way whichever path reaches them (list, lookup by id)", async () => {
      const analyst = await hub.token({ role: "analyst" });
      const registrar = await hub.token({ role: "registrar" });
      const list = await hub.query<{ people: { nodes: PersonOut[] } }>("{ people(first: 3) { nodes { id idNumber name phone areaCode } } }", {}, registrar);
      expect(list.errors).toBeUndefined();
      for (const full of list.data!.people.nodes) {
        const one = await hub.query<{ person: PersonOut }>("query($id: ID!) { person(id: $id) { id idNumber name phone areaCode } }", { id: full.id }, analyst);
        expect(one.errors).toBeUndefined();
        const masked = one.data!.person;
        expect(masked.idNumber).toBe(`${full.idNumber[0]}${"*".repeat(16)}${full.idNumber[17]}`);
        expect(masked.name).toBe([...full.name][0] + "*".repeat(Math.max([...full.name].length - 1, 1)));
        if (full.phone) expect(masked.phone).toBe(`${full.phone.slice(0, 3)}****${full.phone.slice(-4)}`);
        expect(masked.areaCode).toBe(full.areaCode);
      }
    });
  });

  describe("an area-bounded reader (a township office)", () => {
    let township: string;
    let inside: EmployerOut[];
    let insideTotal: number;
    let total: number;
    let outside: { id: string; areaCode: string; creditCode: string };

    beforeAll(async () => {
      // Choose a township that has employers, with other employers outside it.
      const analyst = await hub.token({ role: "analyst" });
      const all = await hub.query<{ employers: { totalCount: number; nodes: { id: string; areaCode: string; creditCode: string }[] } }>(
        "{ employers(first: 200) { totalCount nodes { id areaCode creditCode } } }", {}, analyst);
      expect(all.errors).toBeUndefined();
      const nodes = all.data!.employers.nodes;
      total = all.data!.employers.totalCount;
      const byTownship = new Map<string, number>();
      for (const e of nodes) byTownship.set(e.areaCode.slice(0, 9), (byTownship.get(e.areaCode.slice(0, 9)) ?? 0) + 1);
      township = [...byTownship.entries()].sort((a, b) => b[1] - a[1])[0][0];
      expect(township).toMatch(/^\d{9}$/);
      outside = nodes.find((e) => !e.areaCode.startsWith(township))!;
      expect(outside).toBeDefined();
      const expected = await hub.query<{ employers: { totalCount: number; nodes: EmployerOut[] } }>(
        "query($a: String) { employers(first: 200, filter: { areaCode: $a }) { totalCount nodes { id areaCode } } }", { a: township }, analyst);
      inside = expected.data!.employers.nodes;
      insideTotal = expected.data!.employers.totalCount;
      expect(inside.length).toBeGreaterThan(0);
    });

    // A township office's reader (乡镇经办): enrollment:read bounded to its township. (Partner agencies
    // with the same bound run registered operations only: test/security/partners.test.ts.)
    const taxToken = () => hub.token({ role: "registrar", scope: "enrollment:read", bounds: { area: township } });

    it("lists only employers whose area code starts with its township, and all of them", async () => {
      const res = await hub.query<{ employers: { totalCount: number; nodes: EmployerOut[] } }>(
        "{ employers(first: 200) { totalCount nodes { id areaCode } } }", {}, await taxToken());
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.employers.nodes;
      expect(nodes.length).toBeGreaterThan(0);
      for (const e of nodes) expect(e.areaCode.startsWith(township)).toBe(true);
      expect(nodes.map((e) => e.id).sort()).toEqual(inside.map((e) => e.id).sort());
      expect(res.data!.employers.totalCount).toBe(insideTotal);
      expect(insideTotal).toBeLessThan(total);
    });

    it("cannot widen its bound with a filter on another area", async () => {
      const res = await hub.query<{ employers: { totalCount: number; nodes: EmployerOut[] } }>(
        "query($a: String) { employers(first: 200, filter: { areaCode: $a }) { totalCount nodes { id } } }", { a: outside.areaCode }, await taxToken());
      expect(res.errors).toBeUndefined();
      expect(res.data!.employers).toEqual({ totalCount: 0, nodes: [] });
    });

    it("gets null for employer(id) outside its area, exactly as for an unknown id", async () => {
      const token = await taxToken();
      const q = "query($id: ID!) { employer(id: $id) { id areaCode } }";
      const out = await hub.query(q, { id: outside.id }, token);
      const unknown = await hub.query(q, { id: "987654321" }, token);
      expect(out).toEqual({ status: 200, data: { employer: null } });
      expect(out).toEqual(unknown);
      // The control: the same lookup inside the bound answers.
      const within = await hub.query<{ employer: EmployerOut }>(q, { id: inside[0].id }, token);
      expect(within.data?.employer?.id).toBe(inside[0].id);
    });

    it("gets null for employerByCreditCode outside its area, exactly as for an unknown code", async () => {
      const token = await taxToken();
      const q = "query($c: String!) { employerByCreditCode(creditCode: $c) { id } }";
      const out = await hub.query(q, { c: outside.creditCode }, token);
      expect(out).toEqual({ status: 200, data: { employerByCreditCode: null } });
      const unbounded = await hub.query<{ employerByCreditCode: { id: string } }>(q, { c: outside.creditCode }, await hub.token({ role: "registrar", scope: "enrollment:read" }));
      expect(unbounded.data?.employerByCreditCode?.id).toBe(outside.id);
    });

    it("sees the staff of its employers wherever they live, and no person with no tie to its area", async () => {
      const token = await taxToken();
      const res = await hub.query<{ employers: { nodes: EmployerOut[] } }>(
        "{ employers(first: 200) { nodes { activeEnrollments { person { areaCode } } } } }", {}, token);
      expect(res.errors).toBeUndefined();
      const reached = res.data!.employers.nodes.flatMap((e) => e.activeEnrollments);
      expect(reached.length).toBeGreaterThan(0);
      expect(reached.filter((x) => x.person === null)).toEqual([]);

      // Someone living outside the township and employed only outside it: null, as if unknown.
      const all = await hub.query<{ people: { nodes: { id: string; areaCode: string; enrollments: { employer: { areaCode: string } | null }[] }[] } }>(
        "{ people(first: 200) { nodes { id areaCode enrollments { employer { areaCode } } } } }", {}, await hub.token({ role: "analyst" }));
      const stranger = all.data!.people.nodes.find((p) => !p.areaCode.startsWith(township) && p.enrollments.every((e) => !e.employer!.areaCode.startsWith(township)));
      expect(stranger).toBeDefined();
      const seen = await hub.query<{ person: unknown }>("query($id: ID!) { person(id: $id) { id } }", { id: stranger!.id }, token);
      expect(seen.errors).toBeUndefined();
      expect(seen.data!.person).toBeNull();
    });

    it("reaches through employer.activeEnrollments only the enrollments it may look up itself", async () => {
      // A record reached by another path is still bounded: the enrollments an employer field hands out
      // must be the ones the bounded enrollments list (and enrollment(id)) show to the same caller.
      const token = await taxToken();
      const res = await hub.query<{ employers: { nodes: { id: string; activeEnrollments: { id: string }[] }[] } }>(
        "{ employers(first: 200) { nodes { id activeEnrollments { id } } } }", {}, token);
      expect(res.errors).toBeUndefined();
      const leaked: string[] = [];
      for (const e of res.data!.employers.nodes) {
        const list = await hub.query<{ enrollments: { nodes: { id: string }[] } }>(
          "query($e: ID) { enrollments(first: 200, filter: { employerId: $e, status: ACTIVE }) { nodes { id } } }", { e: e.id }, token);
        expect(list.errors).toBeUndefined();
        const visible = new Set(list.data!.enrollments.nodes.map((n) => n.id));
        for (const x of e.activeEnrollments) if (!visible.has(x.id)) leaked.push(`employer ${e.id} → enrollment ${x.id}`);
      }
      expect({ leaked: leaked.length, examples: leaked.slice(0, 5) }).toEqual({ leaked: 0, examples: [] });
    });
  });

  describe("an employer-bounded token", () => {
    it("never sees employers other than its own (an unapplied bound must not mean no bound)", async () => {
      const analyst = await hub.token({ role: "analyst" });
      const any = await hub.query<{ employers: { nodes: { id: string }[] } }>("{ employers(first: 1) { nodes { id } } }", {}, analyst);
      const own = any.data!.employers.nodes[0].id;
      const token = await hub.token({ role: "registrar", scope: "enrollment:read", bounds: { employer: own } });
      const res = await hub.query<{ employers: { totalCount: number; nodes: { id: string }[] } }>("{ employers(first: 200) { totalCount nodes { id } } }", {}, token);
      const others = (res.data?.employers.nodes ?? []).filter((n) => n.id !== own).map((n) => n.id);
      expect({ others: others.length, examples: others.slice(0, 5) }).toEqual({ others: 0, examples: [] });
      expect(res.data?.employers.totalCount ?? 0).toBeLessThanOrEqual(1);
    });
  });
});
