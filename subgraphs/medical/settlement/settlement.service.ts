import { orConflict } from "../../common/db-errors";
import { todayInChina } from "../../common/dates";
import { parseId, throwIfInvalid } from "../../common/errors";
import { clamp } from "../../common/money";
import type { Tx } from "../../common/tx";
import { withTransaction } from "../../common/tx";
import type { MedicalContext } from "../context";
import type { RecordSettlementInput } from "../inputs";
import { institutionForWrite } from "../institution/institution.service";
import type { FindingRepository } from "../finding/finding.repository";
import { checkSettlement, SettlementRecord } from "../rules";
import type { SettlementRepository } from "./settlement.repository";
import type { Settlement } from "./settlement.entity";

/**
 * Writes a settlement and takes its deductions, in the caller's transaction. Why it is exactly once:
 * the settlement row is inserted first, then the pending findings (and waiting carry-overs) are
 * claimed for its id by conditional UPDATEs (`… AND settlementId IS NULL`). SQLite runs one writer at
 * a time; on MySQL the institution row is locked FOR UPDATE first, and even without it InnoDB's
 * UPDATE reads the latest committed row and waits on a row another writer holds, so a second
 * settlement never matches a finding the first took. Shared by the mutation, the importer and the demo.
 */
export async function writeSettlement(
  tx: Tx,
  repo: { settlement: SettlementRepository; finding: FindingRepository },
  institutionId: number,
  r: SettlementRecord,
): Promise<Settlement> {
  const id = await repo.settlement.insertOpen(tx, { ...r, institutionId });
  const deducted = await repo.finding.claimPending(tx, institutionId, r.periodUntil, id);
  const carriedIn = await repo.settlement.claimCarryOver(tx, institutionId, id);
  const owed = deducted + carriedIn;
  const paid = clamp(r.claimed - owed, 0, r.claimed);
  return repo.settlement.close(tx, id, { deducted, carriedIn, paid, carryOver: owed - (r.claimed - paid) });
}

export async function recordSettlement(ctx: MedicalContext, input: RecordSettlementInput): Promise<Settlement> {
  const institutionId = parseId(input.institutionId, "input.institutionId");
  const record: SettlementRecord = {
    settlementNumber: input.settlementNumber.trim().toUpperCase(),
    periodFrom: input.periodFrom,
    periodUntil: input.periodUntil,
    claimed: input.claimed,
    paidOn: input.paidOn,
  };
  throwIfInvalid(checkSettlement(record, todayInChina()));
  return orConflict(
    ctx.db,
    () =>
      withTransaction(ctx.db, async (tx) => {
        await institutionForWrite(ctx, tx, institutionId, "input.institutionId");
        return writeSettlement(tx, ctx.loaders.repo, institutionId, record);
      }),
    { settlementNumber: "input.settlementNumber" },
    "settlement.duplicate",
  );
}
