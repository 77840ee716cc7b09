import { arrayTask } from './array-task.js';
import { integerFormat, lengthLevels } from './levels.js';

/** Runs of equal values merged into one, then every interior run higher or lower than both neighbours counts. */
export function hillsAndValleys(v: readonly number[]): number {
  const runs = v.filter((x, i) => i === 0 || x !== v[i - 1]);
  let count = 0;
  for (let i = 1; i + 1 < runs.length; i++) {
    if ((runs[i] > runs[i - 1] && runs[i] > runs[i + 1]) || (runs[i] < runs[i - 1] && runs[i] < runs[i + 1])) count++;
  }
  return count;
}

export const countHillsValleys = arrayTask({
  name: 'count-hills-valleys',
  describe: 'An array as bars: how many hills and valleys it has (equal neighbours form one), recomputed by the verifier',
  style: 'bars',
  minValue: 1,
  title: 'Values',
  noun: 'value',
  // Small value ranges make runs of equal neighbours, the rule's trap, common.
  levels: lengthLevels([6, 8, 10, 12, 15]),
  solve: (v) => {
    const value = hillsAndValleys(v);
    return { value, answer: String(value), features: { equalNeighbours: v.filter((x, i) => i > 0 && x === v[i - 1]).length } };
  },
  ask: () => ({
    rule: 'A position is part of a hill if its closest non-equal neighbours on both sides are smaller, and part of a valley if they are both larger; neighbouring positions with equal values belong to the same hill or valley, and a position needs a non-equal neighbour on both sides to count. How many hills and valleys are there in total?',
    format: integerFormat,
  }),
});
