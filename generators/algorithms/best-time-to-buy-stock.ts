import type { Rng } from '../../core/rng.js';
import { arrayTask, type ArrayParams } from './array-task.js';
import { integerFormat, lengthLevels } from './levels.js';

export interface StockParams extends ArrayParams {
  /** 'one': a single buy then sell; 'many': any number of trades, holding one share at a time. */
  trades: string;
}

/** One trade: the best sale after the cheapest earlier price. Many trades: every rise is taken. */
export function maxProfit(prices: readonly number[], trades: string): number {
  if (trades === 'many') return prices.reduce((s, p, i) => s + (i > 0 ? Math.max(0, p - prices[i - 1]) : 0), 0);
  let low = Infinity;
  let best = 0;
  for (const p of prices) {
    low = Math.min(low, p);
    best = Math.max(best, p - low);
  }
  return best;
}

/** A random walk of daily steps of up to ±5 (as MM-HELIX's prices move), kept within 1..maxValue. */
function walk(rng: Rng, p: StockParams): number[] {
  const out = [rng.int(1, p.maxValue)];
  while (out.length < p.length) out.push(Math.max(1, Math.min(p.maxValue, out[out.length - 1] + rng.int(-5, 5))));
  return out;
}

const levels = lengthLevels([20, 40, 60, 80, 99]);

export const bestTimeToBuyStock = arrayTask<StockParams>({
  name: 'best-time-to-buy-stock',
  describe: 'Daily stock prices as a line chart: the maximum profit from one trade or from many (holding one share at a time); recomputed by the verifier',
  style: 'prices',
  minValue: 1,
  title: 'Daily share price',
  noun: 'price',
  levels: {
    1: { ...levels[1], trades: 'one' },
    2: { ...levels[2], trades: 'one' },
    3: { ...levels[3], trades: 'many' },
    4: { ...levels[4], trades: 'many' },
    5: { ...levels[5], trades: 'many' },
  },
  extraParams: { trades: { type: 'enum', values: ['one', 'many'], default: 'many', describe: "'one' buy and one later sell, or 'many' trades (one share held at a time)" } },
  draw: walk,
  solve: (v, p) => {
    const value = maxProfit(v, p.trades);
    return { value, answer: String(value) };
  },
  variant: (p) => p.trades,
  ask: (p) => ({
    rule:
      p.trades === 'one'
        ? 'Position k is the share price on day k. You may buy one share on one day and sell it on a later day. What is the largest profit you can make? (If no trade makes money, the answer is 0.)'
        : 'Position k is the share price on day k. You may buy and sell as many times as you like, but you can hold at most one share at a time (sell before you buy again; buying and selling on the same day is allowed). What is the largest total profit you can make?',
    format: integerFormat,
  }),
});
