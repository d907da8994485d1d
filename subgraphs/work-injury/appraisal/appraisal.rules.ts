import type { RowError } from "../../common/import/importer";
import { isIsoDate } from "../../common/dates";
import { fileNumberMessage, isFileNumber } from "../../common/validators/file-number";
import { CareLevel } from "./appraisal.entity";

/** The committee's conclusion as written (mutation, demo): the one set of rules both pass. */
export interface ConclusionRecord {
  concludedOn: string;
  conclusionNumber: string;
  grade: number | null;
  careLevel: CareLevel | null;
}

export function checkApplicationNumber(n: string): RowError[] {
  return isFileNumber(n) ? [] : [{ field: "applicationNumber", rule: "appraisal.number", message: fileNumberMessage("An application number") }];
}

/** An application's day: a real date, not in the future, not before the recognition decision. */
export function checkAppliedOn(appliedOn: string, decidedOn: string, today: string): RowError[] {
  if (!isIsoDate(appliedOn) || appliedOn > today) return [{ field: "appliedOn", rule: "date.not-future", message: "The day applied is a real date, not in the future." }];
  if (appliedOn < decidedOn) return [{ field: "appliedOn", rule: "appraisal.before-recognition", message: `An appraisal is applied for after the recognition decision (${decidedOn}).` }];
  return [];
}

export function checkConclusion(c: ConclusionRecord, appliedOn: string, today: string): RowError[] {
  const errors: RowError[] = [];
  if (!isIsoDate(c.concludedOn) || c.concludedOn > today) errors.push({ field: "concludedOn", rule: "date.not-future", message: "The day of the conclusion is a real date, not in the future." });
  else if (c.concludedOn < appliedOn) errors.push({ field: "concludedOn", rule: "appraisal.before-application", message: `A conclusion cannot precede the application (${appliedOn}).` });
  if (!c.conclusionNumber.trim()) errors.push({ field: "conclusionNumber", rule: "appraisal.conclusion-number", message: "A conclusion has its number." });
  if (c.grade !== null && (!Number.isInteger(c.grade) || c.grade < 1 || c.grade > 10)) errors.push({ field: "grade", rule: "appraisal.grade", message: "A disability grade is a whole number from 1 to 10, or null for none." });
  if (c.careLevel !== null && !Object.values(CareLevel).includes(c.careLevel)) errors.push({ field: "careLevel", rule: "appraisal.care-level", message: "Unknown care level." });
  // A care level is part of a disability conclusion: without a grade there is no care allowance.
  else if (c.careLevel !== null && c.grade === null) errors.push({ field: "careLevel", rule: "appraisal.care-without-grade", message: "A care level needs a disability grade." });
  return errors;
}
