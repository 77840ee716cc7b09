import { arrayTask } from './array-task.js';
import { integerFormat, lengthLevels } from './levels.js';

/** Two pointers: the lower side's running maximum bounds the water above its next bar. */
export function trappedWater(h: readonly number[]): number {
  let lo = 0;
  let hi = h.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let water = 0;
  while (lo < hi) {
    if (h[lo] <= h[hi]) {
      leftMax = Math.max(leftMax, h[lo]);
      water += leftMax - h[lo++];
    } else {
      rightMax = Math.max(rightMax, h[hi]);
      water += rightMax - h[hi--];
    }
  }
  return water;
}

export const trappingRainWater = arrayTask({
  name: 'trapping-rain-water',
  describe: 'Bars of width 1 side by side (heights written on them): how many units of rain water they trap; recomputed by the verifier',
  style: 'wall',
  minValue: 0,
  title: 'Bar heights',
  noun: 'bar height',
  levels: lengthLevels([9, 12, 15, 20, 20]),
  solve: (v) => {
    const value = trappedWater(v);
    return { value, answer: String(value) };
  },
  ask: () => ({
    rule: 'The bars have width 1 and stand side by side with no gaps. After it rains, water collects wherever bars on both sides are higher. How many units of water are trapped in total?',
    format: integerFormat,
  }),
});
