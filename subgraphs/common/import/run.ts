import type { DataSource } from "typeorm";
import { withTransaction } from "../tx";
import type { Importer, IndexedError, WriteContext } from "./importer";

export class ImportRejected extends Error {
  constructor(readonly errors: IndexedError[]) {
    super(`${errors.length} record(s) rejected`);
  }
}

/**
 * Checks every record, then writes them all in one transaction: either all land or none does.
 * Throws ImportRejected with every broken rule (index = position in `records`). The records that
 * pass their checks are written even when others fail, and rolled back, so that the rules only the
 * write can see (duplicates, unknown references) come in the same report: one round of fixes.
 * `reject`: the caller already has errors of its own (unreadable rows), so never commit.
 * `context`: the config and what `importer.prepare` read through the gateway before this transaction.
 */
export async function importRecords<R>(db: DataSource, importer: Importer<R>, records: R[], onChecked?: (done: number) => void, reject = false, context: Omit<WriteContext, "db"> = {}): Promise<number> {
  const errors: IndexedError[] = [];
  const clean: number[] = [];
  for (let i = 0; i < records.length; i++) {
    const broken = importer.check(records[i]);
    for (const e of broken) errors.push({ ...e, index: i });
    if (!broken.length) clean.push(i);
    if (onChecked && i % 50_000 === 0) onChecked(i);
  }
  const fail = reject || errors.length > 0;
  try {
    await withTransaction(db, async (tx) => {
      const writeErrors = await importer.write(tx, fail ? clean.map((i) => records[i]) : records, { ...context, db });
      const back = (i: number) => (fail ? clean[i] : i);
      for (const e of writeErrors) errors.push({ ...e, index: back(e.index), ...(e.refersTo === undefined ? {} : { refersTo: back(e.refersTo) }) });
      // Throwing rolls the transaction back.
      if (errors.length || fail) throw new ImportRejected(errors.sort((a, b) => a.index - b.index));
    });
  } catch (err) {
    if (err instanceof ImportRejected) throw err;
    // A write that cannot run over a partial file adds nothing; the check errors still stand.
    if (fail) throw new ImportRejected(errors);
    throw err;
  }
  onChecked?.(records.length);
  return records.length;
}
