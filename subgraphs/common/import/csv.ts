import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { parse, CsvError } from "csv-parse/sync";
import type { DataSource } from "typeorm";
import type { CellParser, Importer } from "./importer";
import { ImportRejected, importRecords } from "./run";
import type { GatewayCaller } from "../gateway-client";

/** A broken rule at a physical line of a CSV file (the header is line 1). */
export interface LineError {
  line: number;
  field: string;
  rule: string;
  message: string;
}

/** Excel in China saves "CSV" as GB18030 (GBK); "CSV UTF-8" adds a byte-order mark. Both are read. */
export type Encoding = "utf-8" | "gb18030";

export interface CsvRead<R> {
  encoding: Encoding;
  records: R[];
  /** `lines[i]` is the line `records[i]` starts on, to report errors where the user can find them. */
  lines: number[];
  errors: LineError[];
}

export interface ImportResult {
  file: string;
  encoding: Encoding;
  /** Rows written; 0 when the file was rejected (nothing of it is written). */
  rows: number;
  errors: LineError[];
}

/** A column may be left out of a file when an empty cell is a valid value for it. */
export function isOptionalColumn(parser: CellParser): boolean {
  return parser("").ok;
}

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding: "utf-8" };
  } catch {
    // Chinese text in GB18030 is almost never valid UTF-8, so invalid UTF-8 means an Excel "CSV" export.
    return { text: iconv.decode(Buffer.from(body), "gb18030"), encoding: "gb18030" };
  }
}

/** Reads a CSV file into the importer's records; a row with any bad cell yields errors instead. */
export function readCsvFile<R>(file: string, importer: Importer<R>): CsvRead<R> {
  const bytes = fs.readFileSync(file);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const message = "The file is UTF-16 (Excel \"Unicode Text\"); save it as \"CSV UTF-8\" or \"CSV\".";
    return { encoding: "utf-8", records: [], lines: [], errors: [{ line: 1, field: "file", rule: "csv.encoding", message }] };
  }
  const { text, encoding } = decodeCsv(bytes);
  const out: CsvRead<R> = { encoding, records: [], lines: [], errors: [] };
  // Until the first non-blank line: null; after a bad header the rows cannot be read, so none are.
  let rows: RowReader<R> | "bad header" | null = null;
  let line = 1;
  try {
    parse(text, {
      raw: true,
      relax_column_count: true,
      // Records are turned into import records as they come and dropped, so a large file is not held twice.
      on_record: (row, context) => {
        // With `raw`, csv-parse passes { record, raw } although its types say string[].
        const { record } = row as unknown as { record: string[] };
        const start = line;
        // csv-parse's own line count drifts after quoted multi-line cells; counting the raw text does not.
        line += context.raw?.match(/\r\n|\r|\n/g)?.length ?? 0;
        const cells = record.map((c) => c.trim());
        if (cells.every((c) => c === "")) return undefined;
        if (rows === null) {
          const header = readHeader(cells, importer);
          if ("error" in header) out.errors.push({ line: start, ...header.error });
          rows = "error" in header ? "bad header" : header;
        } else if (rows !== "bad header") rows.read(cells, start, out);
        return undefined;
      },
    });
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    out.errors.push({ line, field: "file", rule: "csv.syntax", message: `Not valid CSV from this line on (${err.code}); check its quotes.` });
  }
  if (rows === null && out.errors.length === 0) {
    out.errors.push({ line: 1, field: "header", rule: "csv.empty", message: `The file is empty; its first line must name the columns: ${Object.keys(importer.columns).join(", ")}.` });
  }
  return out;
}

interface RowReader<R> {
  read(cells: string[], line: number, out: CsvRead<R>): void;
}

function readHeader<R>(names: string[], importer: Importer<R>): RowReader<R> | { error: Omit<LineError, "line"> } {
  const expected = Object.keys(importer.columns);
  const seen = new Set<string>();
  const duplicate = names.filter((n) => n !== "" && (seen.has(n) || !seen.add(n)));
  const unknown = names.filter((n) => n !== "" && !(n in importer.columns));
  const missing = expected.filter((c) => !seen.has(c) && !isOptionalColumn(importer.columns[c]));
  const columns = `The columns are: ${expected.join(", ")}.`;
  if (duplicate.length) return { error: { field: "header", rule: "csv.duplicate-column", message: `Column(s) named twice: ${duplicate.join(", ")}.` } };
  if (unknown.length) return { error: { field: "header", rule: "csv.unknown-column", message: `Unknown column(s): ${unknown.join(", ")}. ${columns}` } };
  if (missing.length) return { error: { field: "header", rule: "csv.missing-column", message: `Missing column(s): ${missing.join(", ")}. ${columns}` } };
  const position = new Map(names.map((n, i) => [n, i]));
  return {
    read(cells, line, out) {
      const record: Record<string, unknown> = {};
      let ok = true;
      for (const column of expected) {
        const i = position.get(column);
        const parsed = importer.columns[column](i === undefined ? "" : (cells[i] ?? ""));
        if (parsed.ok) record[column] = parsed.value;
        else {
          ok = false;
          out.errors.push({ line, field: column, rule: parsed.rule, message: parsed.message });
        }
      }
      // A value under no column name is a shifted row, not something to drop silently.
      const stray = cells.findIndex((c, i) => c !== "" && (i >= names.length || names[i] === ""));
      if (stray >= 0) {
        ok = false;
        out.errors.push({ line, field: `column ${stray + 1}`, rule: "csv.extra-cell", message: "A value in a column the header does not name." });
      }
      if (ok) {
        out.records.push(record as R);
        out.lines.push(line);
      }
    },
  };
}

/**
 * Imports one file whole or not at all: any bad cell, broken rule or unknown reference rejects the
 * file and nothing of it is written. Upserts by natural key make a second run change nothing.
 */
export async function importCsvFile<R>(db: DataSource, importer: Importer<R>, file: string, onProgress?: (done: number, total: number) => void, caller?: GatewayCaller): Promise<ImportResult> {
  const read = readCsvFile(file, importer);
  const result = (errors: LineError[]): ImportResult => ({ file: path.basename(file), encoding: read.encoding, rows: errors.length ? 0 : read.records.length, errors });
  const total = read.records.length;
  onProgress?.(0, total);
  try {
    // With unreadable rows, the rows that did parse are still checked and trial-written (then rolled
    // back), so every problem of the file is in one report.
    let prepared: unknown;
    if (importer.prepare) {
      if (!caller) throw new Error(`${importer.file} names other subgraphs' records: it is imported with a gateway caller (importFolder).`);
      prepared = await importer.prepare(caller, read.records, db);
    }
    await importRecords(db, importer, read.records, (done) => onProgress?.(done, total), read.errors.length > 0, { prepared, config: caller?.config });
  } catch (err) {
    if (!(err instanceof ImportRejected)) throw err;
    const rows = err.errors.map(({ index, refersTo, ...e }) => ({
      line: read.lines[index],
      ...e,
      message: refersTo === undefined ? e.message : `${e.message} (line ${read.lines[refersTo]})`,
    }));
    return result([...read.errors, ...rows].sort((a, b) => a.line - b.line));
  }
  return result([]);
}
