import { isIsoDate } from "../../common/dates";
import type { RowError } from "../../common/import/importer";
import { checkResidentId } from "../../common/validators/resident-id";
import { DependantRelation } from "./dependant.entity";

export interface DependantRecord {
  name: string;
  idNumber: string;
  relation: DependantRelation;
  orphanOrLoneElderly: boolean;
  eligibleFrom: string;
  eligibleUntil: string | null;
}

/** The record's rules against its case: a real payee, eligible from the death on, in order. */
export function checkDependant(d: DependantRecord, diedOn: string, today: string): RowError[] {
  const errors: RowError[] = [];
  if (!d.name.trim() || d.name.trim().length > 50) errors.push({ field: "name", rule: "dependant.name", message: "The dependant's name, 1 to 50 characters." });
  const id = checkResidentId(d.idNumber, today);
  if (!id.ok) errors.push({ field: "idNumber", rule: id.rule, message: id.message });
  if (!Object.values(DependantRelation).includes(d.relation)) errors.push({ field: "relation", rule: "dependant.relation", message: "Unknown relationship." });
  if (!isIsoDate(d.eligibleFrom)) errors.push({ field: "eligibleFrom", rule: "date.format", message: "A real date YYYY-MM-DD." });
  else if (d.eligibleFrom < diedOn) errors.push({ field: "eligibleFrom", rule: "dependant.before-death", message: `A dependant draws from the death (${diedOn}) on.` });
  if (d.eligibleUntil !== null && (!isIsoDate(d.eligibleUntil) || d.eligibleUntil < d.eligibleFrom)) errors.push({ field: "eligibleUntil", rule: "dependant.period", message: "Eligible until a real date on or after eligibleFrom." });
  return errors;
}

/** Eligible on the day (end day included). */
export const eligibleOn = (d: { eligibleFrom: string; eligibleUntil: string | null }, day: string) => d.eligibleFrom <= day && (d.eligibleUntil === null || d.eligibleUntil >= day);
