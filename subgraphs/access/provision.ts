import type { Logger } from "pino";
import { Config, serviceKeyVariable } from "../../lib/config";
import { openDataSource } from "../common/data-source";
import type { SubgraphModule } from "../common/module";
import { PartnerStatus } from "./partner/partner.entity";
import * as services from "./service-key/service-key.service";

/**
 * The launcher's step for subgraphs that declare `serviceScopes` and have no configured key: a fresh key
 * registered (or the registered one rotated, with the declared scopes) in access's database, returned as
 * environment entries for the subgraph processes. The key lives only in the launched processes' memory;
 * each start issues a new one, so nothing on disk holds it. A key an administrator revoked stays revoked:
 * the subgraph then refuses what needs the gateway, and the log says why.
 */
export async function provisionServiceKeys(config: Config, modules: readonly SubgraphModule<any>[], log: Logger): Promise<Record<string, string>> {
  const wanted = modules.filter((m) => m.serviceScopes && !config.serviceKeys[m.name]);
  if (!wanted.length) return {};
  const access = modules.find((m) => m.name === "access");
  if (!access) throw new Error("Service keys live in the access subgraph, which is not among the launched modules.");
  const db = await openDataSource(access, config, log);
  const env: Record<string, string> = {};
  try {
    for (const m of wanted) {
      const [row] = await db.query("SELECT status FROM service_key WHERE name = ?", [m.name]);
      if (row?.status === PartnerStatus.REVOKED) {
        log.warn({ subgraph: m.name }, "the subgraph's service key is revoked; it refuses what needs the gateway until an administrator registers a new one");
        continue;
      }
      if (row) await db.query("UPDATE service_key SET scopes = ? WHERE name = ?", [JSON.stringify(m.serviceScopes), m.name]);
      const { serviceKey } = row ? await services.rotateService(db, m.name) : await services.registerService(db, m.name, [...m.serviceScopes!]);
      env[serviceKeyVariable(m.name)] = serviceKey;
    }
  } finally {
    await db.destroy();
  }
  return env;
}
