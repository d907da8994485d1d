import { bound } from "../bounds";
import type { Context } from "../../common/context";
import { mayWriteIn } from "../../common/bounds";
import { badInput, conflict, forbidden, notFound } from "../../common/errors";
import { toCount } from "../../common/money";
import { decodePage, pageOf, PageArgs } from "../../common/page";
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
  const [person, employer] = await Promise.all([ctx.loaders.person.load(Number(input.personId)), ctx.loaders.employer.load(Number(input.employerId))]);
  if (!person) throw notFound("No such person.", "input.personId");
  if (!employer) throw notFound("No such employer.", "input.employerId");
  if (!mayWriteIn(ctx.claims, employer.areaCode)) throw forbidden("The employer is outside the records you may write.");
  if (employer.status !== "ACTIVE") throw badInput("input.employerId", "employer.cancelled", "The employer is deregistered; it cannot enroll anyone.");
  if (input.startDate < person.birthDate) throw badInput("input.startDate", "enrollment.before-birth", "The start date is before the person's birth date.");
  const key = activeKeyOf(person.id, input.insurance);
  return withTransaction(ctx.db, async (tx) => {
    const [existing] = await tx.query<{ id: number; employerId: number; startDate: string }>(
      "SELECT id, employerId, startDate FROM enrollment WHERE activeKey = ?", [key],
    );
    if (existing) {
      // 重复参保 is refused at the source (seed report, 二.1): name the enrollment that stands.
      throw conflict(`The person already has an active ${input.insurance} enrollment (id ${existing.id}, employer ${existing.employerId}, since ${existing.startDate}); stop it first.`,
        { field: "input.personId", rule: "enrollment.duplicate-active", existingEnrollmentId: String(existing.id) });
    }
    const { insertId } = await tx.run(
      "INSERT INTO enrollment (personId, employerId, insurance, startDate, endDate, status, stopReason, wageBase, activeKey) VALUES (?, ?, ?, ?, NULL, 'ACTIVE', NULL, ?, ?)",
      [person.id, employer.id, input.insurance, input.startDate, input.wageBase, key],
    );
    const [row] = await tx.query<Enrollment>("SELECT * FROM enrollment WHERE id = ?", [insertId]);
    return row;
  });
}

export async function stopEnrollment(ctx: Ctx, input: StopEnrollmentInput): Promise<Enrollment> {
  const reason = input.reason.trim();
  if (!reason || [...reason].length > 100) throw badInput("input.reason", "text.length", "Give a reason of 1 to 100 characters.");
  const found = await ctx.loaders.enrollment.load(Number(input.enrollmentId));
  if (!found) throw notFound("No such enrollment.", "input.enrollmentId");
  const employer = await ctx.loaders.employer.load(found.employerId);
  if (!employer || !mayWriteIn(ctx.claims, employer.areaCode)) throw forbidden("The enrollment is outside the records you may write.");
  return withTransaction(ctx.db, async (tx) => {
    const [e] = await tx.query<Enrollment>("SELECT * FROM enrollment WHERE id = ?", [found.id]);
    if (e.status !== EnrollmentStatus.ACTIVE) {
      throw conflict(`The enrollment was already stopped on ${e.endDate}.`, { field: "input.enrollmentId", rule: "enrollment.transition" });
    }
    if (input.endDate < e.startDate) throw badInput("input.endDate", "enrollment.end-before-start", `The end date is before the start date ${e.startDate}.`);
    if (daysBetween(todayInChina(), input.endDate) > 31) throw badInput("input.endDate", "enrollment.end-too-late", "An enrollment may be stopped at most 31 days ahead.");
    const [later] = await tx.query<{ month: string }>(
      "SELECT month FROM contribution WHERE personId = ? AND insurance = ? AND employerId = ? AND month > ? ORDER BY month DESC LIMIT 1",
      [e.personId, e.insurance, e.employerId, input.endDate.slice(0, 7)],
    );
    if (later) throw badInput("input.endDate", "enrollment.contributions-after-end", `Contributions exist up to ${later.month}, after the end date.`);
    await tx.run("UPDATE enrollment SET status = 'STOPPED', endDate = ?, stopReason = ?, activeKey = NULL WHERE id = ?", [input.endDate, reason, e.id]);
    const [row] = await tx.query<Enrollment>("SELECT * FROM enrollment WHERE id = ?", [e.id]);
    return row;
  });
}

export async function listEnrollments(ctx: Ctx, filter: EnrollmentFilter | undefined, page: PageArgs) {
  const { limit, afterId } = decodePage(page);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter?.personId) (where.push("enrollment.personId = ?"), params.push(Number(filter.personId)));
  if (filter?.employerId) (where.push("enrollment.employerId = ?"), params.push(Number(filter.employerId)));
  if (filter?.insurance) (where.push("enrollment.insurance = ?"), params.push(filter.insurance));
  if (filter?.status) (where.push("enrollment.status = ?"), params.push(filter.status));
  const b = bound.enrollment(ctx.claims, "employer", "enrollment");
  where.push(b.sql);
  params.push(...b.params);
  const from = "FROM enrollment JOIN employer ON employer.id = enrollment.employerId";
  const [rows, total] = await Promise.all([
    ctx.db.query(`SELECT enrollment.* ${from} WHERE enrollment.id > ? AND ${where.join(" AND ")} ORDER BY enrollment.id LIMIT ${limit + 1}`, [afterId, ...params]),
    ctx.db.query(`SELECT COUNT(*) AS n ${from} WHERE ${where.join(" AND ")}`, params),
  ]);
  return { ...pageOf<Enrollment>(rows, limit), totalCount: toCount(total[0].n) };
}
