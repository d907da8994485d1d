import type { Context } from "../../common/context";
import { isIsoDate, todayInChina } from "../../common/dates";
import { badInput, conflict, parseId } from "../../common/errors";
import { isRecognized } from "../accident-report/recognized";
import { Severity } from "../accident-report/status";
import { AppraisalStatus, CareLevel } from "../appraisal/appraisal.entity";
import { careAllowance, deathSubsidy, dependantPensions, disabilityAllowance, disabilitySubsidy, funeralSubsidy, medicalSubsidy } from "../benefit/benefits.rules";
import type { OwnWage } from "../benefit/own-wage.rules";
import type { StoredOwnWage } from "../own-wage/own-wage.entity";
import { basesFor, ownWageFromBases } from "../own-wage/own-wage.service";
import { STATUTE_2010, validOn } from "../benefit/parameters";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { BenefitParameterKind as K } from "../parameter/parameter.entity";
import { DependantRelation } from "../dependant/dependant.entity";
import { eligibleOn } from "../dependant/dependant.rules";
import { AllowancePayer, BenefitEntitlement } from "./entitlement.types";

type Ctx = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/**
 * The statutory entitlement of a recognized case (DESIGN §3): every figure from a record or a dated
 * parameter; a parameter not recorded for the day refuses the computation (benefit.parameter-missing)
 * rather than computing from a default. The statutory tables are the 2010 statute's (dated, in code).
 */
export async function entitlement(ctx: Ctx, reportId: string, asOfArg: string | null | undefined): Promise<BenefitEntitlement | null> {
  const asOf = asOfArg ?? todayInChina();
  if (!isIsoDate(asOf)) throw badInput("asOf", "date.format", "A real date YYYY-MM-DD.");
  // A read: a report unknown or outside the caller's bounds is null, like accidentReport(id).
  const found = await ctx.loaders.report.load(parseId(reportId, "reportId"));
  if (!found) return null;
  if (!isRecognized(found)) throw conflict("Only a report recognized as a work injury has an entitlement.", { field: "reportId", rule: "benefit.not-recognized", status: found.status, decision: found.decision });
  const report = found as typeof found & { decidedOn: string };
  const tables = validOn([STATUTE_2010], report.occurredOn, "statutory table", "reportId");
  const appraisals = (await ctx.loaders.reportAppraisals.load(report.id)).filter((a) => a.status === AppraisalStatus.CONCLUDED && a.concludedOn);
  const latest = appraisals.sort((a, b) => (a.concludedOn! < b.concludedOn! ? 1 : -1))[0];
  const grade = latest?.grade ?? null;
  const careLevel = latest?.careLevel ?? null;
  const parameter = ctx.loaders.repo.parameter;
  const areaWage = (day: string) => parameter.valueOn(K.AVERAGE_MONTHLY_WAGE, "", report.areaCode, day, "average monthly wage of the area");

  const averageAtAccident = await areaWage(report.occurredOn);
  // The own wage stored when the case was appraised or its death recognized; before that, the formula's
  // on enrollment's bases as they are now. A case worker's correction, when there is one, is what the
  // items are computed from; the formula's stays visible beside it.
  const stored = await ctx.loaders.repo.ownWage.storedOf(report.id);
  const wage = stored ? storedWage(stored) : await ownWageFromBases(basesFor(ctx), report, averageAtAccident);
  const correction = await ctx.loaders.repo.ownWage.of(report.id);
  const own = correction?.ownWage ?? wage?.ownWageFen ?? null;

  const allowance = own !== null && grade !== null && grade <= 6 ? disabilityAllowance(own, grade, await parameter.valueOn(K.MINIMUM_WAGE, "", report.areaCode, asOf, "minimum wage"), tables) : null;
  const fatal = report.severity === Severity.FATAL;
  const eligible = fatal && own !== null ? (await ctx.loaders.reportDependants.load(report.id)).filter((d) => eligibleOn(d, asOf)) : [];
  const pensions = fatal && own !== null ? dependantPensions(own, eligible.map((d) => ({ relation: d.relation === DependantRelation.SPOUSE ? "SPOUSE" : "OTHER", orphanOrLoneElderly: d.orphanOrLoneElderly })), tables) : null;
  const deathYear = Number(report.occurredOn.slice(0, 4));
  return {
    reportId: String(report.id), asOf, grade, careLevel,
    ownWage: own === null ? null : {
      ownWage: own, computed: wage?.ownWageFen ?? null, correctionReason: correction?.reason ?? null,
      average: wage?.averageFen ?? 0, months: wage?.months ?? [], averageMonthlyWage: stored?.averageMonthlyWage ?? averageAtAccident, floored: wage?.floored ?? false, capped: wage?.capped ?? false,
      computedOn: stored?.computedOn ?? null, occasion: stored?.occasion ?? null,
    },
    disabilitySubsidy: own !== null && grade !== null ? disabilitySubsidy(own, grade, tables) : null,
    disabilityAllowance: allowance?.amountFen ?? null,
    disabilityAllowancePayer: allowance ? (allowance.payer === "FUND" ? AllowancePayer.FUND : AllowancePayer.EMPLOYER) : null,
    careAllowance: careLevel ? await careOf(ctx, report.areaCode, careLevel, asOf, await areaWage(asOf)) : null,
    medicalSubsidy: grade !== null && grade >= 5 ? medicalSubsidy(grade, { [grade]: await parameter.valueOn(K.MEDICAL_SUBSIDY, String(grade), report.areaCode, asOf, `one-time medical subsidy of grade ${grade}`) }) : null,
    funeralSubsidy: fatal ? funeralSubsidy(averageAtAccident, tables) : null,
    dependantPensions: pensions && eligible.map((d, i) => ({ dependantId: String(d.id), relation: d.relation, amount: pensions.amountsFen[i] })),
    dependantPensionsCapped: pensions?.capped ?? null,
    deathSubsidy: fatal ? deathSubsidy({ dateOfDeath: report.occurredOn, grade: null, afterStabilisation: false }, await parameter.valueOn(K.DISPOSABLE_INCOME, String(deathYear - 1), "", report.occurredOn, `national disposable income of ${deathYear - 1}`), tables) : null,
  };
}

const storedWage = (s: StoredOwnWage): OwnWage => ({ ownWageFen: s.ownWage, averageFen: s.average, months: s.months ? s.months.split(",") : [], floored: s.floored, capped: s.capped });

async function careOf(ctx: Ctx, areaCode: string, level: CareLevel, asOf: string, averageWage: number): Promise<number> {
  const percent = await ctx.loaders.repo.parameter.valueOn(K.CARE_PERCENT, level, areaCode, asOf, `care percent (${level})`);
  return careAllowance(averageWage, level, { FULLY: 0, MOSTLY: 0, PARTLY: 0, [level]: percent });
}
