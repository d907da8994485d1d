import { applyRate } from "../../common/money";
import type { RowError } from "../../common/import/importer";
import type { Tx } from "../../common/tx";
import { Insurance } from "../enrollment/insurance";
import type { ContributionRecord } from "./records";

/**
 * The hub's contribution rule (DESIGN §3, money.ts `applyRate`): each part is base × its own rate,
 * rounded half-up to the fen on its own. An imported part may differ from that by 1 fen (another
 * system's rounding), no more. A row has only the total rate, so the split comes from elsewhere:
 * work injury has no employee part; unemployment takes the employee rate of the rate in force
 * (the writer looks it up, `unemploymentEmployeePpm`).
 */
export const PART_TOLERANCE_FEN = 1;

export function checkParts(r: Pick<ContributionRecord, "base" | "ratePpm" | "employerPart" | "employeePart">, employeePpm: number): RowError[] {
  const out: RowError[] = [];
  const employerPpm = r.ratePpm - employeePpm;
  if (employerPpm < 0) return [{ field: "ratePpm", rule: "contribution.rate", message: `The rate is below the employee rate in force (${employeePpm} ppm).` }];
  const employer = applyRate(r.base, employerPpm);
  const employee = applyRate(r.base, employeePpm);
  if (Math.abs(r.employerPart - employer) > PART_TOLERANCE_FEN) {
    out.push({ field: "employerPart", rule: "contribution.amount", message: `The employer part should be base × ${employerPpm} ppm = ${employer} fen, give or take 1.` });
  }
  if (Math.abs(r.employeePart - employee) > PART_TOLERANCE_FEN) {
    out.push({ field: "employeePart", rule: "contribution.amount", message: `The employee part should be base × ${employeePpm} ppm = ${employee} fen, give or take 1.` });
  }
  return out;
}

interface SplitRow { areaCode: string; validFrom: string; employeePpm: number | string }

/**
 * The employee rate of the unemployment rate in force for an area and month (the most specific
 * area, then the latest validFrom, as `rateInForce`), from one read of the few rate rows; null
 * when none is in force.
 */
export async function unemploymentEmployeePpm(tx: Pick<Tx, "query">): Promise<(areaCode: string, month: string) => number | null> {
  const rows = await tx.query<SplitRow>("SELECT areaCode, validFrom, employeePpm FROM rate_parameter WHERE insurance = ?", [Insurance.UNEMPLOYMENT]);
  rows.sort((a, b) => b.areaCode.length - a.areaCode.length || b.validFrom.localeCompare(a.validFrom));
  return (areaCode, month) => {
    const day = `${month}-01`;
    const hit = rows.find((r) => areaCode.startsWith(r.areaCode) && r.validFrom <= day);
    return hit ? Number(hit.employeePpm) : null;
  };
}
