import seedrandom from 'seedrandom';
import { sha256Hex } from './canonical.js';

/**
 * Seed of item `index` of `task` in a dataset seeded with `datasetSeed`.
 * A hash, never `seed + index`, so that seed 42's item 1 is not seed 43's item 0.
 */
export function deriveSeed(datasetSeed: number | string, task: string, index: number): string {
  return sha256Hex(`veriforge/v1\u0000${datasetSeed}\u0000${task}\u0000${index}`).slice(0, 32);
}

/** Deterministic random source used by every generator (no Math.random anywhere). */
export class Rng {
  private readonly next01: () => number;

  constructor(readonly seed: string) {
    this.next01 = seedrandom.alea(seed);
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.next01();
  }

  /** Uniform integer in [lo, hi] inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next01() * (hi - lo + 1));
  }

  /** Uniform float in [lo, hi). */
  float(lo: number, hi: number): number {
    return lo + this.next01() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.next01() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: empty list');
    return items[Math.floor(this.next01() * items.length)];
  }

  /** Fisher–Yates shuffle of a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const a = items.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next01() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }

  /** A child stream, independent of this one's later draws. */
  fork(label: string): Rng {
    return new Rng(sha256Hex(`${this.seed}\u0000${label}`).slice(0, 32));
  }
}
