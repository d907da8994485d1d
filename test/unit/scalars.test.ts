import { formatYuan, parseYuan, toFen } from "../../subgraphs/common/money";
import { MoneyScalar, DateScalar, YearMonthScalar } from "../../subgraphs/common/scalars";
import { isIsoDate } from "../../subgraphs/common/dates";
import { maskValue } from "../../subgraphs/common/mask";
import { monthsBefore } from "../../subgraphs/common/dates";

describe("Money", () => {
  it("serializes fen as yuan with two decimals, beyond 32-bit sums", () => {
    expect(MoneyScalar.serialize(1622560)).toBe("16225.60");
    expect(MoneyScalar.serialize("240100000000")).toBe("2401000000.00");
    expect(MoneyScalar.serialize(5)).toBe("0.05");
    expect(MoneyScalar.serialize(-91008)).toBe("-910.08");
  });

  it("parses yuan strings to fen and refuses three decimals or text", () => {
    expect(MoneyScalar.parseValue("16225.6")).toBe(1622560);
    expect(MoneyScalar.parseValue("1089.84")).toBe(108984);
    expect(MoneyScalar.parseValue(12)).toBe(1200);
    expect(() => MoneyScalar.parseValue("1.234")).toThrow(/money.format/);
    expect(() => MoneyScalar.parseValue("abc")).toThrow(/money.format/);
    expect(() => MoneyScalar.parseValue(0.1 + 0.2)).toThrow(/money.format/);
  });

  it("converts database values (mysql2 strings, SQLite numbers) in one place", () => {
    expect(toFen("123")).toBe(123);
    expect(toFen(null)).toBe(0);
    expect(() => toFen("1.5")).toThrow();
    expect(parseYuan("-0.50")).toBe(-50);
    expect(formatYuan(100)).toBe("1.00");
  });
});

describe("Date and YearMonth", () => {
  it("accept real dates and months only", () => {
    expect(DateScalar.parseValue("2024-02-29")).toBe("2024-02-29");
    expect(() => DateScalar.parseValue("2023-02-29")).toThrow(/date.format/);
    expect(() => DateScalar.parseValue("2024-1-5")).toThrow(/date.format/);
    expect(isIsoDate("2024-12-31")).toBe(true);
    expect(YearMonthScalar.parseValue("2024-12")).toBe("2024-12");
    expect(() => YearMonthScalar.parseValue("2024-13")).toThrow(/year-month.format/);
  });

  it("counts months back across years", () => {
    expect(monthsBefore("2024-12", 5)).toBe("2024-07");
    expect(monthsBefore("2024-03", 5)).toBe("2023-10");
    expect(monthsBefore("2024-01", 12)).toBe("2023-01");
  });
});

describe("masking (DESIGN §4)", () => {
  it("keeps only what the formats allow", () => {
    expect(maskValue("idNumber", "360426199101010071")).toBe("3****************1");
    expect(maskValue("name", "张三丰")).toBe("张**");
    expect(maskValue("name", "李四")).toBe("李*");
    expect(maskValue("phone", "13812341234")).toBe("138****1234");
    expect(maskValue("bankAccount", "6222021234567890123")).toBe("****0123");
    expect(maskValue("address", "邵东市两市塘街道建设路12号")).toBe("****");
  });
});
