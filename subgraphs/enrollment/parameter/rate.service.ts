import type { Tx } from "../../common/tx";
import { Insurance } from "../enrollment/insurance";
import type { RateParameter } from "./rate.entity";

/**
 * The rate in force for an insurance, area, risk class and date: the latest `validFrom` on or
 * before the date, preferring the most specific area (a village's own rate over the county's).
 */
export async function rateInForce(tx: Pick<Tx, "query">, insurance: Insurance, areaCode: string, riskClass: number, date: string): Promise<RateParameter | null> {
  const prefixes = [areaCode.slice(0, 6), areaCode.slice(0, 9), areaCode.slice(0, 12)].filter((p, i, a) => p.length >= 6 && a.indexOf(p) === i);
  const rows = await tx.query<RateParameter>(
    `SELECT * FROM rate_parameter WHERE insurance = ? AND riskClass = ? AND validFrom <= ? AND areaCode IN (${prefixes.map(() => "?").join(", ")})
     ORDER BY LENGTH(areaCode) DESC, validFrom DESC LIMIT 1`,
    [insurance, insurance === Insurance.WORK_INJURY ? riskClass : 0, date, ...prefixes],
  );
  return rows[0] ?? null;
}
