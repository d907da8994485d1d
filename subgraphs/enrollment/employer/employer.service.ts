import { checkCreditCode } from "../../common/validators/credit-code";
import { mayWriteIn } from "../../common/bounds";
import { bound } from "../bounds";
import type { Context } from "../../common/context";
import { badInput, conflict, forbidden, throwIfInvalid } from "../../common/errors";
import { decodePage, pageOf, PageArgs } from "../../common/page";
import { withTransaction } from "../../common/tx";
import { todayInChina } from "../../common/dates";
import { toCount } from "../../common/money";
import type { EnrollmentLoaders } from "../loaders";
import { checkEmployer } from "../import/records";
import { Employer, EmployerStatus } from "./employer.entity";
import type { EmployerFilter, RegisterEmployerInput } from "./employer.input";

type Ctx = Context<EnrollmentLoaders>;

export async function employerByCreditCode(ctx: Ctx, creditCode: string): Promise<Employer | null> {
  const code = checkCreditCode(creditCode);
  if (!code.ok) throw badInput("creditCode", code.rule, code.message);
  const b = bound.employer(ctx.claims);
  const [row] = await ctx.db.query(`SELECT * FROM employer WHERE creditCode = ? AND ${b.sql}`, [code.value, ...b.params]);
  return row ?? null;
}

export async function listEmployers(ctx: Ctx, filter: EmployerFilter | undefined, page: PageArgs) {
  const { limit, afterId } = decodePage(page);
  const where = ["id > ?"];
  const params: unknown[] = [afterId];
  if (filter?.areaCode) (where.push("areaCode LIKE ?"), params.push(`${filter.areaCode.replace(/[%_]/g, "")}%`));
  if (filter?.industry) (where.push("industry = ?"), params.push(filter.industry));
  if (filter?.status) (where.push("status = ?"), params.push(filter.status));
  if (filter?.riskClass) (where.push("riskClass = ?"), params.push(filter.riskClass));
  const b = bound.employer(ctx.claims);
  where.push(b.sql);
  params.push(...b.params);
  const sql = where.join(" AND ");
  const [rows, total] = await Promise.all([
    ctx.db.query(`SELECT * FROM employer WHERE ${sql} ORDER BY id LIMIT ${limit + 1}`, params),
    ctx.db.query(`SELECT COUNT(*) AS n FROM employer WHERE ${where.slice(1).join(" AND ")}`, params.slice(1)),
  ]);
  return { ...pageOf<Employer>(rows, limit), totalCount: toCount(total[0].n) };
}

export async function registerEmployer(ctx: Ctx, input: RegisterEmployerInput): Promise<Employer> {
  const record = {
    ...input,
    creditCode: input.creditCode.trim().toUpperCase(),
    name: input.name.trim(),
    status: "ACTIVE" as const,
    registeredOn: input.registeredOn ?? todayInChina(),
  };
  throwIfInvalid(checkEmployer(record));
  if (!mayWriteIn(ctx.claims, record.areaCode)) throw forbidden("The area is outside the areas you may register in.");
  return withTransaction(ctx.db, async (tx) => {
    const [area] = await tx.query("SELECT code FROM area WHERE code = ?", [record.areaCode]);
    if (!area) throw badInput("input.areaCode", "area.unknown", "No such area code.");
    const [existing] = await tx.query<{ id: number; name: string }>("SELECT id, name FROM employer WHERE creditCode = ?", [record.creditCode]);
    if (existing) throw conflict(`An employer with this credit code is already registered (id ${existing.id}, ${existing.name}).`, { field: "input.creditCode", rule: "employer.duplicate", existingId: String(existing.id) });
    const { insertId } = await tx.run(
      "INSERT INTO employer (creditCode, name, industry, riskClass, areaCode, staffCount, status, registeredOn) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      [record.creditCode, record.name, record.industry, record.riskClass, record.areaCode, record.staffCount, EmployerStatus.ACTIVE, record.registeredOn],
    );
    const [row] = await tx.query<Employer>("SELECT * FROM employer WHERE id = ?", [insertId]);
    return row;
  });
}
