import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { toCount, toFen } from "../../common/money";
import { rowMapper } from "../../common/rows";
import { Employer } from "../employer/employer.entity";
import { Insurance } from "../enrollment/insurance";
import type { ReportKey } from "../../common/report";
import type { EnrollmentSection, GroupFigure, ZombieEmployer } from "./statistics.types";

/**
 * Reads of the rollups (person_year, contribution_month), which the writes keep equal to the
 * contribution rows, bounded by their declared bounds. COUNT and SUM are converted here (strings on
 * mysql2). The counting rule of the seed report: a person counts once per ID number, only with a
 * contribution in the year; by area or industry, under the employer of the last contribution.
 */
type Row = Record<string, unknown>;
const range = (year: number) => [`${year}-01`, `${year}-12`];

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

/** The rows under an area, or every row for the whole hub. */
const under = (areaCode: string | null) => (areaCode ? areaRange(areaCode) : { sql: "", params: [] as string[] });

export interface KeyedFigure {
  k: string;
  insured: number;
  contributions: number;
}

export function statisticsRepository(db: DataSource, bound: EntityBound) {
  const employerMap = rowMapper(db, Employer);
  const people = (x = "x") => bound("PersonYear", x);
  const money = (x = "x") => bound("ContributionMonth", x);
  const keyed = (persons: Row[], sums: Row[]): KeyedFigure[] => {
    const out = new Map<string, KeyedFigure>();
    for (const p of persons) out.set(String(p.k), { k: String(p.k), insured: toCount(p.n), contributions: 0 });
    for (const m of sums) {
      const g = out.get(String(m.k)) ?? { k: String(m.k), insured: 0, contributions: 0 };
      g.contributions = toFen(m.total ?? 0);
      out.set(String(m.k), g);
    }
    return [...out.values()].sort((a, b) => a.k.localeCompare(b.k));
  };
  return {
    /**
     * Enrollment's section of the annual report, by the seed's counting rule: a person counts once per
     * ID number, only with a contribution in the year. For the whole hub, from person_year (one row per
     * person, insurance and year). For an area, everyone with a contribution written under it in the
     * year (DESIGN §3): a person who moved counts in both areas' reports, so it is counted from
     * person_area_year (one row per person, insurance, year, employer and area), not from person_year,
     * which keeps only the last contribution's area.
     */
    async section({ year, areaCode }: ReportKey): Promise<EnrollmentSection> {
      const pb = areaCode ? bound("PersonAreaYear", "x") : people();
      const mb = money();
      const inArea = under(areaCode);
      const [insured, sums, [employers]] = await Promise.all([
        areaCode
          ? db.query(`SELECT insurance, COUNT(DISTINCT personId) AS n FROM person_area_year x WHERE year = ?${inArea.sql} AND ${pb.sql} GROUP BY insurance`, [year, ...inArea.params, ...pb.params])
          : db.query(`SELECT insurance, COUNT(*) AS n FROM person_year x WHERE year = ? AND ${pb.sql} GROUP BY insurance`, [year, ...pb.params]),
        db.query(`SELECT insurance, SUM(employerTotal) + SUM(employeeTotal) AS total FROM contribution_month x WHERE month BETWEEN ? AND ?${inArea.sql} AND ${mb.sql} GROUP BY insurance`, [...range(year), ...inArea.params, ...mb.params]),
        db.query(`SELECT COUNT(DISTINCT employerId) AS n FROM contribution_month x WHERE month BETWEEN ? AND ?${inArea.sql} AND ${mb.sql}`, [...range(year), ...inArea.params, ...mb.params]),
      ]);
      const count = (ins: Insurance) => toCount(insured.find((r: Row) => r.insurance === ins)?.n);
      const sum = (ins: Insurance) => toFen(sums.find((r: Row) => r.insurance === ins)?.total ?? 0);
      return {
        workInjuryInsured: count(Insurance.WORK_INJURY),
        unemploymentInsured: count(Insurance.UNEMPLOYMENT),
        workInjuryContributions: sum(Insurance.WORK_INJURY),
        unemploymentContributions: sum(Insurance.UNEMPLOYMENT),
        contributingEmployers: toCount(employers?.n),
      };
    },
    /**
     * The year's totals, of the whole hub (areaCode null: everyone once, from person_year) or of an area:
     * everyone with a contribution written under it in the year, a mover in both areas, as the annual
     * report's section counts (person_area_year).
     */
    async totals(year: number, insurance: Insurance, areaCode: string | null): Promise<{ insured: number; contributions: number }> {
      const mb = money();
      const inArea = under(areaCode);
      const pb = areaCode ? bound("PersonAreaYear", "x") : people();
      const [[p], [c]] = await Promise.all([
        areaCode
          ? db.query(`SELECT COUNT(DISTINCT personId) AS n FROM person_area_year x WHERE year = ? AND insurance = ?${inArea.sql} AND ${pb.sql}`, [year, insurance, ...inArea.params, ...pb.params])
          : db.query(`SELECT COUNT(*) AS n FROM person_year x WHERE year = ? AND insurance = ? AND ${pb.sql}`, [year, insurance, ...pb.params]),
        db.query(`SELECT SUM(employerTotal) + SUM(employeeTotal) AS total FROM contribution_month x WHERE insurance = ? AND month BETWEEN ? AND ?${inArea.sql} AND ${mb.sql}`, [insurance, ...range(year), ...inArea.params, ...mb.params]),
      ]);
      return { insured: toCount(p?.n), contributions: toFen(c?.total ?? 0) };
    },
    /**
     * By area at a level: 6 digits for counties, 9 for townships, 12 for villages (a shorter code stays
     * itself). Each person once, under the area of the year's last contribution; within `areaCode` when given.
     */
    async byArea(year: number, insurance: Insurance, digits: 6 | 9 | 12, areaCode: string | null): Promise<KeyedFigure[]> {
      const pb = people();
      const mb = money();
      const inArea = under(areaCode);
      const [persons, sums] = await Promise.all([
        db.query(`SELECT SUBSTR(areaCode, 1, ${digits}) AS k, COUNT(*) AS n FROM person_year x WHERE year = ? AND insurance = ?${inArea.sql} AND ${pb.sql} GROUP BY SUBSTR(areaCode, 1, ${digits})`, [year, insurance, ...inArea.params, ...pb.params]),
        db.query(
          `SELECT SUBSTR(areaCode, 1, ${digits}) AS k, SUM(employerTotal) + SUM(employeeTotal) AS total FROM contribution_month x
           WHERE insurance = ? AND month BETWEEN ? AND ?${inArea.sql} AND ${mb.sql} GROUP BY SUBSTR(areaCode, 1, ${digits})`,
          [insurance, ...range(year), ...inArea.params, ...mb.params],
        ),
      ]);
      return keyed(persons, sums);
    },
    /** By the industry of the last contribution's employer; within `areaCode` (of that contribution) when given. */
    async byIndustry(year: number, insurance: Insurance, areaCode: string | null): Promise<KeyedFigure[]> {
      const pb = people();
      const mb = money();
      const inArea = under(areaCode);
      const [persons, sums] = await Promise.all([
        db.query(`SELECT e.industry AS k, COUNT(*) AS n FROM person_year x JOIN employer e ON e.id = x.employerId WHERE x.year = ? AND x.insurance = ?${inArea.sql} AND ${pb.sql} GROUP BY e.industry`, [year, insurance, ...inArea.params, ...pb.params]),
        db.query(
          `SELECT e.industry AS k, SUM(x.employerTotal) + SUM(x.employeeTotal) AS total FROM contribution_month x JOIN employer e ON e.id = x.employerId
           WHERE x.insurance = ? AND x.month BETWEEN ? AND ?${inArea.sql} AND ${mb.sql} GROUP BY e.industry`,
          [insurance, ...range(year), ...inArea.params, ...mb.params],
        ),
      ]);
      return keyed(persons, sums);
    },
    async byMonth(year: number, insurance: Insurance, areaCode: string | null): Promise<GroupFigure[]> {
      const mb = money();
      const inArea = under(areaCode);
      const rows = await db.query(
        `SELECT month AS k, SUM(persons) AS n, SUM(employerTotal) + SUM(employeeTotal) AS total FROM contribution_month x
         WHERE insurance = ? AND month BETWEEN ? AND ?${inArea.sql} AND ${mb.sql} GROUP BY month ORDER BY month`,
        [insurance, ...range(year), ...inArea.params, ...mb.params],
      );
      return rows.map((r: Row) => ({ key: String(r.k), name: null, insured: toCount(r.n), contributions: toFen(r.total ?? 0) }));
    },
    /**
     * Zombie employers (僵尸企业): active, with active enrollments that started before the window
     * (from `windowStart`), and no contribution in the window up to `asOf`.
     */
    async zombies(asOf: string, windowStart: string): Promise<ZombieEmployer[]> {
      const b = bound("Employer", "e");
      const rows = await db.query(
        `SELECT e.*, (SELECT MAX(cm.month) FROM contribution_month cm WHERE cm.employerId = e.id AND cm.month <= ?) AS lastMonth,
                (SELECT COUNT(*) FROM enrollment n WHERE n.employerId = e.id AND n.status = 'ACTIVE') AS activeCount
         FROM employer e
         WHERE e.status = 'ACTIVE' AND ${b.sql}
           AND EXISTS (SELECT 1 FROM enrollment n WHERE n.employerId = e.id AND n.status = 'ACTIVE' AND n.startDate < ?)
           AND NOT EXISTS (SELECT 1 FROM contribution_month cm WHERE cm.employerId = e.id AND cm.month BETWEEN ? AND ?)
         ORDER BY e.id`,
        [asOf, ...b.params, `${windowStart}-01`, windowStart, asOf],
      );
      return rows.map((r: Row) => {
        const { lastMonth, activeCount, ...employer } = r;
        return { employer: employerMap(employer), lastContributionMonth: (lastMonth as string | null) ?? null, activeEnrollments: toCount(activeCount) };
      });
    },
  };
}
