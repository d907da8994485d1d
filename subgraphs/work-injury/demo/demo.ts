import type { DataSource } from "typeorm";
import type { Random } from "../../../demo/random";
import type { World, WorldAccident, WorldEnrollment } from "../../../demo/world.types";
import type { DemoPlugin } from "../../common/demo/plugin";
import { addDays, dateOf } from "../../common/dates";
import { withTransaction } from "../../common/tx";
import { accidentReportRepository } from "../accident-report/accident-report.repository";
import { checkReport, ReportRecord } from "../accident-report/accident-report.rules";
import { parameterRepository } from "../parameter/parameter.repository";
import { dependantRepository } from "../dependant/dependant.repository";
import { DependantRelation } from "../dependant/dependant.entity";
import { checkDependant, DependantRecord } from "../dependant/dependant.rules";
import { checkParameter } from "../parameter/parameter.rules";
import { UNBOUNDED } from "../../common/bounds";
import { ReportStatus, Severity } from "../accident-report/status";
import { CareLevel } from "../appraisal/appraisal.entity";
import { appraisalRepository } from "../appraisal/appraisal.repository";
import { checkConclusion } from "../appraisal/appraisal.rules";
import { TrainingMode } from "../training/training.entity";
import { trainingRepository } from "../training/training.repository";
import type { Tx } from "../../common/tx";
import { paymentRepository } from "../payment/payment.repository";
import { checkPaymentRecord } from "../payment/payment.rules";
import { qualificationRepository } from "../qualification/qualification.repository";
import { BenefitCase, planBenefits, demoParameters } from "./benefits";
import { OwnWageCase, writeOwnWages } from "./own-wages";
import { OwnWageOccasion } from "../own-wage/own-wage.entity";
import { workInjuryConfig } from "../config";
import { applicationDue, investigationDue, recognitionDue } from "../late-case/deadline.rules";
import { IntervieweeRole, RecordingKind } from "../investigation/investigation.entity";
import { investigationRepository } from "../investigation/investigation.repository";
import { checkInvestigation, metStandard } from "../investigation/investigation.rules";
import { recognitionRepository } from "../recognition/recognition.repository";
import { checkTraining, TrainingRecord } from "../training/training.rules";

/**
 * The seed's 2024 appraisals (DESIGN §5): 385 applied for, 376 concluded by 31 December — grade 1–4: 1,
 * 5–6: 2, 7–10: 365, none: 8 — on reports recognized early enough; the other 9 applied for in
 * December, two of them concluded in January of the next year (pending in the year's figures all the same).
 */
const APPRAISAL_GRADES: (number | null)[] = [3, 5, 6, ...Array.from({ length: 365 }, (_, i) => 7 + (i % 4)), ...Array<null>(8).fill(null)];
const APPRAISALS_PENDING = 9;

interface DemoAppraisal { caseIndex: number; appliedOn: string; conclusion: { concludedOn: string; grade: number | null; careLevel: CareLevel | null } | null }

function drawAppraisals(cases: DemoCase[], year: number, random: Random): DemoAppraisal[] {
  const yearEnd = `${year}-12-31`;
  const recognized = cases.map((c, i) => ({ c, i })).filter(({ c }) => c.decision?.decision === "RECOGNIZED" && c.decision.on.startsWith(String(year)));
  const early = recognized.filter(({ c }) => c.decision!.on <= `${year}-10-31`);
  const late = recognized.filter(({ c }) => c.decision!.on > `${year}-10-31` && c.decision!.on <= `${year}-12-15`);
  const pendingFrom = [...late, ...early.slice(APPRAISAL_GRADES.length)];
  if (early.length < APPRAISAL_GRADES.length || pendingFrom.length < APPRAISALS_PENDING) throw new Error(`demo appraisals: ${early.length} early and ${pendingFrom.length} late recognized reports are too few`);
  const out: DemoAppraisal[] = APPRAISAL_GRADES.map((grade, k) => {
    const { c, i } = early[k];
    const appliedOn = addDays(c.decision!.on, random.int(3, 20));
    const concludedOn = addDays(appliedOn, random.int(10, 40));
    return { caseIndex: i, appliedOn, conclusion: { concludedOn: concludedOn > yearEnd ? yearEnd : concludedOn, grade, careLevel: grade !== null && grade <= 4 ? CareLevel.MOSTLY : null } };
  });
  for (let k = 0; k < APPRAISALS_PENDING; k++) {
    const { c, i } = pendingFrom[k];
    const appliedOn = dateOf(year, 12, random.int(16, 31));
    out.push({ caseIndex: i, appliedOn: appliedOn < c.decision!.on ? c.decision!.on : appliedOn, conclusion: k < 2 ? { concludedOn: dateOf(year + 1, 1, 20 + k), grade: 9, careLevel: null } : null });
  }
  return out;
}

