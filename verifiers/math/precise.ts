import type { MathJsInstance } from 'mathjs';
import { mathjs } from '../../core/deps.js';

/**
 * Arbitration at 64 significant digits for exact-looking answers whose double-precision value is
 * close to the truth but not within float noise: 3880899/2744210 is within 1e-13 of √2 and must
 * still lose. Natural equivalent forms (6/√2 vs 3√2) agree to a few ulps and never get here, so
 * the slow BigNumber path is rare.
 */
let big: MathJsInstance | undefined;
const truthCache = new Map<string, unknown>();

/** Equal at ~45 significant digits; null when either side cannot be evaluated with BigNumbers. */
export function preciseEqual(answerExpr: string, truthExpr: string): boolean | null {
  big ??= mathjs().create(mathjs().all, { number: 'BigNumber', precision: 64 });
  try {
    const a = big.evaluate(answerExpr);
    let t = truthCache.get(truthExpr);
    if (t === undefined) {
      t = big.evaluate(truthExpr);
      if (truthCache.size >= 1000) truthCache.clear();
      truthCache.set(truthExpr, t);
    }
    if (!big.isBigNumber(a) || !big.isBigNumber(t)) return null;
    const scale = big.max(big.abs(t), big.bignumber('1e-3'));
    return big.smallerEq(big.abs(big.subtract(a, t)), big.multiply(scale, big.bignumber('1e-45'))) as boolean;
  } catch {
    return null;
  }
}
