import { checkCreditCode } from "../../common/validators/credit-code";
import { mayWriteIn } from "../../common/bounds";
import type { Context } from "../../common/context";
import { conflictFor, uniqueViolationOf } from "../../common/db-errors";
import { badInput, forbidden, throwIfInvalid } from "../../common/errors";
import type { PageArgs } from "../../common/page";
import { withTransaction } from "../../common/tx";
import { todayInChina } from "../../common/dates";
import type { EnrollmentLoaders } from "../loaders";
import { checkEmployer } from "../import/records";
import { Employer, EmployerStatus } from "./employer.entity";
import type { EmployerFilter, RegisterEmployerInput } from "./employer.input";

type Ctx = Context<EnrollmentLoaders>;

export async function employerByCreditCode(ctx: Ctx, creditCode: string): Promise<Employer | null> {
  const code = checkCreditCode(creditCode);
  if (!code.ok) throw badInput("creditCode", code.rule, code.message);
  return ctx.loaders.repo.employer.byCreditCode(code.value);
}

export function listEmployers(ctx: Ctx, filter: EmployerFilter | undefined, page: PageArgs) {
  return ctx.loaders.repo.employer.page(filter, page);
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
  const repo = ctx.loaders.repo;
  try {
    return await withTransaction(ctx.db, async (tx) => {
      if (!(await repo.area.existsInTx(tx, record.areaCode))) throw badInput("input.areaCode", "area.unknown", "No such area code.");
      return repo.employer.insert(tx, {
        creditCode: record.creditCode, name: record.name, industry: record.industry, riskClass: record.riskClass, areaCode: record.areaCode,
        staffCount: record.staffCount, status: EmployerStatus.ACTIVE, registeredOn: record.registeredOn,
      });
    });
  } catch (err) {
    const v = uniqueViolationOf(ctx.db, err);
    if (!v) throw err;
    // Named by id only when the caller may see it; never by name (existence never leaks).
    const visible = await repo.employer.byCreditCode(record.creditCode);
    throw conflictFor(v, { creditCode: "input.creditCode" }, "employer.duplicate", visible ? { existingId: String(visible.id) } : {});
  }
}
