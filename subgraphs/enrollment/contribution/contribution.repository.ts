import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { placeholders } from "../../common/loader";
import { cond, page, PageArgs } from "../../common/page";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import type { Insurance } from "../enrollment/insurance";
import { Contribution } from "./contribution.entity";
import type { ContributionFilter } from "./contribution.input";

const COLUMNS = ["personId", "employerId", "insurance", "month", "base", "ratePpm", "employerPart", "employeePart", "paidOn", "areaCode"] as const;

/** The one place that reads and writes contribution rows (base and parts are BIGINT fen). */
export function contributionRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, Contribution);
  return {
    page(filter: ContributionFilter, personId: number | null, employerId: number | null, args: PageArgs) {
      const where = [bound("Contribution", "c")];
      if (personId !== null) where.push(cond("c.personId = ?", personId));
      if (employerId !== null) where.push(cond("c.employerId = ?", employerId));
      if (filter.insurance) where.push(cond("c.insurance = ?", filter.insurance));
      if (filter.from) where.push(cond("c.month >= ?", filter.from));
      if (filter.to) where.push(cond("c.month <= ?", filter.to));
      return page(db, { from: "contribution c", alias: "c", where, map }, args);
    },
    /** The month's contributions of these people at this employer (at another employer they are other contributions). */
    async ofMonth(tx: Tx, insurance: Insurance, month: string, employerId: number, personIds: readonly number[]): Promise<Contribution[]> {
      const rows = await tx.query(
        `SELECT * FROM contribution WHERE insurance = ? AND month = ? AND employerId = ? AND personId IN (${placeholders(personIds.length)}) ORDER BY id`,
        [insurance, month, employerId, ...personIds],
      );
      return rows.map(map);
    },
    /** The latest month after `month` with a contribution of the person at the employer, if any. */
    async laterMonth(tx: Tx, personId: number, insurance: Insurance, employerId: number, month: string): Promise<string | null> {
      const [row] = await tx.query<{ month: string }>(
        "SELECT month FROM contribution WHERE personId = ? AND insurance = ? AND employerId = ? AND month > ? ORDER BY month DESC LIMIT 1",
        [personId, insurance, employerId, month],
      );
      return row?.month ?? null;
    },
    /** Plain inserts: a month already recorded throws a UniqueViolation, it is never skipped or overwritten. */
    async insertMany(tx: Tx, rows: Omit<Contribution, "id">[]): Promise<void> {
      const one = `(${COLUMNS.map(() => "?").join(", ")})`;
      const chunk = Math.floor(999 / COLUMNS.length);
      try {
        for (let i = 0; i < rows.length; i += chunk) {
          const part = rows.slice(i, i + chunk);
          await tx.run(`INSERT INTO contribution (${COLUMNS.join(", ")}) VALUES ${part.map(() => one).join(", ")}`, part.flatMap((r) => COLUMNS.map((c) => r[c])));
        }
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
  };
}
