import type { RowError } from "../common/import/importer";
import { isIsoDate } from "../common/dates";
import { AREA_CODE_MESSAGE, AREA_CODE_RULE, isAreaCode } from "../common/validators/area-code";
import { checkResidentId } from "../common/validators/resident-id";
import { AgreementStatus, InstitutionKind, MedicalInstitution } from "./institution/institution.entity";
import { FindingKind, FindingResolution } from "./finding/finding.entity";

/**
 * The record checks of the medical subgraph, shared by mutations, importers and the demo, so all
 * three pass the same rules. Each returns every broken rule as { field, rule, message }.
 */
export type InstitutionRecord = Omit<MedicalInstitution, "id">;

const MAX_FEN = 100_000_000_000_00; // 100 billion yuan: far above any claim, below 2^53

function date(errors: RowError[], field: string, value: string | null | undefined, rule: string, today?: string) {
  if (!value || !isIsoDate(value)) errors.push({ field, rule: "date.format", message: "A date is written YYYY-MM-DD and exists." });
  else if (today && value > today) errors.push({ field, rule, message: "That date is in the future." });
}

function money(errors: RowError[], field: string, fen: number, positive = false) {
  if (!Number.isSafeInteger(fen) || fen < (positive ? 1 : 0) || fen > MAX_FEN) {
    errors.push({ field, rule: positive ? "money.positive" : "money.non-negative", message: positive ? "The amount is more than zero." : "The amount is zero or more." });
  }
}

export function checkInstitution(r: InstitutionRecord): RowError[] {
  const e: RowError[] = [];
  if (!/^[A-Z0-9]{1,32}$/.test(r.code)) e.push({ field: "code", rule: "institution.code", message: "An institution code is 1–32 capital letters or digits." });
  if (!r.name.trim() || r.name.length > 100) e.push({ field: "name", rule: "institution.name", message: "An institution needs a name of at most 100 characters." });
  if (!r.level.trim() || r.level.length > 20) e.push({ field: "level", rule: "institution.level", message: "An institution needs a level (医院等级) of at most 20 characters." });
  if (!Object.values(InstitutionKind).includes(r.kind)) e.push({ field: "kind", rule: "institution.kind", message: "Unknown institution kind." });
  if (!isAreaCode(r.areaCode)) e.push({ field: "areaCode", rule: AREA_CODE_RULE, message: AREA_CODE_MESSAGE });
  date(e, "agreementFrom", r.agreementFrom, "date.format");
  date(e, "agreementUntil", r.agreementUntil, "date.format");
  if (isIsoDate(r.agreementFrom) && isIsoDate(r.agreementUntil) && r.agreementUntil < r.agreementFrom) {
    e.push({ field: "agreementUntil", rule: "agreement.period", message: "An agreement ends on or after the day it starts." });
  }
  if (!Object.values(AgreementStatus).includes(r.agreementStatus)) e.push({ field: "agreementStatus", rule: "agreement.status", message: "Unknown agreement status." });
  return e;
}

/** Whether the institution may admit on `day`: an agreement in force that day (no admission under an expired one). */
export function agreementAllows(i: MedicalInstitution, day: string): boolean {
  return i.agreementStatus === AgreementStatus.ACTIVE && i.agreementFrom <= day && day <= i.agreementUntil;
}

export interface AdmissionRecord {
  admissionNumber: string;
  patientName: string;
  patientIdNumber: string;
  admittedOn: string;
  dischargedOn: string | null;
  diagnosis: string;
}

export function checkAdmission(r: AdmissionRecord, today: string): RowError[] {
  const e: RowError[] = [];
  if (!/^[A-Za-z0-9-]{1,32}$/.test(r.admissionNumber)) e.push({ field: "admissionNumber", rule: "inpatient.admission-number", message: "An admission number is 1–32 letters, digits or dashes." });
  if (!r.patientName.trim() || r.patientName.length > 50) e.push({ field: "patientName", rule: "inpatient.name", message: "The patient's name is 1–50 characters." });
  const id = checkResidentId(r.patientIdNumber, today);
  if (!id.ok) e.push({ field: "patientIdNumber", rule: id.rule, message: id.message });
  date(e, "admittedOn", r.admittedOn, "inpatient.admitted-on", today);
  if (r.dischargedOn !== null) {
    date(e, "dischargedOn", r.dischargedOn, "inpatient.discharged-on", today);
    if (isIsoDate(r.dischargedOn) && isIsoDate(r.admittedOn) && r.dischargedOn < r.admittedOn) {
      e.push({ field: "dischargedOn", rule: "inpatient.discharged-on", message: "A patient is discharged on or after admission." });
    }
  }
  if (!r.diagnosis.trim() || r.diagnosis.length > 200) e.push({ field: "diagnosis", rule: "inpatient.diagnosis", message: "A diagnosis is 1–200 characters." });
  return e;
}

