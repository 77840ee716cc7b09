import type { Level } from '../../core/task.js';

/**
 * Array lengths per level, as in MM-HELIX's array tasks (5–10, 10–20, 20–30, 30–40, 40–70 values),
 * fixed at a value inside each of its ranges so that a level is one difficulty; `maxValue` per level.
 */
const LENGTHS = [8, 15, 25, 35, 50];

export function lengthLevels(maxValues: readonly number[]): Record<Level, { length: number; maxValue: number }> {
  const at = (k: number) => ({ length: LENGTHS[k], maxValue: maxValues[k] });
  return { 1: at(0), 2: at(1), 3: at(2), 4: at(3), 5: at(4) };
}

/** The format line of every whole-number answer; the example is a letter, so echoing it never scores. */
export const integerFormat = 'Answer with one whole number inside answer tags, in the form <answer>N</answer>.';
