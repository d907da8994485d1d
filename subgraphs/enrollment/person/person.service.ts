import { mayWriteIn } from "../../common/bounds";
import { bound } from "../bounds";
import type { Context } from "../../common/context";
import { badInput, conflict, forbidden, throwIfInvalid } from "../../common/errors";
import { toCount } from "../../common/money";
import { decodePage, pageOf, PageArgs } from "../../common/page";
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
  const b = bound.person(ctx.claims);
  const [row] = await ctx.db.query(`SELECT * FROM person WHERE idNumber = ? AND ${b.sql}`, [id.value.idNumber, ...b.params]);
  return row ?? null;
}

export async function listPeople(ctx: Ctx, filter: PersonFilter | undefined, page: PageArgs) {
  const { limit, afterId } = decodePage(page);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter?.areaCode) (where.push("areaCode LIKE ?"), params.push(`${filter.areaCode.replace(/[%_]/g, "")}%`));
  const b = bound.person(ctx.claims);
  where.push(b.sql);
  params.push(...b.params);
  const [rows, total] = await Promise.all([
    ctx.db.query(`SELECT * FROM person WHERE id > ? AND ${where.join(" AND ")} ORDER BY id LIMIT ${limit + 1}`, [afterId, ...params]),
    ctx.db.query(`SELECT COUNT(*) AS n FROM person WHERE ${where.join(" AND ")}`, params),
  ]);
  return { ...pageOf<Person>(rows, limit), totalCount: toCount(total[0].n) };
}

export async function registerPerson(ctx: Ctx, input: RegisterPersonInput): Promise<Person> {
  const record = { idNumber: input.idNumber.trim().toUpperCase(), name: input.name.trim(), areaCode: input.areaCode, phone: input.phone?.trim() || null };
  throwIfInvalid(checkPerson(record));
  if (!mayWriteIn(ctx.claims, record.areaCode)) throw forbidden("The area is outside the areas you may register in.");
  const id = checkResidentId(record.idNumber);
  if (!id.ok) throw badInput("input.idNumber", id.rule, id.message);
  return withTransaction(ctx.db, async (tx) => {
    const [area] = await tx.query("SELECT code FROM area WHERE code = ?", [record.areaCode]);
    if (!area) throw badInput("input.areaCode", "area.unknown", "No such area code.");
    const [existing] = await tx.query<{ id: number }>("SELECT id FROM person WHERE idNumber = ?", [id.value.idNumber]);
    if (existing) throw conflict(`A person with this ID number is already registered (id ${existing.id}).`, { field: "input.idNumber", rule: "person.duplicate", existingId: String(existing.id) });
    const { insertId } = await tx.run(
      "INSERT INTO person (idNumber, name, gender, birthDate, areaCode, phone) VALUES (?, ?, ?, ?, ?, ?)",
      [id.value.idNumber, record.name, id.value.gender, id.value.birthDate, record.areaCode, record.phone],
    );
    const [row] = await tx.query<Person>("SELECT * FROM person WHERE id = ?", [insertId]);
    return row;
  });
}
