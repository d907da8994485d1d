import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { echoReference, keyStub } from "../../common/key-stub";
import type { MedicalContext } from "../context";
import { InpatientCase } from "../inpatient-case/inpatient-case.entity";
import type { MedicalLoaders } from "../loaders";

/**
 * Enrollment's Person and work-injury's AccidentReport, as medical adds their inpatient cases (kit key
 * stubs): the cases are bounded rows, so a hospital partner sees only its own institution's.
 */
export const PersonRef = keyStub("Person", "Insured person (参保人员): enrollment's; medical adds the inpatient cases.", "Stable hub id (人员ID).");
export type PersonRef = InstanceType<typeof PersonRef>;
export const AccidentReportRef = keyStub("AccidentReport", "Accident report (工伤报案): work-injury's; medical adds the inpatient cases.", "Stable hub id (报案ID).");
export type AccidentReportRef = InstanceType<typeof AccidentReportRef>;

@Resolver(() => PersonRef)
export class PersonCasesResolver {
  @Authorized("medical:read")
  @FieldResolver(() => [InpatientCase], { description: "The person's inpatient cases within your bounds (在院工伤病人记录)." })
  inpatientCases(@Root() person: PersonRef, @Ctx() ctx: MedicalContext) {
    return ctx.loaders.casesOfPerson.load(Number(person.id));
  }
}

@Resolver(() => AccidentReportRef)
export class ReportCasesResolver {
  @Authorized("medical:read")
  @FieldResolver(() => [InpatientCase], { description: "Inpatient cases of the injury within your bounds (工伤住院记录)." })
  inpatientCases(@Root() report: AccidentReportRef, @Ctx() ctx: MedicalContext) {
    return ctx.loaders.casesOfReport.load(Number(report.id));
  }
}

export const linkReferences = { Person: echoReference<MedicalLoaders>("medical:read"), AccidentReport: echoReference<MedicalLoaders>("medical:read") };
