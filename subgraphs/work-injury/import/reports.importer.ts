import { UNBOUNDED } from "../../common/bounds";
import { todayInChina } from "../../common/dates";
import { cells } from "../../common/import/cells";
import type { Importer, IndexedError, WriteContext, RowError } from "../../common/import/importer";
import type { Tx } from "../../common/tx";
import { checkCreditCode } from "../../common/validators/credit-code";
import { checkResidentId } from "../../common/validators/resident-id";
import { accidentReportRepository } from "../accident-report/accident-report.repository";
import { checkMoveDay, checkReportFacts, ReportRecord } from "../accident-report/accident-report.rules";
import { RecognitionDecision, ReportStatus, Severity } from "../accident-report/status";
import { ImportedParties, importParties, insuredOn } from "../parties/batch";
import { OwnWageOccasion } from "../own-wage/own-wage.entity";
import { ownWagesForFile } from "../own-wage/own-wage.import";
import { ownWageRepository } from "../own-wage/own-wage.repository";
import type { OwnWageToStore } from "../own-wage/own-wage.service";

/** One row of accident-reports.csv: the report, the days of its moves along the status table, the bureau's decision. */
export interface ReportRow {
  reportNumber: string;
  idNumber: string;
  creditCode: string;
  occurredOn: string;
  reportedOn: string;
  place: string;
  description: string;
  severity: Severity;
  investigatedOn: string | null;
  submittedOn: string | null;
  closedOn: string | null;
  closeReason: string | null;
  decision: RecognitionDecision | null;
  decisionNumber: string | null;
  decidedOn: string | null;
  decisionReason: string | null;
}

type Step = { to: ReportStatus; on: string; reason: string | null };

/** The status history a row states: received, investigated, then submitted or closed (DESIGN §3's table). */
export function historyOf(r: ReportRow): Step[] {
  const steps: Step[] = [{ to: ReportStatus.PENDING_INVESTIGATION, on: r.reportedOn, reason: null }];
  if (r.investigatedOn) steps.push({ to: ReportStatus.PENDING_RECOGNITION, on: r.investigatedOn, reason: null });
  if (r.submittedOn) steps.push({ to: ReportStatus.SUBMITTED, on: r.submittedOn, reason: null });
  if (r.closedOn) steps.push({ to: ReportStatus.NOT_RECOGNIZED, on: r.closedOn, reason: r.closeReason });
  return steps;
}

export function checkReportRow(r: ReportRow, today = todayInChina()): RowError[] {
  const errors: RowError[] = [...checkReportFacts({ ...r, reportNumber: r.reportNumber.toUpperCase() }, today)];
  const id = checkResidentId(r.idNumber, today);
  if (!id.ok) errors.push({ field: "idNumber", rule: id.rule, message: id.message });
  const code = checkCreditCode(r.creditCode);
  if (!code.ok) errors.push({ field: "creditCode", rule: code.rule, message: code.message });
  const needs = (field: string, what: string, on: string | null) => on ? [] : [{ field, rule: "report.status-order", message: `${what} needs the day investigated (investigatedOn) first.` }];
  if (r.investigatedOn) errors.push(...checkMoveDay("investigatedOn", r.investigatedOn, r.reportedOn, today));
  if (r.submittedOn) errors.push(...needs("submittedOn", "Submitting for recognition", r.investigatedOn), ...(r.investigatedOn ? checkMoveDay("submittedOn", r.submittedOn, r.investigatedOn, today) : []));
  if (r.closedOn) errors.push(...needs("closedOn", "Closing without recognition", r.investigatedOn), ...(r.investigatedOn ? checkMoveDay("closedOn", r.closedOn, r.investigatedOn, today) : []));
  if (r.submittedOn && r.closedOn) errors.push({ field: "closedOn", rule: "report.status-order", message: "A report is either submitted for recognition or closed without it, not both." });
  if (r.closedOn && !r.closeReason) errors.push({ field: "closeReason", rule: "report.reason-required", message: "Closing without recognition needs the reason." });
  if (!r.closedOn && r.closeReason) errors.push({ field: "closeReason", rule: "report.reason-without-close", message: "A close reason belongs to a report closed without recognition (closedOn)." });
  const decided = [r.decision, r.decisionNumber, r.decidedOn].filter((x) => x !== null).length;
  if (decided && decided < 3) errors.push({ field: r.decision ? (r.decisionNumber ? "decidedOn" : "decisionNumber") : "decision", rule: "decision.incomplete", message: "The bureau's decision has its kind, number and day, all three." });
  if (decided && !r.submittedOn) errors.push({ field: "decision", rule: "report.status-order", message: "Only a report submitted for recognition (submittedOn) has the bureau's decision." });
  if (decided === 3 && r.submittedOn) errors.push(...checkMoveDay("decidedOn", r.decidedOn!, r.submittedOn, today));
  if (r.decisionReason && !decided) errors.push({ field: "decisionReason", rule: "decision.incomplete", message: "A decision reason belongs to a decision." });
  return errors;
}

