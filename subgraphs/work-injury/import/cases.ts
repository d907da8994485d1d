import type { DataSource } from "typeorm";
import { UNBOUNDED } from "../../common/bounds";
import type { IndexedError, WriteContext } from "../../common/import/importer";
import { workInjuryConfig, WorkInjuryConfig } from "../config";
import type { Tx } from "../../common/tx";
import type { AccidentReport } from "../accident-report/accident-report.entity";
import { accidentReportRepository } from "../accident-report/accident-report.repository";
import { isRecognized } from "../accident-report/recognized";

/**
 * The reports a case file names by report number (qualification checks, payments …), read once per file:
 * `recognized(index, number, rule)` is the report recognized as a work injury, or null with the row's error
 * pushed (`report.unknown`, or `rule` for a report not recognized), as the mutations refuse them.
 */
export async function recognizedCases(tx: Tx, db: DataSource, numbers: readonly string[], errors: IndexedError[]) {
  const stored = await accidentReportRepository(db, () => UNBOUNDED).byNumbers(tx, [...new Set(numbers.map((n) => n.toUpperCase()))]);
  return (index: number, number: string, rule: string): (AccidentReport & { decidedOn: string }) | null => {
    const report = stored.get(number.toUpperCase())?.report;
    if (!report) {
      errors.push({ index, field: "reportNumber", rule: "report.unknown", message: "No accident report with this number is in the hub (import accident-reports.csv first)." });
      return null;
    }
    if (!isRecognized(report)) {
      errors.push({ index, field: "reportNumber", rule, message: `Only a report recognized as a work injury allows this; ${report.reportNumber} is ${report.status}${report.decision ? `, ${report.decision}` : ""}.` });
      return null;
    }
    return report as AccidentReport & { decidedOn: string };
  };
}

/** The configured days of work-injury's deadlines, for files whose rows get a due day. */
export function deadlineDays(config: WriteContext["config"], file: string): WorkInjuryConfig {
  if (!config) throw new Error(`${file} needs the hub's config (its days) to compute the deadlines.`);
  return workInjuryConfig.parse(config);
}

/** The stored reports (with their history) a file names by report number, read once per file. */
export function reportsNamed(tx: Tx, db: DataSource, rows: readonly { reportNumber: string }[]) {
  return accidentReportRepository(db, () => UNBOUNDED).byNumbers(tx, [...new Set(rows.map((r) => r.reportNumber.toUpperCase()))]);
}
