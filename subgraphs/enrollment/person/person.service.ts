import crypto from "node:crypto";
import { mayWriteIn } from "../../common/bounds";
import type { Context } from "../../common/context";
import { conflictFor, uniqueViolationOf } from "../../common/db-errors";
import { badInput, conflict, forbidden, notFound, parseId, throwIfInvalid } from "../../common/errors";
import { isIsoDate, todayInChina } from "../../common/dates";
import type { PageArgs } from "../../common/page";
import { withTransaction } from "../../common/tx";
import { checkResidentId } from "../../common/validators/resident-id";
import { checkPerson } from "../import/records";
import type { EnrollmentConfig } from "../config";
import type { EnrollmentLoaders } from "../loaders";
import type { Person } from "./person.entity";
import type { PersonFilter, RecordDeathInput, RegisterPersonInput } from "./person.input";

type Ctx = Context<EnrollmentLoaders, EnrollmentConfig>;

/** The allowance every lookup by ID number counts against (rate-limit.ts). */
export const ID_LOOKUP_BUCKET = "id-number-lookup";

/**
 * A lookup *by* ID number is itself a use of personal data (DESIGN §4): answered, even with null, it
 * confirms or refutes a guessed number. So it needs pii:read (a matching partner purpose, civil
 * affairs', comes with its own yes/no operation in the unemployment subgraph), counts against the
 * caller's allowance per minute, and is audited, misses too. A miss names its subject by a keyed hash
 * of the number (`Person:?<hmac>`), never the number: an auditor holding the secret can tell whether a
 * given number was looked up, nobody else can read one from the log.
 * Any other field that takes ID numbers as input calls this (once per number).
 */
export async function checkIdNumberLookup(ctx: Ctx, field: string, idNumber: string): Promise<string> {
  if (!ctx.claims.scopes.has("pii:read")) throw forbidden("A lookup by ID number needs the scope pii:read.");
  const id = checkResidentId(idNumber);
  if (!id.ok) throw badInput(field, id.rule, id.message);
  await ctx.rate.take(ID_LOOKUP_BUCKET, ctx.config.ID_LOOKUP_LIMIT_PER_MINUTE);
  return id.value.idNumber;
}

/** Records the lookup in the request's audit entry: the person found, or the keyed hash of the number. */
export function auditIdNumberLookup(ctx: Ctx, fieldKey: string, idNumber: string, found: Person | null): void {
  ctx.audit.recordRead("Person", found ? found.id : `?${idNumberDigest(ctx, idNumber)}`, fieldKey);
}

export function idNumberDigest(ctx: Pick<Ctx, "config">, idNumber: string): string {
  return crypto.createHmac("sha256", ctx.config.internalTokenSecret).update(`audit:id-number:${idNumber}`).digest("hex").slice(0, 24);
}

export async function personByIdNumber(ctx: Ctx, idNumber: string): Promise<Person | null> {
  const number = await checkIdNumberLookup(ctx, "idNumber", idNumber);
  const found = await ctx.loaders.repo.person.byIdNumber(number);
  auditIdNumberLookup(ctx, "Query.personByIdNumber", number, found);
  return found;
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
    // A conflict confirms that the number is registered (DESIGN §4's accepted residual), so it counts
    // as a lookup by ID number: against the caller's allowance, and audited.
    await ctx.rate.take(ID_LOOKUP_BUCKET, ctx.config.ID_LOOKUP_LIMIT_PER_MINUTE);
    // The existing person is named by id only when the caller may see them (existence never leaks).
    const visible = await repo.person.byIdNumber(id.value.idNumber);
    auditIdNumberLookup(ctx, "Mutation.registerPerson", id.value.idNumber, visible);
    throw conflictFor(v, { idNumber: "input.idNumber" }, "person.duplicate", visible ? { existingId: String(visible.id) } : {});
  }
}

/**
 * Records a person's date of death with its source, once: a second record is CONFLICT `death.recorded`
 * (a wrong date is corrected by the registrar's correction procedure, not by recording over it). The day
 * is a real date, not in the future and not before the birth date.
 */
export async function recordDeath(ctx: Ctx, input: RecordDeathInput): Promise<Person> {
  const id = parseId(input.personId, "input.personId");
  const [person] = await ctx.loaders.repo.person.byIds([id]);
  if (!person) throw notFound("No such person.", "input.personId");
  if (!mayWriteIn(ctx.claims, person.areaCode)) throw forbidden("The person is outside the areas you may record in.");
  const recorded = () => conflict("A date of death is recorded for this person already.", { field: "input.personId", rule: "death.recorded" });
  if (person.dateOfDeath) throw recorded();
  if (!isIsoDate(input.dateOfDeath) || input.dateOfDeath > todayInChina()) throw badInput("input.dateOfDeath", "date.not-future", "The date of death is a real date, not in the future.");
  if (input.dateOfDeath < person.birthDate) throw badInput("input.dateOfDeath", "death.before-birth", `The date of death cannot precede the birth date.`);
  await withTransaction(ctx.db, async (tx) => {
    if (!(await ctx.loaders.repo.person.recordDeath(tx, id, input.dateOfDeath, input.source))) throw recorded();
  });
  return (await ctx.loaders.repo.person.byIds([id]))[0];
}
