import type { GraphQLError } from "graphql";
import { UNBOUNDED } from "../../common/bounds";
import { todayInChina } from "../../common/dates";
import type { GatewayCaller } from "../../common/gateway-client";
import { datesOfDeath } from "../parties/batch";
import { cells } from "../../common/import/cells";
import type { Importer, IndexedError, WriteContext, RowError } from "../../common/import/importer";
import type { Tx } from "../../common/tx";
import { checkResidentId } from "../../common/validators/resident-id";
import { paymentRepository } from "../payment/payment.repository";
import { checkPayment, checkPaymentRecord, MONTHLY_CATEGORIES, ONE_TIME_CATEGORIES, PaymentCategory, PaymentRecord } from "../payment/payment.rules";
import { samePayment } from "../payment/payment.service";
import { qualificationRepository } from "../qualification/qualification.repository";
import { firstOfKey } from "../../common/import/first-of-key";
import { recognizedCases } from "./cases";

const CATEGORIES: PaymentCategory[] = [...ONE_TIME_CATEGORIES, ...MONTHLY_CATEGORIES];

/** A row names its report by number; the rest is the payment as recorded. */
export type PaymentRow = Omit<PaymentRecord, "reportId"> & { reportNumber: string };

/** Payees' recorded dates of death, for the rows' well-formed ID numbers (the others are refused by their check). */
const deaths = (caller: GatewayCaller, rows: PaymentRow[]) => datesOfDeath(caller, rows.map((r) => r.payeeIdNumber.toUpperCase()).filter((k) => checkResidentId(k).ok));

const recordOf = (r: PaymentRow, reportId: number): PaymentRecord => ({
  paymentKey: r.paymentKey, reportId, category: r.category, periodFrom: r.periodFrom, periodTo: r.periodTo, amount: r.amount, paidOn: r.paidOn,
  payeeName: r.payeeName, payeeIdNumber: r.payeeIdNumber.toUpperCase(),
});

/**
 * Payments by payment key, with the mutation's rules (recordPayment): a known key with the same payment
 * changes nothing, with another payment it is refused; a one-time item never twice (the file's earlier rows
 * count), a monthly item only with the year's qualification check (import qualification-checks.csv first),
 * nothing for a period after the payee's recorded death.
 */
async function writePayments(tx: Tx, rows: PaymentRow[], { db, prepared }: WriteContext): Promise<IndexedError[]> {
  const deathsOf = prepared as Map<string, string>;
  const errors: IndexedError[] = [];
  const payments = paymentRepository(db, () => UNBOUNDED);
  const checks = qualificationRepository(db, () => UNBOUNDED);
  const caseOf = await recognizedCases(tx, db, rows.map((r) => r.reportNumber), errors);
  const first = firstOfKey(errors, "paymentKey");
  const today = todayInChina();
  for (const [index, r] of rows.entries()) {
    if (!first(index, r.paymentKey)) continue;
    const report = caseOf(index, r.reportNumber, "benefit.not-recognized");
    if (!report) continue;
    const record = recordOf(r, report.id);
    const broken = checkPaymentRecord(record, report.occurredOn, today);
    if (broken.length) {
      errors.push(...broken.map((e) => ({ ...e, index })));
      continue;
    }
    const before = await payments.byKeyUnbounded(tx, record.paymentKey);
    if (before) {
      if (!samePayment(before, record)) errors.push({ index, field: "paymentKey", rule: "benefit.payment-key-reused", message: "The hub holds another payment under this payment key." });
      continue;
    }
    const paid = await payments.oneTimePaid(tx, report.id);
    const qualifiedYears = await checks.yearsOf(tx, report.id);
    const refused = rule(() => checkPayment(
      { caseId: String(report.id), category: record.category, periodFrom: record.periodFrom, periodTo: record.periodTo },
      { existing: paid.map((category) => ({ caseId: String(report.id), category })), payeeDateOfDeath: deathsOf.get(record.payeeIdNumber) ?? null, qualifiedYears },
    ));
    if (refused) errors.push({ ...refused, index });
    else await payments.insert(tx, record, report);
  }
  return errors;
}

/** checkPayment's refusal (a GraphQL error with field and rule) as a row error. */
function rule(run: () => void): RowError | null {
  try {
    run();
    return null;
  } catch (err) {
    const ext = (err as GraphQLError).extensions;
    if (!ext?.rule) throw err;
    return { field: String(ext.field), rule: String(ext.rule), message: (err as Error).message };
  }
}

export const paymentsImporter: Importer<PaymentRow> = {
  file: "benefit-payments.csv", order: 120,
  description: "Benefit payments (待遇支付), by payment key; amounts in yuan; payee by name and ID number",
  columns: {
    paymentKey: cells.text, reportNumber: cells.text, category: cells.enumOf(CATEGORIES), periodFrom: cells.date, periodTo: cells.date, amount: cells.yuan,
    paidOn: cells.date, payeeName: cells.text, payeeIdNumber: cells.text,
  },
  // The rules that need the report (the accident day, recognized) run in write, with the rest.
  check: () => [],
  prepare: deaths,
  write: writePayments,
};
