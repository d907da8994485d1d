import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { Insurance } from "../enrollment/insurance";
import { RateParameter } from "./rate.entity";

/** Rate parameters: published reference data (the bound declared for RateParameter lets every row through). */
export function rateRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, RateParameter);
  return {
    async list(asOf: string | undefined): Promise<RateParameter[]> {
      const b = bound("RateParameter", "r");
      const rows = asOf
        ? await db.query(`SELECT r.* FROM rate_parameter r WHERE r.validFrom <= ? AND ${b.sql} ORDER BY r.insurance, r.riskClass, r.validFrom`, [asOf, ...b.params])
        : await db.query(`SELECT r.* FROM rate_parameter r WHERE ${b.sql} ORDER BY r.insurance, r.riskClass, r.validFrom`, b.params);
      return rows.map(map);
    },
    /**
     * The rate in force for an insurance, area, risk class and date: the latest `validFrom` on or
     * before the date, preferring the most specific area (a village's own rate over the county's).
     */
    async inForce(tx: Pick<Tx, "query">, insurance: Insurance, areaCode: string, riskClass: number, date: string): Promise<RateParameter | null> {
      const prefixes = [areaCode.slice(0, 6), areaCode.slice(0, 9), areaCode.slice(0, 12)].filter((p, i, a) => p.length >= 6 && a.indexOf(p) === i);
      const rows = await tx.query(
        `SELECT * FROM rate_parameter WHERE insurance = ? AND riskClass = ? AND validFrom <= ? AND areaCode IN (${prefixes.map(() => "?").join(", ")})
         ORDER BY LENGTH(areaCode) DESC, validFrom DESC LIMIT 1`,
        [insurance, insurance === Insurance.WORK_INJURY ? riskClass : 0, date, ...prefixes],
      );
      return rows[0] ? map(rows[0]) : null;
    },
  };
}
