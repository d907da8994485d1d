import { UNBOUNDED } from "../../common/bounds";
import { todayInChina } from "../../common/dates";
import { cells } from "../../common/import/cells";
import { firstOfKey } from "../../common/import/first-of-key";
import type { Importer, IndexedError, WriteContext } from "../../common/import/importer";
import type { Tx } from "../../common/tx";
import { Severity } from "../accident-report/status";
import { DependantRelation } from "../dependant/dependant.entity";
import { dependantRepository } from "../dependant/dependant.repository";
import { checkDependant, DependantRecord } from "../dependant/dependant.rules";
import { recognizedCases } from "./cases";

export type DependantRow = Omit<DependantRecord, "orphanOrLoneElderly"> & { reportNumber: string; orphanOrLoneElderly: boolean | null };

/**
 * Dependants by report number and ID number, the mutation's rules (a recognized fatal case, eligible from
 * the death on). A known dependant's end of eligibility is set or corrected in place; anything else that
 * differs is refused (`dependant.differs`).
 */
async function writeDependants(tx: Tx, rows: DependantRow[], { db }: WriteContext): Promise<IndexedError[]> {
  const errors: IndexedError[] = [];
  const caseOf = await recognizedCases(tx, db, rows.map((r) => r.reportNumber), errors);
  const repo = dependantRepository(db, () => UNBOUNDED);
  const first = firstOfKey(errors, "idNumber");
  const today = todayInChina();
  const reports = rows.map((r, i) => caseOf(i, r.reportNumber, "dependant.not-recognized"));
  const stored = await repo.ofReportsInTx(tx, [...new Set(reports.flatMap((r) => (r ? [r.id] : [])))]);
  for (const [index, r] of rows.entries()) {
    const report = reports[index];
    if (!report) continue;
    const record: DependantRecord = { name: r.name.trim(), idNumber: r.idNumber.toUpperCase(), relation: r.relation, orphanOrLoneElderly: r.orphanOrLoneElderly ?? false, eligibleFrom: r.eligibleFrom, eligibleUntil: r.eligibleUntil };
    if (!first(index, `${report.id}:${record.idNumber}`)) continue;
    if (report.severity !== Severity.FATAL) { errors.push({ index, field: "reportNumber", rule: "dependant.not-fatal", message: "Dependants draw a pension after a fatal work injury only." }); continue; }
    const broken = checkDependant(record, report.occurredOn, today);
    if (broken.length) { errors.push(...broken.map((e) => ({ ...e, index }))); continue; }
    const known = stored.get(`${report.id}:${record.idNumber}`);
    if (!known) await repo.insert(tx, report.id, record, report);
    else if (known.name !== record.name || known.relation !== record.relation || known.orphanOrLoneElderly !== record.orphanOrLoneElderly || known.eligibleFrom !== record.eligibleFrom) {
      errors.push({ index, field: "idNumber", rule: "dependant.differs", message: "The hub holds this dependant of the case with another name, relationship or start; it is not rewritten by a file." });
    } else if (known.eligibleUntil !== record.eligibleUntil) await repo.setEligibleUntil(tx, known.id, record.eligibleUntil);
  }
  return errors;
}

export const dependantsImporter: Importer<DependantRow> = {
  file: "dependants.csv", order: 112,
  description: "Dependants of deceased workers (供养亲属) by report number and ID number",
  columns: {
    reportNumber: cells.text, name: cells.text, idNumber: cells.text, relation: cells.enumOf(Object.values(DependantRelation)), orphanOrLoneElderly: cells.optionalBoolean,
    eligibleFrom: cells.date, eligibleUntil: cells.optionalDate,
  },
  check: () => [],
  write: writeDependants,
};
