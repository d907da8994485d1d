import { parseYuan } from "../money";
import { isIsoDate } from "../dates";
import type { CellParser } from "./importer";

/** CSV cell parsers. Cells arrive trimmed; an empty cell is "no value". */
export const cells: {
  text: CellParser; optionalText: CellParser; optionalBoolean: CellParser; int: CellParser; optionalInt: CellParser; yuan: CellParser; date: CellParser; optionalDate: CellParser; yearMonth: CellParser;
  optionalEnumOf(values: readonly string[]): CellParser; enumOf(values: readonly string[]): CellParser;
} = {
  text: ((c) => (c ? { ok: true, value: c } : { ok: false, rule: "text.required", message: "A value is required." })) as CellParser,
  optionalText: ((c) => ({ ok: true, value: c || null })) as CellParser,
  /** true/false, 1/0 (Excel's TRUE/FALSE too); empty for none. */
  optionalBoolean: ((c) => {
    const v = c.toLowerCase();
    if (!v) return { ok: true, value: null };
    if (v === "true" || v === "1") return { ok: true, value: true };
    if (v === "false" || v === "0") return { ok: true, value: false };
    return { ok: false, rule: "boolean.format", message: "Expected true or false (or 1 or 0)." };
  }) as CellParser,
  int: ((c) => (/^-?\d+$/.test(c) ? { ok: true, value: Number(c) } : { ok: false, rule: "integer.format", message: "Expected a whole number." })) as CellParser,
  optionalInt: ((c) => (!c ? { ok: true, value: null } : /^-?\d+$/.test(c) ? { ok: true, value: Number(c) } : { ok: false, rule: "integer.format", message: "Expected a whole number." })) as CellParser,
  /** Yuan with at most two decimals → integer fen. */
  yuan: ((c) => {
    const fen = parseYuan(c.replace(/,/g, ""));
    return fen === null ? { ok: false, rule: "money.format", message: "Expected an amount in yuan with at most two decimals." } : { ok: true, value: fen };
  }) as CellParser,
  date: ((c) => (isIsoDate(normalizeDate(c)) ? { ok: true, value: normalizeDate(c) } : { ok: false, rule: "date.format", message: "Expected a real date YYYY-MM-DD." })) as CellParser,
  optionalDate: ((c) => (!c ? { ok: true, value: null } : isIsoDate(normalizeDate(c)) ? { ok: true, value: normalizeDate(c) } : { ok: false, rule: "date.format", message: "Expected a real date YYYY-MM-DD." })) as CellParser,
  /** YYYY-MM, also Excel's 2024/3 and 2024-3. */
  yearMonth: ((c) => {
    const m = /^(\d{4})[-/.](\d{1,2})$/.exec(c);
    const month = m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2].padStart(2, "0")}` : null;
    return month ? { ok: true, value: month } : { ok: false, rule: "year-month.format", message: "Expected a month YYYY-MM." };
  }) as CellParser,
  /** An enum value, or empty for none. */
  optionalEnumOf(values: readonly string[]): CellParser {
    const one = cells.enumOf(values);
    return (c) => (c ? one(c) : { ok: true, value: null });
  },
  enumOf(values: readonly string[]): CellParser {
    return (c) => (values.includes(c.toUpperCase()) ? { ok: true, value: c.toUpperCase() } : { ok: false, rule: "enum.value", message: `One of ${values.join(", ")}.` });
  },
};

/** Excel writes 2024/3/5; the hub writes 2024-03-05. */
function normalizeDate(c: string): string {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(c);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : c;
}
