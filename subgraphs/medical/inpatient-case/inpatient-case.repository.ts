import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { placeholders } from "../../common/loader";
import { cond, page, PageArgs } from "../../common/page";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { InpatientCase } from "./inpatient-case.entity";

export interface InpatientCaseFilter {
  institutionId?: number | null;
  inHospitalOn?: string | null;
}

/** The one place that reads and writes medical_inpatient_case rows, always within the caller's bound. */
export function inpatientCaseRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, InpatientCase);
  const byColumn = async (column: "id" | "personId" | "accidentReportId", ids: readonly number[]) => {
    const b = bound("InpatientCase", "c");
    const rows = await db.query(
      `SELECT c.* FROM medical_inpatient_case c WHERE c.${column} IN (${placeholders(ids.length)}) AND ${b.sql} ORDER BY c.id`,
      [...ids, ...b.params],
    );
    return rows.map(map);
  };
  return {
    byIds: (ids: readonly number[]) => byColumn("id", ids),
    byPersonIds: (ids: readonly number[]) => byColumn("personId", ids),
    byAccidentReportIds: (ids: readonly number[]) => byColumn("accidentReportId", ids),
    page(filter: InpatientCaseFilter | undefined, args: PageArgs) {
      const where = [bound("InpatientCase", "c")];
      if (filter?.institutionId) where.push(cond("c.institutionId = ?", filter.institutionId));
      if (filter?.inHospitalOn) where.push(cond("c.admittedOn <= ? AND (c.dischargedOn IS NULL OR c.dischargedOn >= ?)", filter.inHospitalOn, filter.inHospitalOn));
      return page(db, { from: "medical_inpatient_case c", alias: "c", where, map }, args);
    },
    async inTx(tx: Tx, ids: readonly number[]): Promise<InpatientCase[]> {
      if (!ids.length) return [];
      const b = bound("InpatientCase", "c");
      const rows = await tx.query(`SELECT c.* FROM medical_inpatient_case c WHERE c.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(map);
    },
    async insert(tx: Tx, r: Omit<InpatientCase, "id">): Promise<InpatientCase> {
      try {
        const { insertId } = await tx.run(
          "INSERT INTO medical_inpatient_case (admissionNumber, institutionId, patientName, patientIdNumber, personId, accidentReportId, admittedOn, dischargedOn, diagnosis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          [r.admissionNumber, r.institutionId, r.patientName, r.patientIdNumber, r.personId, r.accidentReportId, r.admittedOn, r.dischargedOn, r.diagnosis],
        );
        const [row] = await tx.query("SELECT * FROM medical_inpatient_case WHERE id = ?", [insertId]);
        return map(row);
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
    /** For imports: an institution's cases by admission number (unbounded: the import is). */
    async byAdmissionNumbers(tx: Tx, institutionId: number, numbers: readonly string[]): Promise<Map<string, InpatientCase>> {
      const out = new Map<string, InpatientCase>();
      for (let i = 0; i < numbers.length; i += 1000) {
        const part = numbers.slice(i, i + 1000);
        const rows = await tx.query(`SELECT * FROM medical_inpatient_case WHERE institutionId = ? AND admissionNumber IN (${placeholders(part.length)})`, [institutionId, ...part]);
        for (const c of rows.map(map)) out.set(c.admissionNumber, c);
      }
      return out;
    },
    /** For imports: a diagnosis corrected in place. */
    async setDiagnosis(tx: Tx, id: number, diagnosis: string): Promise<void> {
      await tx.run("UPDATE medical_inpatient_case SET diagnosis = ? WHERE id = ?", [diagnosis, id]);
    },
    async discharge(tx: Tx, id: number, on: string): Promise<void> {
      await tx.run("UPDATE medical_inpatient_case SET dischargedOn = ? WHERE id = ?", [on, id]);
    },
  };
}
export type InpatientCaseRepository = ReturnType<typeof inpatientCaseRepository>;
