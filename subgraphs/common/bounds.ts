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
/** No bound: for the operator's own command-line tools, never for a request. */
export const UNBOUNDED: SqlBound = { sql: "1=1", params: [] };

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

// ---------------------------------------------------------------------------------------------
// Bounds by declaration (DESIGN §7, the kit contract)
// ---------------------------------------------------------------------------------------------

/**
 * What a root field or an entity reference returns to a bounded caller:
 * - `rows`: records, each bounded (a lookup outside the bounds is null, a list leaves it out);
 * - `aggregate`: figures over bounded records (zeros for an area that holds nothing);
 * - `reference`: data visible to every caller whatever its bounds (areas, rates), with the reason;
 * - `extension` (entity references only): another subgraph's entity this one adds fields to (work-injury's
 *   Person.accidentReports). The reference echoes the key, the caller's own input; every field it
 *   adds is bounded rows, so bounded to nothing they are empty, null or zero.
 */
export type BoundsClass = { class: "rows" } | { class: "aggregate" } | { class: "reference"; reason: string } | { class: "extension" };

export const rows: BoundsClass = { class: "rows" };
export const aggregate: BoundsClass = { class: "aggregate" };
export const extension: BoundsClass = { class: "extension" };
export const reference = (reason: string): BoundsClass => ({ class: "reference", reason });

/**
 * A subgraph's bounds, declared once in its module:
 * - `entities`: per entity (by name), how the bound kinds it applies restrict its rows, given the
 *   alias its query gives the table; a kind it does not list denies every row to a caller bounded by
 *   it. `{ reference }` marks data visible to all, with the reason.
 * - `queries`: the class of every Query field; `references`: of every type in `_entities`.
 * Repositories and loaders get their bound SQL only from here (`Context.bound`), never by hand.
 */
export interface SubgraphBounds {
  entities: Record<string, ((alias: string) => BoundRules) | { reference: string }>;
  queries: Record<string, BoundsClass>;
  references: Record<string, BoundsClass>;
}

/** The SQL bound of an entity's rows for this request's caller, the table aliased as `alias`. */
export type EntityBound = (entity: string, alias?: string) => SqlBound;

/** Kit-owned fields and tables every subgraph has (the audit chain: admin data, any bound denies). */
export const KIT_BOUNDS: SubgraphBounds = {
  entities: { AuditEntry: () => ({}) },
  queries: { auditLog: rows, _service: reference("the composition SDL, public by design") },
  references: { AuditLog: rows },
};

export function entityBounds(declared: SubgraphBounds, claims: Claims): EntityBound {
  const cache = new Map<string, SqlBound>();
  return (entity, alias = entity.toLowerCase()) => {
    const key = `${entity} ${alias}`;
    let b = cache.get(key);
    if (!b) {
      const rule = declared.entities[entity] ?? KIT_BOUNDS.entities[entity];
      if (!rule) throw new Error(`No bounds declared for the entity ${entity}`);
      b = typeof rule === "function" ? rowBound(claims, rule(alias)) : { sql: "1=1", params: [] };
      cache.set(key, b);
    }
    return b;
  };
}

/** Whether a bound lets no row through (a bound kind the entity does not apply). */
export function deniesAll(b: SqlBound): boolean {
  return b.sql === DENY.sql;
}

/**
 * Refuses to build a subgraph whose Query field or entity type has no bounds class, or that
 * declares one for a field it does not have (a stale declaration hides a missing one).
 */
export function assertBoundsDeclared(schema: import("graphql").GraphQLSchema, declared: SubgraphBounds | undefined): void {
  const queries = { ...KIT_BOUNDS.queries, ...declared?.queries };
  const references = { ...KIT_BOUNDS.references, ...declared?.references };
  const problems: string[] = [];
  const fields = Object.keys(schema.getQueryType()?.getFields() ?? {}).filter((f) => f !== "_entities");
  for (const f of fields) if (!queries[f]) problems.push(`Query.${f} has no bounds class`);
  for (const f of Object.keys(declared?.queries ?? {})) if (!fields.includes(f)) problems.push(`Query.${f} is declared but not in the schema`);
  const union = schema.getType("_Entity") as import("graphql").GraphQLUnionType | undefined;
  const entities = union?.getTypes().map((t) => t.name) ?? [];
  for (const t of entities) if (!references[t]) problems.push(`the entity ${t} (_entities) has no bounds class`);
  for (const [f, c] of Object.entries(queries)) if (c.class === "extension") problems.push(`Query.${f}: extension is a class of entity references only`);
  for (const c of [...Object.entries(queries), ...Object.entries(references)]) {
    if (c[1].class === "reference" && !c[1].reason.trim()) problems.push(`${c[0]}: a reference class needs its reason`);
  }
  if (problems.length) throw new Error(`Bounds (DESIGN §7): ${problems.join("; ")}`);
}
