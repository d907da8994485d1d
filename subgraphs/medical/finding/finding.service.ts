import { todayInChina } from "../../common/dates";
import { badInput, parseId, throwIfInvalid } from "../../common/errors";
import { orConflict } from "../../common/db-errors";
import { withTransaction } from "../../common/tx";
import type { MedicalContext } from "../context";
import type { RecordFindingInput } from "../inputs";
import { institutionForWrite } from "../institution/institution.service";
import { checkFinding, FindingRecord } from "../rules";
import type { Finding } from "./finding.entity";

/** Records a finding; one to deduct waits, pending, for its institution's next settlement. */
export async function recordFinding(ctx: MedicalContext, input: RecordFindingInput): Promise<Finding> {
  const institutionId = parseId(input.institutionId, "input.institutionId");
  const inspectionId = input.inspectionId ? parseId(input.inspectionId, "input.inspectionId") : null;
  const record: FindingRecord = { findingNumber: input.findingNumber.trim().toUpperCase(), foundOn: input.foundOn, kinds: input.kinds, amount: input.amount, resolution: input.resolution, refundedOn: input.refundedOn ?? null };
  throwIfInvalid(checkFinding(record, todayInChina()));
  return orConflict(ctx.db, () => withTransaction(ctx.db, async (tx) => {
    await institutionForWrite(ctx, tx, institutionId, "input.institutionId");
    if (inspectionId !== null) {
      const [row] = await tx.query<{ institutionId: unknown; inspectedOn: string }>("SELECT institutionId, inspectedOn FROM medical_inspection WHERE id = ?", [inspectionId]);
      if (!row || Number(row.institutionId) !== institutionId) throw badInput("input.inspectionId", "finding.inspection", "Not an inspection of this institution.");
      if (row.inspectedOn > record.foundOn) throw badInput("input.foundOn", "finding.found-on", "A finding comes on or after its inspection.");
    }
    return ctx.loaders.repo.finding.insert(tx, { ...record, institutionId, inspectionId });
  }), { findingNumber: "input.findingNumber" }, "finding.duplicate");
}
