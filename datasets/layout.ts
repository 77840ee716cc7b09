import type { Level } from '../core/task.js';
import type { CounterfactualSpec } from '../generators/counterfactual/variants.js';
import type { ImageFormat } from '../renderers/canvas.js';

// The resolved plan and its index arithmetic, apart from plan.ts so that readers (merge, export,
// server) need not load every generator.

/** One task's share of a dataset, fully resolved. */
export interface PlanEntry {
  task: string;
  level: Level | null;
  params: Record<string, unknown>;
  count: number;
  /** Per-task index of this entry's first item (entries of the same task get consecutive ranges). */
  firstIndex: number;
  /** When set, each item becomes counterfactual variant records (positive / masked / random). */
  counterfactual?: CounterfactualSpec;
}

/** Everything that decides a dataset's bytes. Two runs with equal plans write identical folders. */
export interface Plan {
  seed: number | string;
  entries: PlanEntry[];
  total: number;
  partSize: number;
  imageFormat: ImageFormat;
}

/** Which entry and per-task index global item `g` belongs to. */
export function locate(plan: Plan, g: number): { entry: PlanEntry; index: number } {
  let start = 0;
  for (const entry of plan.entries) {
    if (g < start + entry.count) return { entry, index: entry.firstIndex + (g - start) };
    start += entry.count;
  }
  throw new RangeError(`item ${g} is outside the plan (${plan.total} items)`);
}

export const partCount = (plan: Plan) => Math.ceil(plan.total / plan.partSize);

