/**
 * A small seeded pseudo-random generator for the demo world. The world must be identical on every
 * run and machine (tests compare records, a re-load must upsert the same rows), so nothing here
 * touches Math.random or the clock.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    // Spread the seed so nearby seeds (1, 2, 3 …) give unrelated streams.
    this.state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0xc2b2ae35) >>> 0;
  }

  /** mulberry32: 32-bit state, good enough statistically and very fast. Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An independent stream derived from this one, so that adding draws to one part of the
   *  generator does not shift every draw after it. */
  fork(label: number): Random {
    return new Random(Math.floor(this.next() * 0x7fffffff) ^ Math.imul(label, 0x27d4eb2d));
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight; weights need not sum to 1. For repeated draws over the same list use `weighted()`. */
  pickWeighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      x -= weights[i];
      if (x < 0) return items[i];
    }
    return items[items.length - 1];
  }

  /** A reusable weighted picker: cumulative weights and a binary search, O(log n) per draw. */
  weighted<T>(items: readonly T[], weights: readonly number[]): () => T {
    const cumulative = new Float64Array(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) cumulative[i] = total += weights[i];
    if (!(total > 0)) throw new Error("weighted: no positive weight");
    return () => {
      const x = this.next() * total;
      let lo = 0;
      let hi = items.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      return items[lo];
    };
  }

  /** Fisher–Yates, in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }

  /** Standard normal draw (Box–Muller; one value per call, simplicity over speed). */
  normal(mean = 0, sd = 1): number {
    let u = this.next();
    while (u === 0) u = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal with the given median: wages and firm sizes are skewed like this. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }
}
