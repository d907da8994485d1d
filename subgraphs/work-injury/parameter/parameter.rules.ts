import { isIsoDate } from "../../common/dates";
import type { RowError } from "../../common/import/importer";
import { AREA_CODE_MESSAGE, AREA_CODE_RULE, isAreaCode } from "../../common/validators/area-code";
import { BenefitParameterKind as K } from "./parameter.entity";

export interface ParameterRecord {
  kind: K;
  qualifier: string;
  areaCode: string;
  validFrom: string;
  validUntil: string | null;
  amount: number | null;
  percent: number | null;
}

/** The qualifier each kind takes: care levels, grades 5–10, a year, or none. */
const QUALIFIERS: Record<K, (q: string) => boolean> = {
  [K.AVERAGE_MONTHLY_WAGE]: (q) => q === "",
  [K.MINIMUM_WAGE]: (q) => q === "",
  [K.DISPOSABLE_INCOME]: (q) => /^(19|20)\d\d$/.test(q),
  [K.CARE_PERCENT]: (q) => ["FULLY", "MOSTLY", "PARTLY"].includes(q),
  [K.MEDICAL_SUBSIDY]: (q) => ["5", "6", "7", "8", "9", "10"].includes(q),
};

/** Largest amount accepted, fen: a year's disposable income with room to spare; a typo guard. */
const MAX_FEN = 100_000_000_00;

export function checkParameter(r: ParameterRecord): RowError[] {
  const errors: RowError[] = [];
  if (!Object.values(K).includes(r.kind)) return [{ field: "kind", rule: "parameter.kind", message: "Unknown parameter kind." }];
  if (!QUALIFIERS[r.kind](r.qualifier)) errors.push({ field: "qualifier", rule: "parameter.qualifier", message: "The qualifier is the care level (FULLY, MOSTLY, PARTLY) for CARE_PERCENT, the grade 5–10 for MEDICAL_SUBSIDY, the income's year for DISPOSABLE_INCOME, and none otherwise." });
  // Empty is national (a statutory percent, the disposable income); any other area is a real code.
  if (r.kind === K.DISPOSABLE_INCOME && r.areaCode !== "") errors.push({ field: "areaCode", rule: "parameter.national", message: "The disposable income is national: give no area." });
  else if (r.areaCode !== "" && !isAreaCode(r.areaCode)) errors.push({ field: "areaCode", rule: AREA_CODE_RULE, message: AREA_CODE_MESSAGE });
  if (!isIsoDate(r.validFrom)) errors.push({ field: "validFrom", rule: "date.format", message: "A real date YYYY-MM-DD." });
  if (r.validUntil !== null && (!isIsoDate(r.validUntil) || r.validUntil < r.validFrom)) errors.push({ field: "validUntil", rule: "parameter.period", message: "Valid until a real date on or after validFrom." });
  if (r.kind === K.CARE_PERCENT) {
    if (r.amount !== null) errors.push({ field: "amount", rule: "parameter.value", message: "CARE_PERCENT takes a percent, not an amount." });
    if (r.percent === null || !Number.isInteger(r.percent) || r.percent < 1 || r.percent > 100) errors.push({ field: "percent", rule: "parameter.value", message: "A percent from 1 to 100." });
  } else {
    if (r.percent !== null) errors.push({ field: "percent", rule: "parameter.value", message: `${r.kind} takes an amount, not a percent.` });
    if (r.amount === null || !Number.isSafeInteger(r.amount) || r.amount <= 0 || r.amount > MAX_FEN) errors.push({ field: "amount", rule: "parameter.value", message: "An amount above 0.00 and at most 100,000,000.00 yuan." });
  }
  return errors;
}

/** The areas a parameter of `areaCode` may come from, most specific first: village, township, county, city, province, national. */
export function areaChain(areaCode: string): string[] {
  const chain = [areaCode];
  if (areaCode.length > 9) chain.push(areaCode.slice(0, 9));
  if (areaCode.length > 6) chain.push(areaCode.slice(0, 6));
  const county = areaCode.slice(0, 6);
  if (!county.endsWith("00")) chain.push(`${county.slice(0, 4)}00`);
  if (!county.endsWith("0000")) chain.push(`${county.slice(0, 2)}0000`);
  chain.push("");
  return [...new Set(chain)];
}
