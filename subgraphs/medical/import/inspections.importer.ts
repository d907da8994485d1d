import { UNBOUNDED } from "../../common/bounds";
import { todayInChina } from "../../common/dates";
import { cells } from "../../common/import/cells";
import { firstOfKey } from "../../common/import/first-of-key";
import type { CellParser, Importer, IndexedError, WriteContext } from "../../common/import/importer";
import type { Tx } from "../../common/tx";
import { inpatientCaseRepository } from "../inpatient-case/inpatient-case.repository";
import { inspectionRepository } from "../inspection/inspection.repository";
import { institutionRepository } from "../institution/institution.repository";
import { checkInspection } from "../rules";

interface CaseCheck { admissionNumber: string; presentInWard: boolean; identityVerified: boolean }

export interface InspectionRow {
  institutionCode: string;
  inspectionNumber: string;
  inspectedOn: string;
  inspectors: string[];
  checks: CaseCheck[];
}

/** Names separated by `;` (检查人员). */
const names: CellParser = (c) => ({ ok: true, value: c.split(";").map((x) => x.trim()).filter(Boolean) });

/** `admissionNumber:present:identity` items separated by `;`, present and identity 1 or 0 (e.g. `ZY2024A00001:1:1`). */
const caseChecks: CellParser = (c) => {
  const out: CaseCheck[] = [];
  for (const part of c.split(";").map((x) => x.trim()).filter(Boolean)) {
    const m = /^([A-Za-z0-9-]{1,32}):([01]):([01])$/.exec(part);
    if (!m) return { ok: false, rule: "inspection.checks-format", message: `Checks are admissionNumber:present:identity (1 or 0) separated by ";"; "${part}" is not.` };
    out.push({ admissionNumber: m[1], presentInWard: m[2] === "1", identityVerified: m[3] === "1" });
  }
  return { ok: true, value: out };
};

/**
 * Inspections by number with their per-case checks, the mutation's rules: every case checked is an
 * admission of the inspected institution made by the inspection day, once. A known inspection is never
 * rewritten (`inspection.differs`).
 */
async function writeInspections(tx: Tx, rows: InspectionRow[], { db }: WriteContext): Promise<IndexedError[]> {
  const errors: IndexedError[] = [];
  const institutions = await institutionRepository(db, () => UNBOUNDED).byCodes(tx);
  const cases = inpatientCaseRepository(db, () => UNBOUNDED);
  const repo = inspectionRepository(db, () => UNBOUNDED);
  const numbers = rows.map((r) => r.inspectionNumber.toUpperCase());
  const stored = await repo.byNumbers(tx, [...new Set(numbers)]);
  const first = firstOfKey(errors, "inspectionNumber");
  const today = todayInChina();
  for (const [index, r] of rows.entries()) {
    const number = numbers[index];
    if (!first(index, number)) continue;
    const bad = (field: string, rule: string, message: string) => errors.push({ index, field, rule, message });
    const broken = checkInspection({ inspectionNumber: number, inspectedOn: r.inspectedOn, inspectors: r.inspectors }, today);
    if (broken.length) { errors.push(...broken.map((e) => ({ ...e, index }))); continue; }
    const institution = institutions.get(r.institutionCode.toUpperCase());
    if (!institution) { bad("institutionCode", "institution.unknown", "No medical institution with this code is in the hub (import medical-institutions.csv first)."); continue; }
    const known = stored.get(number);
    if (known) {
      if (known.institutionId !== institution.id || known.inspectedOn !== r.inspectedOn) bad("inspectionNumber", "inspection.differs", `The hub holds inspection ${number} of another institution or day; it is not rewritten by a file.`);
      continue;
    }
    const admitted = await cases.byAdmissionNumbers(tx, institution.id, r.checks.map((c) => c.admissionNumber));
    const seen = new Set<string>();
    const problem = r.checks.find((c) => {
      const admission = admitted.get(c.admissionNumber);
      const why = seen.has(c.admissionNumber) ? "inspection.case-twice" : !admission ? "inspection.case" : admission.admittedOn > r.inspectedOn ? "inspection.case-not-admitted" : null;
      seen.add(c.admissionNumber);
      if (why) bad("checks", why, `${c.admissionNumber}: ${why === "inspection.case-twice" ? "a case is checked once per inspection" : why === "inspection.case" ? "not an inpatient case of the inspected institution" : "not admitted yet on the inspection day"}.`);
      return why !== null;
    });
    if (problem) continue;
    await repo.insert(tx, { inspectionNumber: number, institutionId: institution.id, inspectedOn: r.inspectedOn, inspectors: r.inspectors },
      r.checks.map((c) => ({ caseId: admitted.get(c.admissionNumber)!.id, institutionId: institution.id, presentInWard: c.presentInWard, identityVerified: c.identityVerified })));
  }
  return errors;
}

export const inspectionsImporter: Importer<InspectionRow> = {
  file: "medical-inspections.csv", order: 220,
  description: "Inspections (查房/检查) by number, with the cases checked (admissionNumber:present:identity)",
  columns: { institutionCode: cells.text, inspectionNumber: cells.text, inspectedOn: cells.date, inspectors: names, checks: caseChecks },
  check: () => [],
  write: writeInspections,
};
