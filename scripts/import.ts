// The gateway libraries phone home unless told not to; every entry point sets this first (DESIGN §2).
process.env.APOLLO_TELEMETRY_DISABLED = "1";

import fs from "node:fs";
import os from "node:os";
import { loadConfig } from "../lib/config";
import { createLogger } from "../lib/logger";
import { allSubgraphModules } from "../subgraphs/modules";
import { isOptionalColumn } from "../subgraphs/common/import/csv";
import { importFolder, FolderResult, ImportingModule } from "../subgraphs/common/import/folder";

/** `npm run import -- DIR`: imports the CSV files in DIR (formats in docs/import.md). */

export function usage(modules: ImportingModule[]): string {
  const files = modules
    .flatMap((m) => m.importers ?? [])
    .sort((a, b) => a.order - b.order)
    .map((i) => {
      const columns = Object.entries(i.columns).map(([name, parser]) => (isOptionalColumn(parser) ? `[${name}]` : name));
      return `  ${i.file.padEnd(20)} ${i.description}\n  ${"".padEnd(20)} ${columns.join(",")}`;
    });
  return [
    "Usage: npm run import -- DIR",
    "",
    "Imports the files below found in DIR, in this order. The first line of a file names its columns",
    "([optional] ones may be left out); UTF-8 (with or without BOM) or GB18030 (Excel \"CSV\").",
    "A file is imported whole or not at all; importing the same file again changes nothing.",
    "Import stops at the first rejected file; fix it and run the folder again. See docs/import.md.",
    "",
    ...files,
  ].join("\n");
}

/** The report: rows per file, or every bad row as `file:line: field: message (rule)`. */
export function report(outcome: FolderResult): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  for (const r of outcome.results) {
    if (r.errors.length === 0) out.push(`${r.file}: ${r.rows} rows imported (${r.encoding})`);
    else {
      err.push(`${r.file}: rejected, nothing imported from it:`);
      for (const e of r.errors) err.push(`${r.file}:${e.line}: ${e.field}: ${e.message} (${e.rule})`);
    }
  }
  if (outcome.skipped.length) err.push(`not imported because of the rejected file: ${outcome.skipped.join(", ")}`);
  if (outcome.unknown.length) err.push(`ignored, no importer reads: ${outcome.unknown.join(", ")}`);
  return { out, err };
}

/** Returns the exit code: 0 imported, 1 a file was rejected or nothing to import, 2 usage. */
export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(usage(allSubgraphModules()));
    return 0;
  }
  const [dir, ...rest] = argv;
  if (!dir || rest.length) {
    console.error("Usage: npm run import -- DIR   (--help lists the files and their columns)");
    return 2;
  }
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`Not a folder: ${dir}`);
    return 2;
  }
  // Same secrets file as `npm start`, so an import on a fresh clone needs no configuration.
  const config = loadConfig(env, { createSecrets: true });
  const outcome = await importFolder(dir, config, { log: createLogger(config, "import"), modules: allSubgraphModules(), operator: operatorName(env) });
  const { out, err } = report(outcome);
  out.forEach((l) => console.log(l));
  err.forEach((l) => console.error(l));
  if (outcome.results.length === 0) {
    console.error(`No known file in ${dir}; --help lists them.`);
    return 1;
  }
  return outcome.results.some((r) => r.errors.length) ? 1 : 0;
}

/** Who runs the import (audited as import:<name>): IMPORT_OPERATOR, else the login name. */
function operatorName(env: NodeJS.ProcessEnv): string {
  if (env.IMPORT_OPERATOR) return env.IMPORT_OPERATOR;
  try {
    return os.userInfo().username;
  } catch {
    return "unknown";
  }
}

if (require.main === module) {
  main(process.argv.slice(2), process.env).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
