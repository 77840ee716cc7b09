import { stableStringify } from '../core/canonical.js';
import { FieldError } from '../core/errors.js';

/**
 * The ground-truth label that travels with an item through verl (`reward_model.ground_truth`) and
 * OpenRLHF (`labels`): a JSON string that names its task, so one reward server judges every task.
 */
export interface Label {
  task: string;
  truth: unknown;
  /** Optional: the item's level (reward specs weight by it). */
  level?: number | null;
  /** Optional: evidence boxes [x1, y1, x2, y2] in image pixels (the grounding reward compares a <box> with them). */
  evidence?: number[][];
}

/**
 * The label JSON; `level` and `evidence` are written only when known (null level, no boxes: left
 * out), so a label stays `{"task", "truth"}` for items that have neither.
 */
export function makeLabel(task: string, truth: unknown, extra: { level?: number | null; evidence?: number[][] } = {}): string {
  return stableStringify({
    task,
    truth,
    ...(extra.level != null ? { level: extra.level } : {}),
    ...(extra.evidence?.length ? { evidence: extra.evidence } : {}),
  });
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
  const label: Label = { task: o.task, truth: o.truth };
  if (o.level !== undefined) label.level = levelOf(o.level, `${field}.level`);
  if (o.evidence !== undefined) label.evidence = evidenceOf(o.evidence, `${field}.evidence`);
  return label;
}

export function levelOf(v: unknown, field: string): number | null {
  if (v !== null && !(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5)) throw new FieldError(field, v, 'a level from 1 to 5, or null');
  return v as number | null;
}

/** Evidence boxes as [x1, y1, x2, y2] lists; record-style {box: [...]} entries are accepted too. */
export function evidenceOf(v: unknown, field: string): number[][] {
  const bad = () => new FieldError(field, v, 'a list of boxes [x1, y1, x2, y2] (or {"box": [x1, y1, x2, y2]})');
  if (!Array.isArray(v) || v.length > 1000) throw bad();
  return v.map((e) => {
    const b = Array.isArray(e) ? e : (e as { box?: unknown })?.box;
    if (!Array.isArray(b) || b.length !== 4 || !b.every((x) => typeof x === 'number' && Number.isFinite(x))) throw bad();
    return b as number[];
  });
}
