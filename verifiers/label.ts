import { stableStringify } from '../core/canonical.js';
import { FieldError } from '../core/errors.js';

/**
 * The ground-truth label that travels with an item through verl (`reward_model.ground_truth`) and
 * OpenRLHF (`labels`): a JSON string that names its task, so one reward server judges every task.
 */
export interface Label {
  task: string;
  truth: unknown;
}

export function makeLabel(task: string, truth: unknown): string {
  return stableStringify({ task, truth });
}

/** Parses a label; a FieldError naming `field` when it is not `{"task": "...", "truth": ...}` JSON. */
export function parseLabel(text: unknown, field = 'label'): Label {
  if (typeof text !== 'string') throw new FieldError(field, text, 'a JSON string {"task": NAME, "truth": {...}}');
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new FieldError(field, text, `valid JSON {"task": NAME, "truth": {...}} (${(e as Error).message})`);
  }
  const o = v as Record<string, unknown>;
  if (!o || typeof o !== 'object' || Array.isArray(o) || typeof o.task !== 'string' || !('truth' in o)) {
    throw new FieldError(field, text, 'a JSON object {"task": NAME, "truth": {...}}');
  }
  return { task: o.task, truth: o.truth };
}
