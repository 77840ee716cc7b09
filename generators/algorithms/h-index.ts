import { arrayTask } from './array-task.js';
import { integerFormat, lengthLevels } from './levels.js';

/** Sort descending; the h-index is the number of leading papers whose citations reach their rank. */
export function hIndex(citations: readonly number[]): number {
  const sorted = [...citations].sort((a, b) => b - a);
  let h = 0;
  while (h < sorted.length && sorted[h] >= h + 1) h++;
  return h;
}

export const hIndexTask = arrayTask({
  name: 'h-index',
  describe: "A researcher's citations per paper as bars: the h-index; recomputed by the verifier",
  style: 'bars',
  minValue: 0,
  title: 'Citations per paper',
  noun: 'citation count',
  levels: lengthLevels([12, 20, 30, 40, 60]),
  solve: (v) => {
    const value = hIndex(v);
    return { value, answer: String(value) };
  },
  ask: () => ({
    rule: "Each bar is one paper of a researcher and its height is that paper's number of citations. The h-index is the largest h such that at least h papers have at least h citations each. What is the h-index?",
    format: integerFormat,
  }),
});
