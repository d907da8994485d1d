import type { RowError } from "../../common/import/importer";
import { isIsoDate } from "../../common/dates";
import { Severity } from "../accident-report/status";
import type { InterviewRecord, RecordingRecord } from "./investigation.entity";

export interface InvestigationRecord {
  investigator: string;
  siteVisitOn: string | null;
  completedOn: string;
  interviews: InterviewRecord[];
  recordings: RecordingRecord[];
}

const MAX_ITEMS = 50;

/** The record's rules against its report: the days within report → completion, a site visit for a serious or fatal accident. */
export function checkInvestigation(r: InvestigationRecord, report: { occurredOn: string; reportedOn: string; statusOn: string; severity: Severity }, today: string): RowError[] {
  const errors: RowError[] = [];
  if (!r.investigator.trim() || r.investigator.trim().length > 50) errors.push({ field: "investigator", rule: "investigation.investigator", message: "The investigator, 1 to 50 characters." });
  if (!isIsoDate(r.completedOn) || r.completedOn > today) errors.push({ field: "completedOn", rule: "date.not-future", message: "The day completed is a real date, not in the future." });
  else if (r.completedOn < report.statusOn) errors.push({ field: "completedOn", rule: "status.before-previous", message: `The day cannot precede the current status's day (${report.statusOn}).` });
  if (r.siteVisitOn === null) {
    if (report.severity !== Severity.MINOR) errors.push({ field: "siteVisitOn", rule: "investigation.site-visit-required", message: "A serious or fatal accident is visited on site." });
  } else if (!isIsoDate(r.siteVisitOn) || r.siteVisitOn < report.reportedOn || r.siteVisitOn > r.completedOn) {
    errors.push({ field: "siteVisitOn", rule: "investigation.site-visit-day", message: `The site visit is between the report (${report.reportedOn}) and the completion.` });
  }
  for (const [field, list] of [["interviews", r.interviews], ["recordings", r.recordings]] as const) {
    if (list.length > MAX_ITEMS) errors.push({ field, rule: "investigation.too-many", message: `At most ${MAX_ITEMS} ${field}.` });
    list.forEach((x, i) => {
      if (!isIsoDate(x.takenOn) || x.takenOn < report.occurredOn || x.takenOn > r.completedOn) errors.push({ field: `${field}.${i}.takenOn`, rule: "investigation.item-day", message: `Taken between the accident (${report.occurredOn}) and the completion.` });
    });
  }
  r.interviews.forEach((x, i) => {
    if (!Number.isInteger(x.pages) || x.pages < 1 || x.pages > 200) errors.push({ field: `interviews.${i}.pages`, rule: "investigation.pages", message: "An interview record has 1 to 200 pages." });
  });
  r.recordings.forEach((x, i) => {
    if (!Number.isInteger(x.items) || x.items < 1 || x.items > 86_400) errors.push({ field: `recordings.${i}.items`, rule: "investigation.items", message: "A recording has 1 to 86400 seconds or photographs." });
  });
  return errors;
}

/** Met when a serious or fatal accident was visited, or a minor one completed, by the due day. */
export function metStandard(r: InvestigationRecord, severity: Severity, dueBy: string): boolean {
  const day = severity === Severity.MINOR ? r.completedOn : r.siteVisitOn ?? r.completedOn;
  return day <= dueBy;
}
