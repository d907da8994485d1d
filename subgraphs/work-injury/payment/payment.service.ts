import type { Context } from "../../common/context";
import { todayInChina } from "../../common/dates";
import { conflictFor, uniqueViolationOf } from "../../common/db-errors";
import { conflict, throwIfInvalid } from "../../common/errors";
import { withTransaction } from "../../common/tx";
import { recognizedReport } from "../accident-report/recognized";
import { dateOfDeath } from "../parties/parties";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import type { BenefitPayment } from "./payment.entity";
import type { RecordBenefitPaymentInput } from "./payment.input";
import { checkPayment, checkPaymentRecord, PaymentRecord } from "./payment.rules";

type Ctx = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/** Whether a payment already under the key is this same payment (a repeated request), field by field. */
export function samePayment(p: BenefitPayment, r: PaymentRecord): boolean {
  return p.reportId === r.reportId && p.category === r.category && p.periodFrom === r.periodFrom && p.periodTo === r.periodTo
    && p.amount === r.amount && p.paidOn === r.paidOn && p.payeeIdNumber === r.payeeIdNumber;
}

/**
 * Records a payment of a recognized work injury, once per payment key: the same key with the same
 * payment answers the payment recorded before; with another payment it is CONFLICT. In one
 * transaction, the case's facts (checkPayment): a one-time item never twice (the unique one-time
 * slot backs the check under concurrency), a monthly item only for years whose qualification check
 * the beneficiary has passed; nothing for a period after the payee's date of death, which enrollment
 * records (read through the gateway before the transaction; a payee not in the register has none).
 */
export async function recordPayment(ctx: Ctx, input: RecordBenefitPaymentInput): Promise<BenefitPayment> {
  const report = await recognizedReport(ctx, input.reportId, "input.reportId", "benefit.not-recognized");
  const record: PaymentRecord = {
    paymentKey: input.paymentKey.trim(), reportId: report.id, category: input.category, periodFrom: input.periodFrom, periodTo: input.periodTo,
    amount: input.amount, paidOn: input.paidOn, payeeName: input.payeeName.trim(), payeeIdNumber: input.payeeIdNumber.trim().toUpperCase(),
  };
  throwIfInvalid(checkPaymentRecord(record, report.occurredOn, todayInChina()));
  const payeeDateOfDeath = await dateOfDeath(ctx, record.payeeIdNumber);
  const repo = ctx.loaders.repo.payment;
  const write = () => withTransaction(ctx.db, async (tx) => {
    const before = await repo.byKeyUnbounded(tx, record.paymentKey);
    if (before) {
      if (!samePayment(before, record)) throw conflict("This payment key was used for another payment.", { field: "input.paymentKey", rule: "benefit.payment-key-reused" });
      return before.id;
    }
    const paid = await repo.oneTimePaid(tx, report.id);
    checkPayment({ caseId: String(report.id), category: record.category, periodFrom: record.periodFrom, periodTo: record.periodTo }, { existing: paid.map((category) => ({ caseId: String(report.id), category })), payeeDateOfDeath, qualifiedYears: await ctx.loaders.repo.qualification.yearsOf(tx, report.id) }, "input.");
    return repo.insert(tx, record, report);
  });
  let id: number;
  try {
    id = await write();
  } catch (err) {
    const v = uniqueViolationOf(ctx.db, err);
    if (!v) throw err;
    // Two requests with one key at once: the loser reads the winner's payment and answers like a repeat.
    if (v.columns.join(",") === "paymentKey") id = await write();
    else throw conflictFor(v, { oneTimeSlot: "input.category" }, "benefit.one-time-twice");
  }
  return (await repo.byIds([id]))[0];
}
