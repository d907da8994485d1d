import type { World } from "../../../demo/world.types";
import { monthsBefore } from "../../common/dates";
import type { Tx } from "../../common/tx";
import { ownWage } from "../benefit/own-wage.rules";
import { OwnWageOccasion } from "../own-wage/own-wage.entity";
import { ownWageRepository } from "../own-wage/own-wage.repository";
import { OwnWageToStore, storable } from "../own-wage/own-wage.service";
import type { DataSource } from "typeorm";
import { AVERAGE_WAGE } from "./benefits";

/** A demo case as far as its own wage goes: who, where, when, and what fixed it (a conclusion or a recognized death). */
export interface OwnWageCase { reportId: number; idNumber: string; creditCode: string; occurredOn: string; fixedBy: { occasion: OwnWageOccasion; on: string } | null }

/**
 * The demo's stored own wages (本人工资核定), as the mutations store them: on the case's first conclusion or
 * its recognized death, from the world's work-injury contribution bases at that employer (the rows
 * enrollment's demo loaded) and the demo's illustrative average wage. A case without a base in its 12 months
 * (the long-term beneficiaries' old accidents) stores none, as in the hub.
 */
export async function writeOwnWages(tx: Tx, db: DataSource, world: World, cases: readonly OwnWageCase[]): Promise<void> {
  const wanted = cases.filter((c) => c.fixedBy);
  const key = (idNumber: string, creditCode: string) => `${idNumber}|${creditCode}`;
  const keys = new Set(wanted.map((c) => key(c.idNumber, c.creditCode)));
  const bases = new Map<string, { month: string; baseFen: number }[]>();
  for (const r of world.contributions()) {
    const k = key(r.idNumber, r.creditCode);
    if (r.insurance !== "WORK_INJURY" || !keys.has(k)) continue;
    (bases.get(k) ?? bases.set(k, []).get(k)!).push({ month: r.month, baseFen: r.base });
  }
  const rows: OwnWageToStore[] = [];
  for (const c of wanted) {
    const accidentMonth = c.occurredOn.slice(0, 7);
    const window = (bases.get(key(c.idNumber, c.creditCode)) ?? []).filter((b) => b.month >= monthsBefore(accidentMonth, 12) && b.month < accidentMonth);
    if (!window.length) continue;
    rows.push(storable(c.reportId, ownWage(c.occurredOn, window, AVERAGE_WAGE), AVERAGE_WAGE, c.fixedBy!.occasion, "demo", c.fixedBy!.on));
  }
  await ownWageRepository(db).storeOnce(tx, rows);
}
