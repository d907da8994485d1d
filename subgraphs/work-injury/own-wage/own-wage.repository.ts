import type { DataSource } from "typeorm";
import { placeholders } from "../../common/loader";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { OwnWageCorrection, StoredOwnWage } from "./own-wage.entity";

const STORED_COLUMNS = ["reportId", "ownWage", "average", "averageMonthlyWage", "months", "floored", "capped", "occasion", "computedOn", "computedBy"] as const;

/** The one place that reads and writes own_wage and own_wage_correction (read under a report the caller already sees). */
export function ownWageRepository(db: DataSource) {
  const map = rowMapper(db, OwnWageCorrection);
  const mapStored = rowMapper(db, StoredOwnWage);
  return {
    async of(reportId: number): Promise<OwnWageCorrection | null> {
      const [row] = await db.query("SELECT * FROM own_wage_correction WHERE reportId = ?", [reportId]);
      return row ? map(row) : null;
    },
    /** The case's correction, replacing an earlier one (the declared upsert). */
    async record(tx: Tx, c: Omit<OwnWageCorrection, "id">): Promise<void> {
      const columns = ["reportId", "ownWage", "reason", "recordedBy", "recordedOn"] as const;
      await tx.upsert("own_wage_correction", [...columns], [columns.map((k) => c[k])], ["reportId"], ["ownWage", "reason", "recordedBy", "recordedOn"]);
    },
    /** The own wage stored for the case, when it has been computed (at its first conclusion or its death). */
    async storedOf(reportId: number): Promise<StoredOwnWage | null> {
      const [row] = await db.query("SELECT * FROM own_wage WHERE reportId = ?", [reportId]);
      return row ? mapStored(row) : null;
    },
    /** Which of these cases have a stored own wage. */
    async storedAmong(reportIds: readonly number[]): Promise<Set<number>> {
      const out = new Set<number>();
      for (let i = 0; i < reportIds.length; i += 1000) {
        const part = reportIds.slice(i, i + 1000);
        for (const r of await db.query(`SELECT reportId FROM own_wage WHERE reportId IN (${placeholders(part.length)})`, part)) out.add(Number(r.reportId));
      }
      return out;
    },
    /**
     * Stores the computed own wage unless the case has one already: the first computation stands (the
     * declared upsert that updates nothing), so a second conclusion or a race of two leaves it as it was.
     */
    async storeOnce(tx: Tx, rows: Omit<StoredOwnWage, "id">[]): Promise<void> {
      await tx.upsert("own_wage", [...STORED_COLUMNS], rows.map((r) => STORED_COLUMNS.map((k) => (typeof r[k] === "boolean" ? (r[k] ? 1 : 0) : r[k]))), ["reportId"], []);
    },
  };
}
