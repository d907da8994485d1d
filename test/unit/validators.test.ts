import fc from "fast-check";
import { checkResidentId, residentIdCheckChar } from "../../subgraphs/common/validators/resident-id";
import { checkCreditCode, creditCodeCheckChar } from "../../subgraphs/common/validators/credit-code";

describe("resident ID numbers (GB 11643)", () => {
  it.each(["360426199101010071", "11010519491231002X"])("accepts the known-good number %s", (id) => {
    expect(checkResidentId(id)).toMatchObject({ ok: true, value: { idNumber: id } });
  });

  it("accepts a lower-case x and stores it upper-case", () => {
    expect(checkResidentId("11010519491231002x")).toMatchObject({ ok: true, value: { idNumber: "11010519491231002X" } });
  });

  it("derives birth date and gender (odd sequence = male)", () => {
    expect(checkResidentId("360426199101010071")).toMatchObject({ ok: true, value: { birthDate: "1991-01-01", gender: "MALE", areaCode: "360426" } });
    expect(checkResidentId("11010519491231002X")).toMatchObject({ ok: true, value: { birthDate: "1949-12-31", gender: "FEMALE" } });
  });

  it.each([
    ["360426199101010072", "resident-id.checksum"],
    ["36042619910101007", "resident-id.format"],
    ["3604261991010100711", "resident-id.format"],
    ["36042619910101007Y", "resident-id.format"],
    ["360426199102300071", "resident-id.birth-date"],
    ["360426190002290071", "resident-id.birth-date"],
    ["360426209901010071", "resident-id.birth-date"],
  ])("refuses %s with %s", (id, rule) => {
    expect(checkResidentId(id)).toMatchObject({ ok: false, rule });
  });

  it("accepts 29 February only in leap years", () => {
    const leap = "43058220000229003";
    expect(checkResidentId(leap + residentIdCheckChar(leap)).ok).toBe(true);
    const notLeap = "43058219000229003";
    expect(checkResidentId(notLeap + residentIdCheckChar(notLeap))).toMatchObject({ ok: false, rule: "resident-id.birth-date" });
  });

  it("refuses a birth date after today", () => {
    const first17 = "43058220300101001";
    expect(checkResidentId(first17 + residentIdCheckChar(first17), "2026-11-28")).toMatchObject({ ok: false, rule: "resident-id.birth-date" });
  });

  it("catches every single-character typing error (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const good = "360426199101010071";
        const digit = (Number(good[pos]) + delta) % 10;
        const typo = good.slice(0, pos) + digit + good.slice(pos + 1);
        const r = checkResidentId(typo);
        return !r.ok;
      }),
    );
  });
});

describe("unified social credit codes (GB 32100)", () => {
  it.each(["91110000600037341L", "91350100M000100Y43", "9144030071526726XG"])("accepts the known-good code %s", (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, value: code });
  });

  it("accepts lower case and normalises it", () => {
    expect(checkCreditCode("91350100m000100y43")).toEqual({ ok: true, value: "91350100M000100Y43" });
  });

  it.each([
    ["91110000600037341M", "credit-code.checksum"],
    ["91110000600037341", "credit-code.format"],
    ["9111000060003734IL", "credit-code.format"],
    ["91110000600O37341L", "credit-code.format"],
    ["91110000600037341S", "credit-code.format"],
  ])("refuses %s with %s", (code, rule) => {
    expect(checkCreditCode(code)).toMatchObject({ ok: false, rule });
  });

  it("the check character makes any 17-character body valid, and any other last character invalid (property)", () => {
    const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY".split("");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 17, maxLength: 17 }), fc.constantFrom(...alphabet), (body, other) => {
        const first17 = body.join("");
        const check = creditCodeCheckChar(first17);
        expect(checkCreditCode(first17 + check).ok).toBe(true);
        if (other !== check) expect(checkCreditCode(first17 + other).ok).toBe(false);
      }),
    );
  });
});