/**
 * Prevention trainings (预防培训): the seed's 2024-11-13 session (60 enterprises, 90 attendees, the
 * online platform open as well) and one in the year before, so a year's figures are that year's only.
 */
function trainings(world: World): TrainingRecord[] {
  const { year, countyCode } = world.params;
  return [
    { sessionNumber: `PX${year - 1}001`, areaCode: countyCode, heldOn: `${year - 1}-10-18`, title: "工伤预防能力提升培训（示例数据）", mode: TrainingMode.ONSITE, enterprises: 45, attendees: 70 },
    { sessionNumber: `PX${year}001`, areaCode: countyCode, heldOn: `${year}-11-13`, title: "工伤预防能力提升培训", mode: TrainingMode.BOTH, enterprises: 60, attendees: 90 },
  ];
}

/**
 * The seed's 2024 reports by status as at 31 December (DESIGN §5): fixed counts at any demo scale, the
 * people and employers drawn from the world's work-injury enrollments. Two of the year's pending cases
 * move on in January of the next year, so the figures must read the status at year end, not today's.
 */
const SEED_2024: Record<ReportStatus, number> = {
  [ReportStatus.SUBMITTED]: 663,
  [ReportStatus.NOT_RECOGNIZED]: 9,
  [ReportStatus.PENDING_RECOGNITION]: 32,
  [ReportStatus.PENDING_INVESTIGATION]: 8,
};
/** Cases reported in the previous December and still open in the report year (they move in it). */
const CARRIED_OVER = 6;

interface DemoCase {
  accident: WorldAccident;
  record: Omit<ReportRecord, "personId" | "employerId">;
  /** Status moves after the report: [status, day, reason]. */
  moves: [ReportStatus, string, string | null][];
  decision: { decision: "RECOGNIZED" | "REJECTED"; number: string; on: string } | null;
  /** A long-term beneficiary's (老工伤) earlier injury, concluded with this grade and care level. */
  longTerm?: { grade: number; careLevel: CareLevel | null };
  /** The employer never applied for recognition (单位未申请): late for APPLICATION ever since. */
  noApplication?: boolean;
}

/** Long-term beneficiaries (老工伤): injuries of earlier years graded 1–4, drawing monthly items year after year. */
const LONG_TERM: { grade: number; careLevel: CareLevel | null }[] = [
  { grade: 1, careLevel: CareLevel.FULLY }, { grade: 2, careLevel: CareLevel.MOSTLY }, { grade: 3, careLevel: CareLevel.PARTLY }, { grade: 4, careLevel: null }, { grade: 2, careLevel: CareLevel.MOSTLY },
];

function day(random: Random, year: number, fromMonth: number, toMonth: number): string {
  const month = random.int(fromMonth, toMonth);
  return dateOf(year, month, random.int(1, 28));
}

