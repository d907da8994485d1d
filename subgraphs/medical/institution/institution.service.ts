import { mayWriteIn } from "../../common/bounds";
import { orConflict } from "../../common/db-errors";
import { forbidden, notFound, throwIfInvalid } from "../../common/errors";
import type { Tx } from "../../common/tx";
import { withTransaction } from "../../common/tx";
import type { MedicalContext } from "../context";
import type { RegisterMedicalInstitutionInput } from "../inputs";
import { checkInstitution, InstitutionRecord } from "../rules";
import { AgreementStatus, MedicalInstitution } from "./institution.entity";

export async function registerInstitution(ctx: MedicalContext, input: RegisterMedicalInstitutionInput): Promise<MedicalInstitution> {
  const record: InstitutionRecord = {
    code: input.code.trim().toUpperCase(),
    name: input.name.trim(),
    level: input.level.trim(),
    kind: input.kind,
    areaCode: input.areaCode.trim(),
    agreementFrom: input.agreementFrom,
    agreementUntil: input.agreementUntil,
    agreementStatus: input.agreementStatus ?? AgreementStatus.ACTIVE,
  };
  throwIfInvalid(checkInstitution(record));
  if (!mayWriteIn(ctx.claims, record.areaCode)) throw forbidden("The area is outside the areas you may record in.");
  return orConflict(
    ctx.db,
    () =>
      withTransaction(ctx.db, (tx) => ctx.loaders.repo.institution.insert(tx, record)),
    { code: "input.code" },
    "institution.duplicate",
  );
}

/**
 * The institution a write names, inside the write's transaction and within the caller's bounds
 * (locked on MySQL, so writes about one institution queue); unknown and out of bounds alike are
 * NOT_FOUND, and a caller that may not write in its area is FORBIDDEN.
 */
export async function institutionForWrite(ctx: MedicalContext, tx: Tx, id: number, field: string): Promise<MedicalInstitution> {
  const inst = await ctx.loaders.repo.institution.lockedInTx(tx, id);
  if (!inst) throw notFound("No such medical institution.", field);
  if (!mayWriteIn(ctx.claims, inst.areaCode)) throw forbidden("The institution is outside the areas you may record in.");
  return inst;
}
