import type { Claims } from "../../lib/claims";

/**
 * Row bounds (DESIGN §4, Rows). An area bound is an area code: the caller sees records written
 * under that code or any code below it. Returned as an SQL fragment on a column holding an area
 * code, plus its parameters; no bound gives an always-true fragment.
 */
export function areaBound(claims: Claims, column: string): { sql: string; params: string[] } {
  const area = claims.bounds?.area;
  if (!area) return { sql: "1=1", params: [] };
  return { sql: `${column} LIKE ?`, params: [`${area.replace(/[%_]/g, "")}%`] };
}

export function withinArea(claims: Claims, areaCode: string | null | undefined): boolean {
  const area = claims.bounds?.area;
  return !area || (!!areaCode && areaCode.startsWith(area));
}
