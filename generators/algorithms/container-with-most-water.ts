import { arrayTask } from './array-task.js';
import { integerFormat, lengthLevels } from './levels.js';

/** Two pointers from both ends, always moving the shorter line: the classic linear scan. */
export function mostWater(h: readonly number[]): number {
  let lo = 0;
  let hi = h.length - 1;
  let best = 0;
  while (lo < hi) {
    best = Math.max(best, Math.min(h[lo], h[hi]) * (hi - lo));
    if (h[lo] < h[hi]) lo++;
    else hi--;
  }
  return best;
}

export const containerWithMostWater = arrayTask({
  name: 'container-with-most-water',
  describe: 'Vertical lines one unit apart (heights written on them): the most water two lines can hold with the x-axis; recomputed by the verifier',
  style: 'lines',
  minValue: 1,
  title: 'Line heights',
  noun: 'line height',
  levels: lengthLevels([20, 40, 60, 80, 99]),
  solve: (v) => {
    const value = mostWater(v);
    return { value, answer: String(value) };
  },
  ask: () => ({
    rule: 'Neighbouring lines are 1 unit apart. Two lines together with the x-axis form a container; its water area is the distance between the lines times the shorter line. What is the largest area any two lines can hold?',
    format: integerFormat,
  }),
});
