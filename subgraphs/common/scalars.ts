import { GraphQLScalarType, Kind, ValueNode } from "graphql";
import { isIsoDate } from "./dates";
import { formatYuan, parseYuan, toFen } from "./money";

/**
 * The hub's scalars. Every subgraph uses these same definitions, so composition sees identical
 * scalars. Values that fail to parse raise GraphQL errors that name the rule.
 */
export const MoneyScalar = new GraphQLScalarType({
  name: "Money",
  description: "Amount in yuan (元) as a decimal string with two decimals, e.g. \"16225.60\"; stored as integer fen (分).",
  serialize: (fen) => formatYuan(toFen(fen)),
  parseValue: (v) => parseMoney(v),
  parseLiteral: (ast) => parseMoney(literal(ast)),
});

function parseMoney(v: unknown): number {
  const fen = typeof v === "string" ? parseYuan(v) : typeof v === "number" ? parseYuan(String(v)) : null;
  if (fen === null) throw new TypeError(`money.format: expected yuan with at most two decimals, e.g. "1234.50", got ${JSON.stringify(v)}`);
  return fen;
}

export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description: "Business date (日期) YYYY-MM-DD, without time or zone.",
  serialize: (v) => String(v),
  parseValue: (v) => parseDate(v),
  parseLiteral: (ast) => parseDate(literal(ast)),
});

function parseDate(v: unknown): string {
  if (typeof v !== "string" || !isIsoDate(v)) throw new TypeError(`date.format: expected a real date YYYY-MM-DD, got ${JSON.stringify(v)}`);
  return v;
}

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(text: string): boolean {
  return YEAR_MONTH.test(text);
}

export const YearMonthScalar = new GraphQLScalarType({
  name: "YearMonth",
  description: "Calendar month (年月) YYYY-MM.",
  serialize: (v) => String(v),
  parseValue: (v) => parseYearMonth(v),
  parseLiteral: (ast) => parseYearMonth(literal(ast)),
});

function parseYearMonth(v: unknown): string {
  if (typeof v !== "string" || !isYearMonth(v)) throw new TypeError(`year-month.format: expected YYYY-MM, got ${JSON.stringify(v)}`);
  return v;
}

function literal(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return Number(ast.value);
  return undefined;
}

export const SCALARS = [MoneyScalar, DateScalar, YearMonthScalar];
