import { todayInChina } from "../../common/dates";
import { badInput, parseId, throwIfInvalid } from "../../common/errors";
import { orConflict } from "../../common/db-errors";
import { withTransaction } from "../../common/tx";
import type { MedicalContext } from "../context";
import type { RecordInspectionInput } from "../inputs";
import { institutionForWrite } from "../institution/institution.service";
import { checkInspection } from "../rules";
import type { Inspection } from "./inspection.entity";

/** Records an inspection with its per-case checks; every case seen must be of the inspected institution. */
export async function recordInspection(ctx: MedicalContext, input: RecordInspectionInput): Promise<Inspection> {
  const institutionId = parseId(input.institutionId, "input.institutionId");
  const inspectors = input.inspectors.map((n) => n.trim());
  const inspectionNumber = input.inspectionNumber.trim().toUpperCase();
  throwIfInvalid(checkInspection({ inspectionNumber, inspectedOn: input.inspectedOn, inspectors }, todayInChina()));
  const caseIds = input.checks.map((c, i) => parseId(c.caseId, `input.checks.${i}.caseId`));
  const dup = caseIds.findIndex((id, i) => caseIds.indexOf(id) !== i);
  if (dup >= 0) throw badInput(`input.checks.${dup}.caseId`, "inspection.case-twice", "A case is checked once per inspection.");
  return orConflict(ctx.db, () => withTransaction(ctx.db, async (tx) => {
    await institutionForWrite(ctx, tx, institutionId, "input.institutionId");
    const cases = await ctx.loaders.repo.inpatientCase.inTx(tx, caseIds);
    caseIds.forEach((id, i) => {
      const c = cases.find((x) => x.id === id);
      if (!c || c.institutionId !== institutionId) throw badInput(`input.checks.${i}.caseId`, "inspection.case", "Not an inpatient case of the inspected institution.");
      if (c.admittedOn > input.inspectedOn) throw badInput(`input.checks.${i}.caseId`, "inspection.case-not-admitted", "The case was not admitted yet on the inspection day.");
    });
    const checks = input.checks.map((c, i) => ({ caseId: caseIds[i], institutionId, presentInWard: c.presentInWard, identityVerified: c.identityVerified }));
    return ctx.loaders.repo.inspection.insert(tx, { inspectionNumber, institutionId, inspectedOn: input.inspectedOn, inspectors }, checks);
  }), { inspectionNumber: "input.inspectionNumber" }, "inspection.duplicate");
}
