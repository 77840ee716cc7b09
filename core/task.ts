import type { ParamSpec } from './params.js';
import type { Rng } from './rng.js';
import type { Box, Scene } from './scene.js';

export type Level = 1 | 2 | 3 | 4 | 5;
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

export interface Instance<T> {
  /** Prompt shown with the image; states the answer format with an example. */
  question: string;
  /** The same problem fully described in text, for text-only baselines. */
  textOnly?: string;
  /**
   * What the renderer draws: one scene for one image, or an ordered list for several images
   * (before/after, view 1..n). Every output follows the order: image k of the record, the k-th
   * `<image>` placeholder of a chat prompt, the k-th entry of an HF/verl image list.
   */
  scene: Scene | Scene[];
  /** Canonical human-readable answer. */
  answer: string;
  /** Self-contained JSON ground truth: the verifier needs nothing else. */
  truth: T;
  /** Ids of scene elements the answer depends on. With several scenes a plain id is the element in
   *  the first image that has it, and `id@k` the element in image k (list one per image to mask all). */
  evidence: string[];
  /** Difficulty features measured while generating. */
  features: Record<string, number>;
  /** Canonical form of the problem; its hash drives dedup and leakage checks. */
  canonical: string;
  /**
   * Set when masking the evidence would not remove the information (the answer is also stated in
   * the text, or the evidence is redundant): why. Counterfactual generation then emits no masked variant.
   */
  unmaskable?: string;
  /**
   * Ids of elements needed to read the evidence (axis labels, legends, titles); a trailing `*`
   * matches a prefix. Counterfactual random masks stay away from them as from the evidence.
   */
  context?: string[];
}

export interface GenerateContext {
  index: number;
}

export interface TaskDefinition<P = any, T = any> {
  name: string;
  domain: string;
  describe: string;
  params: ParamSpec<P>;
  levels: Record<Level, Partial<P>>;
  /** Cross-field checks after each field is valid; returns an error message or undefined. */
  check?(params: P): string | undefined;
  /**
   * Pure and deterministic for a given rng and context. `ctx.index` is the item's index in its
   * task entry (absent when called alone): tasks that balance answers across a dataset stratify on
   * it, which keeps every item reproducible by itself.
   */
  generate(rng: Rng, params: P, ctx?: GenerateContext): Instance<T>;
  /** Name of the verifier in verifiers/ that judges T. */
  verifier: string;
  /**
   * For tasks whose answer is a place in the picture laid out by the renderer (a UI element to
   * click, the text region that supports an answer): completes the answer and truth from the pixel
   * boxes of the rendered images, per image. Pure; whoever renders an item calls it (use `grounded`).
   */
  ground?(inst: Instance<T>, boxes: Record<string, Box>[]): Instance<T>;
}

export interface Verdict {
  /** Reward in [0, 1]; 1 only for a fully correct answer. */
  score: number;
  correct: boolean;
  reason: string;
  parts?: Record<string, number>;
  parsed?: unknown;
}

/** The instance with its answer and truth completed from its rendered boxes (as is for most tasks). */
export function grounded<T>(def: Pick<TaskDefinition<unknown, T>, 'ground'>, inst: Instance<T>, boxes: Record<string, Box>[]): Instance<T> {
  return def.ground ? def.ground(inst, boxes) : inst;
}

/** The scenes of an instance in image order (one for single-image tasks). */
export const scenesOf = (inst: Pick<Instance<unknown>, 'scene'>): Scene[] => (Array.isArray(inst.scene) ? inst.scene : [inst.scene]);
