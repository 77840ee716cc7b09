/**
 * Reward composition (docs/reward-spec.md is the user's page; the numbers there are tested).
 * A spec turns one verdict into the reward a trainer sees, from components each in [0, 1]:
 *   accuracy   the verifier's score;  correct  1 when the verifier judged the answer fully right;
 *   part:NAME  a part the verifier reports (parts.iou, parts.answer, ...);
 *   format     the response's tags: one non-empty answer, thinking as the spec asks;
 *   grounding  the verifier's parts.iou, else IoU of the response's <box> with the item's evidence boxes.
 * reward = clip(scale · difficulty(level) · (Σ w·c / Σ w  −  length penalty)), where the sum runs over
 * the weighted components that apply to the item (a task without boxes has no grounding).
 */
import { FieldError } from '../core/errors.js';
import type { Verdict } from '../core/task.js';
import type { Box } from '../core/scene.js';
import { visibleText } from './extract.js';
import { boxIou } from './parse/region-answer.js';

export const LENGTH_SHAPES = ['linear', 'quadratic', 'cosine', 'exponential', 'step'] as const;
export type LengthShape = (typeof LENGTH_SHAPES)[number];

export interface LengthSpec {
  /** Penalty at its largest (the length component is 0): subtracted from the weighted sum. */
  weight: number;
  /** What is counted: characters or whitespace-separated words. */
  unit: 'chars' | 'words';
  /** Which text is measured: the whole response, or what is left without the thinking. */
  of: 'response' | 'visible';
  target: number;
  /** No penalty within target ± tolerance. */
  tolerance: number;
  /** Distance beyond the tolerance over which the length component falls from 1 (to 0 for all shapes but exponential). */
  falloff: number;
  shape: LengthShape;
  /** Which deviations count: longer than the band, shorter, or both. */
  side: 'above' | 'below' | 'both';
}

export interface FormatSpec {
  /** required: exactly one closed <think> block before the answer; forbidden: none; optional: at most one, closed. */
  think: 'required' | 'optional' | 'forbidden';
  /** The answer form the format reward asks for: exactly one of it, not empty. */
  answer: 'tag' | 'boxed';
  /** When true nothing but whitespace may follow the answer. */
  strict: boolean;
}

export interface RewardRule {
  /** Component name → weight (accuracy, correct, format, grounding, part:NAME). */
  weights: Record<string, number>;
  format: FormatSpec;
  length: LengthSpec | null;
  /** Multiplier by item level ("1".."5"); items of no known level get 1. */
  difficulty: Record<string, number> | null;
  scale: number;
  clip: [number, number] | null;
}

export interface RewardSpec extends RewardRule {
  /** Per-task rules: each overrides the top level's keys it names. */
  tasks: Record<string, RewardRule>;
}

/** What the spec needs besides the verdict; level and evidence come with the item when known. */
export interface RewardInput {
  task: string;
  response: string;
  verdict: Verdict;
  level?: number | null;
  /** Evidence boxes [x1, y1, x2, y2] in image pixels. */
  evidence?: number[][];
}

export interface ComposedReward {
  reward: number;
  /** Every component that applied, plus length (the component, 1 = no penalty) and difficulty (the multiplier). */
  components: Record<string, number>;
}

const FIXED = ['accuracy', 'correct', 'format', 'grounding'];
const RULE_KEYS = ['weights', 'format', 'length', 'difficulty', 'scale', 'clip'];
const DEFAULT_FORMAT: FormatSpec = { think: 'optional', answer: 'tag', strict: false };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

function num(field: string, v: unknown, min: number, max: number, fallback?: number): number {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw new FieldError(field, v, `a number from ${min} to ${max}`);
  return v;
}

function oneOf<T extends string>(field: string, v: unknown, allowed: readonly T[], fallback: T): T {
  if (v === undefined) return fallback;
  if (!allowed.includes(v as T)) throw new FieldError(field, v, allowed.join(', '));
  return v as T;
}

function keysIn(field: string, o: Obj, allowed: string[]): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) throw new FieldError(`${field}${field ? '.' : ''}${k}`, o[k], `known keys are ${allowed.join(', ')}`);
}

function parseLength(field: string, v: unknown): LengthSpec | null {
  if (v === undefined || v === null) return null;
  if (!isObj(v)) throw new FieldError(field, v, 'an object {weight, target, tolerance?, falloff?, shape?, unit?, of?, side?}');
  keysIn(field, v, ['weight', 'unit', 'of', 'target', 'tolerance', 'falloff', 'shape', 'side']);
  const target = num(`${field}.target`, v.target, 1, 1e7);
  return {
    weight: num(`${field}.weight`, v.weight, 0, 100),
    unit: oneOf(`${field}.unit`, v.unit, ['chars', 'words'], 'chars'),
    of: oneOf(`${field}.of`, v.of, ['response', 'visible'], 'response'),
    target,
    tolerance: num(`${field}.tolerance`, v.tolerance, 0, 1e7, 0),
    falloff: num(`${field}.falloff`, v.falloff, 1, 1e7, target),
    shape: oneOf(`${field}.shape`, v.shape, LENGTH_SHAPES, 'linear'),
    side: oneOf(`${field}.side`, v.side, ['above', 'below', 'both'], 'above'),
  };
}

