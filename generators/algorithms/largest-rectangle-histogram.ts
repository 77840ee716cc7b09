import { arrayTask } from './array-task.js';
import { integerFormat, lengthLevels } from './levels.js';

/** Monotonic stack: each bar is popped when a lower bar ends the widest rectangle at its height. */
export function largestRectangle(h: readonly number[]): number {
  const stack: number[] = [];
  let best = 0;
  for (let i = 0; i <= h.length; i++) {
    const cur = i === h.length ? -1 : h[i];
    while (stack.length && h[stack[stack.length - 1]] >= cur) {
      const height = h[stack.pop()!];
      const left = stack.length ? stack[stack.length - 1] + 1 : 0;
      best = Math.max(best, height * (i - left));
    }
    stack.push(i);
  }
  return best;
}

export const largestRectangleHistogram = arrayTask({
  name: 'largest-rectangle-histogram',
  describe: 'Histogram of bars of width 1 (heights written on them): area of the largest rectangle inside it; recomputed by the verifier',
  style: 'wall',
  minValue: 0,
  title: 'Histogram',
  noun: 'bar height',
  levels: lengthLevels([9, 12, 15, 20, 20]),
  solve: (v) => {
    const value = largestRectangle(v);
    return { value, answer: String(value) };
  },
  ask: () => ({
    rule: 'The bars have width 1 and stand side by side with no gaps. What is the area of the largest axis-aligned rectangle that fits entirely inside the histogram?',
    format: integerFormat,
  }),
});
