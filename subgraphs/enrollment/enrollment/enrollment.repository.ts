import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { placeholders } from "../../common/loader";
import { cond, page, PageArgs } from "../../common/page";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { Enrollment } from "./enrollment.entity";
import type { EnrollmentFilter } from "./enrollment.input";
import type { Insurance } from "./insurance";

/** The one place that reads and writes enrollment rows (wageBase is a BIGINT: a string from mysql2, a number here). */
export function enrollmentRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, Enrollment);
  const of = (column: "id" | "personId" | "employerId", extra = "") => async (ids: readonly number[]): Promise<Enrollment[]> => {
    const b = bound("Enrollment", "e");
    const rows = await db.query(`SELECT e.* FROM enrollment e WHERE e.${column} IN (${placeholders(ids.length)})${extra} AND ${b.sql} ORDER BY e.id`, [...ids, ...b.params]);
    return rows.map(map);
  };
  return {
    byIds: of("id"),
    ofPeople: of("personId"),
    activeOfEmployers: of("employerId", " AND e.status = 'ACTIVE'"),
    /** The active enrollment holding a slot (activeKeyOf: person and insurance, and employer for work injury), if the caller may see it. */
    async activeByKey(activeKey: string): Promise<Enrollment | null> {
      const b = bound("Enrollment", "e");
      const [row] = await db.query(`SELECT e.* FROM enrollment e WHERE e.activeKey = ? AND ${b.sql}`, [activeKey, ...b.params]);
      return row ? map(row) : null;
    },
    page(filter: EnrollmentFilter | undefined, personId: number | null, employerId: number | null, args: PageArgs) {
      const where = [bound("Enrollment", "e")];
      if (personId !== null) where.push(cond("e.personId = ?", personId));
      if (employerId !== null) where.push(cond("e.employerId = ?", employerId));
      if (filter?.insurance) where.push(cond("e.insurance = ?", filter.insurance));
      if (filter?.status) where.push(cond("e.status = ?", filter.status));
      return page(db, { from: "enrollment e", alias: "e", where, map }, args);
    },
    /** Inside a write transaction, unbounded: the service has checked that the caller may write it. */
    async lockedById(tx: Tx, id: number): Promise<Enrollment | null> {
      const [row] = await tx.query("SELECT * FROM enrollment WHERE id = ?", [id]);
      return row ? map(row) : null;
    },
    /** Enrollments of these people with the employer that cover part of [first, last]. */
    async covering(tx: Tx, employerId: number, insurance: Insurance, first: string, last: string, personIds: readonly number[]): Promise<Enrollment[]> {
      const rows = await tx.query(
        `SELECT * FROM enrollment WHERE employerId = ? AND insurance = ? AND startDate <= ? AND (endDate IS NULL OR endDate >= ?) AND personId IN (${placeholders(personIds.length)})`,
        [employerId, insurance, last, first, ...personIds],
      );
      return rows.map(map);
    },
    /** Inserts an active enrollment; a taken active slot or a twin (person, insurance, start) throws a UniqueViolation. */
    async insertActive(tx: Tx, e: Pick<Enrollment, "personId" | "employerId" | "insurance" | "startDate" | "wageBase" | "activeKey">): Promise<Enrollment> {
      try {
        const { insertId } = await tx.run(
          "INSERT INTO enrollment (personId, employerId, insurance, startDate, endDate, status, stopReason, wageBase, activeKey) VALUES (?, ?, ?, ?, NULL, 'ACTIVE', NULL, ?, ?)",
          [e.personId, e.employerId, e.insurance, e.startDate, e.wageBase, e.activeKey],
        );
        return (await this.lockedById(tx, insertId))!;
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
    async stop(tx: Tx, id: number, endDate: string, reason: string): Promise<Enrollment> {
      await tx.run("UPDATE enrollment SET status = 'STOPPED', endDate = ?, stopReason = ?, activeKey = NULL WHERE id = ?", [endDate, reason, id]);
      return (await this.lockedById(tx, id))!;
    },
  };
}
