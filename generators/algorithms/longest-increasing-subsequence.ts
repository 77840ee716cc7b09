import { arrayTask } from './array-task.js';
import { lengthLevels } from './levels.js';

/**
 * Patience sorting with back-links, O(n log n): `tails[k]` is the index ending the best increasing
 * run of length k+1 found so far. Returns one longest strictly increasing subsequence (values).
 */
export function longestIncreasing(v: readonly number[]): number[] {
  const tails: number[] = [];
  const prev = new Int32Array(v.length).fill(-1);
  v.forEach((x, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v[tails[mid]] < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const out: number[] = [];
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) out.push(v[i]);
  return out.reverse();
}

export const longestIncreasingSubsequence = arrayTask({
  name: 'longest-increasing-subsequence',
  describe: 'An array as bars: write out a longest strictly increasing subsequence; any longest one is accepted (the verifier checks it is a subsequence, increasing, and of optimal length)',
  style: 'bars',
  minValue: 1,
  title: 'Sequence',
  noun: 'value',
  levels: lengthLevels([20, 30, 50, 70, 99]),
  solve: (v) => {
    const seq = longestIncreasing(v);
    return { value: seq.length, answer: seq.join(', ') };
  },
  ask: () => ({
    rule: 'A subsequence keeps some of the values in their original left-to-right order (not necessarily neighbours). Find a longest subsequence whose values strictly increase.',
    format: 'Answer with its values in order, separated by commas, inside answer tags, in the form <answer>a, b, c, ...</answer>. Any longest one is accepted.',
  }),
});
