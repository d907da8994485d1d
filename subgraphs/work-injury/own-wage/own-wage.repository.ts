import type { DataSource } from "typeorm";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { OwnWageCorrection } from "./own-wage.entity";

/** The one place that reads and writes own_wage_correction (read under a report the caller already sees). */
export function ownWageRepository(db: DataSource) {
  const map = rowMapper(db, OwnWageCorrection);
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
  };
}
