import type { RowError } from "../../common/import/importer";
import { isIsoDate } from "../../common/dates";
import { fileNumberMessage, isFileNumber } from "../../common/validators/file-number";
import { AREA_CODE_MESSAGE, AREA_CODE_RULE, isAreaCode } from "../../common/validators/area-code";
import { Severity } from "./status";

/** A report as written (mutation, demo): the one set of rules both pass. */
export interface ReportRecord {
  reportNumber: string;
  personId: number;
  employerId: number;
  areaCode: string;
  industry: string;
  occurredOn: string;
  reportedOn: string;
  place: string;
  description: string;
  severity: Severity;
  insured: boolean;
}

/** What the reporter states; the parties (person, employer, area, industry, insured) come from enrollment. */
export type ReportFacts = Pick<ReportRecord, "reportNumber" | "occurredOn" | "reportedOn" | "place" | "description" | "severity">;

/** The rules of a whole record (demo, import): the stated facts and the parties' area code. */
export function checkReport(r: ReportRecord, today: string): RowError[] {
  return [
    ...(isAreaCode(r.areaCode) ? [] : [{ field: "areaCode", rule: AREA_CODE_RULE, message: AREA_CODE_MESSAGE }]),
    ...checkReportFacts(r, today),
  ];
}

export function checkReportFacts(r: ReportFacts, today: string): RowError[] {
  const errors: RowError[] = [];
  if (!isFileNumber(r.reportNumber)) errors.push({ field: "reportNumber", rule: "report.number", message: fileNumberMessage("A report number") });
  if (!isIsoDate(r.occurredOn) || r.occurredOn > today) errors.push({ field: "occurredOn", rule: "date.not-future", message: "The accident day is a real date, not in the future." });
  if (!isIsoDate(r.reportedOn) || r.reportedOn > today) errors.push({ field: "reportedOn", rule: "date.not-future", message: "The report day is a real date, not in the future." });
  else if (isIsoDate(r.occurredOn) && r.reportedOn < r.occurredOn) errors.push({ field: "reportedOn", rule: "report.before-accident", message: "A report cannot precede the accident." });
  if (!r.place.trim()) errors.push({ field: "place", rule: "report.place", message: "A report names the place of the accident." });
  if (!r.description.trim()) errors.push({ field: "description", rule: "report.description", message: "A report describes the accident." });
  if (!Object.values(Severity).includes(r.severity)) errors.push({ field: "severity", rule: "report.severity", message: "Unknown severity." });
  return errors;
}

/** A status move's day: a real date, not before the current status's day, not in the future. */
export function checkMoveDay(field: string, on: string, since: string, today: string): RowError[] {
  if (!isIsoDate(on) || on > today) return [{ field, rule: "date.not-future", message: "The day is a real date, not in the future." }];
  if (on < since) return [{ field, rule: "status.before-previous", message: `The day cannot precede the current status's day (${since}).` }];
  return [];
}
