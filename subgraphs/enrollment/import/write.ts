import type { Tx } from "../../common/tx";
import { checkResidentId } from "../../common/validators/resident-id";
import { parentOfCode, levelOfCode } from "../area/area.entity";
import { activeKeyOf } from "../enrollment/enrollment.entity";
import { rollupsBeforeWrite } from "../statistics/rollup.service";
import type { IndexedError } from "../../common/import/importer";
import { checkParts, unemploymentEmployeePpm } from "./contribution-parts";
import type { AreaRecord, ContributionRecord, EmployerRecord, EnrollmentRecord, PersonRecord, RateRecord } from "./records";

/**
 * The one bulk-write path of the enrollment records, used by the CSV importer and the demo load.
 * Each function upserts by natural key (so running an import twice changes nothing) and returns
 * the rows it could not write, by index; the caller rolls the whole file back when there are any.
 */

export async function writeAreas(tx: Tx, rows: AreaRecord[]): Promise<IndexedError[]> {
  await tx.upsert("area", ["code", "name", "level", "parentCode"], rows.map((r) => [r.code, r.name, levelOfCode(r.code), parentOfCode(r.code)]), ["code"], ["name", "level", "parentCode"]);
  return [];
}

export async function writeRates(tx: Tx, rows: RateRecord[]): Promise<IndexedError[]> {
  await tx.upsert(
    "rate_parameter",
    ["insurance", "areaCode", "riskClass", "validFrom", "employerPpm", "employeePpm", "note"],
    rows.map((r) => [r.insurance, r.areaCode, r.riskClass, r.validFrom, r.employerPpm, r.employeePpm, r.note]),
    ["insurance", "areaCode", "riskClass", "validFrom"],
    ["employerPpm", "employeePpm", "note"],
  );
  return [];
}

export async function writeEmployers(tx: Tx, rows: EmployerRecord[]): Promise<IndexedError[]> {
  await tx.upsert(
    "employer",
    ["creditCode", "name", "industry", "riskClass", "areaCode", "staffCount", "status", "registeredOn"],
    rows.map((r) => [r.creditCode.toUpperCase(), r.name.trim(), r.industry, r.riskClass, r.areaCode, r.staffCount, r.status, r.registeredOn]),
    ["creditCode"],
    ["name", "industry", "riskClass", "areaCode", "staffCount", "status", "registeredOn"],
  );
  return [];
}

export async function writePeople(tx: Tx, rows: PersonRecord[]): Promise<IndexedError[]> {
  const values = rows.map((r) => {
    const id = checkResidentId(r.idNumber);
    if (!id.ok) throw new Error(`unchecked person record: ${id.rule}`);
    return [id.value.idNumber, r.name.trim(), id.value.gender, id.value.birthDate, r.areaCode, r.phone];
  });
  await tx.upsert("person", ["idNumber", "name", "gender", "birthDate", "areaCode", "phone"], values, ["idNumber"], ["name", "areaCode", "phone"]);
  return [];
}

async function idsByKey(tx: Tx, table: "person" | "employer", column: "idNumber" | "creditCode"): Promise<Map<string, number>> {
  const rows = await tx.query<{ id: number; k: string }>(`SELECT id, ${column} AS k FROM ${table}`);
  return new Map(rows.map((r) => [r.k, Number(r.id)]));
}