/**
 * Writes the file's reports by report number. A new report is inserted with its history; a known one must
 * be the same case: the same person, employer, days and severity (else `report.differs`: a case's parties are
 * corrected through the graph, never silently by a file), with place and description corrected in place;
 * one of the two histories must begin the other: further moves of the file are added, an older export that
 * says less changes nothing, and histories that part ways (a correction made in the hub, for example) are
 * `report.history-differs`; a decision, once recorded, is the file's or absent from it.
 */
async function writeReports(tx: Tx, rows: ReportRow[], { db, prepared }: WriteContext): Promise<IndexedError[]> {
  const { parties, wages } = prepared as Prepared;
  const repo = accidentReportRepository(db, () => UNBOUNDED);
  const errors: IndexedError[] = [];
  const first = new Map<string, number>();
  const numbers = rows.map((r) => r.reportNumber.toUpperCase());
  const stored = await repo.byNumbers(tx, [...new Set(numbers)]);
  for (const [index, r] of rows.entries()) {
    const number = numbers[index];
    const seen = first.get(number);
    if (seen !== undefined) {
      errors.push({ index, refersTo: seen, field: "reportNumber", rule: "import.duplicate", message: "The report number is in the file twice." });
      continue;
    }
    first.set(number, index);
    const person = parties.people.get(r.idNumber.toUpperCase());
    const employer = parties.employers.get(r.creditCode.toUpperCase());
    if (!person) errors.push({ index, field: "idNumber", rule: "person.unknown", message: "No insured person with this ID number is in the hub (import people.csv first)." });
    if (!employer) errors.push({ index, field: "creditCode", rule: "employer.unknown", message: "No employer with this credit code is in the hub (import employers.csv first)." });
    if (!person || !employer) continue;
    const record: ReportRecord = {
      reportNumber: number, personId: person.id, employerId: employer.id, areaCode: employer.areaCode, industry: employer.industry,
      occurredOn: r.occurredOn, reportedOn: r.reportedOn, place: r.place, description: r.description, severity: r.severity, insured: insuredOn(person, employer.id, r.occurredOn),
    };
    const steps = historyOf(r);
    const known = stored.get(number);
    let id: number;
    let done = 1;
    if (!known) {
      id = await repo.insert(tx, record);
    } else {
      const k = known.report;
      const differs = (["personId", "employerId", "occurredOn", "reportedOn", "severity"] as const).find((f) => k[f] !== record[f]);
      if (differs) {
        errors.push({ index, field: differs === "personId" ? "idNumber" : differs === "employerId" ? "creditCode" : differs, rule: "report.differs", message: `The hub holds report ${number} with another ${differs}; a case's parties and days are corrected through the graph (correctAccidentReportStatus, a new report), not by a file.` });
        continue;
      }
      // One history must begin the other: the file may say more (moves to add) or less (an older export) than the hub.
      const shared = Math.min(known.history.length, steps.length);
      const agree = known.history.slice(0, shared).every((h, i) => h.toStatus === steps[i].to && h.changedOn === steps[i].on && !h.correction)
        && (known.history.length <= steps.length || !known.history.some((h) => h.correction));
      if (!agree) {
        errors.push({ index, field: "reportNumber", rule: "report.history-differs", message: `The hub's status history of ${number} (${known.history.map((h) => `${h.toStatus} ${h.changedOn}`).join(", ")}) and this row's part ways; it was changed in the hub (a correction or another move) and is not rewritten by a file.` });
        continue;
      }
      if (k.decision && r.decision && (k.decision !== r.decision || k.decisionNumber !== r.decisionNumber || k.decidedOn !== r.decidedOn)) {
        errors.push({ index, field: "decision", rule: "report.decision-differs", message: `The hub holds the bureau's decision ${k.decisionNumber} (${k.decision}, ${k.decidedOn}) for ${number}; a decision is not rewritten by a file.` });
        continue;
      }
      id = k.id;
      done = known.history.length;
      if (k.place !== record.place || k.description !== record.description) await repo.setText(tx, id, record.place, record.description);
    }
    for (let i = done; i < steps.length; i++) {
      await repo.move(tx, id, steps[i - 1].to, steps[i].to, steps[i].on, false, steps[i].reason);
      if (steps[i].reason) await repo.setReason(tx, id, steps[i].reason!);
    }
    if (r.decision && !known?.report.decision) {
      await repo.decide(tx, id, { decision: r.decision, decisionNumber: r.decisionNumber!, decisionReason: r.decisionReason, decidedOn: r.decidedOn! });
      // A recognized death fixes the case's own wage (computed in prepare, before the transaction).
      const wage = wages.get(number);
      if (wage) await ownWageRepository(db).storeOnce(tx, [{ ...wage, reportId: id }]);
    }
  }
  return errors;
}

