import type { RowError } from "../../common/import/importer";
import { isIsoDate } from "../../common/dates";
import { fileNumberMessage, isFileNumber } from "../../common/validators/file-number";
import { AREA_CODE_MESSAGE, AREA_CODE_RULE, isAreaCode } from "../../common/validators/area-code";
import { TrainingMode } from "./training.entity";

/** A training as written (mutation, demo): the one set of rules both pass. */
export interface TrainingRecord {
  sessionNumber: string;
  areaCode: string;
  heldOn: string;
  title: string;
  mode: TrainingMode;
  enterprises: number;
  attendees: number;
}

/** Largest plausible session (a county's whole insured workforce would not fit one room or stream). */
export const MAX_ATTENDEES = 100_000;

export function checkTraining(t: TrainingRecord, today: string): RowError[] {
  const errors: RowError[] = [];
  if (!isFileNumber(t.sessionNumber)) errors.push({ field: "sessionNumber", rule: "training.number", message: fileNumberMessage("A session number") });
  if (!isAreaCode(t.areaCode)) errors.push({ field: "areaCode", rule: AREA_CODE_RULE, message: AREA_CODE_MESSAGE });
  if (!isIsoDate(t.heldOn) || t.heldOn > today) errors.push({ field: "heldOn", rule: "date.not-future", message: "The day held is a real date, not in the future." });
  if (!t.title.trim()) errors.push({ field: "title", rule: "training.title", message: "A training has a title." });
  if (!Object.values(TrainingMode).includes(t.mode)) errors.push({ field: "mode", rule: "training.mode", message: "Unknown training mode." });
  if (!Number.isInteger(t.attendees) || t.attendees < 1 || t.attendees > MAX_ATTENDEES) errors.push({ field: "attendees", rule: "training.attendees", message: `Attendees are a whole number from 1 to ${MAX_ATTENDEES}.` });
  // Every enterprise counted sent someone: more enterprises than attendees is an entry error.
  else if (!Number.isInteger(t.enterprises) || t.enterprises < 0 || t.enterprises > t.attendees) errors.push({ field: "enterprises", rule: "training.enterprises", message: "Enterprises are a whole number from 0 to the attendees." });
  return errors;
}
