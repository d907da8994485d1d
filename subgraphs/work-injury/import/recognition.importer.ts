import { UNBOUNDED } from "../../common/bounds";
import { todayInChina } from "../../common/dates";
import { cells } from "../../common/import/cells";
import type { Importer, IndexedError, WriteContext } from "../../common/import/importer";
import type { Tx } from "../../common/tx";
import { ReportStatus } from "../accident-report/status";
import { Applicant, applicationDue, recognitionDue } from "../late-case/deadline.rules";
import { recognitionRepository } from "../recognition/recognition.repository";
import { firstOfKey } from "../../common/import/first-of-key";
import { deadlineDays, reportsNamed } from "./cases";

const APPLICANTS: Applicant[] = ["EMPLOYER", "WORKER", "RELATIVE", "UNION"];

export interface ApplicationRow {
  reportNumber: string;
  applicant: Applicant;
  appliedOn: string;
  acceptedOn: string | null;
  clearFacts: boolean | null;
}

/**
 * Recognition applications, one per report (the mutation's rules): flagged `filedLate` after the applicant's
 * limit, the decision due from the acceptance. A known application must have the same applicant and day
 * (`recognition.differs`); its acceptance is added once and never rewritten (`recognition.accepted`).
 * Suspensions (中止) are recorded through the graph (suspendRecognition / resumeRecognition).
 */
async function writeApplications(tx: Tx, rows: ApplicationRow[], { db, config }: WriteContext): Promise<IndexedError[]> {
  const days = deadlineDays(config, "recognition-applications.csv");
  const errors: IndexedError[] = [];
  const reports = await reportsNamed(tx, db, rows);
  const repo = recognitionRepository(db, () => UNBOUNDED);
  const stored = await repo.ofReportsInTx(tx, [...reports.values()].map((r) => r.report.id));
  const first = firstOfKey(errors, "reportNumber");
  const today = todayInChina();
  for (const [index, r] of rows.entries()) {
    const number = r.reportNumber.toUpperCase();
    if (!first(index, number)) continue;
    const report = reports.get(number)?.report;
    const bad = (field: string, rule: string, message: string) => errors.push({ index, field, rule, message });
    if (!report) { bad("reportNumber", "report.unknown", "No accident report with this number is in the hub (import accident-reports.csv first)."); continue; }
    if (report.status === ReportStatus.NOT_RECOGNIZED) { bad("reportNumber", "recognition.closed", "The report was closed without recognition."); continue; }
    if (r.appliedOn > today) { bad("appliedOn", "date.not-future", "The day is a real date, not in the future."); continue; }
    if (r.appliedOn < report.occurredOn) { bad("appliedOn", "recognition.before-accident", `The day cannot precede the accident (${report.occurredOn}).`); continue; }
    if (r.acceptedOn && (r.acceptedOn > today || r.acceptedOn < r.appliedOn)) { bad("acceptedOn", r.acceptedOn > today ? "date.not-future" : "recognition.before-application", `Accepted on or after the application (${r.appliedOn}), not in the future.`); continue; }
    if (!r.acceptedOn && r.clearFacts !== null) { bad("clearFacts", "recognition.clear-facts-without-acceptance", "Clear facts (事实清楚) are found at the acceptance: give acceptedOn."); continue; }
    const known = stored.get(report.id);
    let id: number;
    if (!known) {
      const applicationDueBy = applicationDue(report.occurredOn, r.applicant, days);
      id = await repo.insert(tx, { reportId: report.id, applicant: r.applicant, appliedOn: r.appliedOn, applicationDueBy, filedLate: r.appliedOn > applicationDueBy }, report);
    } else if (known.applicant !== r.applicant || known.appliedOn !== r.appliedOn) {
      bad(known.applicant !== r.applicant ? "applicant" : "appliedOn", "recognition.differs", `The hub holds the application for ${number} by ${known.applicant} on ${known.appliedOn}; it is not rewritten by a file.`);
      continue;
    } else id = known.id;
    if (known?.acceptedOn) {
      if (known.acceptedOn !== r.acceptedOn || known.clearFacts !== (r.clearFacts ?? false)) bad("acceptedOn", "recognition.accepted", `The hub holds the acceptance of ${known.acceptedOn}; it is not rewritten by a file.`);
    } else if (r.acceptedOn) {
      await repo.accept(tx, id, r.acceptedOn, r.clearFacts ?? false, recognitionDue(r.acceptedOn, r.clearFacts ?? false, 0, days));
    }
  }
  return errors;
}

export const recognitionImporter: Importer<ApplicationRow> = {
  file: "recognition-applications.csv", order: 102,
  description: "Recognition applications (工伤认定申请), one per report, with the bureau's acceptance when there is one",
  columns: { reportNumber: cells.text, applicant: cells.enumOf(APPLICANTS), appliedOn: cells.date, acceptedOn: cells.optionalDate, clearFacts: cells.optionalBoolean },
  check: () => [],
  write: writeApplications,
};
