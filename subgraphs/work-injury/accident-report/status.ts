import { registerEnumType } from "type-graphql";

/** A report's status (报案状态), mutually exclusive (DESIGN §3). */
export enum ReportStatus {
  PENDING_INVESTIGATION = "PENDING_INVESTIGATION",
  PENDING_RECOGNITION = "PENDING_RECOGNITION",
  SUBMITTED = "SUBMITTED",
  NOT_RECOGNIZED = "NOT_RECOGNIZED",
}
registerEnumType(ReportStatus, {
  name: "AccidentReportStatus",
  description: "Status of an accident report (报案状态).",
  valuesConfig: {
    PENDING_INVESTIGATION: { description: "Awaiting investigation (待调查)" },
    PENDING_RECOGNITION: { description: "Investigated, awaiting recognition (待认定)" },
    SUBMITTED: { description: "Sent to the bureau for recognition (已报送上级认定)" },
    NOT_RECOGNIZED: { description: "Closed without recognition (不予认定)" },
  },
});

/** The bureau's decision on a submitted report (认定结论). */
export enum RecognitionDecision {
  RECOGNIZED = "RECOGNIZED",
  REJECTED = "REJECTED",
}
registerEnumType(RecognitionDecision, {
  name: "RecognitionDecision",
  description: "The bureau's recognition decision (工伤认定结论).",
  valuesConfig: {
    RECOGNIZED: { description: "Recognized as a work injury (认定为工伤)" },
    REJECTED: { description: "Not recognized by the bureau (不予认定为工伤)" },
  },
});

export enum Severity {
  MINOR = "MINOR",
  SERIOUS = "SERIOUS",
  FATAL = "FATAL",
}
registerEnumType(Severity, {
  name: "AccidentSeverity",
  description: "Severity of an accident (事故严重程度).",
  valuesConfig: {
    MINOR: { description: "Minor injury (轻伤)" },
    SERIOUS: { description: "Serious injury (重伤)" },
    FATAL: { description: "Fatal (死亡)" },
  },
});

/** The moves of DESIGN §3's table, by the mutation that makes them; anything else is CONFLICT. */
export const MOVES: Record<string, { from: ReportStatus; to: ReportStatus }> = {
  investigate: { from: ReportStatus.PENDING_INVESTIGATION, to: ReportStatus.PENDING_RECOGNITION },
  submit: { from: ReportStatus.PENDING_RECOGNITION, to: ReportStatus.SUBMITTED },
  closeWithoutRecognition: { from: ReportStatus.PENDING_RECOGNITION, to: ReportStatus.NOT_RECOGNIZED },
};
export type Move = keyof typeof MOVES;