function parseRule(field: string, v: Obj, base: RewardRule | null): RewardRule {
  const at = (k: string) => `${field}${field ? '.' : ''}${k}`;
  let weights = base?.weights ?? { accuracy: 1 };
  if (v.weights !== undefined) {
    if (!isObj(v.weights) || !Object.keys(v.weights).length) throw new FieldError(at('weights'), v.weights, 'an object of component weights, e.g. {"accuracy": 0.9, "format": 0.1}');
    weights = {};
    for (const [k, w] of Object.entries(v.weights)) {
      if (!FIXED.includes(k) && !/^part:[\w-]+$/.test(k)) throw new FieldError(at(`weights.${k}`), w, `a component: ${FIXED.join(', ')} or part:NAME (a part the verifier reports)`);
      weights[k] = num(at(`weights.${k}`), w, 0, 100);
    }
  }
  let format = base?.format ?? DEFAULT_FORMAT;
  if (v.format !== undefined) {
    if (!isObj(v.format)) throw new FieldError(at('format'), v.format, 'an object {think?, answer?, strict?}');
    keysIn(at('format'), v.format, ['think', 'answer', 'strict']);
    if (v.format.strict !== undefined && typeof v.format.strict !== 'boolean') throw new FieldError(at('format.strict'), v.format.strict, 'true or false');
    format = {
      think: oneOf(at('format.think'), v.format.think, ['required', 'optional', 'forbidden'], format.think),
      answer: oneOf(at('format.answer'), v.format.answer, ['tag', 'boxed'], format.answer),
      strict: (v.format.strict as boolean | undefined) ?? format.strict,
    };
  }
  let difficulty = base?.difficulty ?? null;
  if (v.difficulty !== undefined) {
    const d = v.difficulty;
    if (d !== null && !(isObj(d) && isObj(d.levels))) throw new FieldError(at('difficulty'), d, 'null or {"levels": {"1": 0.5, ..., "5": 1.5}}');
    if (d) keysIn(at('difficulty'), d, ['levels']);
    difficulty = d ? Object.fromEntries(Object.entries(d.levels as Obj).map(([k, m]) => {
      if (!/^[1-5]$/.test(k)) throw new FieldError(at(`difficulty.levels.${k}`), m, 'levels "1" to "5"');
      return [k, num(at(`difficulty.levels.${k}`), m, 0, 100)];
    })) : null;
  }
  let clip = base?.clip ?? null;
  if (v.clip !== undefined) {
    const c = v.clip;
    if (c !== null && !(Array.isArray(c) && c.length === 2 && c.every((x) => typeof x === 'number' && Number.isFinite(x)) && c[0] < c[1])) throw new FieldError(at('clip'), c, 'null or [low, high] with low < high');
    clip = c ? [c[0], c[1]] : null;
  }
  return {
    weights,
    format,
    length: v.length !== undefined ? parseLength(at('length'), v.length) : (base?.length ?? null),
    difficulty,
    scale: num(at('scale'), v.scale, -1000, 1000, base?.scale ?? 1),
    clip,
  };
}

/** Validates a spec object (parsed JSON or YAML); errors name the field, the value and what is allowed. */
export function parseRewardSpec(input: unknown): RewardSpec {
  if (!isObj(input)) throw new FieldError('reward spec', input, 'an object with "weights" and optional format, length, difficulty, scale, clip, tasks');
  keysIn('', input, [...RULE_KEYS, 'tasks']);
  const top = parseRule('', input, null);
  const tasks: Record<string, RewardRule> = {};
  if (input.tasks !== undefined) {
    if (!isObj(input.tasks)) throw new FieldError('tasks', input.tasks, 'an object task name → rule (any keys of the top level)');
    for (const [task, rule] of Object.entries(input.tasks)) {
      if (!isObj(rule)) throw new FieldError(`tasks.${task}`, rule, 'an object with any of weights, format, length, difficulty, scale, clip');
      keysIn(`tasks.${task}`, rule, RULE_KEYS);
      tasks[task] = parseRule(`tasks.${task}`, rule, top);
    }
  }
  return { ...top, tasks };
}

/** The length component in [0, 1]: 1 inside the band, falling with the distance beyond it by the shape. */
export function lengthComponent(spec: LengthSpec, n: number): number {
  const over = spec.side === 'below' ? 0 : Math.max(0, n - (spec.target + spec.tolerance));
  const under = spec.side === 'above' ? 0 : Math.max(0, spec.target - spec.tolerance - n);
  const x = Math.max(over, under) / spec.falloff;
  if (x === 0) return 1;
  switch (spec.shape) {
    case 'linear':
      return Math.max(0, 1 - x);
    case 'quadratic':
      return Math.max(0, 1 - x * x);
    case 'cosine':
      return x >= 1 ? 0 : 0.5 * (1 + Math.cos(Math.PI * x));
    case 'exponential':
      return Math.exp(-x);
    case 'step':
      return 0;
  }
}

