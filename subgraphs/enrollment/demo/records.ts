import type { WorldArea, WorldContribution, WorldEmployer, WorldEnrollment, WorldInsurance, WorldPerson, WorldRate } from "../../../demo/world.types";
import { Insurance } from "../enrollment/insurance";
import type { AreaRecord, ContributionRecord, EmployerRecord, EnrollmentRecord, PersonRecord, RateRecord } from "../import/records";

/**
 * The world's records as enrollment's import records: the world keeps its own types (the kit and
 * the world know no domain), enrollment decides what they become here.
 */
const INSURANCE: Readonly<Record<WorldInsurance, Insurance>> = { WORK_INJURY: Insurance.WORK_INJURY, UNEMPLOYMENT: Insurance.UNEMPLOYMENT };

export const areaRecord = (a: WorldArea): AreaRecord => ({ code: a.code, name: a.name });

export const rateRecord = (r: WorldRate): RateRecord => ({
  insurance: INSURANCE[r.insurance], areaCode: r.areaCode, riskClass: r.riskClass, validFrom: r.validFrom, employerPpm: r.employerPpm, employeePpm: r.employeePpm, note: r.note,
});

export const employerRecord = (e: WorldEmployer): EmployerRecord => ({
  creditCode: e.creditCode, name: e.name, industry: e.industry, riskClass: e.riskClass, areaCode: e.areaCode, staffCount: e.staffCount, status: e.status, registeredOn: e.registeredOn,
});

export const personRecord = (p: WorldPerson): PersonRecord => ({ idNumber: p.idNumber, name: p.name, areaCode: p.areaCode, phone: p.phone });

export const enrollmentRecord = (e: WorldEnrollment): EnrollmentRecord => ({
  idNumber: e.idNumber, creditCode: e.creditCode, insurance: INSURANCE[e.insurance], startDate: e.startDate, endDate: e.endDate, stopReason: e.stopReason, wageBase: e.wageBase,
});

export const contributionRecord = (c: WorldContribution): ContributionRecord => ({
  idNumber: c.idNumber, creditCode: c.creditCode, insurance: INSURANCE[c.insurance], month: c.month, base: c.base, ratePpm: c.ratePpm,
  employerPart: c.employerPart, employeePart: c.employeePart, paidOn: c.paidOn, areaCode: c.areaCode,
});
