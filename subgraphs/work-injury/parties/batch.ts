import { callGateway, GatewayCaller } from "../../common/gateway-client";
import { parseYuan } from "../../common/money";

/**
 * The parties an import file names, read through the gateway in chunks before the file's transaction:
 * hub ids, the employers' area and industry, the people's work-injury enrollments. A key unknown to
 * enrollment, or outside the import operator's bounds, is absent from the maps.
 */
export interface ImportedParties {
  people: Map<string, { id: number; enrollments: Enrollment[] }>;
  employers: Map<string, { id: number; areaCode: string; industry: string }>;
}

/**
 * Keys per request, within the service profile's cost (15,000; gateway/limits.ts): a person brings its
 * enrollments, which the cost model counts at their list bound (≈ 600 a person), an employer costs 3.
 * A request carries people or employers, not both.
 */
const PEOPLE_CHUNK = 20;
const EMPLOYER_CHUNK = 4_000;

/** An enrollment as AccidentParties and ImportParties select it. */
export interface GraphEnrollment { insurance: string; startDate: string; endDate: string | null; employer: { id: string } | null }
type Enrollment = { insurance: string; startDate: string; endDate: string | null; employerId: number | null };

interface Answer {
  peopleByIdNumbers: ({ id: string; enrollments: GraphEnrollment[] } | null)[];
  employersByCreditCodes: ({ id: string; areaCode: string; industry: string } | null)[];
}

export async function importParties(caller: GatewayCaller, idNumbers: readonly string[], creditCodes: readonly string[]): Promise<ImportedParties> {
  const people = [...new Set(idNumbers)];
  const employers = [...new Set(creditCodes)];
  const out: ImportedParties = { people: new Map(), employers: new Map() };
  for (let p = 0; p < people.length; p += PEOPLE_CHUNK) {
    const ids = people.slice(p, p + PEOPLE_CHUNK);
    const data = await callGateway<Answer>(caller, "ImportParties", { idNumbers: ids, creditCodes: [] });
    data.peopleByIdNumbers.forEach((x, i) => x && out.people.set(ids[i], { id: Number(x.id), enrollments: enrollmentsOf(x.enrollments) }));
  }
  for (let e = 0; e < employers.length; e += EMPLOYER_CHUNK) {
    const codes = employers.slice(e, e + EMPLOYER_CHUNK);
    const data = await callGateway<Answer>(caller, "ImportParties", { idNumbers: [], creditCodes: codes });
    data.employersByCreditCodes.forEach((x, i) => x && out.employers.set(codes[i], { id: Number(x.id), areaCode: x.areaCode, industry: x.industry }));
  }
  return out;
}

/** Enrollments as the graph gives them (the employer as a reference), with the employer's hub id. */
export function enrollmentsOf(list: readonly GraphEnrollment[]): Enrollment[] {
  return list.map((e) => ({ insurance: e.insurance, startDate: e.startDate, endDate: e.endDate, employerId: e.employer ? Number(e.employer.id) : null }));
}

/** Payees' recorded dates of death by ID number (absent: none recorded, or not in the register): 4,000 a request (cost 3 each, within 15,000). */
export async function datesOfDeath(caller: GatewayCaller, idNumbers: readonly string[]): Promise<Map<string, string>> {
  const keys = [...new Set(idNumbers)];
  const out = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 4_000) {
    const part = keys.slice(i, i + 4_000);
    const data = await callGateway<{ peopleByIdNumbers: ({ dateOfDeath: string | null } | null)[] }>(caller, "DeathsByIdNumbers", { idNumbers: part });
    data.peopleByIdNumbers.forEach((p, j) => p?.dateOfDeath && out.set(part[j], p.dateOfDeath));
  }
  return out;
}

/** An active work-injury enrollment of the person at the employer on the day (end day included). */
export function insuredOn(person: ImportedParties["people"] extends Map<string, infer P> ? P : never, employerId: number, day: string): boolean {
  return person.enrollments.some((e) => e.insurance === "WORK_INJURY" && e.employerId === employerId && e.startDate <= day && (!e.endDate || e.endDate >= day));
}

/** The work-injury contribution bases (fen) of a person at an employer over a span of months, from enrollment. */
export async function contributionBasesOf(caller: GatewayCaller, personId: number, employerId: number, from: string, to: string): Promise<{ month: string; baseFen: number }[]> {
  const data = await callGateway<{ contributions: { nodes: { month: string; base: string }[] } }>(caller, "OwnWageBases", { personId: String(personId), employerId: String(employerId), from, to });
  return data.contributions.nodes.map((n) => ({ month: n.month, baseFen: parseYuanOrThrow(n.base) }));
}

/** Money arrives as a yuan string from the graph; anything else is a broken contract, not input. */
function parseYuanOrThrow(yuan: string): number {
  const fen = parseYuan(yuan);
  if (fen === null) throw new Error(`enrollment answered a malformed amount ${JSON.stringify(yuan)}`);
  return fen;
}
