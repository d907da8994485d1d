import type { DataSource } from "typeorm";
import { withTransaction } from "../tx";
import type { Importer, IndexedError } from "./importer";

export class ImportRejected extends Error {
  constructor(readonly errors: IndexedError[]) {
    super(`${errors.length} record(s) rejected`);
  }
}

/**
 * Checks every record, then writes them all in one transaction: either all land or none does.
 * Throws ImportRejected with every broken rule (index = position in `records`).
 */
export async function importRecords<R>(db: DataSource, importer: Importer<R>, records: R[], onChecked?: (done: number) => void): Promise<number> {
  const errors: IndexedError[] = [];
  for (let i = 0; i < records.length; i++) {
    for (const e of importer.check(records[i])) errors.push({ ...e, index: i });
    if (onChecked && i % 50_000 === 0) onChecked(i);
  }
  if (errors.length) throw new ImportRejected(errors);
  await withTransaction(db, async (tx) => {
    const writeErrors = await importer.write(tx, records);
    if (writeErrors.length) throw new ImportRejected(writeErrors);
  });
  onChecked?.(records.length);
  return records.length;
}
