import { mayWriteIn } from "../../common/bounds";
import type { Context } from "../../common/context";
import { conflictFor, uniqueViolationOf } from "../../common/db-errors";
import { badInput, forbidden, throwIfInvalid } from "../../common/errors";
import type { PageArgs } from "../../common/page";
import { withTransaction } from "../../common/tx";
import { checkResidentId } from "../../common/validators/resident-id";
import { checkPerson } from "../import/records";
import type { EnrollmentLoaders } from "../loaders";
import type { Person } from "./person.entity";
import type { PersonFilter, RegisterPersonInput } from "./person.input";

type Ctx = Context<EnrollmentLoaders>;

export async function personByIdNumber(ctx: Ctx, idNumber: string): Promise<Person | null> {
  const id = checkResidentId(idNumber);
  if (!id.ok) throw badInput("idNumber", id.rule, id.message);
  return ctx.loaders.repo.person.byIdNumber(id.value.idNumber);
}

export function listPeople(ctx: Ctx, filter: PersonFilter | undefined, page: PageArgs) {
  return ctx.loaders.repo.person.page(filter, page);
}

export async function registerPerson(ctx: Ctx, input: RegisterPersonInput): Promise<Person> {
  const record = { idNumber: input.idNumber.trim().toUpperCase(), name: input.name.trim(), areaCode: input.areaCode, phone: input.phone?.trim() || null };
  throwIfInvalid(checkPerson(record));
  if (!mayWriteIn(ctx.claims, record.areaCode)) throw forbidden("The area is outside the areas you may register in.");
  const id = checkResidentId(record.idNumber);
  if (!id.ok) throw badInput("input.idNumber", id.rule, id.message);
  const repo = ctx.loaders.repo;
  try {
    return await withTransaction(ctx.db, async (tx) => {
      if (!(await repo.area.existsInTx(tx, record.areaCode))) throw badInput("input.areaCode", "area.unknown", "No such area code.");
      return repo.person.insert(tx, { ...record, idNumber: id.value.idNumber, gender: id.value.gender as Person["gender"], birthDate: id.value.birthDate });
    });
  } catch (err) {
    const v = uniqueViolationOf(ctx.db, err);
    if (!v) throw err;
    // The existing person is named by id only when the caller may see them (existence never leaks).
    const visible = await repo.person.byIdNumber(id.value.idNumber);
    throw conflictFor(v, { idNumber: "input.idNumber" }, "person.duplicate", visible ? { existingId: String(visible.id) } : {});
  }
}