/** Draws the demo cases (deterministic: the same world and fork give the same cases, in load and shareIds). */
function drawCases(world: World, random: Random): DemoCase[] {
  const year = world.calendar.year;
  const employers = new Map(world.employers.map((e) => [e.creditCode, e]));
  const insured = world.enrollments.filter((e) => e.insurance === "WORK_INJURY");
  const activeOn = (e: WorldEnrollment, d: string) => e.startDate <= d && (!e.endDate || e.endDate >= d);
  const cases: DemoCase[] = [];
  let n = 0;
  const make = (status: ReportStatus, reportedOn: string, occurredOn: string, yearEnd: string, uninsured = false): DemoCase => {
    n += 1;
    const reportNumber = `GS${reportedOn.slice(0, 4)}${String(n).padStart(5, "0")}`;
    let enrollment = random.pick(insured);
    for (let tries = 0; tries < 50 && !activeOn(enrollment, occurredOn); tries++) enrollment = random.pick(insured);
    let idNumber = enrollment.idNumber;
    let creditCode = enrollment.creditCode;
    if (uninsured) {
      // A person working for an employer they are not insured with: the employer is liable (未参保).
      const other = world.employers.find((e) => e.creditCode !== creditCode && !insured.some((x) => x.idNumber === idNumber && x.creditCode === e.creditCode && activeOn(x, occurredOn)));
      creditCode = other!.creditCode;
    }
    const isInsured = insured.some((x) => x.idNumber === idNumber && x.creditCode === creditCode && activeOn(x, occurredOn));
    const employer = employers.get(creditCode)!;
    const severity = random.chance(0.03) ? Severity.FATAL : random.chance(0.2) ? Severity.SERIOUS : Severity.MINOR;
    const moves: DemoCase["moves"] = [];
    let decision: DemoCase["decision"] = null;
    const investigated = addDays(reportedOn, severity === Severity.MINOR ? random.int(1, 7) : 0);
    if (status !== ReportStatus.PENDING_INVESTIGATION) moves.push([ReportStatus.PENDING_RECOGNITION, investigated, null]);
    const next = addDays(investigated, random.int(1, 20));
    if (status === ReportStatus.SUBMITTED) {
      moves.push([ReportStatus.SUBMITTED, next, null]);
      const on = addDays(next, random.int(5, 40));
      if (on <= yearEnd) decision = { decision: random.chance(0.98) ? "RECOGNIZED" : "REJECTED", number: `SRS${reportNumber.slice(2)}`, on };
    }
    if (status === ReportStatus.NOT_RECOGNIZED) moves.push([ReportStatus.NOT_RECOGNIZED, next, "非因工作原因受伤（illustrative）"]);
    return {
      accident: { reportNumber, idNumber, creditCode, occurredOn, severity, hospitalized: severity !== Severity.MINOR || random.chance(0.3) },
      record: {
        reportNumber, areaCode: employer.areaCode, industry: employer.industry, occurredOn, reportedOn,
        place: `${employer.name}生产车间`, description: "作业中受伤（示例数据）", severity, insured: isInsured,
      },
      moves,
      decision,
    };
  };
  // The previous year's December reports, still open at its end, moving on in the report year.
  for (let i = 0; i < CARRIED_OVER; i++) {
    const reportedOn = dateOf(year - 1, 12, random.int(20, 28));
    const c = make(ReportStatus.SUBMITTED, reportedOn, addDays(reportedOn, -1), `${year}-12-31`);
    c.moves = [[ReportStatus.PENDING_RECOGNITION, dateOf(year, 1, random.int(2, 10)), null], [ReportStatus.SUBMITTED, dateOf(year, 1, random.int(15, 28)), null]];
    c.decision = { decision: "RECOGNIZED", number: `SRS${c.record.reportNumber.slice(2)}`, on: dateOf(year, 3, 1) };
    cases.push(c);
  }
  const yearEnd = `${year}-12-31`;
  for (const [status, count] of Object.entries(SEED_2024) as [ReportStatus, number][]) {
    for (let i = 0; i < count; i++) {
      // Pending cases are the year's last ones; closed ones happened early enough to move within it.
      const reportedOn = status === ReportStatus.PENDING_INVESTIGATION ? dateOf(year, 12, random.int(24, 31))
        : status === ReportStatus.PENDING_RECOGNITION ? dateOf(year, 12, random.int(1, 10))
        : day(random, year, 1, 10);
      const occurredOn = addDays(reportedOn, -random.int(0, 3));
      const c = make(status, reportedOn, occurredOn, yearEnd, status === ReportStatus.SUBMITTED && i === 0);
      if (status === ReportStatus.PENDING_RECOGNITION) c.moves = c.moves.map(([s, d, r]) => [s, d > yearEnd ? yearEnd : d, r] as [ReportStatus, string, string | null]);
      // Two of the year's pending cases are sent on in January: counted pending at year end all the same.
      if (status === ReportStatus.PENDING_RECOGNITION && i < 2) c.moves.push([ReportStatus.SUBMITTED, dateOf(year + 1, 1, 10 + i), null]);
      cases.push(c);
    }
  }
  // Drawn last, so the year's cases above stay the same draws.
  for (const [k, lt] of LONG_TERM.entries()) {
    const reportedOn = dateOf(year - 2 - k, random.int(2, 10), random.int(1, 28));
    const c = make(ReportStatus.SUBMITTED, reportedOn, addDays(reportedOn, -1), yearEnd);
    c.record.severity = c.accident.severity = Severity.SERIOUS;
    c.decision = { decision: "RECOGNIZED", number: `SRS${c.record.reportNumber.slice(2)}`, on: addDays(reportedOn, 45) };
    c.longTerm = lt;
    cases.push(c);
  }
  // Two cases of two years before whose employer never applied: investigated, awaiting the worker's own application.
  for (let k = 0; k < 2; k++) {
    const reportedOn = dateOf(year - 2, 3 + k, 10);
    const c = make(ReportStatus.PENDING_RECOGNITION, reportedOn, addDays(reportedOn, -1), yearEnd);
    c.noApplication = true;
    cases.push(c);
  }
  return cases;
}

