process.env.APOLLO_TELEMETRY_DISABLED = "1";
import "reflect-metadata";
import { parseArgs } from "node:util";
import { GraphQLError } from "graphql";
import { loadConfig, serviceKeyVariable } from "../lib/config";
import { createLogger } from "../lib/logger";
import { openDataSource } from "../subgraphs/common/data-source";
import { UNBOUNDED } from "../subgraphs/common/bounds";
import { loadSubgraphModule } from "../subgraphs/modules";
import * as services from "../subgraphs/access/service-key/service-key.service";

const USAGE = `usage: npm run service -- <command>
  list
  register NAME [--scopes s1,s2]   a subgraph's service key (default scopes: enrollment:read), shown once
  rotate NAME                       issue a new key; the old one stops working at once
  revoke NAME                       the key stops working at once
The same as the admin mutations (registerServiceKey …). Configure the key as SERVICE_KEY_<NAME> of that subgraph.`;

/** `npm run service -- …`: manages subgraphs' service keys in the access subgraph's database. Returns the exit code. */
export async function main(argv: string[], env: NodeJS.ProcessEnv, out: (line: string) => void = console.log): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { scopes: { type: "string" } } });
  const [command, name] = positionals;
  const config = loadConfig(env, { createSecrets: true });
  const db = await openDataSource(loadSubgraphModule("access"), config, createLogger({ LOG_LEVEL: "warn" }, "service"));
  const variable = serviceKeyVariable;
  try {
    if (command === "list") {
      for (const s of await services.listServices(db, UNBOUNDED)) out(`${s.name}\t${s.status}\t${s.keyPrefix}…\t${s.scopes.join(",")}`);
    } else if (command === "register" && name) {
      const scopes = values.scopes ? values.scopes.split(",").map((x) => x.trim()).filter(Boolean) : undefined;
      const { serviceKey } = await services.registerService(db, name, scopes);
      out(`registered ${name}; its service key (shown once; configure it as ${variable(name)}):\n${serviceKey}`);
    } else if (command === "rotate" && name) {
      out(`new service key for ${name} (the old one no longer works; set ${variable(name)}):\n${(await services.rotateService(db, name)).serviceKey}`);
    } else if (command === "revoke" && name) {
      out(`revoked ${(await services.revokeService(db, name)).name}`);
    } else {
      out(USAGE);
      return 2;
    }
    return 0;
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    out(`refused: ${err.message}${err.extensions.field ? ` (${String(err.extensions.field)}: ${String(err.extensions.rule ?? err.extensions.code)})` : ""}`);
    return 1;
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  main(process.argv.slice(2), process.env).then((code) => process.exit(code), (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
