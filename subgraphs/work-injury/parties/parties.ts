import type { GraphQLError } from "graphql";
import type { Context } from "../../common/context";
import { callerOf, callGateway, readForWrite, resolveIds } from "../../common/gateway-client";
import { badInput, notFound, parseId } from "../../common/errors";
import { checkCreditCode } from "../../common/validators/credit-code";
import { checkResidentId } from "../../common/validators/resident-id";
import { contributionBasesOf, datesOfDeath, enrollmentsOf, GraphEnrollment, insuredOn } from "./batch";

/**
 * Enrollment's facts a work-injury write needs, read through the gateway with the subgraph's service key
 * on behalf of the caller (DESIGN §2): enrollment applies the caller's bounds and personal-data rules and
 * audits the read. Always before the write's transaction. When enrollment cannot be asked, the write is
 * refused (SERVICE_UNAVAILABLE) rather than recorded without the facts.
 */
const SUBGRAPH = "work-injury";

/** How the caller names the injured person and the employer: by hub id or by natural key, one of each. */
export interface PartyNames {
  personId?: string | null;
  idNumber?: string | null;
  employerId?: string | null;
  creditCode?: string | null;
}

export interface Parties {
  personId: number;
  employerId: number;
  /** The employer's area and industry at report time. */
  areaCode: string;
  industry: string;
  /** An active work-injury enrollment of the person at that employer on the day. */
  insured: boolean;
}

interface PartyFacts {
  person: { id: string; enrollments: GraphEnrollment[] } | null;
  employer: { id: string; areaCode: string; industry: string } | null;
}

/** The parties of an accident on `day`: ids resolved, unknown or out-of-bounds names refused with their field. */
export async function accidentParties(ctx: Context<unknown, unknown>, names: PartyNames, day: string): Promise<Parties> {
  const caller = callerOf(ctx, SUBGRAPH);
  const personId = await idOf(ctx, names.personId, names.idNumber, "personId", "idNumber", "people");
  const employerId = await idOf(ctx, names.employerId, names.creditCode, "employerId", "creditCode", "employers");
  const facts = await ask(ctx, () => callGateway<PartyFacts>(caller, "AccidentParties", { personId: String(personId), employerId: String(employerId) }));
  if (!facts.person) throw notFound("No person with this id is known within your bounds.", "input.personId");
  if (!facts.employer) throw notFound("No employer with this id is known within your bounds.", "input.employerId");
  const insured = insuredOn({ id: personId, enrollments: enrollmentsOf(facts.person.enrollments) }, employerId, day);
  return { personId, employerId, areaCode: facts.employer.areaCode, industry: facts.employer.industry, insured };
}

/** The payee's recorded date of death, or null (none recorded, or the payee is not in the register). */
export async function dateOfDeath(ctx: Context<unknown, unknown>, idNumber: string): Promise<string | null> {
  return (await ask(ctx, () => datesOfDeath(callerOf(ctx, SUBGRAPH), [idNumber]))).get(idNumber) ?? null;
}

/** The work-injury contribution bases (fen) of a person at an employer over a span of months, from enrollment. */
export async function contributionBases(ctx: Context<unknown, unknown>, personId: number, employerId: number, from: string, to: string): Promise<{ month: string; baseFen: number }[]> {
  return ask(ctx, () => contributionBasesOf(callerOf(ctx, SUBGRAPH), personId, employerId, from, to));
}

/** Exactly one of the hub id and the natural key; the natural key resolved to the hub id. */
async function idOf(ctx: Context<unknown, unknown>, id: string | null | undefined, key: string | null | undefined, idField: string, keyField: string, kind: "people" | "employers"): Promise<number> {
  const hasId = id != null && id !== "";
  const hasKey = key != null && key.trim() !== "";
  if (hasId === hasKey) throw badPair(idField, keyField);
  if (hasId) return parseId(id, `input.${idField}`);
  const checked = kind === "people" ? checkResidentId(key!.trim()) : checkCreditCode(key!.trim());
  if (!checked.ok) throw badInput(`input.${keyField}`, checked.rule, checked.message);
  const value = typeof checked.value === "string" ? checked.value : checked.value.idNumber;
  const resolved = await ask(ctx, () => resolveIds(callerOf(ctx, SUBGRAPH), { [kind]: [value] }));
  const found = resolved[kind].get(value);
  if (found === undefined) throw notFound(`No ${kind === "people" ? "person with this ID number" : "employer with this credit code"} is known within your bounds.`, `input.${keyField}`);
  return found;
}

const badPair = (idField: string, keyField: string): GraphQLError =>
  badInput(`input.${idField}`, "party.one-of", `Name the party by ${idField} or by ${keyField}, exactly one of them.`);

const ask = <T>(ctx: Context<unknown, unknown>, call: () => Promise<T>) => readForWrite(ctx, SUBGRAPH, call);
