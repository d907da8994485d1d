process.env.APOLLO_TELEMETRY_DISABLED = "1";
import "reflect-metadata";
import { loadConfig } from "../lib/config";
import { createLogger } from "../lib/logger";
import { verifyWholeChain } from "../subgraphs/common/audit/audit.service";
import { openDataSource } from "../subgraphs/common/data-source";
import { allSubgraphModules } from "../subgraphs/modules";

const USAGE = `usage: npm run audit -- verify
  verify   checks every subgraph's audit chain from its first entry to its head (checkpoints ignored):
           each entry's hash, its link to the one before, no gap, the head; exit code 1 when one is broken`;

/**
 * `npm run audit -- verify`: the whole-chain check of DESIGN §4 beside the incremental one each `auditLog`
 * read makes. Reads each chain in batches, so memory stays flat on a long chain. Returns the exit code.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv, out: (line: string) => void = console.log): Promise<number> {
  if (argv[0] !== "verify" || argv.length !== 1) {
    out(USAGE);
    return 2;
  }
  const config = loadConfig(env, { createSecrets: true });
  const log = createLogger({ LOG_LEVEL: "warn" }, "audit");
  let broken = 0;
  for (const module of allSubgraphModules()) {
    const db = await openDataSource(module, config, log);
    try {
      const started = Date.now();
      const v = await verifyWholeChain(db);
      if (!v.verified) broken++;
      out(`${module.name}\t${v.length} entries\t${v.verified ? "verified" : `BROKEN at entry ${v.brokenAt}`}\t${Date.now() - started} ms`);
    } finally {
      await db.destroy();
    }
  }
  return broken ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2), process.env).then((code) => process.exit(code), (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