const DEADLINES = workInjuryConfig.parse({});

/** The investigation behind a report's move to PENDING_RECOGNITION: a site visit for serious and fatal accidents, the worker's interview. */
async function writeInvestigation(tx: Tx, repo: ReturnType<typeof investigationRepository>, id: number, r: ReportRecord, completedOn: string): Promise<void> {
  const record = {
    investigator: "工伤调查部（示例数据）", siteVisitOn: r.severity === Severity.MINOR ? null : r.reportedOn, completedOn,
    interviews: [{ role: IntervieweeRole.WORKER, takenOn: completedOn, pages: 3 }], recordings: r.severity === Severity.MINOR ? [] : [{ kind: RecordingKind.PHOTO, takenOn: r.reportedOn, items: 8 }],
  };
  const errors = checkInvestigation(record, { ...r, statusOn: r.reportedOn }, "9999-12-31");
  if (errors.length) throw new Error(`demo investigation of ${r.reportNumber}: ${errors.map((e) => e.rule).join(", ")}`);
  const dueBy = investigationDue(r.reportedOn, r.severity, DEADLINES);
  await repo.insert(tx, id, r, record, dueBy, metStandard(record, r.severity, dueBy));
}

/**
 * Recognition applications (工伤认定申请): every case sent to the bureau was applied for by the employer a
 * few days after the report and accepted the day it was sent (clear facts for minor injuries); every
 * 50th was applied for by the worker instead, and every 97th by the employer after its 30 days (filedLate).
 * Cases awaiting recognition were applied for, not yet accepted. Closed and uninvestigated ones have none.
 */
async function writeApplication(tx: Tx, repo: ReturnType<typeof recognitionRepository>, c: DemoCase, id: number, r: ReportRecord, n: number): Promise<void> {
  const submitted = c.moves.find(([s]) => s === ReportStatus.SUBMITTED)?.[1];
  const pending = c.moves.some(([s]) => s === ReportStatus.PENDING_RECOGNITION);
  if (c.noApplication || (!submitted && !(pending && !c.moves.some(([s]) => s === ReportStatus.NOT_RECOGNIZED)))) return;
  const applicant = n % 50 === 0 ? "WORKER" : "EMPLOYER";
  let appliedOn = addDays(r.reportedOn, 1 + (n % 5));
  if (n % 97 === 0) appliedOn = addDays(r.occurredOn, DEADLINES.INJURY_EMPLOYER_APPLICATION_DAYS + 3);
  if (submitted && appliedOn > submitted) appliedOn = submitted;
  const applicationDueBy = applicationDue(r.occurredOn, applicant, DEADLINES);
  const applicationId = await repo.insert(tx, { reportId: id, applicant, appliedOn, applicationDueBy, filedLate: appliedOn > applicationDueBy }, r);
  if (!submitted) return;
  const clearFacts = r.severity === Severity.MINOR;
  await repo.accept(tx, applicationId, submitted, clearFacts, recognitionDue(submitted, clearFacts, 0, DEADLINES));
}