export function measure(spec: LengthSpec, response: string): number {
  const text = spec.of === 'visible' ? visibleText(response) : response;
  if (spec.unit === 'chars') return [...text].length;
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

/** 1 when the response has the tags the spec asks for, else 0 (one reason per failed check). */
export function formatComponent(spec: FormatSpec, response: string): { value: number; problems: string[] } {
  const problems: string[] = [];
  const opens = count(response, /<think>/gi);
  const closes = count(response, /<\/think>/gi);
  if (spec.think === 'forbidden' && opens + closes) problems.push('thinking tags present');
  if (spec.think !== 'forbidden' && (opens > 1 || closes > 1 || opens > closes)) problems.push('thinking not one closed <think>…</think> block');
  // A lone </think> closes a block the chat template opened in the prompt.
  if (spec.think === 'required' && closes !== 1) problems.push('no <think>…</think> block');
  const visible = visibleText(response);
  const answers = spec.answer === 'tag' ? [...visible.matchAll(/<answer>([\s\S]*?)<\/answer>/gi)] : [...visible.matchAll(/\\boxed\{([^]*?)\}/g)];
  const form = spec.answer === 'tag' ? '<answer>…</answer>' : '\\boxed{…}';
  if (answers.length !== 1) problems.push(`${answers.length} ${form} (exactly one wanted)`);
  else if (!answers[0][1].trim()) problems.push(`empty ${form}`);
  if (spec.answer === 'tag' && count(visible, /<\/?answer>/gi) !== 2 * answers.length) problems.push('unbalanced answer tags');
  if (spec.strict && answers.length === 1) {
    const end = visible.lastIndexOf(answers[0][0]) + answers[0][0].length;
    if (visible.slice(end).trim()) problems.push('text after the answer');
  }
  return { value: problems.length ? 0 : 1, problems };
}

const BOX = /<box>\s*\[?\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\]?\s*<\/box>/gi;

/** The verifier's IoU when it reports one; else the last <box> against the best-matching evidence box; null when neither applies. */
export function groundingComponent(input: RewardInput): number | null {
  const own = input.verdict.parts?.iou;
  if (typeof own === 'number') return own;
  const boxes = (input.evidence ?? []).filter((b) => Array.isArray(b) && b.length === 4 && b.every(Number.isFinite));
  if (!boxes.length) return null;
  const found = [...visibleText(input.response).matchAll(BOX)];
  if (!found.length) return 0;
  const c = found[found.length - 1].slice(1, 5).map(Number);
  const pred = [Math.min(c[0], c[2]), Math.min(c[1], c[3]), Math.max(c[0], c[2]), Math.max(c[1], c[3])];
  return Math.max(...boxes.map((b) => boxIou(pred as Box, b as Box)));
}

/** Every component any rule of the spec can report, sorted: trainers that log per item need the same keys for all. */
export function componentNames(spec: RewardSpec): string[] {
  const names = new Set<string>();
  for (const rule of [spec, ...Object.values(spec.tasks)]) {
    for (const k of Object.keys(rule.weights)) names.add(k);
    if (rule.length) names.add('length');
    if (rule.difficulty) names.add('difficulty');
  }
  return [...names].sort();
}

export const ruleFor = (spec: RewardSpec, task: string): RewardRule => spec.tasks[task] ?? spec;

const round = (x: number) => Math.round(x * 1e9) / 1e9;

/** The reward and its components for one judged response. Never throws on a valid spec. */
export function composeReward(spec: RewardSpec, input: RewardInput): ComposedReward {
  const rule = ruleFor(spec, input.task);
  const components: Record<string, number> = {};
  let sum = 0;
  let total = 0;
  for (const [name, w] of Object.entries(rule.weights)) {
    let c: number | null;
    if (name === 'accuracy') c = input.verdict.score;
    else if (name === 'correct') c = input.verdict.correct ? 1 : 0;
    else if (name === 'format') c = formatComponent(rule.format, input.response).value;
    else if (name === 'grounding') c = groundingComponent(input);
    else c = input.verdict.parts?.[name.slice(5)] ?? null;
    if (c === null || !Number.isFinite(c)) continue; // does not apply to this item
    components[name] = round(c);
    sum += w * c;
    total += w;
  }
  let r = total > 0 ? sum / total : 0;
  if (rule.length) {
    const l = lengthComponent(rule.length, measure(rule.length, input.response));
    components.length = round(l);
    r -= rule.length.weight * (1 - l);
  }
  if (rule.difficulty) {
    const m = input.level != null ? (rule.difficulty[String(input.level)] ?? 1) : 1;
    components.difficulty = m;
    r *= m;
  }
  r *= rule.scale;
  if (rule.clip) r = Math.min(rule.clip[1], Math.max(rule.clip[0], r));
  return { reward: round(r), components };
}
