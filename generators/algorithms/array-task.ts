import type { Rng } from '../../core/rng.js';
import type { Instance, Level, TaskDefinition } from '../../core/task.js';
import { arrayScene, labelId, markId, type ArrayStyle } from './chart.js';

/**
 * The shape every array-algorithm task shares (rain water, histogram, stock prices, ...): a seeded
 * array of small integers drawn as a chart with every value written on it, one question about
 * it, and a truth that carries the array itself, so the verifier recomputes the answer by its own
 * method instead of trusting a stored number.
 */
export interface ArrayParams {
  length: number;
  maxValue: number;
}

export interface ArrayTruth {
  /** The array, in the order drawn (left to right). */
  values: number[];
  /** The optimum the answer must reach (an amount, a count or a length). */
  value: number;
  /** Task variant switches the verifier reads (e.g. the stock task's trade rule). */
  variant?: string;
}

export interface ArrayTaskSpec<P extends ArrayParams> {
  name: string;
  describe: string;
  style: ArrayStyle;
  /** Smallest value drawn (0 for heights, 1 where a zero would be meaningless). */
  minValue: number;
  levels: Record<Level, P>;
  /** Extra parameters beyond length and maxValue. */
  extraParams?: Partial<TaskDefinition<P>['params']>;
  /** Chart title and the noun for one value ("height", "price"). */
  title: string;
  noun: string;
  /** The array; by default uniform integers in [minValue, maxValue]. */
  draw?(rng: Rng, p: P): number[];
  /** The generator's own solution: the optimum and the canonical answer text. */
  solve(values: number[], p: P): { value: number; answer: string; features?: Record<string, number> };
  /** The question's rule and the answer format (with an example), given the params. */
  ask(p: P): { rule: string; format: string };
  variant?(p: P): string;
}

export function arrayTask<P extends ArrayParams>(spec: ArrayTaskSpec<P>): TaskDefinition<P, ArrayTruth> {
  const generate = (rng: Rng, p: P): Instance<ArrayTruth> => {
    // An array whose answer is 0 (no water, no profit) is redrawn: such items teach nothing.
    let values: number[] = [];
    let sol: ReturnType<typeof spec.solve> = { value: 0, answer: '' };
    for (let attempt = 1; attempt <= 100 && sol.value <= 0; attempt++) {
      const r = rng.fork(`attempt-${attempt}`);
      values = spec.draw ? spec.draw(r, p) : Array.from({ length: p.length }, () => r.int(spec.minValue, p.maxValue));
      sol = spec.solve(values, p);
    }
    const variant = spec.variant?.(p);
    const { rule, format } = spec.ask(p);
    const n = values.length;
    return {
      question: `The chart shows ${n} ${spec.noun}s, numbered 1 to ${n} from left to right, with each ${spec.noun} written above its mark. ${rule} ${format}`,
      textOnly: `${n} ${spec.noun}s, positions 1 to ${n} in order: [${values.join(', ')}]. ${rule} ${format}`,
      scene: arrayScene(values, spec.style, spec.title),
      answer: sol.answer,
      truth: { values, value: sol.value, ...(variant ? { variant } : {}) },
      evidence: values.flatMap((_, i) => [markId(i), labelId(i)]),
      context: ['title', 'index-label-*'],
      features: { length: n, maxValue: Math.max(...values), answerValue: sol.value, ...sol.features },
      canonical: `${spec.name}:${variant ?? ''}:${values.join(',')}`,
    };
  };
  return {
    name: spec.name,
    domain: 'algorithm',
    describe: spec.describe,
    params: {
      length: { type: 'int', min: 3, max: 80, default: spec.levels[3].length, describe: 'number of values in the array' },
      maxValue: { type: 'int', min: Math.max(2, spec.minValue + 1), max: 999, default: spec.levels[3].maxValue, describe: 'largest value drawn' },
      ...spec.extraParams,
    } as TaskDefinition<P>['params'],
    levels: spec.levels,
    generate,
    verifier: spec.name,
  };
}