/** The long-term beneficiaries' appraisals, concluded long before the year. */
function longTermAppraisals(cases: DemoCase[]): DemoAppraisal[] {
  return cases.flatMap((c, caseIndex) => {
    if (!c.longTerm) return [];
    const appliedOn = addDays(c.decision!.on, 10);
    return [{ caseIndex, appliedOn, conclusion: { concludedOn: addDays(appliedOn, 50), grade: c.longTerm.grade, careLevel: c.longTerm.careLevel } }];
  });
}

/** What fixed a demo case's own wage: its first conclusion, or the recognition of its death. */
function ownWageFixedBy(c: DemoCase, index: number, appraisals: DemoAppraisal[]): OwnWageCase["fixedBy"] {
  const concluded = appraisals.filter((a) => a.caseIndex === index && a.conclusion).map((a) => a.conclusion!.concludedOn).sort()[0];
  if (concluded) return { occasion: OwnWageOccasion.APPRAISAL, on: concluded };
  if (c.decision?.decision === "RECOGNIZED" && c.record.severity === Severity.FATAL) return { occasion: OwnWageOccasion.DEATH, on: c.decision.on };
  return null;
}

/** The year's benefit payments and the qualification checks their monthly items need (demo/benefits.ts). */
async function writeBenefits(tx: Tx, db: DataSource, world: World, cases: DemoCase[], ids: number[], appraisals: DemoAppraisal[]): Promise<void> {
  const year = world.calendar.year;
  const indexOf = new Map(world.people.map((p, i) => [p.idNumber, i]));
  const concluded = new Map(appraisals.filter((a) => a.conclusion?.grade).map((a) => [a.caseIndex, a.conclusion!]));
  const benefitCases: BenefitCase[] = cases.flatMap((c, i) => {
    if (c.decision?.decision !== "RECOGNIZED") return [];
    const k = concluded.get(i);
    const at = indexOf.get(c.accident.idNumber)!;
    return [{
      reportId: ids[i], occurredOn: c.record.occurredOn, decidedOn: c.decision.on, fatal: c.record.severity === Severity.FATAL,
      case: { personId: world.ids.person.get(c.accident.idNumber)!, employerId: world.ids.employer.get(c.accident.creditCode)!, areaCode: c.record.areaCode },
      conclusion: k ? { concludedOn: k.concludedOn, grade: k.grade!, careLevel: k.careLevel } : null,
      longTerm: !!c.longTerm, payee: world.people[at], relative: world.people[(at + 1) % world.people.length],
    }];
  });
  const plan = planBenefits(benefitCases, year, world.params.workInjuryFundExpenditureFen - world.params.medicalSettlementsFen);
  const qualification = qualificationRepository(db, () => UNBOUNDED);
  for (const q of plan.checks) await qualification.insert(tx, q, q.case);
  const payments = paymentRepository(db, () => UNBOUNDED);
  for (const p of plan.payments) {
    const errors = checkPaymentRecord(p.record, p.occurredOn, "9999-12-31");
    if (errors.length) throw new Error(`demo payment ${p.record.paymentKey}: ${errors.map((e) => e.rule).join(", ")}`);
    await payments.insert(tx, p.record, p.case);
  }
  // The relative who draws a death's items is recorded as the deceased's dependant (the spouse, illustratively).
  const dependants = dependantRepository(db, () => UNBOUNDED);
  for (const c of benefitCases.filter((b) => b.fatal)) {
    const record: DependantRecord = { name: c.relative.name, idNumber: c.relative.idNumber, relation: DependantRelation.SPOUSE, orphanOrLoneElderly: false, eligibleFrom: addDays(c.occurredOn, 1), eligibleUntil: null };
    const errors = checkDependant(record, c.occurredOn, "9999-12-31");
    if (errors.length) throw new Error(`demo dependant of report ${c.reportId}: ${errors.map((e) => e.rule).join(", ")}`);
    await dependants.insert(tx, c.reportId, record, c.case);
  }
}

