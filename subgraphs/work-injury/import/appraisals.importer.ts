import { UNBOUNDED } from "../../common/bounds";
import { todayInChina } from "../../common/dates";
import { cells } from "../../common/import/cells";
import type { Importer, IndexedError, WriteContext, RowError } from "../../common/import/importer";
import type { Tx } from "../../common/tx";
import { AppraisalStatus, CareLevel } from "../appraisal/appraisal.entity";
import { appraisalRepository } from "../appraisal/appraisal.repository";
import { checkAppliedOn, checkApplicationNumber, checkConclusion, ConclusionRecord } from "../appraisal/appraisal.rules";
import { firstOfKey } from "../../common/import/first-of-key";
import { appraisalDue } from "../late-case/deadline.rules";
import { recognizedCases } from "./cases";
import { accidentReportRepository } from "../accident-report/accident-report.repository";
import { isRecognized } from "../accident-report/recognized";
import { OwnWageOccasion } from "../own-wage/own-wage.entity";
import { ownWagesForFile } from "../own-wage/own-wage.import";
import { ownWageRepository } from "../own-wage/own-wage.repository";
import type { OwnWageToStore } from "../own-wage/own-wage.service";

export interface AppraisalRow {
  applicationNumber: string;
  reportNumber: string;
  appliedOn: string;
  concludedOn: string | null;
  conclusionNumber: string | null;
  grade: number | null;
  careLevel: CareLevel | null;
  extendedOn: string | null;
  extensionReason: string | null;
}

const conclusionOf = (r: AppraisalRow): ConclusionRecord | null =>
  r.concludedOn ? { concludedOn: r.concludedOn, conclusionNumber: r.conclusionNumber ?? "", grade: r.grade, careLevel: r.careLevel } : null;

function checkRow(r: AppraisalRow): RowError[] {
  const errors = checkApplicationNumber(r.applicationNumber.toUpperCase());
  // A grade or a number without the day concluded is half a conclusion.
  if (!r.concludedOn && (r.conclusionNumber || r.grade !== null || r.careLevel)) {
    errors.push({ field: "concludedOn", rule: "appraisal.conclusion-incomplete", message: "A conclusion has its day (concludedOn); give it, or leave the conclusion's columns empty." });
  }
  if (!!r.extendedOn !== !!r.extensionReason) errors.push({ field: r.extendedOn ? "extensionReason" : "extendedOn", rule: "appraisal.extension-incomplete", message: "An extension has its day and its reason, both." });
  else if (r.extendedOn && (r.extendedOn < r.appliedOn || r.extendedOn > appraisalDue(r.appliedOn) || (r.concludedOn !== null && r.extendedOn > r.concludedOn))) {
    errors.push({ field: "extendedOn", rule: "appraisal.extension-day", message: `An extension is made within the 60 days after the application (${r.appliedOn} to ${appraisalDue(r.appliedOn)}), before the conclusion.` });
  }
  return errors;
}

/**
 * Appraisals by application number, for recognized reports only (the mutation's rules). A new one is
 * applied for, and concluded when the row has the conclusion; a known one must be the same application
 * (report and day, else `appraisal.differs`); its conclusion is added once and never rewritten
 * (`appraisal.conclusion-differs`).
 */
