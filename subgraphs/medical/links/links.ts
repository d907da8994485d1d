import { Authorized, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import type { ReferenceResolver } from "../../common/schema";
import type { MedicalContext } from "../context";
import { InpatientCase } from "../inpatient-case/inpatient-case.entity";
import type { MedicalLoaders } from "../loaders";

/**
 * Enrollment's Person and work-injury's AccidentReport, as medical adds their inpatient cases: only
 * the key lives here. A reference echoes the key (the caller's own input); the cases are bounded rows
 * (bounds class `extension`), so a hospital partner sees only its own institution's.
 */
@Directive('@key(fields: "id")')
@ObjectType("Person", { description: "Insured person (参保人员): enrollment's; medical adds the inpatient cases." })
export class PersonRef {
  @Field(() => ID, { description: "Stable hub id (人员ID)." })
  id: number;
}

@Directive('@key(fields: "id")')
@ObjectType("AccidentReport", { description: "Accident report (工伤报案): work-injury's; medical adds the inpatient cases." })
export class AccidentReportRef {
  @Field(() => ID, { description: "Stable hub id (报案ID)." })
  id: number;
}

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

const echo: ReferenceResolver<MedicalLoaders> = { scope: "medical:read", resolve: (ref) => ({ id: parseId(ref.id, "id") }) };
export const linkReferences = { Person: echo, AccidentReport: echo };
