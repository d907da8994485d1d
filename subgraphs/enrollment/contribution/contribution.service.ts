import { bound } from "../bounds";
import type { Context } from "../../common/context";
import { mayWriteIn } from "../../common/bounds";
import { badInput, conflict, forbidden, notFound } from "../../common/errors";
import { placeholders } from "../../common/loader";
import { applyRate, toCount } from "../../common/money";
import { decodePage, pageOf, PageArgs } from "../../common/page";
import { lastDayOfMonth, todayInChina } from "../../common/dates";
import { withTransaction } from "../../common/tx";
import type { EnrollmentLoaders } from "../loaders";
import { rateInForce } from "../parameter/rate.service";
import { rebuildContributionMonths, rebuildPersonYears } from "../statistics/rollup.service";
import type { Contribution } from "./contribution.entity";
import type { ContributionFilter, RecordContributionsInput } from "./contribution.input";

type Ctx = Context<EnrollmentLoaders>;

export const MAX_ITEMS = 5000;

export interface RecordedContributions {
  contributions: Contribution[];
  employerTotal: number;
  employeeTotal: number;
}

/**
 * Records an employer's contributions for a month in one transaction: every line is checked
 * against the person's enrollment and the rate in force, and the rollups follow in the same
 * transaction. One bad line rejects the whole declaration.
 */
export async function recordContributions(ctx: Ctx, input: RecordContributionsInput): Promise<RecordedContributions> {
  const { month, insurance } = input;
  const first = `${month}-01`;
  const last = lastDayOfMonth(month);
  if (input.items.length === 0 || input.items.length > MAX_ITEMS) throw badInput("input.items", "contribution.items-count", `Give 1 to ${MAX_ITEMS} lines.`);
  if (input.paidOn < first) throw badInput("input.paidOn", "contribution.paid-before-month", "A month's contribution cannot be paid before the month starts.");
  if (input.paidOn > todayInChina()) throw badInput("input.paidOn", "date.future", "The payment date is in the future.");
  const employer = await ctx.loaders.employer.load(Number(input.employerId));
  if (!employer) throw notFound("No such employer.", "input.employerId");
  if (!mayWriteIn(ctx.claims, employer.areaCode)) throw forbidden("The employer is outside the records you may write.");
  const personIds = input.items.map((item) => Number(item.personId));
  const seen = new Set<number>();
  personIds.forEach((id, i) => {
    if (seen.has(id)) throw badInput(`input.items[${i}].personId`, "contribution.duplicate-person", "The person appears twice in the declaration.");
    seen.add(id);
  });
  return withTransaction(ctx.db, async (tx) => {
    const rate = await rateInForce(tx, insurance, employer.areaCode, employer.riskClass, first);
    if (!rate) throw badInput("input.month", "rate.missing", `No ${insurance} rate is in force for this employer on ${first}.`);
    const enrollments = await tx.query<{ id: number; personId: number; wageBase: number }>(
      `SELECT id, personId, wageBase FROM enrollment WHERE employerId = ? AND insurance = ? AND startDate <= ? AND (endDate IS NULL OR endDate >= ?) AND personId IN (${placeholders(personIds.length)})`,
      [employer.id, insurance, last, first, ...personIds],
    );
    const enrolled = new Map(enrollments.map((e) => [Number(e.personId), e]));
    const existing = await tx.query<{ personId: number; id: number }>(
      `SELECT id, personId FROM contribution WHERE insurance = ? AND month = ? AND personId IN (${placeholders(personIds.length)})`,
      [insurance, month, ...personIds],
    );
    const already = new Map(existing.map((e) => [Number(e.personId), Number(e.id)]));
    const rows: unknown[][] = [];
    let employerTotal = 0;
    let employeeTotal = 0;
    input.items.forEach((item, i) => {
      const personId = personIds[i];
      const enrollment = enrolled.get(personId);
      if (!enrollment) throw badInput(`input.items[${i}].personId`, "contribution.not-enrolled", `Person ${personId} is not enrolled in ${insurance} with this employer in ${month}.`);
      if (already.has(personId)) throw conflict(`Person ${personId} already has a ${insurance} contribution for ${month} (id ${already.get(personId)}).`, { field: `input.items[${i}].personId`, rule: "contribution.duplicate-month" });
      const base = item.base ?? Number(enrollment.wageBase);
      if (!Number.isSafeInteger(base) || base <= 0) throw badInput(`input.items[${i}].base`, "money.range", "The base must be a positive amount.");
      const employerPart = applyRate(base, rate.employerPpm);
      const employeePart = applyRate(base, rate.employeePpm);
      employerTotal += employerPart;
      employeeTotal += employeePart;
      rows.push([personId, employer.id, insurance, month, base, rate.employerPpm + rate.employeePpm, employerPart, employeePart, input.paidOn, employer.areaCode]);
    });
    await tx.upsert("contribution", ["personId", "employerId", "insurance", "month", "base", "ratePpm", "employerPart", "employeePart", "paidOn", "areaCode"], rows, ["personId", "insurance", "month"], []);
    await rebuildContributionMonths(tx, [month], [employer.id]);
    await rebuildPersonYears(tx, Number(month.slice(0, 4)), personIds);
    const contributions = await tx.query<Contribution>(
      `SELECT * FROM contribution WHERE insurance = ? AND month = ? AND personId IN (${placeholders(personIds.length)}) ORDER BY id`,
      [insurance, month, ...personIds],
    );
    return { contributions, employerTotal, employeeTotal };
  });
}

export async function listContributions(ctx: Ctx, filter: ContributionFilter | undefined, page: PageArgs) {
  const { limit, afterId } = decodePage(page);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter?.personId) (where.push("personId = ?"), params.push(Number(filter.personId)));
  if (filter?.employerId) (where.push("employerId = ?"), params.push(Number(filter.employerId)));
  if (filter?.insurance) (where.push("insurance = ?"), params.push(filter.insurance));
  if (filter?.from) (where.push("month >= ?"), params.push(filter.from));
  if (filter?.to) (where.push("month <= ?"), params.push(filter.to));
  if (!filter?.personId && !filter?.employerId) throw badInput("filter", "contribution.filter-required", "Filter by person or employer: the full list has millions of rows.");
  const b = bound.written(ctx.claims, "contribution");
  where.push(b.sql);
  params.push(...b.params);
  const [rows, total] = await Promise.all([
    ctx.db.query(`SELECT * FROM contribution WHERE id > ? AND ${where.join(" AND ")} ORDER BY id LIMIT ${limit + 1}`, [afterId, ...params]),
    ctx.db.query(`SELECT COUNT(*) AS n FROM contribution WHERE ${where.join(" AND ")}`, params),
  ]);
  return { ...pageOf<Contribution>(rows, limit), totalCount: toCount(total[0].n) };
}