async function writeAppraisals(tx: Tx, rows: AppraisalRow[], { db, prepared }: WriteContext): Promise<IndexedError[]> {
  const wages = (prepared as Map<string, OwnWageToStore> | undefined) ?? new Map<string, OwnWageToStore>();
  const errors: IndexedError[] = [];
  const repo = appraisalRepository(db, () => UNBOUNDED);
  const caseOf = await recognizedCases(tx, db, rows.map((r) => r.reportNumber), errors);
  const numbers = rows.map((r) => r.applicationNumber.toUpperCase());
  const stored = await repo.byNumbers(tx, [...new Set(numbers)]);
  const first = firstOfKey(errors, "applicationNumber");
  const today = todayInChina();
  for (const [index, r] of rows.entries()) {
    const number = numbers[index];
    if (!first(index, number)) continue;
    const report = caseOf(index, r.reportNumber, "appraisal.not-recognized");
    if (!report) continue;
    const conclusion = conclusionOf(r);
    const broken = [...checkAppliedOn(r.appliedOn, report.decidedOn, today), ...(conclusion ? checkConclusion(conclusion, r.appliedOn, today) : [])];
    if (broken.length) {
      errors.push(...broken.map((e) => ({ ...e, index })));
      continue;
    }
    const known = stored.get(number);
    let id: number;
    if (!known) id = await repo.insert(tx, { applicationNumber: number, reportId: report.id, personId: report.personId, employerId: report.employerId, areaCode: report.areaCode, appliedOn: r.appliedOn });
    else if (known.reportId !== report.id || known.appliedOn !== r.appliedOn) {
      errors.push({ index, field: known.reportId !== report.id ? "reportNumber" : "appliedOn", rule: "appraisal.differs", message: `The hub holds application ${number} for another report or day; it is not rewritten by a file.` });
      continue;
    } else id = known.id;
    // The extension first (it precedes the conclusion): added once, never rewritten.
    if (known?.extendedOn && (known.extendedOn !== r.extendedOn || known.extensionReason !== r.extensionReason)) {
      errors.push({ index, field: "extendedOn", rule: "appraisal.extended", message: `The hub holds the extension of ${known.extendedOn} of ${number}; it is not rewritten by a file.` });
      continue;
    }
    if (!known?.extendedOn && r.extendedOn) {
      if (known?.status === AppraisalStatus.CONCLUDED) { errors.push({ index, field: "extendedOn", rule: "appraisal.concluded", message: `${number} is concluded: an extension is not added after it.` }); continue; }
      await repo.extend(tx, id, r.extendedOn, r.extensionReason!);
    }
    if (known?.status === AppraisalStatus.CONCLUDED) {
      const same = conclusion && known.concludedOn === conclusion.concludedOn && known.conclusionNumber === conclusion.conclusionNumber && known.grade === conclusion.grade && known.careLevel === conclusion.careLevel;
      if (!same) errors.push({ index, field: "concludedOn", rule: "appraisal.conclusion-differs", message: `The hub holds the conclusion ${known.conclusionNumber} (${known.concludedOn}) of ${number}; a conclusion is not rewritten by a file.` });
    } else if (conclusion) {
      await repo.conclude(tx, id, conclusion);
      // The case's first conclusion fixes its own wage (computed in prepare, before the transaction).
      const wage = wages.get(report.reportNumber);
      if (wage) await ownWageRepository(db).storeOnce(tx, [{ ...wage, reportId: report.id }]);
    }
  }
  return errors;
}

export const appraisalsImporter: Importer<AppraisalRow> = {
  file: "appraisals.csv", order: 130,
  description: "Labour-capacity appraisals (劳动能力鉴定) by application number, with the committee's conclusion when there is one",
  columns: {
    applicationNumber: cells.text, reportNumber: cells.text, appliedOn: cells.date, concludedOn: cells.optionalDate, conclusionNumber: cells.optionalText,
    grade: cells.optionalInt, careLevel: cells.optionalEnumOf(Object.values(CareLevel)), extendedOn: cells.optionalDate, extensionReason: cells.optionalText,
  },
  check: checkRow,
  // The own wages the new conclusions fix, from enrollment's bases (the file needs the hub running for them).
  prepare: async (caller, rows, db) => {
    const reports = await accidentReportRepository(db, () => UNBOUNDED).byNumbersBounded([...new Set(rows.filter((r) => r.concludedOn).map((r) => r.reportNumber.toUpperCase()))]);
    const cases = [...reports.values()].filter(isRecognized).map((r) => ({ reportNumber: r.reportNumber, reportId: r.id, facts: r }));
    return ownWagesForFile(caller, db, cases, OwnWageOccasion.APPRAISAL);
  },
  write: writeAppraisals,
};
