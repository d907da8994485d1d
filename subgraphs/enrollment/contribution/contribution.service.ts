import type { Context } from "../../common/context";
import { mayWriteIn } from "../../common/bounds";
import { conflictFor, uniqueViolationOf } from "../../common/db-errors";
import { badInput, conflict, forbidden, notFound, parseId } from "../../common/errors";
import type { PageArgs } from "../../common/page";
import { lastDayOfMonth, todayInChina } from "../../common/dates";
import { applyRate } from "../../common/money";
import { withTransaction } from "../../common/tx";
import type { EnrollmentLoaders } from "../loaders";
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
  const employer = await ctx.loaders.employer.load(parseId(input.employerId, "input.employerId"));
  if (!employer) throw notFound("No such employer.", "input.employerId");
  if (!mayWriteIn(ctx.claims, employer.areaCode)) throw forbidden("The employer is outside the records you may write.");
  const personIds = input.items.map((item, i) => parseId(item.personId, `input.items[${i}].personId`));
  const seen = new Set<number>();
  personIds.forEach((id, i) => {
    if (seen.has(id)) throw badInput(`input.items[${i}].personId`, "contribution.duplicate-person", "The person appears twice in the declaration.");
    seen.add(id);
  });
  const repo = ctx.loaders.repo;
  return withTransaction(ctx.db, async (tx) => {
    const rate = await repo.rate.inForce(tx, insurance, employer.areaCode, employer.riskClass, first);
    if (!rate) throw badInput("input.month", "rate.missing", `No ${insurance} rate is in force for this employer on ${first}.`);
    const enrollments = await repo.enrollment.covering(tx, employer.id, insurance, first, last, personIds);
    const enrolled = new Map(enrollments.map((e) => [e.personId, e]));
    // Read for a message naming the line; a concurrent writer that slips past it still meets the
    // unique index (person, insurance, employer, month) and gets CONFLICT below.
    const already = new Set((await repo.contribution.ofMonth(tx, insurance, month, employer.id, personIds)).map((c) => c.personId));
    const rows: Omit<Contribution, "id">[] = [];
    let employerTotal = 0;
    let employeeTotal = 0;
    input.items.forEach((item, i) => {
      const personId = personIds[i];
      const enrollment = enrolled.get(personId);
      if (!enrollment) throw badInput(`input.items[${i}].personId`, "contribution.not-enrolled", `Person ${personId} is not enrolled in ${insurance} with this employer in ${month}.`);
      if (already.has(personId)) throw conflict(`Person ${personId} already has a ${insurance} contribution for ${month} at this employer.`, { field: `input.items[${i}].personId`, rule: "contribution.duplicate-month" });
      const base = item.base ?? enrollment.wageBase;
      if (!Number.isSafeInteger(base) || base <= 0) throw badInput(`input.items[${i}].base`, "money.range", "The base must be a positive amount.");
      const employerPart = applyRate(base, rate.employerPpm);
      const employeePart = applyRate(base, rate.employeePpm);
      employerTotal += employerPart;
      employeeTotal += employeePart;
      rows.push({ personId, employerId: employer.id, insurance, month, base, ratePpm: rate.employerPpm + rate.employeePpm, employerPart, employeePart, paidOn: input.paidOn, areaCode: employer.areaCode });
    });
    try {
      await repo.contribution.insertMany(tx, rows);
    } catch (err) {
      const v = uniqueViolationOf(ctx.db, err);
      throw v ? conflictFor(v, { "personId,insurance,employerId,month": "input.items" }, "contribution.duplicate-month") : err;
    }
    await rebuildContributionMonths(tx, [month], [employer.id]);
    await rebuildPersonYears(tx, Number(month.slice(0, 4)), personIds);
    const contributions = await repo.contribution.ofMonth(tx, insurance, month, employer.id, personIds);
    return { contributions, employerTotal, employeeTotal };
  });
}

export function listContributions(ctx: Ctx, filter: ContributionFilter, page: PageArgs) {
  if (!filter?.personId && !filter?.employerId) throw badInput("filter", "contribution.filter-required", "Filter by person or employer: the full list has millions of rows.");
  const personId = filter.personId ? parseId(filter.personId, "filter.personId") : null;
  const employerId = filter.employerId ? parseId(filter.employerId, "filter.employerId") : null;
  return ctx.loaders.repo.contribution.page(filter, personId, employerId, page);
}
