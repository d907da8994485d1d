import type { DataSource } from "typeorm";
import { placeholders } from "../../common/loader";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { coveringOn, Dated, validOn } from "../benefit/parameters";
import { BenefitParameter, BenefitParameterKind } from "./parameter.entity";
import { areaChain, ParameterRecord } from "./parameter.rules";

const COLUMNS = ["kind", "qualifier", "areaCode", "validFrom", "validUntil", "amount", "percent", "recordedBy", "recordedOn"] as const;

/** The one place that reads and writes benefit_parameter: published figures, the same for every caller. */
export function parameterRepository(db: DataSource) {
  const map = rowMapper(db, BenefitParameter);
  /** The dated values of the most specific area of the chain that has values of this kind and qualifier. */
  const valuesFor = async (kind: BenefitParameterKind, qualifier: string, areaCode: string): Promise<Dated<number>[]> => {
    const chain = areaChain(areaCode);
    const rows: BenefitParameter[] = (await db.query(`SELECT * FROM benefit_parameter WHERE kind = ? AND qualifier = ? AND areaCode IN (${placeholders(chain.length)})`, [kind, qualifier, ...chain])).map(map);
    const area = chain.find((a) => rows.some((r) => r.areaCode === a));
    return rows.filter((r) => r.areaCode === area).map((r) => ({ validFrom: r.validFrom, validUntil: r.validUntil, value: (r.amount ?? r.percent)! }));
  };
  return {
    async list(kind: BenefitParameterKind | null, areaCode: string | null): Promise<BenefitParameter[]> {
      const where: string[] = [];
      const params: unknown[] = [];
      if (kind) (where.push("kind = ?"), params.push(kind));
      if (areaCode !== null) (where.push("areaCode = ?"), params.push(areaCode));
      const rows = await db.query(`SELECT * FROM benefit_parameter${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY kind, qualifier, areaCode, validFrom`, params);
      return rows.map(map);
    },
    /** A new value, or the correction of the one with the same kind, qualifier, area and day (the declared upsert). */
    async record(tx: Tx, r: ParameterRecord, recordedBy: string, recordedOn: string): Promise<BenefitParameter> {
      const row = { ...r, recordedBy, recordedOn };
      await tx.upsert("benefit_parameter", [...COLUMNS], [COLUMNS.map((c) => row[c])], ["kind", "qualifier", "areaCode", "validFrom"], ["validUntil", "amount", "percent", "recordedBy", "recordedOn"]);
      const [stored] = await tx.query("SELECT * FROM benefit_parameter WHERE kind = ? AND qualifier = ? AND areaCode = ? AND validFrom = ?", [r.kind, r.qualifier, r.areaCode, r.validFrom]);
      return map(stored);
    },
    /**
     * The value valid on `day` for `areaCode`: from the most specific area of its chain that has values of
     * this kind and qualifier (a village's, else its township's … else the national one), refused when
     * none covers the day (benefit.parameter-missing) — never a default, never last year's by accident.
     */
    async valueOn(kind: BenefitParameterKind, qualifier: string, areaCode: string, day: string, name: string): Promise<number> {
      return validOn(await valuesFor(kind, qualifier, areaCode), day, name);
    },
    /** The same value, or null when none is recorded for the day (for figures computed only when they can be). */
    async valueOrNullOn(kind: BenefitParameterKind, qualifier: string, areaCode: string, day: string, name: string): Promise<number | null> {
      const values = await valuesFor(kind, qualifier, areaCode);
      return coveringOn(values, day).length ? validOn(values, day, name) : null;
    },
  };
}

export type ParameterRepository = ReturnType<typeof parameterRepository>;
