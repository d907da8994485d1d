import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { placeholders } from "../../common/loader";
import { toCount, toFen } from "../../common/money";
import { allOf, cond, inYear, page, PageArgs, underArea } from "../../common/page";
import type { ReportKey } from "../../common/report";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import type { CaseCopy } from "../accident-report/accident-report.entity";
import { BenefitPayment } from "./payment.entity";
import { ONE_TIME_CATEGORIES, PaymentCategory, PaymentRecord } from "./payment.rules";

export interface CategoryFigure {
  category: PaymentCategory;
  payments: number;
  /** fen */
  amount: number;
}

export interface PaymentFilter {
  areaCode?: string | null;
  year?: number | null;
  reportId?: number | null;
  category?: PaymentCategory | null;
}

/** The one place that reads and writes benefit_payment. */
export function paymentRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, BenefitPayment);
  const yearWhere = (key: ReportKey) => {
    const where = [inYear("p.paidOn", key.year), bound("BenefitPayment", "p")];
    if (key.areaCode) where.push(underArea("p.areaCode", key.areaCode));
    return allOf(where);
  };
  return {
    async byIds(ids: readonly number[]): Promise<BenefitPayment[]> {
      const b = bound("BenefitPayment", "p");
      const rows = await db.query(`SELECT p.* FROM benefit_payment p WHERE p.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(map);
    },
    /** Payments of several reports (one statement), in the order paid; bounded like any read. */
    async ofReports(reportIds: readonly number[]): Promise<BenefitPayment[]> {
      const b = bound("BenefitPayment", "p");
      const rows = await db.query(`SELECT p.* FROM benefit_payment p WHERE p.reportId IN (${placeholders(reportIds.length)}) AND ${b.sql} ORDER BY p.reportId, p.paidOn, p.id`, [...reportIds, ...b.params]);
      return rows.map(map);
    },
    /**
     * The payment recorded under a key, whatever the caller's bounds: only to tell a repeated
     * request (answered with the payment, if the caller sees it) from a key reused for another one.
     */
    async byKeyUnbounded(tx: Tx, paymentKey: string): Promise<BenefitPayment | null> {
      const [row] = await tx.query<Record<string, unknown>>("SELECT * FROM benefit_payment WHERE paymentKey = ?", [paymentKey]);
      return row ? map(row) : null;
    },
    /** The one-time items already paid for a case (read in the writing transaction). */
    async oneTimePaid(tx: Tx, reportId: number): Promise<PaymentCategory[]> {
      const rows = await tx.query<{ category: PaymentCategory }>("SELECT category FROM benefit_payment WHERE reportId = ? AND oneTimeSlot IS NOT NULL", [reportId]);
      return rows.map((r) => r.category);
    },
    page(filter: PaymentFilter | undefined, args: PageArgs) {
      const where = [bound("BenefitPayment", "p")];
      if (filter?.areaCode) where.push(underArea("p.areaCode", filter.areaCode));
      if (filter?.year) where.push(inYear("p.paidOn", filter.year));
      if (filter?.reportId) where.push(cond("p.reportId = ?", filter.reportId));
      if (filter?.category) where.push(cond("p.category = ?", filter.category));
      return page(db, { from: "benefit_payment p", alias: "p", where, map }, args);
    },
    /** The year's payments by category (paid in the year: expenditure counts when paid), in the enum's order. */
    async byCategory(key: ReportKey): Promise<CategoryFigure[]> {
      const all = yearWhere(key);
      const rows = await db.query(`SELECT p.category AS category, COUNT(*) AS n, COALESCE(SUM(p.amount), 0) AS amount FROM benefit_payment p WHERE ${all.sql} GROUP BY p.category`, all.params);
      return rows.map((r: Record<string, unknown>) => ({ category: r.category as PaymentCategory, payments: toCount(r.n), amount: toFen(r.amount) }));
    },
    /** Benefits paid in the year, fen: the work-injury part of the fund's expenditure. */
    async paidInYear(key: ReportKey): Promise<number> {
      const all = yearWhere(key);
      const [row] = await db.query(`SELECT COALESCE(SUM(p.amount), 0) AS amount FROM benefit_payment p WHERE ${all.sql}`, all.params);
      return toFen(row.amount);
    },
    /** A known payment key or a one-time item paid already throws a UniqueViolation. */
    async insert(tx: Tx, p: PaymentRecord, c: CaseCopy): Promise<number> {
      const slot = ONE_TIME_CATEGORIES.has(p.category) ? `${p.reportId}:${p.category}` : null;
      try {
        const { insertId } = await tx.run(
          "INSERT INTO benefit_payment (paymentKey, reportId, personId, employerId, areaCode, category, oneTimeSlot, periodFrom, periodTo, amount, paidOn, payeeName, payeeIdNumber) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          [p.paymentKey, p.reportId, c.personId, c.employerId, c.areaCode, p.category, slot, p.periodFrom, p.periodTo, p.amount, p.paidOn, p.payeeName, p.payeeIdNumber],
        );
        return insertId;
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
  };
}
