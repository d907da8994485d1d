import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../common/context";
import { daysLeft } from "../../common/dates";
import type { AccidentReport } from "../accident-report/accident-report.entity";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { APPRAISAL_DAYS, APPRAISAL_EXTENSION_DAYS, appraisalDue, applicationDue, DeadlineKind, investigationDue, latestOnTimeStart } from "./deadline.rules";
import { LateCase, LateCaseConnection, LateCasesArgs } from "./late-case.types";

type C = Context<WorkInjuryLoaders, WorkInjuryConfig>;

@Resolver(() => LateCase)
export class LateCaseResolver {
  @Authorized("injury:read")
  @Query(() => LateCaseConnection, { description: "Cases past a deadline on a day (超期案件), for dashboards: open on asOf and overdue, paginated by report." })
  async lateCases(@Args(() => LateCasesArgs) args: LateCasesArgs, @Ctx() ctx: C) {
    const { asOf, kind } = args;
    const cfg = ctx.config;
    const page = await ctx.loaders.repo.report.late(kind, asOf, {
      minorInvestigation: latestOnTimeStart(asOf, cfg.INJURY_MINOR_INVESTIGATION_DAYS),
      seriousInvestigation: latestOnTimeStart(asOf, cfg.INJURY_SERIOUS_INVESTIGATION_DAYS),
      employerApplication: latestOnTimeStart(asOf, cfg.INJURY_EMPLOYER_APPLICATION_DAYS),
      appraisal: latestOnTimeStart(asOf, APPRAISAL_DAYS),
      appraisalExtended: latestOnTimeStart(asOf, APPRAISAL_DAYS + APPRAISAL_EXTENSION_DAYS),
    }, args);
    const nodes = await Promise.all(page.nodes.map(async (report): Promise<LateCase> => {
      const dueBy = await dueOf(ctx, kind, report, asOf);
      return { id: report.id, kind, dueBy, daysOverdue: -daysLeft(dueBy, asOf), report };
    }));
    return { ...page, nodes };
  }
}

/** The due day of the case's deadline, by the same rules the SQL selected it with (through the loaders: one statement a page). */
async function dueOf(ctx: C, kind: DeadlineKind, r: AccidentReport, asOf: string): Promise<string> {
  if (kind === "INVESTIGATION") return investigationDue(r.reportedOn, r.severity, ctx.config);
  if (kind === "APPLICATION") return applicationDue(r.occurredOn, "EMPLOYER", ctx.config);
  if (kind === "RECOGNITION") return (await ctx.loaders.reportRecognition.load(r.id))!.dueBy!;
  const open = (await ctx.loaders.reportAppraisals.load(r.id)).filter((a) => a.appliedOn <= asOf && (!a.concludedOn || a.concludedOn > asOf));
  return open.map((a) => appraisalDue(a.appliedOn, !!a.extendedOn && a.extendedOn <= asOf)).sort()[0];
}
