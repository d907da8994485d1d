import { addDays, addYears, daysLeft, dueAfterDays } from "../../common/dates";
import { Severity } from "../accident-report/status";
import type { WorkInjuryConfig } from "../config";

/**
 * The service's deadlines (DESIGN §3), pure: calendar days, the start day not counted (dates.dueAfterDays),
 * no rolling past holidays; "1 year" is the same date a year later (29 Feb → 28 Feb). A deadline is
 * met on its due day and overdue from the day after.
 */
export type DeadlineKind = "APPLICATION" | "INVESTIGATION" | "RECOGNITION" | "APPRAISAL";
export type Applicant = "EMPLOYER" | "WORKER" | "RELATIVE" | "UNION";

type Days = Pick<WorkInjuryConfig, "INJURY_MINOR_INVESTIGATION_DAYS" | "INJURY_SERIOUS_INVESTIGATION_DAYS" | "INJURY_EMPLOYER_APPLICATION_DAYS" | "INJURY_RECOGNITION_DAYS" | "INJURY_RECOGNITION_CLEAR_DAYS">;

/** Days the appraisal committee has after receiving an application (劳动能力鉴定, 条例第25条), +30 when extended. */
export const APPRAISAL_DAYS = 60;

/** Visit serious and fatal accidents promptly (default the day reported), investigate minor ones within 7 days. */
export function investigationDue(reportedOn: string, severity: Severity, days: Days): string {
  return dueAfterDays(reportedOn, severity === Severity.MINOR ? days.INJURY_MINOR_INVESTIGATION_DAYS : days.INJURY_SERIOUS_INVESTIGATION_DAYS);
}

/** The employer applies within 30 days of the accident (条例第17条 ¶1); the worker, a relative or the union within 1 year (¶2). */
export function applicationDue(occurredOn: string, applicant: Applicant, days: Days): string {
  return applicant === "EMPLOYER" ? dueAfterDays(occurredOn, days.INJURY_EMPLOYER_APPLICATION_DAYS) : addYears(occurredOn, 1);
}

/** The bureau decides within 60 days of accepting (15 when the facts are clear, 条例第20条); each completed suspension (中止) adds its days. */
export function recognitionDue(acceptedOn: string, clearFacts: boolean, suspendedDays: number, days: Days): string {
  return addDays(dueAfterDays(acceptedOn, clearFacts ? days.INJURY_RECOGNITION_CLEAR_DAYS : days.INJURY_RECOGNITION_DAYS), suspendedDays);
}

/** Days the committee may add once, when the case is complex (条例第25条 ¶2). */
export const APPRAISAL_EXTENSION_DAYS = 30;

export function appraisalDue(appliedOn: string, extended = false): string {
  return dueAfterDays(appliedOn, APPRAISAL_DAYS + (extended ? APPRAISAL_EXTENSION_DAYS : 0));
}

/** The latest day a case could have started and still be on time on `asOf`, for a deadline of `days` days: SQL compares the start with it. */
export function latestOnTimeStart(asOf: string, days: number): string {
  return addDays(asOf, -days);
}

export interface DeadlineState {
  dueBy: string;
  /** 0 on the due day, negative once overdue. */
  daysLeft: number;
  overdue: boolean;
}

export function deadlineState(dueBy: string, asOf: string): DeadlineState {
  const left = daysLeft(dueBy, asOf);
  return { dueBy, daysLeft: left, overdue: left < 0 };
}