/** A record number of the medical subgraph (inspection, finding, settlement, admission): 1–32 letters, digits or dashes. */
const RECORD_NUMBER = /^[A-Za-z0-9-]{1,32}$/;

export function checkInspection(r: { inspectionNumber: string; inspectedOn: string; inspectors: string[] }, today: string): RowError[] {
  const e: RowError[] = [];
  if (!RECORD_NUMBER.test(r.inspectionNumber)) e.push({ field: "inspectionNumber", rule: "inspection.number", message: "An inspection number is 1–32 letters, digits or dashes." });
  date(e, "inspectedOn", r.inspectedOn, "inspection.inspected-on", today);
  if (r.inspectors.length < 1 || r.inspectors.length > 20 || r.inspectors.some((n) => !n.trim() || n.length > 50)) {
    e.push({ field: "inspectors", rule: "inspection.inspectors", message: "An inspection names 1–20 inspectors." });
  }
  return e;
}

export interface FindingRecord {
  findingNumber: string;
  foundOn: string;
  kinds: FindingKind[];
  amount: number;
  resolution: FindingResolution;
  refundedOn: string | null;
}

export function checkFinding(r: FindingRecord, today: string): RowError[] {
  const e: RowError[] = [];
  if (!RECORD_NUMBER.test(r.findingNumber)) e.push({ field: "findingNumber", rule: "finding.number", message: "A finding number is 1–32 letters, digits or dashes." });
  date(e, "foundOn", r.foundOn, "finding.found-on", today);
  if (r.kinds.length === 0 || r.kinds.some((k) => !Object.values(FindingKind).includes(k)) || new Set(r.kinds).size !== r.kinds.length) {
    e.push({ field: "kinds", rule: "finding.kinds", message: "A finding names one or more distinct kinds of problem." });
  }
  money(e, "amount", r.amount, true);
  if (!Object.values(FindingResolution).includes(r.resolution)) e.push({ field: "resolution", rule: "finding.resolution", message: "Unknown resolution." });
  if (r.resolution === FindingResolution.REFUNDED) {
    if (!r.refundedOn) e.push({ field: "refundedOn", rule: "finding.refunded-on", message: "A refunded finding gives the refund date." });
    else {
      date(e, "refundedOn", r.refundedOn, "finding.refunded-on", today);
      if (isIsoDate(r.refundedOn) && isIsoDate(r.foundOn) && r.refundedOn < r.foundOn) e.push({ field: "refundedOn", rule: "finding.refunded-on", message: "A refund comes on or after the finding." });
    }
  } else if (r.refundedOn) {
    e.push({ field: "refundedOn", rule: "finding.refunded-on", message: "Only a refunded finding has a refund date." });
  }
  return e;
}

export interface SettlementRecord {
  settlementNumber: string;
  periodFrom: string;
  periodUntil: string;
  claimed: number;
  paidOn: string;
}

export function checkSettlement(r: SettlementRecord, today: string): RowError[] {
  const e: RowError[] = [];
  if (!/^[A-Za-z0-9-]{1,32}$/.test(r.settlementNumber)) e.push({ field: "settlementNumber", rule: "settlement.number", message: "A settlement number is 1–32 letters, digits or dashes." });
  date(e, "periodFrom", r.periodFrom, "date.format");
  date(e, "periodUntil", r.periodUntil, "date.format");
  if (isIsoDate(r.periodFrom) && isIsoDate(r.periodUntil) && r.periodUntil < r.periodFrom) e.push({ field: "periodUntil", rule: "settlement.period", message: "A period ends on or after it starts." });
  money(e, "claimed", r.claimed);
  date(e, "paidOn", r.paidOn, "settlement.paid-on", today);
  if (isIsoDate(r.paidOn) && isIsoDate(r.periodUntil) && r.paidOn < r.periodUntil) e.push({ field: "paidOn", rule: "settlement.paid-on", message: "A settlement is paid after its period ends." });
  return e;
}
