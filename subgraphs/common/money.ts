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

// ---------------------------------------------------------------------------------------------
// Arithmetic in fen. Rates are integer parts per million (ppm: 0.7 % = 7000), so no amount ever
// passes through a binary fraction that could round the wrong way.

const PPM = 1_000_000;

/**
 * The hub's one rounding rule: `baseFen × ppm / 1,000,000`, rounded half-up to the fen (half away
 * from zero for a negative base, so a correction mirrors the amount it corrects). A contribution
 * applies it to each part on its own, employer part and employee part (DESIGN §3): 1,235.00 yuan at
 * 0.7 % + 0.3 % is 8.645 → 8.65 and 3.705 → 3.71, so 12.36 in all, although 1 % of it is 12.35.
 * Parts may therefore sum to 1 fen more or less per part than the total rate applied once.
 */
export function applyRate(baseFen: number, ppm: number): number {
  if (!Number.isSafeInteger(baseFen)) throw new RangeError(`applyRate: not a whole number of fen: ${baseFen}`);
  if (!Number.isSafeInteger(ppm) || ppm < 0) throw new RangeError(`applyRate: a rate is a non-negative integer ppm, got ${ppm}`);
  const sign = baseFen < 0 ? -1 : 1;
  const abs = Math.abs(baseFen);
  const product = abs * ppm;
  if (Number.isSafeInteger(product)) return sign * Math.floor((product + PPM / 2) / PPM) || 0;
  // Beyond 2^53 the product loses its last digits: compute it exactly.
  return sign * Number((BigInt(abs) * BigInt(ppm) + BigInt(PPM / 2)) / BigInt(PPM)) || 0;
}

/**
 * `percent` % of an amount, by the same rule as `applyRate` (90 % of an own wage, 30 % of last
 * year's contributions). `percent` may have up to four decimals (0.7 → 7000 ppm).
 */
export function percentOf(fen: number, percent: number): number {
  const ppm = Math.round(percent * 10_000);
  if (Math.abs(ppm - percent * 10_000) > 1e-6) throw new RangeError(`percentOf: at most four decimals, got ${percent}`);
  return applyRate(fen, ppm);
}

/**
 * Splits an amount into parts proportional to `weights` that add up to it exactly (largest
 * remainder; a tie goes to the earlier part): for sharing one paid amount, unlike `applyRate`,
 * which computes parts that are each due on their own.
 */
export function split(totalFen: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalFen)) throw new RangeError(`split: not a whole number of fen: ${totalFen}`);
  if (weights.length === 0 || weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError("split: weights are non-negative integers");
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) throw new RangeError("split: at least one weight must be positive");
  const sign = totalFen < 0 ? -1n : 1n;
  const total = BigInt(Math.abs(totalFen));
  const big = BigInt(sum);
  const parts = weights.map((w) => (total * BigInt(w)) / big);
  const remainders = weights.map((w, i) => ({ i, r: (total * BigInt(w)) % big }));
  let left = total - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts.map((p) => Number(p * sign) || 0);
}

/** The amount held within [min, max] (an own wage floored at 60 % and capped at 300 % of the average wage). */
export function clamp(fen: number, minFen: number, maxFen: number): number {
  if (![fen, minFen, maxFen].every(Number.isSafeInteger)) throw new RangeError("clamp: amounts are whole numbers of fen");
  if (minFen > maxFen) throw new RangeError(`clamp: min ${minFen} is above max ${maxFen}`);
  return Math.min(maxFen, Math.max(minFen, fen));
}

/**
 * An amount divided by a whole number, rounded half-up to the fen by the same rule as `applyRate`
 * (an own wage: the sum of a year's monthly bases over the months present, rounded once). Exact in
 * BigInt, so no binary fraction can round a half the wrong way.
 */
export function divideRound(fen: number, divisor: number): number {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`divideRound: not a whole number of fen: ${fen}`);
  if (!Number.isSafeInteger(divisor) || divisor < 1) throw new RangeError(`divideRound: the divisor is a positive integer, got ${divisor}`);
  const sign = fen < 0 ? -1n : 1n;
  const abs = BigInt(Math.abs(fen));
  const d = BigInt(divisor);
  return Number(((abs * 2n + d) / (2n * d)) * sign) || 0;
}
