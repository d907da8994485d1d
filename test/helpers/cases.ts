import type { TestHub } from "./hub";

const REPORT = `mutation R($input: ReportAccidentInput!) { reportAccident(input: $input) { id } }`;
const MOVE = (name: string) => `mutation M($input: ReportMoveInput!) { ${name}(input: $input) { id } }`;
const INVESTIGATE = `mutation I($input: RecordInvestigationInput!) { recordInvestigation(input: $input) { id } }`;
const DECIDE = `mutation D($input: RecordDecisionInput!) { recordRecognitionDecision(input: $input) { id } }`;

/** Records a report's investigation with its site visit, both on `on` (any severity): PENDING_RECOGNITION. */
export async function investigate(hub: TestHub, token: string, reportId: string, on: string): Promise<void> {
  const res = await hub.query<any>(INVESTIGATE, { input: { reportId, investigator: "调查员", siteVisitOn: on, completedOn: on } }, token);
  if (res.errors) throw new Error(`recordInvestigation: ${res.errors[0].message}`);
}

export interface RecognizedOptions {
  decision?: "RECOGNIZED" | "REJECTED";
  decidedOn?: string;
  investigatedOn?: string;
  submittedOn?: string;
  /** Fields of the report itself (severity, parties, days). */
  report?: Record<string, unknown>;
}

/**
 * Work-injury cases filed through the gateway for tests: `report()` files one (accident 2025-03-01,
 * reported the next day, person and employer 1, minor), `recognized()` takes it along the table to the
 * bureau's decision (investigated 03-05, submitted 03-10, decided 04-01 by default). Report numbers are
 * `prefix` + a sequence, so each test file keeps its own.
 */
export function caseFiler(hub: TestHub, token: string, prefix: string) {
  let n = 0;
  const ok = async (query: string, input: Record<string, unknown>) => {
    const res = await hub.query<any>(query, { input }, token);
    if (res.errors) throw new Error(`${query.slice(9, 40)}…: ${res.errors[0].message}`);
    return res.data;
  };
  const report = async (over: Record<string, unknown> = {}): Promise<string> =>
    (await ok(REPORT, { reportNumber: `${prefix}${String(++n).padStart(6, "0")}`, personId: "1", employerId: "1", occurredOn: "2025-03-01", reportedOn: "2025-03-02", place: "车间", description: "手部划伤", severity: "MINOR", ...over })).reportAccident.id;
  const recognized = async (o: RecognizedOptions = {}): Promise<string> => {
    const id = await report(o.report);
    const on = o.investigatedOn ?? "2025-03-05";
    // A serious or fatal accident is investigated with its site visit; the bare move is for minor ones.
    if ((o.report?.severity ?? "MINOR") === "MINOR") await ok(MOVE("completeInvestigation"), { reportId: id, on });
    else await investigate(hub, token, id, on);
    await ok(MOVE("submitForRecognition"), { reportId: id, on: o.submittedOn ?? "2025-03-10" });
    await ok(DECIDE, { reportId: id, decision: o.decision ?? "RECOGNIZED", decisionNumber: `SRS-${prefix}${n}`, decidedOn: o.decidedOn ?? "2025-04-01" });
    return id;
  };
  return { report, recognized };
}
