import { UNBOUNDED } from "../../common/bounds";
import { todayInChina } from "../../common/dates";
import { cells } from "../../common/import/cells";
import type { Importer, IndexedError, WriteContext } from "../../common/import/importer";
import type { Tx } from "../../common/tx";
import { qualificationRepository } from "../qualification/qualification.repository";
import { checkQualification } from "../qualification/qualification.service";
import { firstOfKey } from "../../common/import/first-of-key";
import { recognizedCases } from "./cases";

export interface QualificationRow {
  reportNumber: string;
  year: number;
  checkedOn: string;
}

/** Checks by report number and year: a new one inserted, a known one's day corrected in place; the mutation's rules. */
async function writeChecks(tx: Tx, rows: QualificationRow[], { db }: WriteContext): Promise<IndexedError[]> {
  const errors: IndexedError[] = [];
  const repo = qualificationRepository(db, () => UNBOUNDED);
  const caseOf = await recognizedCases(tx, db, rows.map((r) => r.reportNumber), errors);
  const first = firstOfKey(errors, "year");
  const today = todayInChina();
  for (const [index, r] of rows.entries()) {
    if (!first(index, `${r.reportNumber.toUpperCase()}:${r.year}`)) continue;
    const report = caseOf(index, r.reportNumber, "qualification.not-recognized");
    if (!report) continue;
    const broken = checkQualification(r, report.decidedOn, today);
    if (broken.length) {
      errors.push(...broken.map((e) => ({ ...e, index })));
      continue;
    }
    const stored = await repo.checkedOn(tx, report.id, r.year);
    if (stored === null) await repo.insert(tx, { reportId: report.id, year: r.year, checkedOn: r.checkedOn }, report);
    else if (stored !== r.checkedOn) await repo.setCheckedOn(tx, report.id, r.year, r.checkedOn);
  }
  return errors;
}

export const qualificationImporter: Importer<QualificationRow> = {
  file: "qualification-checks.csv", order: 110,
  description: "Yearly qualification checks of long-term beneficiaries (待遇资格认证), by report number and year",
  columns: { reportNumber: cells.text, year: cells.int, checkedOn: cells.date },
  // The rules that need the report (recognized, not before its decision) run in write.
  check: () => [],
  write: writeChecks,
};
