import { orConflict } from "../../common/db-errors";
import { todayInChina } from "../../common/dates";
import { conflict, notFound, parseId, throwIfInvalid } from "../../common/errors";
import { withTransaction } from "../../common/tx";
import { callerOf, readForWrite, resolveIds } from "../../common/gateway-client";
import { reportIdsByNumbers } from "../report-links";
import type { MedicalContext } from "../context";
import type { AdmitInpatientInput, DischargeInpatientInput } from "../inputs";
import { institutionForWrite } from "../institution/institution.service";
import { agreementAllows, checkAdmission } from "../rules";
import type { InpatientCase } from "./inpatient-case.entity";

/**
 * Admits a patient: the rules; the links read through the gateway on the caller's behalf (the person in
 * enrollment's register by the patient's ID number, null when not there; the accident report by number,
 * NOT_FOUND when unknown or out of bounds); then an agreement in force on the admission day (CONFLICT otherwise).
 */
export async function admit(ctx: MedicalContext, input: AdmitInpatientInput): Promise<InpatientCase> {
  const institutionId = parseId(input.institutionId, "input.institutionId");
  const fields = {
    admissionNumber: input.admissionNumber.trim(),
    institutionId,
    patientName: input.patientName.trim(),
    patientIdNumber: input.patientIdNumber.trim().toUpperCase(),
    admittedOn: input.admittedOn,
    dischargedOn: null,
    diagnosis: input.diagnosis.trim(),
  };
  throwIfInvalid(checkAdmission(fields, todayInChina()));
  const caller = callerOf(ctx, "medical");
  const reportNumber = input.reportNumber?.trim().toUpperCase() || null;
  const [{ people }, reports] = await readForWrite(ctx, "medical", () => Promise.all([
    resolveIds(caller, { people: [fields.patientIdNumber] }),
    reportIdsByNumbers(caller, reportNumber ? [reportNumber] : []),
  ]));
  const accidentReportId = reportNumber ? reports.get(reportNumber) ?? null : null;
  if (reportNumber && accidentReportId === null) throw notFound("No accident report with this number is known within your bounds.", "input.reportNumber");
  const record = { ...fields, personId: people.get(fields.patientIdNumber) ?? null, accidentReportId };
  return orConflict(
    ctx.db,
    () =>
      withTransaction(ctx.db, async (tx) => {
        const inst = await institutionForWrite(ctx, tx, institutionId, "input.institutionId");
        if (!agreementAllows(inst, record.admittedOn)) {
          throw conflict("The institution's agreement is not in force on the admission day (协议已过期或未生效).", { field: "input.admittedOn", rule: "agreement.expired" });
        }
        return ctx.loaders.repo.inpatientCase.insert(tx, record);
      }),
    { admissionNumber: "input.admissionNumber" },
    "inpatient.duplicate",
  );
}

export async function discharge(ctx: MedicalContext, input: DischargeInpatientInput): Promise<InpatientCase> {
  const id = parseId(input.caseId, "input.caseId");
  return withTransaction(ctx.db, async (tx) => {
    const [c] = await ctx.loaders.repo.inpatientCase.inTx(tx, [id]);
    if (!c) throw notFound("No such inpatient case.", "input.caseId");
    await institutionForWrite(ctx, tx, c.institutionId, "input.caseId");
    throwIfInvalid(checkAdmission({ ...c, dischargedOn: input.dischargedOn }, todayInChina()));
    if (c.dischargedOn) throw conflict(`The patient was discharged on ${c.dischargedOn}.`, { field: "input.caseId", rule: "inpatient.discharged" });
    await ctx.loaders.repo.inpatientCase.discharge(tx, id, input.dischargedOn);
    return { ...c, dischargedOn: input.dischargedOn };
  });
}