/** What prepare reads through the gateway: the parties, and the own wages of the file's recognized deaths. */
interface Prepared { parties: ImportedParties; wages: Map<string, OwnWageToStore> }

export const reportsImporter: Importer<ReportRow> = {
  file: "accident-reports.csv", order: 100,
  description: "Accident reports (工伤报案) with the days of their status moves and the bureau's decision; people and employers by ID number and credit code",
  columns: {
    reportNumber: cells.text, idNumber: cells.text, creditCode: cells.text, occurredOn: cells.date, reportedOn: cells.date, place: cells.text, description: cells.text,
    severity: cells.enumOf(Object.values(Severity)), investigatedOn: cells.optionalDate, submittedOn: cells.optionalDate, closedOn: cells.optionalDate, closeReason: cells.optionalText,
    decision: cells.optionalEnumOf(Object.values(RecognitionDecision)), decisionNumber: cells.optionalText, decidedOn: cells.optionalDate, decisionReason: cells.optionalText,
  },
  check: (r) => checkReportRow(r),
  // Only well-formed keys are asked for (enrollment refuses a batch with a bad one); the rows with bad ones are refused by check.
  prepare: async (caller, rows, db): Promise<Prepared> => {
    const parties = await importParties(caller, rows.map((r) => r.idNumber.toUpperCase()).filter((k) => checkResidentId(k).ok), rows.map((r) => r.creditCode.toUpperCase()).filter((k) => checkCreditCode(k).ok));
    // The own wages the recognized deaths of the file fix, from enrollment's bases.
    const deaths = rows.flatMap((r) => {
      const person = parties.people.get(r.idNumber.toUpperCase());
      const employer = parties.employers.get(r.creditCode.toUpperCase());
      if (r.severity !== Severity.FATAL || r.decision !== RecognitionDecision.RECOGNIZED || !person || !employer) return [];
      return [{ reportNumber: r.reportNumber, facts: { personId: person.id, employerId: employer.id, areaCode: employer.areaCode, occurredOn: r.occurredOn } }];
    });
    return { parties, wages: await ownWagesForFile(caller, db, deaths, OwnWageOccasion.DEATH) };
  },
  write: writeReports,
};