export const workInjuryDemo: DemoPlugin = {
  async isLoaded(db: DataSource): Promise<boolean> {
    const rows: { n: number | string }[] = await db.query("SELECT COUNT(*) AS n FROM accident_report");
    return Number(rows[0]?.n ?? 0) > 0;
  },
  async load(db: DataSource, { world, random, progress }): Promise<void> {
    const cases = drawCases(world, random);
    world.accidents = cases.map((c) => c.accident);
    const repo = accidentReportRepository(db, () => UNBOUNDED);
    progress("accident reports", 0, cases.length);
    const ids: number[] = [];
    const recognition = recognitionRepository(db, () => UNBOUNDED);
    const investigations = investigationRepository(db, () => UNBOUNDED);
    await withTransaction(db, async (tx) => {
      for (const c of cases) {
        const record: ReportRecord = { ...c.record, personId: world.ids.person.get(c.accident.idNumber)!, employerId: world.ids.employer.get(c.accident.creditCode)! };
        const errors = checkReport(record, "9999-12-31");
        if (errors.length) throw new Error(`demo report ${record.reportNumber}: ${errors.map((e) => e.rule).join(", ")}`);
        const id = await repo.insert(tx, record);
        ids.push(id);
        let from = ReportStatus.PENDING_INVESTIGATION;
        for (const [to, on, reason] of c.moves) {
          await repo.move(tx, id, from, to, on, false, reason);
          if (from === ReportStatus.PENDING_INVESTIGATION && to === ReportStatus.PENDING_RECOGNITION) await writeInvestigation(tx, investigations, id, record, on);
          if (reason) await repo.setReason(tx, id, reason);
          from = to;
        }
        if (c.decision) await repo.decide(tx, id, { decision: c.decision.decision, decisionNumber: c.decision.number, decisionReason: null, decidedOn: c.decision.on });
        await writeApplication(tx, recognition, c, id, record, ids.length);
      }
      const appraisals = appraisalRepository(db, () => UNBOUNDED);
      const drawn = [...drawAppraisals(cases, world.calendar.year, random), ...longTermAppraisals(cases)];
      for (const [n, a] of drawn.entries()) {
        const c = cases[a.caseIndex];
        const applicationNumber = `JD${a.appliedOn.slice(0, 4)}${String(n + 1).padStart(5, "0")}`;
        const id = await appraisals.insert(tx, { applicationNumber, reportId: ids[a.caseIndex], personId: world.ids.person.get(c.accident.idNumber)!, employerId: world.ids.employer.get(c.accident.creditCode)!, areaCode: c.record.areaCode, appliedOn: a.appliedOn });
        if (!a.conclusion) continue;
        const conclusion = { ...a.conclusion, conclusionNumber: `JL${applicationNumber.slice(2)}` };
        const errors = checkConclusion(conclusion, a.appliedOn, "9999-12-31");
        if (errors.length) throw new Error(`demo appraisal ${applicationNumber}: ${errors.map((e) => e.rule).join(", ")}`);
        await appraisals.conclude(tx, id, conclusion);
      }
      await writeBenefits(tx, db, world, cases, ids, drawn);
      await writeOwnWages(tx, db, world, cases.map((c, i) => ({ reportId: ids[i], idNumber: c.accident.idNumber, creditCode: c.accident.creditCode, occurredOn: c.record.occurredOn, fixedBy: ownWageFixedBy(c, i, drawn) })));
      const training = trainingRepository(db, () => UNBOUNDED);
      for (const t of trainings(world)) {
        const errors = checkTraining(t, "9999-12-31");
        if (errors.length) throw new Error(`demo training ${t.sessionNumber}: ${errors.map((e) => e.rule).join(", ")}`);
        await training.insert(tx, t);
      }
      const parameters = parameterRepository(db);
      for (const p of demoParameters(world.params.countyCode)) {
        const errors = checkParameter(p);
        if (errors.length) throw new Error(`demo parameter ${p.kind} ${p.qualifier}: ${errors.map((e) => e.rule).join(", ")}`);
        await parameters.record(tx, p, "demo", "2015-01-01");
      }
    });
    progress("accident reports", cases.length, cases.length);
    await workInjuryDemo.shareIds!(db, world);
  },
  async shareIds(db: DataSource, world: World): Promise<void> {
    world.accidents = drawCases(world, world.fork("work-injury")).map((c) => c.accident);
    const rows: { id: number | string; reportNumber: string }[] = await db.query("SELECT id, reportNumber FROM accident_report");
    world.ids.accidentReport = new Map(rows.map((r) => [r.reportNumber, Number(r.id)]));
  },
};
