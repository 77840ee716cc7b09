import type { TaskDefinition } from '../../core/task.js';
import { bestTimeToBuyStock } from './best-time-to-buy-stock.js';
import { containerWithMostWater } from './container-with-most-water.js';
import { countHillsValleys } from './count-hills-valleys.js';
import { hIndexTask } from './h-index.js';
import { largestRectangleHistogram } from './largest-rectangle-histogram.js';
import { longestIncreasingSubsequence } from './longest-increasing-subsequence.js';
import { trappingRainWater } from './trapping-rain-water.js';

/** Array-algorithm tasks (domain 'algorithm'): an array drawn as a chart, one question about it. */
export const algorithmTasks: TaskDefinition[] = [
  trappingRainWater,
  longestIncreasingSubsequence,
  hIndexTask,
  largestRectangleHistogram,
  bestTimeToBuyStock,
  containerWithMostWater,
  countHillsValleys,
];
