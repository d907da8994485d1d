import { bound } from "../bounds";
import type { Context } from "../../common/context";
import { toCount, toFen } from "../../common/money";
import type { ReportKey, ReportSection } from "../../common/report";
import { Insurance } from "../enrollment/insurance";
import type { EnrollmentLoaders } from "../loaders";
import { EnrollmentSection } from "./statistics.types";

type Ctx = Context<EnrollmentLoaders>;

/**
 * Enrollment's section of the annual report, by the seed's counting rule: a person counts once per
 * ID number, only with a contribution in the year. For the whole hub, from the person_year rollup (one
 * row per person, insurance and year). For an area, everyone with a contribution written under it in
 * the year (DESIGN §3): a person who moved counts in both areas' reports, so the rollup, which keeps
 * only the last contribution's area, cannot answer it and the contribution rows are counted instead.
 */
async function computeEnrollmentSection(ctx: Ctx, { year, areaCode }: ReportKey): Promise<EnrollmentSection> {
  const months = [`${year}-01`, `${year}-12`];
  const pb = bound.written(ctx.claims, "x");
  // Digits only (checkAreaCode), so the prefix needs no LIKE escaping.
  const inArea = areaCode ? { sql: " AND x.areaCode LIKE ?", params: [`${areaCode}%`] } : { sql: "", params: [] };
  const [insured, sums, [employers]] = await Promise.all([
    areaCode
      ? ctx.db.query(
          `SELECT insurance, COUNT(DISTINCT personId) AS n FROM contribution x WHERE month BETWEEN ? AND ?${inArea.sql} AND ${pb.sql} GROUP BY insurance`,
          [...months, ...inArea.params, ...pb.params],
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
