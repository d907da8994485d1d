import { checkCreditCode } from "../../common/validators/credit-code";
import { checkResidentId } from "../../common/validators/resident-id";
import { isIsoDate } from "../../common/dates";
import { applyRate } from "../../common/money";
import { isYearMonth } from "../../common/scalars";
import { checkParts } from "./contribution-parts";
import { Insurance } from "../enrollment/insurance";
import { levelOfCode } from "../area/area.entity";
import { INDUSTRIES } from "../employer/industries";

/**
 * The records the importer and the demo generator write, and the rules every one must pass.
 * Natural keys (ID number, credit code) link them; hub ids are assigned on first write and stay.
 */
import type { RowError } from "../../common/import/importer";

export interface AreaRecord { code: string; name: string }
export interface RateRecord { insurance: Insurance; areaCode: string; riskClass: number; validFrom: string; employerPpm: number; employeePpm: number; note: string | null }
export interface EmployerRecord { creditCode: string; name: string; industry: string; riskClass: number; areaCode: string; staffCount: number; status: "ACTIVE" | "CANCELLED"; registeredOn: string }
export interface PersonRecord { idNumber: string; name: string; areaCode: string; phone: string | null }
export interface EnrollmentRecord { idNumber: string; creditCode: string; insurance: Insurance; startDate: string; endDate: string | null; stopReason: string | null; wageBase: number }
export interface ContributionRecord { idNumber: string; creditCode: string; insurance: Insurance; month: string; base: number; ratePpm: number; employerPart: number; employeePart: number; paidOn: string; areaCode: string }

const err = (field: string, rule: string, message: string): RowError => ({ field, rule, message });

function areaCode(field: string, v: string, out: RowError[]): void {
  if (!levelOfCode(v)) out.push(err(field, "area.code", "An area code has 6, 9 or 12 digits."));
}
function date(field: string, v: string | null, out: RowError[], required = true): void {
  if (v === null || v === "") {
    if (required) out.push(err(field, "date.required", "A date is required."));
  } else if (!isIsoDate(v)) out.push(err(field, "date.format", "Expected a real date YYYY-MM-DD."));
}
function text(field: string, v: string, max: number, out: RowError[]): void {
  if (!v || !v.trim()) out.push(err(field, "text.required", "A value is required."));
  else if ([...v].length > max) out.push(err(field, "text.length", `At most ${max} characters.`));
}
function money(field: string, v: number, out: RowError[], min = 0): void {
  if (!Number.isSafeInteger(v) || v < min) out.push(err(field, "money.range", min > 0 ? "Must be a positive amount." : "Must not be negative."));
}
function insurance(field: string, v: string, out: RowError[]): void {
  if (v !== Insurance.WORK_INJURY && v !== Insurance.UNEMPLOYMENT) out.push(err(field, "insurance.kind", "WORK_INJURY or UNEMPLOYMENT."));
}
function idNumber(field: string, v: string, out: RowError[]): void {
  const r = checkResidentId(v);
  if (!r.ok) out.push(err(field, r.rule, r.message));
}
function creditCode(field: string, v: string, out: RowError[]): void {
  const r = checkCreditCode(v);
  if (!r.ok) out.push(err(field, r.rule, r.message));
}

export function checkArea(r: AreaRecord): RowError[] {
  const out: RowError[] = [];
  areaCode("code", r.code, out);
  text("name", r.name, 100, out);
  return out;
}

export function checkRate(r: RateRecord): RowError[] {
  const out: RowError[] = [];
  insurance("insurance", r.insurance, out);
  areaCode("areaCode", r.areaCode, out);
  date("validFrom", r.validFrom, out);
  if (r.insurance === Insurance.WORK_INJURY && !(r.riskClass >= 1 && r.riskClass <= 8)) out.push(err("riskClass", "risk-class.range", "Work-injury rates are per risk class 1–8."));
  if (r.insurance === Insurance.UNEMPLOYMENT && r.riskClass !== 0) out.push(err("riskClass", "risk-class.none", "Unemployment rates have risk class 0."));
  for (const f of ["employerPpm", "employeePpm"] as const) {
    if (!Number.isInteger(r[f]) || r[f] < 0 || r[f] > 200_000) out.push(err(f, "rate.range", "A rate is 0 to 200000 ppm (20 %)."));
  }
  return out;
}

