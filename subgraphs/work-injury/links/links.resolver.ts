import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../../common/context";
import { AccidentReport } from "../accident-report/accident-report.entity";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { EmployerRef, PersonRef } from "./references";

type C = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/** A person's reports, through a DataLoader: one statement for a page of people. */
@Resolver(() => PersonRef)
export class PersonLinksResolver {
  @Authorized("injury:read")
  @FieldResolver(() => [AccidentReport], { description: "The person's accident reports within your bounds, newest first (工伤报案)." })
  accidentReports(@Root() person: PersonRef, @Ctx() ctx: C) {
    return ctx.loaders.reportsOfPerson.load(Number(person.id));
  }
}

/** An employer's reports and their count, through DataLoaders: one statement each for a page of employers. */
@Resolver(() => EmployerRef)
export class EmployerLinksResolver {
  @Authorized("injury:read")
  @FieldResolver(() => [AccidentReport], { description: "The employer's accident reports within your bounds, newest first (工伤报案)." })
  accidentReports(@Root() employer: EmployerRef, @Ctx() ctx: C) {
    return ctx.loaders.reportsOfEmployer.load(Number(employer.id));
  }

  @Authorized("injury:read")
  @FieldResolver(() => Int, { description: "How many accident reports the employer has within your bounds (工伤报案数)." })
  async accidentReportCount(@Root() employer: EmployerRef, @Ctx() ctx: C): Promise<number> {
    return (await ctx.loaders.reportCountOfEmployer.load(Number(employer.id)))?.n ?? 0;
  }
}

/** The report's person and employer, as references enrollment resolves (its bounds and masking apply there). */
@Resolver(() => AccidentReport)
export class ReportLinksResolver {
  @Authorized("injury:read")
  @FieldResolver(() => PersonRef, { description: "The injured person, from enrollment (受伤职工)." })
  person(@Root() report: AccidentReport): PersonRef {
    return { id: report.personId };
  }

  @Authorized("injury:read")
  @FieldResolver(() => EmployerRef, { description: "The employer, from enrollment (用人单位)." })
  employer(@Root() report: AccidentReport): EmployerRef {
    return { id: report.employerId };
  }
}
