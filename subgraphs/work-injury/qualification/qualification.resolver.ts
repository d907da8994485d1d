import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../common/context";
import { AccidentReport } from "../accident-report/accident-report.entity";
import type { WorkInjuryConfig } from "../config";
import type { WorkInjuryLoaders } from "../loaders";
import { QualificationCheck } from "./qualification.entity";
import { RecordQualificationCheckInput } from "./qualification.input";
import * as service from "./qualification.service";

type C = Context<WorkInjuryLoaders, WorkInjuryConfig>;

/** Thin: arguments in, a service out. */
@Resolver(() => QualificationCheck)
export class QualificationResolver {
  @Authorized("injury:benefits")
  @Mutation(() => QualificationCheck, { description: "Records a passed yearly qualification check (记录待遇资格认证): the case's monthly items may then be paid for that year; CONFLICT when recorded already." })
  recordQualificationCheck(@Arg("input", () => RecordQualificationCheckInput, { description: "The check (认证内容)" }) input: RecordQualificationCheckInput, @Ctx() ctx: C) {
    return service.recordQualificationCheck(ctx, input);
  }
}

/** A report's qualification checks, through a DataLoader (one statement for a page of reports). */
@Resolver(() => AccidentReport)
export class ReportQualificationResolver {
  @Authorized("injury:read")
  @FieldResolver(() => [QualificationCheck], { description: "Yearly qualification checks of the beneficiary, by year (待遇资格认证)." })
  qualificationChecks(@Root() report: AccidentReport, @Ctx() ctx: C) {
    return ctx.loaders.reportQualifications.load(report.id);
  }
}
