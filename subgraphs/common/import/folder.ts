import fs from "node:fs";
import path from "node:path";
import { SingleBar, Presets } from "cli-progress";
import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Config } from "../../../lib/config";
import { openDataSource } from "../data-source";
import type { SubgraphModule } from "../module";
import { assertNoImporterCollisions } from "./collisions";
import { importCsvFile, ImportResult } from "./csv";
import { importerToken } from "../gateway-client";

/** The part of a subgraph module an import needs: its database and its importers. */
export type ImportingModule = Pick<SubgraphModule, "name" | "entities" | "migrations" | "importers">;

export interface FolderOptions {
  log: Logger;
  /** The subgraphs whose importers may read the folder (every registered one for `npm run import`). */
  modules: ImportingModule[];
  /** A progress bar per file; defaults to whether stdout is a terminal (log lines otherwise). */
  progressBar?: boolean;
  /**
   * Who runs the import, for files that name other subgraphs' records: their reads go through the gateway
   * on this person's behalf and are audited under `import:<operator>` (importerToken).
   */
  operator?: string;
}

export interface FolderResult {
  /** One per file attempted, in import order. */
  results: ImportResult[];
  /** Files not attempted because an earlier one was rejected. */
  skipped: string[];
  /** CSV files in the folder no importer reads: a misspelt name would otherwise be ignored silently. */
  unknown: string[];
}

/**
 * Imports every known file in `dir` in the importers' global order. Stops at the first rejected file,
 * since later files usually reference earlier ones (enrollments name people); files already imported
 * stay imported, which is safe because imports are idempotent: fix the file and run the folder again.
 */
export async function importFolder(dir: string, config: Config, options: FolderOptions): Promise<FolderResult> {
  const { modules } = options;
  assertNoImporterCollisions(modules);
  const present = new Set(fs.readdirSync(dir));
  const all = modules.flatMap((module) => (module.importers ?? []).map((importer) => ({ module, importer })));
  const plan = all.filter((p) => present.has(p.importer.file)).sort((a, b) => a.importer.order - b.importer.order);
  const known = new Set(all.map((p) => p.importer.file));
  const unknown = [...present].filter((f) => /\.csv$/i.test(f) && !known.has(f)).sort();
  const useBar = options.progressBar ?? process.stdout.isTTY === true;

  const databases = new Map<string, DataSource>();
  const results: ImportResult[] = [];
  const skipped: string[] = [];
  try {
    for (const { module, importer } of plan) {
      if (results.some((r) => r.errors.length)) {
        skipped.push(importer.file);
        continue;
      }
      let db = databases.get(module.name);
      if (!db) databases.set(module.name, (db = await openDataSource(module, config, options.log)));
      const progress = useBar ? barProgress(importer.file) : logProgress(importer.file, options.log);
      try {
        // The gateway caller (used by importers that name other subgraphs' records) also carries the config to every write.
        const caller = { subgraph: module.name, config, internalToken: await importerToken(config, options.operator ?? "unknown") };
        results.push(await importCsvFile(db, importer, path.join(dir, importer.file), progress.update, caller));
      } finally {
        progress.stop();
      }
    }
  } finally {
    for (const db of databases.values()) await db.destroy();
  }
  return { results, skipped, unknown };
}

interface FileProgress {
  update(done: number, total: number): void;
  stop(): void;
}

function barProgress(file: string): FileProgress {
  const bar = new SingleBar({ format: `${file.padEnd(20)} [{bar}] {value}/{total} rows`, hideCursor: true, stream: process.stdout }, Presets.shades_classic);
  let started = false;
  return {
    update(done, total) {
      if (started) bar.update(done);
      else bar.start(total, done);
      started = true;
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

function logProgress(file: string, log: Logger): FileProgress {
  return { update: (done, total) => log.info({ file, done, total }, "importing"), stop: () => undefined };
}
