import { readFileSync } from 'node:fs';
import { FieldError, VeriforgeError } from '../core/errors.js';
import { resolveParams } from '../core/params.js';
import { tasks } from '../core/registry.js';
import { type Level } from '../core/task.js';
import '../generators/index.js';
import type { ImageFormat } from '../renderers/index.js';
import { parseCounterfactual } from './counterfactual.js';
import type { Plan, PlanEntry } from './layout.js';
import { parseRewardSpec } from '../verifiers/reward-spec.js';
import { fromMixConfig } from '../verifiers/reward-spec-file.js';

/** What a user writes in mix.json (or gives as flags for one task). */
export interface PlanInput {
  seed?: unknown;
  count?: unknown;
  partSize?: unknown;
  imageFormat?: unknown;
  tasks?: unknown;
  reward?: unknown;
}

// "reward" (top level and per entry) is read by `serve`/`verify --reward-spec CONFIG`, not by generation.
const TOP_KEYS = ['seed', 'count', 'partSize', 'imageFormat', 'tasks', 'reward'];
const ENTRY_KEYS = ['task', 'count', 'weight', 'level', 'params', 'counterfactual', 'reward'];
const FORMATS: ImageFormat[] = ['png', 'jpeg', 'webp'];
export const MAX_ITEMS = 100_000_000;

function intIn(field: string, v: unknown, min: number, max: number): number {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) throw new FieldError(field, v, `an integer from ${min} to ${max}`);
  return n;
}

/** Validates a mix config and resolves counts, levels and params. Errors name the field, value and what is allowed. */
export function buildPlan(input: PlanInput): Plan {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new FieldError('config', input, 'a JSON object with "seed" and "tasks"');
  for (const k of Object.keys(input)) if (!TOP_KEYS.includes(k)) throw new FieldError(k, (input as Record<string, unknown>)[k], `known keys are ${TOP_KEYS.join(', ')}`);
  const seed = input.seed ?? 0;
  if (!(typeof seed === 'string' && seed.length > 0 && seed.length <= 64) && !(typeof seed === 'number' && Number.isSafeInteger(seed))) {
    throw new FieldError('seed', seed, 'an integer or a non-empty string of at most 64 characters');
  }
  const partSize = input.partSize === undefined ? 256 : intIn('partSize', input.partSize, 1, 100_000);
  const imageFormat = (input.imageFormat ?? 'png') as ImageFormat;
  if (!FORMATS.includes(imageFormat)) throw new FieldError('imageFormat', input.imageFormat, FORMATS.join(', '));
  if (!Array.isArray(input.tasks) || input.tasks.length === 0) throw new FieldError('tasks', input.tasks, 'a non-empty list of {task, count | weight, level?, params?}');

  const raw = input.tasks.map((e: unknown, i: number) => {
    const where = `tasks[${i}]`;
    if (!e || typeof e !== 'object' || Array.isArray(e)) throw new FieldError(where, e, 'an object {task, count | weight, level?, params?}');
    const o = e as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!ENTRY_KEYS.includes(k)) throw new FieldError(`${where}.${k}`, o[k], `known keys are ${ENTRY_KEYS.join(', ')}`);
    const def = tasks.get(String(o.task), `${where}.task`);
    let level: Level | null = null;
    if (o.level !== undefined && o.level !== null) level = intIn(`${where}.level`, o.level, 1, 5) as Level;
    const userParams = o.params ?? {};
    if (typeof userParams !== 'object' || Array.isArray(userParams)) throw new FieldError(`${where}.params`, userParams, 'an object of task parameters');
    const preset = level ? def.levels[level] : {};
    const params = resolveParams(def.params, userParams as Record<string, unknown>, `${where}.params`, preset);
    const bad = def.check?.(params);
    // check() messages name the field, with or without the "params." prefix.
    if (bad) throw new VeriforgeError(`${where}.params.${bad.replace(/^params\./, '')}`);
    if ((o.count === undefined) === (o.weight === undefined)) throw new FieldError(`${where}`, e, 'exactly one of "count" or "weight"');
    const count = o.count !== undefined ? intIn(`${where}.count`, o.count, 1, MAX_ITEMS) : undefined;
    let weight: number | undefined;
    if (o.weight !== undefined) {
      if (typeof o.weight !== 'number' || !(o.weight > 0) || !Number.isFinite(o.weight)) throw new FieldError(`${where}.weight`, o.weight, 'a positive number');
      weight = o.weight;
    }
    const counterfactual = o.counterfactual === undefined ? undefined : parseCounterfactual(o.counterfactual, `${where}.counterfactual`);
    return { task: def.name, level, params: params as Record<string, unknown>, count, weight, counterfactual };
  });

  const weighted = raw.filter((r) => r.weight !== undefined);
  if (weighted.length) {
    if (input.count === undefined) throw new FieldError('count', undefined, 'a total item count when tasks have weights');
    const total = intIn('count', input.count, 1, MAX_ITEMS);
    const fixed = raw.reduce((s, r) => s + (r.count ?? 0), 0);
    const rest = total - fixed;
    if (rest < weighted.length) throw new FieldError('count', input.count, `at least ${fixed + weighted.length} (fixed counts ${fixed} plus one per weighted task)`);
    // Largest-remainder apportionment: counts add up exactly to the total.
    const wsum = weighted.reduce((s, r) => s + r.weight!, 0);
    const exact = weighted.map((r) => (rest * r.weight!) / wsum);
    const counts = exact.map(Math.floor);
    const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (let k = 0; k < rest - counts.reduce((a, b) => a + b, 0); k++) counts[order[k][1]]++;
    weighted.forEach((r, i) => (r.count = Math.max(1, counts[i])));
  } else if (input.count !== undefined) {
    throw new FieldError('count', input.count, 'only with weighted tasks (entries give their own counts)');
  }

  // Reward rules are checked here too, so a bad one fails before hours of generation.
  if (input.reward !== undefined || input.tasks.some((e) => (e as Record<string, unknown>).reward !== undefined)) parseRewardSpec(fromMixConfig(input));
  const nextIndex = new Map<string, number>();
  const entries: PlanEntry[] = raw.map((r) => {
    const firstIndex = nextIndex.get(r.task) ?? 0;
    nextIndex.set(r.task, firstIndex + r.count!);
    return { task: r.task, level: r.level, params: r.params, count: r.count!, firstIndex, counterfactual: r.counterfactual };
  });
  const total = entries.reduce((s, e) => s + e.count, 0);
  if (total > MAX_ITEMS) throw new FieldError('count', total, `at most ${MAX_ITEMS} items in one dataset`);
  return { seed, entries, total, partSize, imageFormat };
}

export function readPlanFile(path: string): Plan {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new VeriforgeError(`--config ${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new VeriforgeError(`--config ${path}: not valid JSON (${(e as Error).message})`);
  }
  return buildPlan(json as PlanInput);
}

export { locate, partCount, type Plan, type PlanEntry } from './layout.js';
