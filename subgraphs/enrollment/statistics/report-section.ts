import { bound } from "../bounds";
import type { Context } from "../../common/context";
import { toCount, toFen } from "../../common/money";
import type { ReportKey, ReportSection } from "../../common/report";
import { Insurance } from "../enrollment/insurance";
import type { EnrollmentLoaders } from "../loaders";
import { EnrollmentSection } from "./statistics.types";

type Ctx = Context<EnrollmentLoaders>;

/**
 * The codes under an area as a range, [code, code + 1): an index range scan on both SQLite (whose LIKE
 * uses no index on a case-sensitive column) and MySQL. Codes are digits only (checkAreaCode), and a
 * code under the area starts with it, so it sorts within the range in either collation.
 */
export function areaRange(code: string): { sql: string; params: string[] } {
  const next = (BigInt(code) + 1n).toString().padStart(code.length, "0");
  if (next.length > code.length) return { sql: " AND x.areaCode >= ?", params: [code] };
  return { sql: " AND x.areaCode >= ? AND x.areaCode < ?", params: [code, next] };
}

/**
 * Enrollment's section of the annual report, by the seed's counting rule: a person counts once per
 * ID number, only with a contribution in the year. For the whole hub, from the person_year rollup (one
 * row per person, insurance and year). For an area, everyone with a contribution written under it in
 * the year (DESIGN §3): a person who moved counts in both areas' reports, so it is counted from
 * person_area_year (one row per person, insurance, year, employer and area), not from person_year,
 * which keeps only the last contribution's area.
 */
async function computeEnrollmentSection(ctx: Ctx, { year, areaCode }: ReportKey): Promise<EnrollmentSection> {
  const months = [`${year}-01`, `${year}-12`];
  const pb = bound.written(ctx.claims, "x");
  const inArea = areaCode ? areaRange(areaCode) : { sql: "", params: [] };
  const [insured, sums, [employers]] = await Promise.all([
    areaCode
      ? ctx.db.query(
          `SELECT insurance, COUNT(DISTINCT personId) AS n FROM person_area_year x WHERE year = ?${inArea.sql} AND ${pb.sql} GROUP BY insurance`,
          [year, ...inArea.params, ...pb.params],
        )
      : ctx.db.query(`SELECT insurance, COUNT(*) AS n FROM person_year x WHERE year = ? AND ${pb.sql} GROUP BY insurance`, [year, ...pb.params]),
    ctx.db.query(
      `SELECT insurance, SUM(employerTotal) + SUM(employeeTotal) AS total
       FROM contribution_month x WHERE month BETWEEN ? AND ?${inArea.sql} AND ${pb.sql} GROUP BY insurance`,
      [...months, ...inArea.params, ...pb.params],
    ),
    ctx.db.query(`SELECT COUNT(DISTINCT employerId) AS n FROM contribution_month x WHERE month BETWEEN ? AND ?${inArea.sql} AND ${pb.sql}`, [
      ...months,
      ...inArea.params,
      ...pb.params,
    ]),
  ]);
  const count = (ins: Insurance) => toCount(insured.find((r: { insurance: string }) => r.insurance === ins)?.n);
  const sum = (ins: Insurance) => toFen(sums.find((r: { insurance: string }) => r.insurance === ins)?.total ?? 0);
  return {
    workInjuryInsured: count(Insurance.WORK_INJURY),
    unemploymentInsured: count(Insurance.UNEMPLOYMENT),
    workInjuryContributions: sum(Insurance.WORK_INJURY),
    unemploymentContributions: sum(Insurance.UNEMPLOYMENT),
    contributingEmployers: toCount(employers.n),
  };
}

export const enrollmentReportSection: ReportSection<EnrollmentLoaders> = {
  field: "enrollment",
  type: EnrollmentSection,
  scope: "aggregate:read",
  description: "Enrollment section (参保情况): insured persons, contributions and contributing employers of the year in the area.",
  compute: computeEnrollmentSection,
  hostsQuery: true,
};
