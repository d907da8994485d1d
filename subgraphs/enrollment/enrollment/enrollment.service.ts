import type { Context } from "../../common/context";
import { mayWriteIn } from "../../common/bounds";
import { conflictFor, uniqueViolationOf } from "../../common/db-errors";
import { badInput, conflict, forbidden, notFound, parseId } from "../../common/errors";
import type { PageArgs } from "../../common/page";
import { withTransaction } from "../../common/tx";
import { daysBetween, todayInChina } from "../../common/dates";
import type { EnrollmentLoaders } from "../loaders";
import { activeKeyOf, Enrollment, EnrollmentStatus } from "./enrollment.entity";
import type { EnrollInput, EnrollmentFilter, StopEnrollmentInput } from "./enrollment.input";

type Ctx = Context<EnrollmentLoaders>;

const MAX_WAGE_BASE_FEN = 100_000_000; // 1,000,000 yuan a month: anything above is a typing error

export async function enroll(ctx: Ctx, input: EnrollInput): Promise<Enrollment> {
  if (!Number.isSafeInteger(input.wageBase) || input.wageBase <= 0 || input.wageBase > MAX_WAGE_BASE_FEN) {
    throw badInput("input.wageBase", "wage-base.range", "The wage base must be a positive monthly amount up to 1,000,000 yuan.");
  }
  if (daysBetween(todayInChina(), input.startDate) > 31) throw badInput("input.startDate", "enrollment.start-too-late", "An enrollment may start at most 31 days from today.");
  const [person, employer] = await Promise.all([ctx.loaders.person.load(parseId(input.personId, "input.personId")), ctx.loaders.employer.load(parseId(input.employerId, "input.employerId"))]);
  if (!person) throw notFound("No such person.", "input.personId");
  if (!employer) throw notFound("No such employer.", "input.employerId");
  if (!mayWriteIn(ctx.claims, employer.areaCode)) throw forbidden("The employer is outside the records you may write.");
  if (employer.status !== "ACTIVE") throw badInput("input.employerId", "employer.cancelled", "The employer is deregistered; it cannot enroll anyone.");
  if (input.startDate < person.birthDate) throw badInput("input.startDate", "enrollment.before-birth", "The start date is before the person's birth date.");
  const key = activeKeyOf(person.id, input.insurance, employer.id);
  const repo = ctx.loaders.repo.enrollment;
  try {
    // The unique index on activeKey holds "one active enrollment per person and insurance (and employer,
    // for work injury)" under concurrent writes: insert, and map the violation (no select-then-insert race).
    return await withTransaction(ctx.db, (tx) =>
      repo.insertActive(tx, { personId: person.id, employerId: employer.id, insurance: input.insurance, startDate: input.startDate, wageBase: input.wageBase, activeKey: key }));
  } catch (err) {
    const v = uniqueViolationOf(ctx.db, err);
    if (!v) throw err;
    if (!v.columns.includes("activeKey")) throw conflictFor(v, { "personId,insurance,employerId,startDate": "input.startDate" }, "enrollment.duplicate");
    // 重复参保 is refused at the source (seed report, 二.1): name the enrollment that stands, if the caller may see it.
    const existing = await repo.activeByKey(key);
    if (!existing) throw conflictFor(v, { activeKey: "input.personId" }, "enrollment.duplicate-active");
    throw conflict(`The person already has an active ${input.insurance} enrollment${input.insurance === "WORK_INJURY" ? " at this employer" : ""} (id ${existing.id}, employer ${existing.employerId}, since ${existing.startDate}); stop it first.`,
      { field: "input.personId", rule: "enrollment.duplicate-active", existingEnrollmentId: String(existing.id) });
  }
}

export async function stopEnrollment(ctx: Ctx, input: StopEnrollmentInput): Promise<Enrollment> {
  const reason = input.reason.trim();
  if (!reason || [...reason].length > 100) throw badInput("input.reason", "text.length", "Give a reason of 1 to 100 characters.");
  const found = await ctx.loaders.enrollment.load(parseId(input.enrollmentId, "input.enrollmentId"));
  if (!found) throw notFound("No such enrollment.", "input.enrollmentId");
  const employer = await ctx.loaders.employer.load(found.employerId);
  if (!employer || !mayWriteIn(ctx.claims, employer.areaCode)) throw forbidden("The enrollment is outside the records you may write.");
  const repo = ctx.loaders.repo;
  return withTransaction(ctx.db, async (tx) => {
    const e = (await repo.enrollment.lockedById(tx, found.id))!;
    if (e.status !== EnrollmentStatus.ACTIVE) {
      throw conflict(`The enrollment was already stopped on ${e.endDate}.`, { field: "input.enrollmentId", rule: "enrollment.transition" });
    }
    if (input.endDate < e.startDate) throw badInput("input.endDate", "enrollment.end-before-start", `The end date is before the start date ${e.startDate}.`);
    if (daysBetween(todayInChina(), input.endDate) > 31) throw badInput("input.endDate", "enrollment.end-too-late", "An enrollment may be stopped at most 31 days ahead.");
    const later = await repo.contribution.laterMonth(tx, e.personId, e.insurance, e.employerId, input.endDate.slice(0, 7));
    if (later) throw badInput("input.endDate", "enrollment.contributions-after-end", `Contributions exist up to ${later}, after the end date.`);
    return repo.enrollment.stop(tx, e.id, input.endDate, reason);
  });
}

export function listEnrollments(ctx: Ctx, filter: EnrollmentFilter | undefined, page: PageArgs) {
  const personId = filter?.personId ? parseId(filter.personId, "filter.personId") : null;
  const employerId = filter?.employerId ? parseId(filter.employerId, "filter.employerId") : null;
  return ctx.loaders.repo.enrollment.page(filter, personId, employerId, page);
}
