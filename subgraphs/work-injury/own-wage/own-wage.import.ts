import type { DataSource } from "typeorm";
import { UNBOUNDED } from "../../common/bounds";
import type { GatewayCaller } from "../../common/gateway-client";
import { accidentReportRepository } from "../accident-report/accident-report.repository";
import { parameterRepository } from "../parameter/parameter.repository";
import { contributionBasesOf } from "../parties/batch";
import { OwnWageOccasion } from "./own-wage.entity";
import { ownWageRepository } from "./own-wage.repository";
import { OwnWageToStore, ownWageToStore, WageCase } from "./own-wage.service";

/** A case a file fixes the own wage of (a new conclusion, a recognized death), by report number; its hub id when the caller read the report already. */
export interface FileWageCase { reportNumber: string; reportId?: number; facts: WageCase }

/**
 * The own wages a file's rows fix (DESIGN §3), as the mutations compute them, read through the gateway
 * before the file's transaction: one read per case that has none stored yet (the first stands, so a
 * re-import asks nothing again for a case already fixed). By report number; `write` stores each with
 * the report's id once the conclusion or decision is written. The operator is the one who computed them.
 */
export async function ownWagesForFile(caller: GatewayCaller, db: DataSource, cases: readonly FileWageCase[], occasion: OwnWageOccasion): Promise<Map<string, OwnWageToStore>> {
  // The reports the caller did not read already (a file's new and known reports by number).
  const known = new Map<string, number>();
  for (const c of cases) if (c.reportId !== undefined) known.set(c.reportNumber.toUpperCase(), c.reportId);
  const unread = [...new Set(cases.filter((c) => c.reportId === undefined).map((c) => c.reportNumber.toUpperCase()))];
  if (unread.length) for (const [n, r] of await accidentReportRepository(db, () => UNBOUNDED).byNumbersBounded(unread)) known.set(n, r.id);
  const fixed = await ownWageRepository(db).storedAmong([...known.values()]);
  const parameter = parameterRepository(db);
  const read = (personId: number, employerId: number, from: string, to: string) => contributionBasesOf(caller, personId, employerId, from, to);
  const out = new Map<string, OwnWageToStore>();
  for (const c of cases) {
    const number = c.reportNumber.toUpperCase();
    const id = known.get(number);
    if (out.has(number) || (id !== undefined && fixed.has(id))) continue;
    const row = await ownWageToStore(parameter, read, id ?? 0, c.facts, occasion, "import");
    if (row) out.set(number, row);
  }
  return out;
}
