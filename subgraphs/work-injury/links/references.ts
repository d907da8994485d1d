import { Directive, Field, ID, ObjectType } from "type-graphql";
import { parseId } from "../../common/errors";
import type { ReferenceResolver } from "../../common/schema";
import type { WorkInjuryLoaders } from "../loaders";

/**
 * Enrollment's Person and Employer, as work-injury adds fields to them (Person.accidentReports,
 * Employer.accidentReports): only the key lives here. A reference echoes the key, the caller's own
 * input; every field added is bounded rows (the bounds class `extension`).
 */
@Directive('@key(fields: "id")')
@ObjectType("Person", { description: "Insured person (参保人员): enrollment's; work-injury adds the accident reports." })
export class PersonRef {
  @Field(() => ID, { description: "Stable hub id (人员ID)." })
  id: number;
}

@Directive('@key(fields: "id")')
@ObjectType("Employer", { description: "Employer (参保单位): enrollment's; work-injury adds the accident reports." })
export class EmployerRef {
  @Field(() => ID, { description: "Stable hub id (单位ID)." })
  id: number;
}

export const personReference: ReferenceResolver<WorkInjuryLoaders> = { scope: "injury:read", resolve: (ref) => ({ id: parseId(ref.id, "id") }) };
export const employerReference: ReferenceResolver<WorkInjuryLoaders> = { scope: "injury:read", resolve: (ref) => ({ id: parseId(ref.id, "id") }) };