export async function writeEnrollments(tx: Tx, rows: EnrollmentRecord[]): Promise<IndexedError[]> {
  const people = await idsByKey(tx, "person", "idNumber");
  const employers = await idsByKey(tx, "employer", "creditCode");
  const existing = await tx.query<{ personId: number; insurance: string; startDate: string; id: number }>(
    "SELECT id, personId, insurance, startDate FROM enrollment WHERE activeKey IS NOT NULL",
  );
  const activeStart = new Map(existing.map((e) => [activeKeyOf(Number(e.personId), e.insurance as never), { start: String(e.startDate), id: Number(e.id) }]));
  // Stops first: a file may stop a person's enrollment and start a new one (a change of employer).
  rows.forEach((r) => {
    const personId = people.get(r.idNumber.toUpperCase());
    const key = personId && activeKeyOf(personId, r.insurance);
    if (key && r.endDate && activeStart.get(key)?.start === r.startDate) activeStart.delete(key);
  });
  const errors: IndexedError[] = [];
  const values: unknown[][] = [];
  const activeInFile = new Map<string, number>();
  rows.forEach((r, index) => {
    const personId = people.get(r.idNumber.toUpperCase());
    const employerId = employers.get(r.creditCode.toUpperCase());
    if (!personId) return errors.push({ index, field: "idNumber", rule: "person.unknown", message: "No person with this ID number; import people first." });
    if (!employerId) return errors.push({ index, field: "creditCode", rule: "employer.unknown", message: "No employer with this credit code; import employers first." });
    const key = activeKeyOf(personId, r.insurance);
    if (!r.endDate) {
      const other = activeStart.get(key);
      if (other && other.start !== r.startDate) {
        return errors.push({ index, field: "startDate", rule: "enrollment.duplicate-active", message: `The person already has an active ${r.insurance} enrollment (id ${other.id}) from ${other.start}.` });
      }
      const twin = activeInFile.get(key);
      if (twin !== undefined) {
        return errors.push({ index, refersTo: twin, field: "startDate", rule: "enrollment.duplicate-active", message: `The file already enrolls this person in ${r.insurance} without an end date` });
      }
      activeInFile.set(key, index);
    }
    values.push([personId, employerId, r.insurance, r.startDate, r.endDate, r.endDate ? "STOPPED" : "ACTIVE", r.stopReason, r.wageBase, r.endDate ? null : key]);
  });
  if (errors.length) return errors;
  // Stopped rows first, so that a stop frees the active slot before the new enrollment takes it.
  values.sort((a, b) => Number(a[8] !== null) - Number(b[8] !== null));
  await tx.upsert(
    "enrollment",
    ["personId", "employerId", "insurance", "startDate", "endDate", "status", "stopReason", "wageBase", "activeKey"],
    values,
    ["personId", "insurance", "startDate"],
    ["employerId", "endDate", "status", "stopReason", "wageBase", "activeKey"],
  );
  return [];
}

export async function writeContributions(tx: Tx, rows: ContributionRecord[]): Promise<IndexedError[]> {
  const people = await idsByKey(tx, "person", "idNumber");
  const employers = await idsByKey(tx, "employer", "creditCode");
  const employeePpm = await unemploymentEmployeePpm(tx);
  const errors: IndexedError[] = [];
  const values: unknown[][] = [];
  rows.forEach((r, index) => {
    const personId = people.get(r.idNumber.toUpperCase());
    const employerId = employers.get(r.creditCode.toUpperCase());
    if (!personId) return errors.push({ index, field: "idNumber", rule: "person.unknown", message: "No person with this ID number; import people first." });
    if (!employerId) return errors.push({ index, field: "creditCode", rule: "employer.unknown", message: "No employer with this credit code; import employers first." });
    const split = r.insurance === "UNEMPLOYMENT" ? employeePpm(r.areaCode, r.month) : null;
    const wrongParts = split === null ? [] : checkParts(r, split);
    if (wrongParts.length) return errors.push(...wrongParts.map((e) => ({ index, ...e })));
    values.push([personId, employerId, r.insurance, r.month, r.base, r.ratePpm, r.employerPart, r.employeePart, r.paidOn, r.areaCode]);
  });
  if (errors.length) return errors;
  const rollups = await rollupsBeforeWrite(tx, values.map((v) => ({ personId: v[0] as number, employerId: v[1] as number, month: v[3] as string })));
  await tx.upsert(
    "contribution",
    ["personId", "employerId", "insurance", "month", "base", "ratePpm", "employerPart", "employeePart", "paidOn", "areaCode"],
    values,
    ["personId", "insurance", "month"],
    ["employerId", "base", "ratePpm", "employerPart", "employeePart", "paidOn", "areaCode"],
  );
  await rollups.rebuild();
  return [];
}
