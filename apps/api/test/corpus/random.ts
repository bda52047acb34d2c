/**
 * Seeded randomness for the corpus: the same seed and sizes give the same corpus, row for row.
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter), seeded through splitmix32.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const splitmix = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A fixed stream derived from this one: adding draws elsewhere does not shift it. */
  fork(): Random {
    return new Random(Math.floor(this.next() * 4294967296));
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

/** Picks among choices with the given relative weights. */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(private readonly choices: readonly (readonly [T, number])[]) {
    let sum = 0;
    for (const [, weight] of choices) this.cumulative.push((sum += weight));
    this.total = sum;
  }

  pick(random: Random): T {
    const x = random.next() * this.total;
    let i = 0;
    while (this.cumulative[i]! <= x) i++;
    return this.choices[i]![0];
  }
}

/**
 * Zipf-distributed ranks over n items (weight of rank r ∝ 1 / (r + 1)^exponent): a few hubs take a
 * large share, most items a handful, as with actors in the news. Ranks map to items through a
 * seeded permutation, so the hubs are not simply the first rows.
 */
export class PowerLaw {
  private readonly cumulative: Float64Array;
  private readonly itemOfRank: Int32Array;

  constructor(
    readonly n: number,
    exponent: number,
    random: Random,
  ) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) this.cumulative[r] = sum += 1 / Math.pow(r + 1, exponent);
    for (let r = 0; r < n; r++) this.cumulative[r]! /= sum;
    this.itemOfRank = Int32Array.from(random.shuffle(Array.from({ length: n }, (_, i) => i)));
  }

  /** An item index in [0, n). */
  sample(random: Random): number {
    const x = random.next();
    let low = 0;
    let high = this.n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! <= x) low = mid + 1;
      else high = mid;
    }
    return this.itemOfRank[low]!;
  }

  /** The item of a given rank (0 is the largest hub). */
  itemAt(rank: number): number {
    return this.itemOfRank[rank]!;
  }
}
