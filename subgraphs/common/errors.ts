import { GraphQLError, GraphQLFormattedError } from "graphql";

/**
 * Errors with the codes and extensions of DESIGN §4. Bad input names the input path (`field`) and a
 * short rule id (`rule`) so that clients can show it next to the right form field.
 */
export type ErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "UNAUTHENTICATED" | "SERVICE_UNAVAILABLE" | "RATE_LIMITED" | "INTERNAL";

export function badInput(field: string, rule: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field, rule } });
}
export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "CONFLICT", ...extensions } });
}
export function notFound(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "NOT_FOUND", ...(field ? { field } : {}) } });
}
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/** The database cannot be reached (down, restarting, locked past the busy timeout): retry later. */
export function serviceUnavailable(message = "The database is unavailable; retry later."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "SERVICE_UNAVAILABLE" } });
}

/**
 * The caller used up an allowance (e.g. lookups by ID number per minute): retry after `retryAfterS`
 * seconds. The gateway answers HTTP 429 with Retry-After when the whole answer is rate-limited.
 */
export function rateLimited(message: string, retryAfterS: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "RATE_LIMITED", retryAfter: Math.max(1, Math.ceil(retryAfterS)) } });
}

const ID_FORMAT = /^[1-9][0-9]{0,15}$/;

/**
 * A hub id from a GraphQL `ID` input or an entity reference. Hub ids are positive integers; anything
 * else is refused here, before it reaches SQL (where `Number("x")` would be NaN: null on SQLite,
 * "Unknown column 'NaN'" on MySQL, failing a whole DataLoader batch).
 */
export function parseId(value: unknown, field: string): number {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text === "string" && ID_FORMAT.test(text)) {
    const n = Number(text);
    if (Number.isSafeInteger(n)) return n;
  }
  throw badInput(field, "id.format", "Not an id this hub issued (a positive whole number).");
}

/** Codes whose messages are written for the caller; everything else is masked outside development. */
const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT", "NOT_FOUND", "CONFLICT", "FORBIDDEN", "UNAUTHENTICATED",
  "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED", "OPERATION_RESOLUTION_FAILURE", "SUBGRAPH_UNAVAILABLE", "SERVICE_UNAVAILABLE",
  "RATE_LIMITED",
]);

/**
 * Masks what must not leave the process outside development: stack traces, SQL, driver messages,
 * internal URLs. Errors we raised on purpose keep their message and extensions.
 */
export function maskError(formatted: GraphQLFormattedError, development: boolean): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? "INTERNAL");
  if (development) return formatted;
  const { stacktrace: _s, exception: _e, ...ext } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (PUBLIC_CODES.has(code)) return { ...formatted, extensions: { ...ext, code } };
  return {
    message: "Internal error; the request was logged.",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL" },
  };
}

/** Throws for the first broken rule, listing all of them under `extensions.violations`. */
export function throwIfInvalid(violations: { field: string; rule: string; message: string }[], prefix = "input"): void {
  if (violations.length === 0) return;
  const withPath = violations.map((v) => ({ ...v, field: `${prefix}.${v.field}` }));
  const first = withPath[0];
  throw new GraphQLError(first.message, { extensions: { code: "BAD_USER_INPUT", field: first.field, rule: first.rule, violations: withPath } });
}
