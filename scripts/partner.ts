process.env.APOLLO_TELEMETRY_DISABLED = "1";
import "reflect-metadata";
import { parseArgs } from "node:util";
import { GraphQLError } from "graphql";
import { loadConfig } from "../lib/config";
import { createLogger } from "../lib/logger";
import { openDataSource } from "../subgraphs/common/data-source";
import { UNBOUNDED } from "../subgraphs/common/bounds";
import { loadSubgraphModule } from "../subgraphs/modules";
import * as partners from "../subgraphs/access/partner/partner.service";

const USAGE = `usage: npm run partner -- <command>
  list
  register --client-id ID --name NAME --role KIND --agency AGENCY --purpose PURPOSE --operations Op1,Op2 [--scopes s1,s2] [--area CODE] [--institution ID] [--employer ID]
  rotate ID          issue a new key; the old one stops working at once
  revoke ID          the key stops working at once
  operations ID Op1,Op2   replace the registered operations
The same as the admin mutations (registerPartner …), for an administrator on the hub's machine.`;

/** `npm run partner -- …`: manages partner clients in the access subgraph's database. Returns the exit code. */
export async function main(argv: string[], env: NodeJS.ProcessEnv, out: (line: string) => void = console.log): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "client-id": { type: "string" }, name: { type: "string" }, role: { type: "string" }, agency: { type: "string" }, purpose: { type: "string" },
      operations: { type: "string" }, scopes: { type: "string" }, area: { type: "string" }, institution: { type: "string" }, employer: { type: "string" },
    },
  });
  const [command, id, ops] = positionals;
  const list = (s?: string) => (s ? s.split(",").map((x) => x.trim()).filter(Boolean) : undefined);
  const config = loadConfig(env, { createSecrets: true });
  const db = await openDataSource(loadSubgraphModule("access"), config, createLogger({ LOG_LEVEL: "warn" }, "partner"));
  try {
    if (command === "list") {
      for (const c of await partners.listPartners(db, UNBOUNDED)) out(`${c.clientId}\t${c.status}\t${c.role}\t${c.keyPrefix}…\t${c.operations.join(",")}\t${c.boundArea ?? ""}`);
    } else if (command === "register") {
      const { client, apiKey } = await partners.registerPartner(db, {
        clientId: values["client-id"] ?? "", name: values.name ?? "", role: values.role ?? "", agency: values.agency ?? "", purpose: values.purpose ?? "",
        operations: list(values.operations) ?? [], scopes: list(values.scopes), boundArea: values.area, boundInstitution: values.institution, boundEmployer: values.employer,
      });
      out(`registered ${client.clientId}; its API key (shown once, send it as X-Api-Key):\n${apiKey}`);
    } else if (command === "rotate" && id) {
      out(`new API key for ${id} (the old one no longer works):\n${(await partners.rotateKey(db, id)).apiKey}`);
    } else if (command === "revoke" && id) {
      out(`revoked ${(await partners.revoke(db, id)).clientId}`);
    } else if (command === "operations" && id) {
      out(`${id} may run: ${(await partners.setOperations(db, id, list(ops) ?? [])).operations.join(", ")}`);
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
