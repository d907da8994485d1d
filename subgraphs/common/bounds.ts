import type { Claims } from "../../lib/claims";

/**
 * Row bounds (DESIGN §4, Rows). A caller's token may bound it to an area subtree, an employer or an
 * institution. Every read states how each kind of bound applies to its rows; a bound a read cannot
 * apply denies every row (never silently ignored), so a new kind of bound fails closed.
 *
 * - area: an area code; the caller sees rows written under that code or any code below it.
 * - employer / institution: a hub id; the caller sees that one's rows only.
 */
export type BoundRule = string | { sql: string };

/**
 * How a bound applies to some rows: a column (compared by prefix for areas, equality otherwise), or
 * an SQL condition whose every `?` receives the bound (an area as a `LIKE` prefix).
 */
export interface BoundRules {
  area?: BoundRule;
  employer?: BoundRule;
  institution?: BoundRule;
}

export interface SqlBound {
  sql: string;
  params: unknown[];
}

const DENY: SqlBound = { sql: "1=0", params: [] };

export function rowBound(claims: Claims, rules: BoundRules): SqlBound {
  const b = claims.bounds;
  if (!b) return { sql: "1=1", params: [] };
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const kind of ["area", "employer", "institution"] as const) {
    const value = b[kind];
    if (!value) continue;
    const rule = rules[kind];
    if (!rule) return DENY;
    const param = kind === "area" ? `${value.replace(/[%_\\]/g, "")}%` : Number.isInteger(Number(value)) ? Number(value) : value;
    const sql = typeof rule === "string" ? `${rule} ${kind === "area" ? "LIKE" : "="} ?` : `(${rule.sql})`;
    parts.push(sql);
    for (let i = sql.split("?").length - 1; i > 0; i--) params.push(param);
  }
  return { sql: parts.length ? parts.join(" AND ") : "1=1", params };
}

/** Whether a caller bounded to an area may write a record under `areaCode` (other bounds may not write). */
export function mayWriteIn(claims: Claims, areaCode: string): boolean {
  const b = claims.bounds;
  if (!b) return true;
  if (b.employer || b.institution) return false;
  return !b.area || areaCode.startsWith(b.area);
}
