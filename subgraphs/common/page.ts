import { GraphQLSchema, isObjectType } from "graphql";
import { ArgsType, Field, Int, ObjectType, Directive } from "type-graphql";
import { badInput } from "./errors";
import type { SqlBound } from "./bounds";
import { toCount } from "./money";

/**
 * Cursor pagination shared by every subgraph (value type, hence @shareable).
 * `simpleResolvers` (here and on Employer, Person, Enrollment, Contribution, Area): their plain fields
 * skip type-graphql's per-field middleware on large pages; field resolvers on them still check scopes,
 * and @PersonalData fields are enforced by the kit (personal-data.ts), not by type-graphql.
 */
@Directive("@shareable")
@ObjectType({ simpleResolvers: true, description: "Position in a paginated list (分页信息)." })
export class PageInfo {
  @Field(() => String, { nullable: true, description: "Cursor of the last item of this page (本页末条游标); pass it as `after` for the next page." })
  endCursor: string | null;

  @Field(() => Boolean, { description: "Whether more items follow (是否有下一页)." })
  hasNextPage: boolean;
}

export const MAX_PAGE = 200;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size (每页条数), 1–${MAX_PAGE}.` })
  first: number;

  @Field(() => String, { nullable: true, description: "Cursor after which the page starts (起始游标)." })
  after?: string | null;
}

/** Cursors are opaque to clients; inside they are the last id seen (keyset pagination). */
export function decodePage(args: PageArgs): { limit: number; afterId: number } {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE) {
    throw badInput("first", "page.size", `A page holds 1 to ${MAX_PAGE} items.`);
  }
  let afterId = 0;
  if (args.after) {
    const decoded = Buffer.from(args.after, "base64url").toString("utf8");
    const m = /^id:(\d+)$/.exec(decoded);
    if (!m) throw badInput("after", "page.cursor", "The cursor is not one this list returned.");
    afterId = Number(m[1]);
  }
  return { limit: args.first, afterId };
}

export function encodeCursor(id: number): string {
  return Buffer.from(`id:${id}`, "utf8").toString("base64url");
}

/** Trims the extra row fetched to learn whether another page follows. */
export function pageOf<T extends { id: number }>(rows: T[], limit: number): { nodes: T[]; pageInfo: PageInfo } {
  const nodes = rows.slice(0, limit);
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { endCursor: last ? encodeCursor(last.id) : null, hasNextPage: rows.length > limit } };
}

/**
 * A page type for a list (e.g. `EmployerConnection`): the nodes, the pagination and the total.
 * Defined once per node type, at module load, in the subgraph that owns the node.
 */
export function connectionType<T extends object>(node: new () => T, name: string, description: string) {
  connectionTypes.add(name);
  @ObjectType(name, { simpleResolvers: true, description })
  class Connection {
    @Field(() => [node], { description: "Items on this page, in id order (本页记录)." })
    nodes: T[];

    @Field(() => PageInfo, { description: "Pagination (分页信息)." })
    pageInfo: PageInfo;

    // A thunk from `page()`, called only when the field is selected (resolveLazyTotals), so a page
    // that does not ask for the total runs no COUNT(*).
    @Field(() => Int, { description: "Items matching the filter, all pages (符合条件的总数)." })
    totalCount: number | (() => Promise<number>);
  }
  return Connection;
}

/** The connection types defined in this process, by name (resolveLazyTotals). */
const connectionTypes = new Set<string>();

/**
 * Gives every connection type's `totalCount` a resolver that calls the thunk `page()` leaves there.
 * graphql-js's default resolver would call a function-valued property by itself, but a compiled
 * executor (executor.ts) reads plain properties without a resolver as they are: the total must not
 * depend on which executor runs. Called on the finished subgraph schema (schema.ts).
 */
export function resolveLazyTotals(schema: GraphQLSchema): void {
  for (const name of connectionTypes) {
    const type = schema.getType(name);
    const field = isObjectType(type) ? type.getFields().totalCount : undefined;
    if (field) field.resolve = (source: { totalCount: number | (() => Promise<number>) }) => (typeof source.totalCount === "function" ? source.totalCount() : source.totalCount);
  }
}

/** What a repository needs to run queries: a DataSource or a transaction. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * One list query of a repository: `from` (a table with its alias, or a join), the alias whose `id`
 * orders the keyset, and the conditions (the filter's and the entity's declared bound).
 */
export interface PageQuery<T> {
  from: string;
  alias: string;
  where: SqlBound[];
  map(row: Record<string, unknown>): T;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/**
 * The one page helper (keyset by id): the page's rows in one statement, the total in a second one
 * only if `totalCount` is resolved (a thunk its resolver calls: resolveLazyTotals).
 */
export async function page<T extends { id: number }>(db: Queryable, q: PageQuery<T>, args: PageArgs): Promise<Page<T>> {
  const { limit, afterId } = decodePage(args);
  const { sql: where, params } = allOf(q.where);
  const rows = await db.query(
    `SELECT ${q.alias}.* FROM ${q.from} WHERE ${q.alias}.id > ? AND ${where} ORDER BY ${q.alias}.id LIMIT ${limit + 1}`,
    [afterId, ...params],
  );
  let total: Promise<number> | undefined;
  return {
    ...pageOf<T>(rows.map((r) => q.map(r)), limit),
    totalCount: () => (total ??= db.query(`SELECT COUNT(*) AS n FROM ${q.from} WHERE ${where}`, params).then((r) => toCount(r[0]?.n))),
  };
}

/** An SQL condition from a filter value, e.g. `cond("p.areaCode LIKE ?", prefix)`. */
export function cond(sql: string, ...params: unknown[]): SqlBound {
  return { sql, params };
}

/** Conditions joined with AND, their parameters in order ("1=1" for none). */
export function allOf(conditions: readonly SqlBound[]): SqlBound {
  return { sql: conditions.map((w) => `(${w.sql})`).join(" AND ") || "1=1", params: conditions.flatMap((w) => w.params) };
}

/** A date column (YYYY-MM-DD text) within the calendar year; `column` is code, never input. */
export function inYear(column: string, year: number): SqlBound {
  return cond(`${column} >= ? AND ${column} <= ?`, `${year}-01-01`, `${year}-12-31`);
}

/** An area column at or under the area code; `column` is code, never input. */
export function underArea(column: string, code: string): SqlBound {
  return cond(`${column} LIKE ?`, areaPrefix(code));
}

/** An area code as a `LIKE` prefix (everything under it), wildcards removed. */
export function areaPrefix(code: string): string {
  return `${code.replace(/[%_\\]/g, "")}%`;
}
