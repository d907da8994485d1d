import fs from "node:fs";
import type { Logger } from "pino";
import { Config, serviceKeyVariable } from "../../lib/config";
import { openDataSource } from "../common/data-source";
import type { SubgraphModule } from "../common/module";
import * as services from "./service-key/service-key.service";

export interface ProvisionOptions {
  /** The environment the hub was started with: a key set there is the operator's and is left alone. */
  env: NodeJS.ProcessEnv;
  /**
   * The generated secrets file (DATA_DIR/secrets.json) when the hub runs on it: keys are kept there too,
   * so `npm run import` beside `npm start` finds the same key. Without it a key lives only in memory.
   */
  secretsFile?: string;
}

/**
 * The launcher's step for subgraphs that declare `serviceScopes`: a key the operator did not configure is
 * registered (or the registered one rotated, with the declared scopes) in access's database, unless the one
 * already at hand (from the secrets file) still authenticates. Returns the new keys as environment entries
 * for the subgraph processes. A key an administrator revoked stays revoked: the subgraph then refuses what
 * needs the gateway, and the log says why.
 */
export async function provisionServiceKeys(config: Config, modules: readonly SubgraphModule<any>[], log: Logger, options: ProvisionOptions): Promise<Record<string, string>> {
  const wanted = modules.filter((m) => m.serviceScopes && !options.env[serviceKeyVariable(m.name)]);
  if (!wanted.length) return {};
  const access = modules.find((m) => m.name === "access");
  if (!access) throw new Error("Service keys live in the access subgraph, which is not among the launched modules.");
  const db = await openDataSource(access, config, log);
  const fresh: Record<string, string> = {};
  try {
    for (const m of wanted) {
      const current = config.serviceKeys[m.name];
      if (current && (await services.authenticateService(db, current))?.name === m.name) continue;
      const serviceKey = await services.provisionService(db, m.name, m.serviceScopes!);
      if (serviceKey) fresh[serviceKeyVariable(m.name)] = serviceKey;
      else log.warn({ subgraph: m.name }, "the subgraph's service key is revoked; it refuses what needs the gateway until an administrator registers a new one");
    }
  } finally {
    await db.destroy();
  }
  if (options.secretsFile && Object.keys(fresh).length && fs.existsSync(options.secretsFile)) {
    const secrets = JSON.parse(fs.readFileSync(options.secretsFile, "utf8")) as Record<string, string>;
    fs.writeFileSync(options.secretsFile, JSON.stringify({ ...secrets, ...fresh }, null, 2), { mode: 0o600 });
  }
  return fresh;
}
