import { echoReference, keyStub } from "../../common/key-stub";
import type { WorkInjuryLoaders } from "../loaders";

/** Enrollment's Person and Employer, as work-injury adds their accident reports (kit key stubs). */
export const PersonRef = keyStub("Person", "Insured person (参保人员): enrollment's; work-injury adds the accident reports.", "Stable hub id (人员ID).");
export type PersonRef = InstanceType<typeof PersonRef>;
export const EmployerRef = keyStub("Employer", "Employer (参保单位): enrollment's; work-injury adds the accident reports.", "Stable hub id (单位ID).");
export type EmployerRef = InstanceType<typeof EmployerRef>;

export const linkReferences = { Person: echoReference<WorkInjuryLoaders>("injury:read"), Employer: echoReference<WorkInjuryLoaders>("injury:read") };
