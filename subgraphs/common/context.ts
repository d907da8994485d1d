import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { Claims } from "../../lib/claims";
import type { Config } from "../../lib/config";

/** What every resolver gets: the caller, the subgraph's database, loaders made fresh for this request. */
export interface Context<L = unknown> {
  claims: Claims;
  db: DataSource;
  loaders: L;
  log: Logger;
  config: Config;
  /** The operation's name, for the audit trail of personal-data reads. */
  operationName?: string;
}
