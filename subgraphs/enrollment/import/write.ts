import { lastDayOfMonth } from "../../common/dates";
import { firstOfKey } from "../../common/import/first-of-key";
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
  const existing = await tx.query<{ personId: number; employerId: number; insurance: string; startDate: string; id: number }>(
    "SELECT id, personId, employerId, insurance, startDate FROM enrollment WHERE activeKey IS NOT NULL",
  );
  // The active slots (activeKeyOf): per person for unemployment, per person and employer for work injury.
  const activeStart = new Map(existing.map((e) => [activeKeyOf(Number(e.personId), e.insurance as never, Number(e.employerId)), { start: String(e.startDate), employerId: Number(e.employerId), id: Number(e.id) }]));
  // Stops first: a file may stop a person's enrollment and start a new one (a change of employer).
  rows.forEach((r) => {
    const personId = people.get(r.idNumber.toUpperCase());
    const employerId = employers.get(r.creditCode.toUpperCase());
    const key = personId && employerId && activeKeyOf(personId, r.insurance, employerId);
    const active = key ? activeStart.get(key) : undefined;
    if (key && r.endDate && active?.start === r.startDate && active.employerId === employerId) activeStart.delete(key);
  });
  const errors: IndexedError[] = [];
  const values: unknown[][] = [];
  const activeInFile = new Map<string, number>();
  const first = firstOfKey(errors, "startDate");
  rows.forEach((r, index) => {
    const personId = people.get(r.idNumber.toUpperCase());
    const employerId = employers.get(r.creditCode.toUpperCase());
    if (!personId) return errors.push({ index, field: "idNumber", rule: "person.unknown", message: "No person with this ID number; import people first." });
    if (!employerId) return errors.push({ index, field: "creditCode", rule: "employer.unknown", message: "No employer with this credit code; import employers first." });
    // The same enrollment twice in a file: the second would silently overwrite the first in the upsert.
    if (!first(index, `${personId}:${r.insurance}:${employerId}:${r.startDate}`)) return;
    const key = activeKeyOf(personId, r.insurance, employerId);
    if (!r.endDate) {
      const other = activeStart.get(key);
      // The same enrollment again (same employer and start) is the upsert's; any other in the slot is refused.
      if (other && (other.start !== r.startDate || other.employerId !== employerId)) {
        return errors.push({ index, field: "startDate", rule: "enrollment.duplicate-active", message: `The person already has an active ${r.insurance} enrollment${r.insurance === "WORK_INJURY" ? " at this employer" : ""} (id ${other.id}) from ${other.start}.` });
      }
      const twin = activeInFile.get(key);
      if (twin !== undefined) {
        return errors.push({ index, refersTo: twin, field: "startDate", rule: "enrollment.duplicate-active", message: `The file already enrolls this person in ${r.insurance}${r.insurance === "WORK_INJURY" ? " at this employer" : ""} without an end date` });
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
    // The natural key names the employer: another employer's enrollment is another row, never this one rewritten.
    ["personId", "insurance", "employerId", "startDate"],
    ["endDate", "status", "stopReason", "wageBase", "activeKey"],
  );
  return [];
}

export async function writeContributions(tx: Tx, rows: ContributionRecord[]): Promise<IndexedError[]> {
  const people = await idsByKey(tx, "person", "idNumber");
  const employers = await idsByKey(tx, "employer", "creditCode");
  const employeePpm = await unemploymentEmployeePpm(tx);
  const areas = new Set((await tx.query<{ code: string }>("SELECT code FROM area")).map((a) => String(a.code)));
  const covered = await enrollmentSpans(tx);
  const errors: IndexedError[] = [];
  const first = firstOfKey(errors, "month");
  const values: unknown[][] = [];
  rows.forEach((r, index) => {
    const personId = people.get(r.idNumber.toUpperCase());
    const employerId = employers.get(r.creditCode.toUpperCase());
    if (!personId) return errors.push({ index, field: "idNumber", rule: "person.unknown", message: "No person with this ID number; import people first." });
    if (!employerId) return errors.push({ index, field: "creditCode", rule: "employer.unknown", message: "No employer with this credit code; import employers first." });
    if (!first(index, `${personId}:${r.insurance}:${employerId}:${r.month}`)) return;
    if (!areas.has(r.areaCode)) return errors.push({ index, field: "areaCode", rule: "area.unknown", message: "No area with this code; import areas first." });
    // DESIGN §3: a contribution falls inside an enrollment of that person at that employer for that insurance.
    if (!covered(personId, employerId, r.insurance, r.month)) {
      return errors.push({ index, field: "month", rule: "contribution.not-enrolled", message: `The person has no ${r.insurance} enrollment at this employer covering ${r.month}; import the enrollment first.` });
    }
    const split = r.insurance === "UNEMPLOYMENT" ? employeePpm(r.areaCode, r.month) : null;
    const wrongParts = split === null ? [] : checkParts(r, split);
    if (wrongParts.length) return errors.push(...wrongParts.map((e) => ({ index, ...e })));
    values.push([personId, employerId, r.insurance, r.month, r.base, r.ratePpm, r.employerPart, r.employeePart, r.paidOn, r.areaCode]);
  });
  if (errors.length) return errors;
  const rollups = await rollupsBeforeWrite(tx, values.map((v) => ({ personId: v[0] as number, employerId: v[1] as number, month: v[3] as string })));
  const changed = await tx.upsert(
    "contribution",
    ["personId", "employerId", "insurance", "month", "base", "ratePpm", "employerPart", "employeePart", "paidOn", "areaCode"],
    values,
    // One per person, insurance, employer and month: a second employer's contribution is another row.
    ["personId", "insurance", "employerId", "month"],
    ["base", "ratePpm", "employerPart", "employeePart", "paidOn", "areaCode"],
  );
  // A file re-sent as it is changes no contribution, so the rollups (derived in this same
  // transaction from the rows) are already right: rebuilding them would bump their versions and
  // throw away every cached figure of the year for nothing.
  if (changed > 0) await rollups.rebuild();
  return [];
}

/** Whether an enrollment of the person at the employer in the insurance covers some day of the month. */
async function enrollmentSpans(tx: Tx): Promise<(personId: number, employerId: number, insurance: string, month: string) => boolean> {
  const rows = await tx.query<{ personId: number; employerId: number; insurance: string; startDate: string; endDate: string | null }>("SELECT personId, employerId, insurance, startDate, endDate FROM enrollment");
  const spans = new Map<string, { from: string; to: string | null }[]>();
  for (const r of rows) {
    const k = `${Number(r.personId)}:${Number(r.employerId)}:${r.insurance}`;
    (spans.get(k) ?? spans.set(k, []).get(k)!).push({ from: String(r.startDate), to: r.endDate === null ? null : String(r.endDate) });
  }
  return (personId, employerId, insurance, month) =>
    (spans.get(`${personId}:${employerId}:${insurance}`) ?? []).some((s) => s.from <= lastDayOfMonth(month) && (s.to === null || s.to >= `${month}-01`));
}
