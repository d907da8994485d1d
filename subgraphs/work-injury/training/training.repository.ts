import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { placeholders } from "../../common/loader";
import { toCount } from "../../common/money";
import { allOf, inYear, page, PageArgs, underArea } from "../../common/page";
import type { ReportKey } from "../../common/report";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { PreventionTraining } from "./training.entity";
import type { TrainingRecord } from "./training.rules";

export interface TrainingFigures {
  sessions: number;
  enterprises: number;
  attendees: number;
}

/** The one place that reads and writes prevention_training. */
export function trainingRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, PreventionTraining);
  return {
    async byIds(ids: readonly number[]): Promise<PreventionTraining[]> {
      const b = bound("PreventionTraining", "t");
      const rows = await db.query(`SELECT t.* FROM prevention_training t WHERE t.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(map);
    },
    page(filter: { areaCode?: string | null; year?: number | null } | undefined, args: PageArgs) {
      const where = [bound("PreventionTraining", "t")];
      if (filter?.areaCode) where.push(underArea("t.areaCode", filter.areaCode));
      if (filter?.year) where.push(inYear("t.heldOn", filter.year));
      return page(db, { from: "prevention_training t", alias: "t", where, map }, args);
    },
    /** Sessions held in the year and their enterprises and attendees (summed per session: an enterprise at two sessions counts twice, as the seed counts 人次). */
    async figures(key: ReportKey): Promise<TrainingFigures> {
      const where = [inYear("t.heldOn", key.year), bound("PreventionTraining", "t")];
      if (key.areaCode) where.push(underArea("t.areaCode", key.areaCode));
      const all = allOf(where);
      const [row] = await db.query(
        `SELECT COUNT(*) AS sessions, COALESCE(SUM(t.enterprises), 0) AS enterprises, COALESCE(SUM(t.attendees), 0) AS attendees
         FROM prevention_training t WHERE ${all.sql}`,
        all.params,
      );
      return { sessions: toCount(row.sessions), enterprises: toCount(row.enterprises), attendees: toCount(row.attendees) };
    },
    /** A known session number throws a UniqueViolation. */
    /** For imports: sessions by number, a known one corrected in place (the upsert module.upserts declares). */
    async upsert(tx: Tx, rows: readonly TrainingRecord[]): Promise<void> {
      const columns = ["sessionNumber", "areaCode", "heldOn", "title", "mode", "enterprises", "attendees"] as const;
      await tx.upsert("prevention_training", [...columns], rows.map((t) => columns.map((c) => t[c])), ["sessionNumber"], columns.slice(1) as unknown as string[]);
    },
    async insert(tx: Tx, t: TrainingRecord): Promise<number> {
      try {
        const { insertId } = await tx.run(
          "INSERT INTO prevention_training (sessionNumber, areaCode, heldOn, title, mode, enterprises, attendees) VALUES (?, ?, ?, ?, ?, ?, ?)",
          [t.sessionNumber, t.areaCode, t.heldOn, t.title, t.mode, t.enterprises, t.attendees],
        );
        return insertId;
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
  };
}
