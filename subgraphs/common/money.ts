/**
 * Money is stored as integer fen (分) and exposed as a decimal yuan string with two decimals.
 * Yearly sums exceed GraphQL's 32-bit Int, and mysql2 returns BIGINT/SUM as strings while
 * better-sqlite3 returns numbers: `toFen` is the one place that converts database values.
 */
export function toFen(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`not a whole number of fen: ${String(value)}`);
  return n;
}

/** Any integer count from the database (COUNT(*) is a string in mysql2). */
export function toCount(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

export function formatYuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, "0");
  return `${sign}${yuan}.${rest}`;
}

const YUAN = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Parses "16225.6" or "16225.60" to 1622560; null when it is not an amount with at most two decimals. */
export function parseYuan(text: string): number | null {
  const m = YUAN.exec(text.trim());
  if (!m) return null;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? "0").padEnd(2, "0"));
  return m[1] === "-" ? -fen : fen;
}
