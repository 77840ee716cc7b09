import { culori } from '../../core/deps.js';
import { munkres } from 'munkres';

const { differenceCiede2000, parse } = culori;
const deltaE = differenceCiede2000();

/** CIEDE2000 distance between two CSS colours; unparsable colours are as far apart as black and white. */
export function colorDistance(a: string, b: string): number {
  const ca = parse(a);
  const cb = parse(b);
  return ca && cb ? deltaE(ca, cb) : 100;
}

/**
 * Colour agreement in [0, 1]: colours paired by an optimal (Hungarian) matching on CIEDE2000, each
 * pair scoring 1 up to ΔE 2 (hard to tell apart) and falling linearly to 0 at ΔE 20; unmatched
 * colours on either side count as 0 (so the mean runs over the larger set).
 */
export function colorScore(truth: string[], got: string[]): number {
  if (!truth.length && !got.length) return 1;
  if (!truth.length || !got.length) return 0;
  const cost = truth.map((t) => got.map((g) => colorDistance(t, g)));
  const sim = (d: number) => (d <= 2 ? 1 : Math.max(0, 1 - (d - 2) / 18));
  const total = munkres(cost).reduce((s, [i, j]) => s + sim(cost[i][j]), 0);
  return total / Math.max(truth.length, got.length);
}
