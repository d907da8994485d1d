import { Field, ID, InputType } from "type-graphql";
import type { Context } from "../../common/context";
import { monthsBefore, todayInChina } from "../../common/dates";
import { throwIfInvalid } from "../../common/errors";
import { MoneyScalar } from "../../common/scalars";
import { withTransaction } from "../../common/tx";
import type { AccidentReport } from "../accident-report/accident-report.entity";
import { recognizedReport } from "../accident-report/recognized";
import { MonthBase, OwnWage, ownWage } from "../benefit/own-wage.rules";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { BenefitParameterKind } from "../parameter/parameter.entity";
import type { ParameterRepository } from "../parameter/parameter.repository";
import { contributionBases } from "../parties/parties";
import { OwnWageOccasion, StoredOwnWage } from "./own-wage.entity";

type Ctx = Context<WorkInjuryLoaders, WorkInjuryConfig>;

@InputType({ description: "A case worker's correction of a case's own wage (本人工资更正)." })
export class CorrectOwnWageInput {
  @Field(() => ID, { description: "Hub id of the report (报案ID): a recognized work injury." })
  reportId: string;
  @Field(() => MoneyScalar, { description: "The own wage to use (更正后本人工资), in yuan." })
  ownWage: number;
  @Field(() => String, { description: "Why (更正原因), e.g. a base recorded at another employer." })
  reason: string;
}

/** Largest own wage accepted, fen: far above 300 % of any average wage; a typo guard. */
const MAX_OWN_WAGE_FEN = 1_000_000_00;

/** Records the correction (replacing an earlier one) with who made it; the entitlement then computes from it. */
export async function correctOwnWage(ctx: Ctx, input: CorrectOwnWageInput): Promise<string> {
  const report = await recognizedReport(ctx, input.reportId, "input.reportId", "benefit.not-recognized");
  const reason = input.reason.trim();
  throwIfInvalid([
    ...(!Number.isSafeInteger(input.ownWage) || input.ownWage <= 0 || input.ownWage > MAX_OWN_WAGE_FEN ? [{ field: "ownWage", rule: "own-wage.amount", message: "An own wage above 0.00 and at most 1,000,000.00 yuan." }] : []),
    ...(!reason || reason.length > 200 ? [{ field: "reason", rule: "own-wage.reason", message: "The reason, 1 to 200 characters." }] : []),
  ]);
  await withTransaction(ctx.db, (tx) => ctx.loaders.repo.ownWage.record(tx, { reportId: report.id, ownWage: input.ownWage, reason, recordedBy: ctx.claims.sub, recordedOn: todayInChina() }));
  return String(report.id);
}

/** Reads a person's work-injury contribution bases at an employer over a span of months (through the gateway). */
export type BasesReader = (personId: number, employerId: number, from: string, to: string) => Promise<MonthBase[]>;

/** What the formula needs of a case. */
export type WageCase = Pick<AccidentReport, "personId" | "employerId" | "occurredOn" | "areaCode">;

/** The formula's own wage from enrollment's contribution bases as they are now; null without a base in the 12 months. */
export async function ownWageFromBases(read: BasesReader, c: WageCase, averageMonthlyWage: number): Promise<OwnWage | null> {
  const accidentMonth = c.occurredOn.slice(0, 7);
  const bases = await read(c.personId, c.employerId, monthsBefore(accidentMonth, 12), monthsBefore(accidentMonth, 1));
  return bases.length ? ownWage(c.occurredOn, bases, averageMonthlyWage) : null;
}

/** The bases read on behalf of the request's caller, refused as SERVICE_UNAVAILABLE when enrollment cannot be asked. */
export const basesFor = (ctx: Ctx): BasesReader => (personId, employerId, from, to) => contributionBases(ctx, personId, employerId, from, to);

export type OwnWageToStore = Omit<StoredOwnWage, "id">;

/**
 * The own wage to store when the case's first appraisal concludes or its death is recognized (DESIGN §3),
 * read before the write's transaction (it asks enrollment through the gateway). Null when it cannot be
 * computed yet: no base at the employer in the 12 months, or no average wage recorded for the accident day.
 * The conclusion or decision is recorded all the same — it is the committee's or the bureau's fact — and
 * the entitlement then computes the own wage from the bases as they are and says it is not stored
 * (`computedOn` null), until a case worker corrects it. Stored once: the first computation stands.
 */
export async function ownWageToStore(parameter: ParameterRepository, read: BasesReader, reportId: number, c: WageCase, occasion: OwnWageOccasion, computedBy: string): Promise<OwnWageToStore | null> {
  const average = await parameter.valueOrNullOn(BenefitParameterKind.AVERAGE_MONTHLY_WAGE, "", c.areaCode, c.occurredOn, "average monthly wage of the area");
  if (average === null) return null;
  const wage = await ownWageFromBases(read, c, average);
  return wage && storable(reportId, wage, average, occasion, computedBy);
}

/** The same, for a mutation on a case that has none stored yet (the first stands, so none is computed again). */
export async function ownWageToStoreFor(ctx: Ctx, report: AccidentReport, occasion: OwnWageOccasion): Promise<OwnWageToStore | null> {
  if (await ctx.loaders.repo.ownWage.storedOf(report.id)) return null;
  return ownWageToStore(ctx.loaders.repo.parameter, basesFor(ctx), report.id, report, occasion, ctx.claims.sub);
}

/** The stored row of a computed own wage. */
export function storable(reportId: number, wage: OwnWage, averageMonthlyWage: number, occasion: OwnWageOccasion, computedBy: string, computedOn = todayInChina()): OwnWageToStore {
  return { reportId, ownWage: wage.ownWageFen, average: wage.averageFen, averageMonthlyWage, months: wage.months.join(","), floored: wage.floored, capped: wage.capped, occasion, computedOn, computedBy };
}
