import { UNBOUNDED } from "../../common/bounds";
import { todayInChina } from "../../common/dates";
import { cells } from "../../common/import/cells";
import { firstOfKey } from "../../common/import/first-of-key";
import type { Importer, IndexedError, WriteContext } from "../../common/import/importer";
import type { Tx } from "../../common/tx";
import { findingRepository } from "../finding/finding.repository";
import { institutionRepository } from "../institution/institution.repository";
import { checkSettlement, SettlementRecord } from "../rules";
import { settlementRepository } from "../settlement/settlement.repository";
import { writeSettlement } from "../settlement/settlement.service";

type SettlementRow = SettlementRecord & { institutionCode: string };

/**
 * Settlements by number, written as the mutation writes them (writeSettlement): each takes the institution's
 * pending findings dated before its period ends, once, in the file's order. A known settlement is never
 * rewritten (`settlement.differs` when the row says otherwise): its deductions were taken when it was written.
 */
async function writeSettlements(tx: Tx, rows: SettlementRow[], { db }: WriteContext): Promise<IndexedError[]> {
  const errors: IndexedError[] = [];
  const institutions = await institutionRepository(db, () => UNBOUNDED).byCodes(tx);
  const repo = { settlement: settlementRepository(db, () => UNBOUNDED), finding: findingRepository(db, () => UNBOUNDED) };
  const numbers = rows.map((r) => r.settlementNumber.toUpperCase());
  const stored = await repo.settlement.byNumbers(tx, [...new Set(numbers)]);
  const first = firstOfKey(errors, "settlementNumber");
  for (const [index, r] of rows.entries()) {
    const number = numbers[index];
    if (!first(index, number)) continue;
    const institution = institutions.get(r.institutionCode.toUpperCase());
    if (!institution) { errors.push({ index, field: "institutionCode", rule: "institution.unknown", message: "No medical institution with this code is in the hub (import medical-institutions.csv first)." }); continue; }
    const known = stored.get(number);
    if (known) {
      const same = known.institutionId === institution.id && known.periodFrom === r.periodFrom && known.periodUntil === r.periodUntil && known.claimed === r.claimed && known.paidOn === r.paidOn;
      if (!same) errors.push({ index, field: "settlementNumber", rule: "settlement.differs", message: `The hub holds settlement ${number} with other figures; a settlement and its deductions are not rewritten by a file.` });
      continue;
    }
    await writeSettlement(tx, repo, institution.id, { settlementNumber: number, periodFrom: r.periodFrom, periodUntil: r.periodUntil, claimed: r.claimed, paidOn: r.paidOn });
  }
  return errors;
}

export const settlementsImporter: Importer<SettlementRow> = {
  file: "medical-settlements.csv", order: 240,
  description: "Settlements with medical institutions (医疗费用结算) by number; pending findings are deducted as by the mutation",
  columns: { institutionCode: cells.text, settlementNumber: cells.text, periodFrom: cells.date, periodUntil: cells.date, claimed: cells.yuan, paidOn: cells.date },
  check: (r) => checkSettlement({ ...r, settlementNumber: r.settlementNumber.toUpperCase() }, todayInChina()),
  write: writeSettlements,
};
