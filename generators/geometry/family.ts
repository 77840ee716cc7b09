import { mathjs } from '../../core/deps.js';
import type { Rng } from '../../core/rng.js';
import type { Figure } from './construct.js';
import type { Annotation } from './diagram.js';
import type { Exact } from './exact.js';

export type Kind = 'length' | 'angle' | 'area' | 'perimeter' | 'ratio' | 'relation';
export type GeoUnit = 'cm' | 'cm^2' | 'deg' | undefined;

/** A given number: the sentence that states it and the diagram note that shows it. */
export interface Fact {
  text: string;
  note: Annotation & { text: string };
  /** Stated in the text whatever the mode: a number on a subdivided segment would be ambiguous. */
  textOnly?: boolean;
}

/** One construction of a family's figure from its givens plus free choices. */
export interface Setup {
  fig: Figure;
  /** Given numbers (written in the text, on the diagram, or both). */
  facts: Fact[];
  /** Marks that belong to the figure's definition (right angles, equal ticks, parallel arrows). */
  marks: Annotation[];
  /** The asked quantity, marked "?" on the diagram. */
  unknown?: Annotation & { text: string };
  /** The answer measured on this very figure: the invariance check compares it across re-samples. */
  measured: number | boolean;
  /** Ids of drawn elements the answer depends on, besides facts, marks and the unknown. */
  evidence: string[];
}

/**
 * A question family: givens are sampled, then the figure is constructed from them with free
 * choices (shape, position) drawn from a separate stream, so re-sampling those choices must not
 * change the answer when the givens determine it.
 */
export interface Family<G = any> {
  name: string;
  kind: Kind;
  unit: GeoUnit;
  /** Deduction steps from the givens to the answer. */
  depth: number;
  sample(rng: Rng): G;
  setup(g: G, free: Rng): Setup;
  /** The closed-form answer from the givens alone (a boolean for relation questions). */
  exact(g: G): Exact | boolean;
  /** What the figure is, in words, without the given numbers ("PT is tangent to the circle at T."). */
  describe(g: G): string;
  /** The asked quantity, e.g. "the length of MN". */
  ask(g: G): string;
  /** The deduction from givens to answer, one line per step. */
  reasoning(g: G): string[];
  /** Keep the figure's orientation (no random rotation when drawn), e.g. two figures side by side. */
  upright?: boolean;
  /** Plausible wrong answers for multiple-choice forms. */
  distractors?(g: G): Exact[];
}

const REL = 1e-7;

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= REL * Math.max(1, Math.abs(b));
}

export interface InvarianceResult {
  ok: boolean;
  /** Measured answers of every re-sampled figure. */
  values: (number | boolean)[];
  reason?: string;
}

/**
 * A problem is kept only if its answer follows from the givens: the figure is re-built from the
 * same givens with `samples` independent free choices and every measured answer must equal the
 * closed form (checked through mathjs, so the written form itself is verified too).
 */
export function checkInvariant<G>(fam: Family<G>, g: G, rng: Rng, samples = 6): InvarianceResult {
  const exact = fam.exact(g);
  let expect: number | boolean;
  if (typeof exact === 'boolean') expect = exact;
  else {
    expect = exact.toNumber();
    const viaMathjs = mathjs().evaluate(exact.toMath()) as number;
    if (typeof viaMathjs !== 'number' || !sameValue(viaMathjs, expect)) return { ok: false, values: [], reason: `closed form ${exact.toMath()} evaluates to ${viaMathjs}, not ${expect}` };
  }
  const values: (number | boolean)[] = [];
  for (let k = 0; k < samples; k++) {
    let m: number | boolean;
    try {
      m = fam.setup(g, rng.fork(`resample-${k}`)).measured;
    } catch (e) {
      return { ok: false, values, reason: `re-sample ${k} cannot be built: ${(e as Error).message}` };
    }
    values.push(m);
    const same = typeof expect === 'boolean' ? m === expect : typeof m === 'number' && sameValue(m, expect);
    if (!same) return { ok: false, values, reason: `re-sample ${k} measures ${m}, the givens say ${typeof exact === 'boolean' ? exact : exact.toMath()}` };
  }
  return { ok: true, values };
}
