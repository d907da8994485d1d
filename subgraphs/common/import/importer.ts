import type { DataSource } from "typeorm";
import type { Tx } from "../tx";
import type { Config } from "../../../lib/config";
import type { GatewayCaller } from "../gateway-client";

/** A broken rule on one record: the input field, a short rule id, a message a case worker understands. */
export interface RowError {
  field: string;
  rule: string;
  message: string;
}
/**
 * A broken rule of the record at `index`; `refersTo` is the index of another record the message is
 * about (the first of two duplicates), which the CSV importer names by its line.
 */
export type IndexedError = RowError & { index: number; refersTo?: number };

/** Turns one CSV cell into a typed value, or says why it cannot. */
export type CellParser = (cell: string) => { ok: true; value: unknown } | { ok: false; rule: string; message: string };

/**
 * One kind of record a subgraph imports, e.g. `employers.csv`. The CSV importer and the demo load
 * both go through `check` then `write`, so demo data passes the same rules as real imports.
 */
export interface Importer<R = any> {
  /** File name in the import folder, e.g. "employers.csv". */
  file: string;
  /** Load order across all subgraphs: referenced records first (people before enrollments). */
  order: number;
  /** CSV column (header) → record field parser. Columns are the record's field names. */
  columns: Record<string, CellParser>;
  /** Human description of the file, for docs and --help. */
  description: string;
  check(record: R): RowError[];
  /**
   * What the rows name of other subgraphs (ID numbers, credit codes → hub ids and their facts), read
   * through the gateway before the file's transaction (gateway-client.ts); `write` gets the result. A
   * file with such names needs the hub running; the demo, which has no gateway, passes `prepared` itself.
   * `db` is the subgraph's own database, read outside any transaction (what the gateway is asked may
   * depend on what the subgraph holds, e.g. only the cases without a stored own wage).
   */
  prepare?(caller: GatewayCaller, records: R[], db: DataSource): Promise<unknown>;
  /** Upserts by natural key inside the caller's transaction; returns rows it could not write. */
  write(tx: Tx, records: R[], context: WriteContext): Promise<IndexedError[]>;
}

/** What a write may use besides the transaction. */
export interface WriteContext {
  /** The subgraph's database, for its repositories (they take the transaction for the statements). */
  db: DataSource;
  /** The hub's config, for rules with configured days (absent in tests that import records directly). */
  config?: Config;
  /** What `prepare` returned. */
  prepared?: any;
}
