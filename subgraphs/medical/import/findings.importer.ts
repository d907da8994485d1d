import { UNBOUNDED } from "../../common/bounds";
import { todayInChina } from "../../common/dates";
import { cells } from "../../common/import/cells";
import { firstOfKey } from "../../common/import/first-of-key";
import type { CellParser, Importer, IndexedError, WriteContext } from "../../common/import/importer";
import type { Tx } from "../../common/tx";
import { FindingKind, FindingResolution } from "../finding/finding.entity";
import { findingRepository } from "../finding/finding.repository";
import { inspectionRepository } from "../inspection/inspection.repository";
import { institutionRepository } from "../institution/institution.repository";
import { checkFinding, FindingRecord } from "../rules";

export type FindingRow = FindingRecord & { institutionCode: string; inspectionNumber: string | null };

/** Kinds separated by `;` (e.g. `OVER_TREATMENT;INJURY_ILLNESS_NOT_SEPARATED`). */
const kinds: CellParser = (c) => {
  const values = c.split(";").map((x) => x.trim().toUpperCase()).filter(Boolean);
  const unknown = values.find((v) => !(Object.values(FindingKind) as string[]).includes(v));
  return unknown ? { ok: false, rule: "finding.kinds", message: `One or more of ${Object.values(FindingKind).join(", ")} separated by ";"; "${unknown}" is not one.` } : { ok: true, value: values };
};

/**
 * Findings by number, the mutation's rules: of the same institution as the inspection named, not before
 * it. One to deduct waits for the institution's next settlement (import it before medical-settlements.csv,
 * which comes later in the order). A known finding is never rewritten (`finding.differs`).
 */
async function writeFindings(tx: Tx, rows: FindingRow[], { db }: WriteContext): Promise<IndexedError[]> {
  const errors: IndexedError[] = [];
  const institutions = await institutionRepository(db, () => UNBOUNDED).byCodes(tx);
  const repo = findingRepository(db, () => UNBOUNDED);
  const numbers = rows.map((r) => r.findingNumber.toUpperCase());
  const stored = await repo.byNumbers(tx, [...new Set(numbers)]);
  const inspections = await inspectionRepository(db, () => UNBOUNDED).byNumbers(tx, [...new Set(rows.flatMap((r) => (r.inspectionNumber ? [r.inspectionNumber.toUpperCase()] : [])))]);
  const first = firstOfKey(errors, "findingNumber");
  const today = todayInChina();
  for (const [index, r] of rows.entries()) {
    const number = numbers[index];
    if (!first(index, number)) continue;
    const bad = (field: string, rule: string, message: string) => errors.push({ index, field, rule, message });
    const record: FindingRecord = { findingNumber: number, foundOn: r.foundOn, kinds: r.kinds, amount: r.amount, resolution: r.resolution, refundedOn: r.refundedOn };
    const broken = checkFinding(record, today);
    if (broken.length) { errors.push(...broken.map((e) => ({ ...e, index }))); continue; }
    const institution = institutions.get(r.institutionCode.toUpperCase());
    if (!institution) { bad("institutionCode", "institution.unknown", "No medical institution with this code is in the hub (import medical-institutions.csv first)."); continue; }
    const inspection = r.inspectionNumber ? inspections.get(r.inspectionNumber.toUpperCase()) : undefined;
    if (r.inspectionNumber && (!inspection || inspection.institutionId !== institution.id)) { bad("inspectionNumber", "finding.inspection", "Not an inspection of this institution in the hub."); continue; }
    if (inspection && inspection.inspectedOn > record.foundOn) { bad("foundOn", "finding.found-on", "A finding comes on or after its inspection."); continue; }
    const known = stored.get(number);
    if (known) {
      const same = known.institutionId === institution.id && known.inspectionId === (inspection?.id ?? null) && known.foundOn === record.foundOn && known.amount === record.amount
        && known.resolution === record.resolution && known.refundedOn === record.refundedOn && JSON.stringify(known.kinds) === JSON.stringify(record.kinds);
      if (!same) bad("findingNumber", "finding.differs", `The hub holds finding ${number} with other details; a finding is not rewritten by a file.`);
      continue;
    }
    await repo.insert(tx, { ...record, institutionId: institution.id, inspectionId: inspection?.id ?? null });
  }
  return errors;
}

export const findingsImporter: Importer<FindingRow> = {
  file: "medical-findings.csv", order: 230,
  description: "Findings of inspections (检查发现问题) by number: kinds separated by ';', one amount in yuan, refunded or deducted at settlement",
  columns: {
    institutionCode: cells.text, findingNumber: cells.text, inspectionNumber: cells.optionalText, foundOn: cells.date, kinds, amount: cells.yuan,
    resolution: cells.enumOf(Object.values(FindingResolution)), refundedOn: cells.optionalDate,
  },
  check: () => [],
  write: writeFindings,
};
