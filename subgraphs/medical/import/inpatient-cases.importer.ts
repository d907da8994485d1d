import { UNBOUNDED } from "../../common/bounds";
import { todayInChina } from "../../common/dates";
import { GatewayCaller, resolveIds } from "../../common/gateway-client";
import { reportIdsByNumbers } from "../report-links";
import { cells } from "../../common/import/cells";
import { firstOfKey } from "../../common/import/first-of-key";
import type { Importer, IndexedError, WriteContext } from "../../common/import/importer";
import type { Tx } from "../../common/tx";
import { checkResidentId } from "../../common/validators/resident-id";
import { inpatientCaseRepository } from "../inpatient-case/inpatient-case.repository";
import { institutionRepository } from "../institution/institution.repository";
import { AdmissionRecord, agreementAllows, checkAdmission } from "../rules";

/** The admission as recorded, with its institution by code and its accident report by number. */
export type InpatientRow = AdmissionRecord & { institutionCode: string; reportNumber: string | null };

interface Links {
  /** Hub ids of the patients in enrollment's register (a patient not in it is admitted without one). */
  people: Map<string, number>;
  /** Hub ids of the accident reports named (an unknown one rejects its row). */
  reports: Map<string, number>;
}

/** The patients' person ids and the reports' ids, through the gateway before the file's transaction. */
async function links(caller: GatewayCaller, rows: InpatientRow[]): Promise<Links> {
  const idNumbers = rows.map((r) => r.patientIdNumber.toUpperCase()).filter((k) => checkResidentId(k).ok);
  const { people } = await resolveIds(caller, { people: idNumbers });
  const reports = await reportIdsByNumbers(caller, rows.flatMap((r) => (r.reportNumber ? [r.reportNumber.toUpperCase()] : [])));
  return { people, reports };
}

/**
 * Inpatient cases by institution and admission number, the mutation's rules: an agreement in force on the
 * admission day (`agreement.expired`), the patient linked to the register when known there, the accident
 * report when named (`report.unknown` otherwise). A known case must be the same admission (patient and day,
 * else `inpatient.differs`); its diagnosis is corrected in place, its discharge added once and never rewritten.
 */
async function writeCases(tx: Tx, rows: InpatientRow[], { db, prepared }: WriteContext): Promise<IndexedError[]> {
  const { people, reports } = prepared as Links;
  const errors: IndexedError[] = [];
  const institutions = await institutionRepository(db, () => UNBOUNDED).byCodes(tx);
  const repo = inpatientCaseRepository(db, () => UNBOUNDED);
  const first = firstOfKey(errors, "admissionNumber");
  const today = todayInChina();
  const stored = new Map<number, Awaited<ReturnType<typeof repo.byAdmissionNumbers>>>();
  for (const [index, r] of rows.entries()) {
    const bad = (field: string, rule: string, message: string) => errors.push({ index, field, rule, message });
    const institution = institutions.get(r.institutionCode.toUpperCase());
    if (!first(index, `${r.institutionCode.toUpperCase()}:${r.admissionNumber}`)) continue;
    if (!institution) { bad("institutionCode", "institution.unknown", "No medical institution with this code is in the hub (import medical-institutions.csv first)."); continue; }
    const record = {
      admissionNumber: r.admissionNumber, institutionId: institution.id, patientName: r.patientName, patientIdNumber: r.patientIdNumber.toUpperCase(),
      personId: people.get(r.patientIdNumber.toUpperCase()) ?? null, accidentReportId: r.reportNumber ? reports.get(r.reportNumber.toUpperCase()) ?? null : null,
      admittedOn: r.admittedOn, dischargedOn: r.dischargedOn, diagnosis: r.diagnosis,
    };
    const broken = checkAdmission(record, today);
    if (broken.length) { errors.push(...broken.map((e) => ({ ...e, index }))); continue; }
    if (r.reportNumber && record.accidentReportId === null) { bad("reportNumber", "report.unknown", "No accident report with this number is in the hub (import accident-reports.csv first)."); continue; }
    if (!stored.has(institution.id)) stored.set(institution.id, await repo.byAdmissionNumbers(tx, institution.id, rows.filter((x) => x.institutionCode.toUpperCase() === institution.code).map((x) => x.admissionNumber)));
    const known = stored.get(institution.id)!.get(r.admissionNumber);
    if (!known) {
      if (!agreementAllows(institution, record.admittedOn)) { bad("admittedOn", "agreement.expired", "The institution's agreement is not in force on the admission day (协议已过期或未生效)."); continue; }
      await repo.insert(tx, record);
      continue;
    }
    if (known.patientIdNumber !== record.patientIdNumber || known.admittedOn !== record.admittedOn || known.accidentReportId !== record.accidentReportId) {
      bad("admissionNumber", "inpatient.differs", `The hub holds admission ${r.admissionNumber} of ${institution.code} for another patient, day or report; it is not rewritten by a file.`);
      continue;
    }
    if (known.dischargedOn && known.dischargedOn !== record.dischargedOn) { bad("dischargedOn", "inpatient.discharged", `The hub holds the discharge of ${known.dischargedOn}; it is not rewritten by a file.`); continue; }
    if (!known.dischargedOn && record.dischargedOn) await repo.discharge(tx, known.id, record.dischargedOn);
    if (known.diagnosis !== record.diagnosis) await repo.setDiagnosis(tx, known.id, record.diagnosis);
  }
  return errors;
}

export const inpatientCasesImporter: Importer<InpatientRow> = {
  file: "inpatient-cases.csv", order: 210,
  description: "Inpatient cases (住院病例) by institution code and admission number; patient by name and ID number, the accident report by number",
  columns: {
    institutionCode: cells.text, admissionNumber: cells.text, patientName: cells.text, patientIdNumber: cells.text, admittedOn: cells.date,
    dischargedOn: cells.optionalDate, diagnosis: cells.text, reportNumber: cells.optionalText,
  },
  check: () => [],
  prepare: links,
  write: writeCases,
};