export function checkEmployer(r: EmployerRecord): RowError[] {
  const out: RowError[] = [];
  creditCode("creditCode", r.creditCode, out);
  text("name", r.name, 200, out);
  if (!INDUSTRIES.has(r.industry)) out.push(err("industry", "industry.code", "An industry section letter A–T of GB/T 4754."));
  if (!Number.isInteger(r.riskClass) || r.riskClass < 1 || r.riskClass > 8) out.push(err("riskClass", "risk-class.range", "A risk class is 1 to 8."));
  areaCode("areaCode", r.areaCode, out);
  if (!Number.isInteger(r.staffCount) || r.staffCount < 0) out.push(err("staffCount", "staff-count.range", "Must be a whole number, not negative."));
  if (r.status !== "ACTIVE" && r.status !== "CANCELLED") out.push(err("status", "employer-status.kind", "ACTIVE or CANCELLED."));
  date("registeredOn", r.registeredOn, out);
  return out;
}

export const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

export function checkPerson(r: PersonRecord): RowError[] {
  const out: RowError[] = [];
  idNumber("idNumber", r.idNumber, out);
  text("name", r.name, 50, out);
  areaCode("areaCode", r.areaCode, out);
  if (r.phone !== null && !PHONE.test(r.phone)) out.push(err("phone", "phone.format", "A mobile number of 11 digits or a landline like 0739-1234567."));
  return out;
}

export function checkEnrollment(r: EnrollmentRecord): RowError[] {
  const out: RowError[] = [];
  idNumber("idNumber", r.idNumber, out);
  creditCode("creditCode", r.creditCode, out);
  insurance("insurance", r.insurance, out);
  date("startDate", r.startDate, out);
  date("endDate", r.endDate, out, false);
  if (r.endDate && r.startDate && r.endDate < r.startDate) out.push(err("endDate", "enrollment.end-before-start", "The end date is before the start date."));
  if (!r.endDate && r.stopReason) out.push(err("stopReason", "enrollment.reason-without-end", "A stop reason needs an end date."));
  money("wageBase", r.wageBase, out, 1);
  return out;
}

/**
 * Each part is rounded on its own (±1 fen each, `checkParts`), so their sum may differ from
 * base × rate by up to 2 fen: the first screen for an unemployment row, whose split the writer
 * checks against the rate in force.
 */
export const ROUNDING_TOLERANCE_FEN = 2;

export function checkContribution(r: ContributionRecord): RowError[] {
  const out: RowError[] = [];
  idNumber("idNumber", r.idNumber, out);
  creditCode("creditCode", r.creditCode, out);
  insurance("insurance", r.insurance, out);
  if (!isYearMonth(r.month)) out.push(err("month", "year-month.format", "Expected YYYY-MM."));
  money("base", r.base, out, 1);
  money("employerPart", r.employerPart, out);
  money("employeePart", r.employeePart, out);
  if (!Number.isInteger(r.ratePpm) || r.ratePpm <= 0 || r.ratePpm > 200_000) out.push(err("ratePpm", "rate.range", "A rate is 1 to 200000 ppm (20 %)."));
  if (r.insurance === Insurance.WORK_INJURY && r.employeePart !== 0) out.push(err("employeePart", "contribution.work-injury-employee", "Employees pay no work-injury contribution."));
  if (out.length === 0 && r.insurance === Insurance.WORK_INJURY) out.push(...checkParts(r, 0));
  else if (out.length === 0 && Math.abs(r.employerPart + r.employeePart - applyRate(r.base, r.ratePpm)) > ROUNDING_TOLERANCE_FEN) {
    out.push(err("employerPart", "contribution.amount", "Employer and employee parts do not add up to base × rate."));
  }
  date("paidOn", r.paidOn, out);
  areaCode("areaCode", r.areaCode, out);
  return out;
}
