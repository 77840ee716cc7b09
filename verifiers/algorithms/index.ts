import type { VerifierDefinition } from '../registry.js';
import { AnswerError, parseInteger } from '../graphs/parse.js';
import { hIndex, hillsAndValleys, largestRectangle, lisLength, maxProfit, mostWater, rainWater } from './reference.js';

/** Truth of every array task: the array, the optimum, and a variant switch where the task has one. */
export interface ArrayTruth {
  values: number[];
  value: number;
  variant?: string;
}

const MAX_VALUES = 500;

function checkArray(t: unknown, reference: (x: ArrayTruth) => number): string | undefined {
  const x = t as ArrayTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Array.isArray(x.values) || x.values.length < 1 || x.values.length > MAX_VALUES) return `values must be a list of 1 to ${MAX_VALUES} numbers`;
  if (!x.values.every((v) => Number.isInteger(v) && v >= 0 && v <= 1e6)) return 'values must be integers from 0 to 1000000';
  if (x.variant !== undefined && typeof x.variant !== 'string') return 'variant must be a string';
  if (!Number.isInteger(x.value)) return 'value must be an integer';
  const want = reference(x);
  if (want !== x.value) return `value ${x.value} disagrees with the recomputed optimum ${want}`;
  return undefined;
}

/** A task whose answer is one whole number, recomputed from the array by `reference`. */
function integerVerifier(task: string, what: string, reference: (x: ArrayTruth) => number): VerifierDefinition<ArrayTruth> {
  return {
    name: task,
    describe: `${what} as one whole number, recomputed from the array`,
    tasks: [task],
    checkTruth: (t) => checkArray(t, reference),
    judge(answer, t) {
      let got: number;
      try {
        got = parseInteger(answer);
      } catch (e) {
        if (e instanceof AnswerError) return { correct: false, reason: e.message };
        throw e;
      }
      const ok = got === t.value;
      return { correct: ok, reason: ok ? `${got} is right` : `${got} is wrong`, parsed: got };
    },
  };
}

/** Whole numbers in order: "2, 5, 9", "[2 5 9]", "2 < 5 < 9", "2 -> 5 -> 9". Anything else is an error. */
function parseNumberList(text: string, max: number): number[] {
  const tokens = text
    .replace(/[[\](){}]/g, ' ')
    .split(/\s*(?:,|;|<|->|→|\s)\s*/)
    .filter(Boolean);
  if (!tokens.length) throw new AnswerError('no numbers listed');
  if (tokens.length > max) throw new AnswerError(`${tokens.length} numbers listed; the array has only ${max}`);
  const bad = tokens.find((s) => !/^\d{1,7}$/.test(s));
  if (bad !== undefined) throw new AnswerError(`"${bad.slice(0, 20)}" is not a whole number`);
  return tokens.map(Number);
}

/** Any strictly increasing subsequence of optimal length; parts.length = its length over the optimum when valid. */
export const lisVerifier: VerifierDefinition<ArrayTruth> = {
  name: 'longest-increasing-subsequence',
  describe: 'longest strictly increasing subsequence, written as its values: any longest one is accepted',
  tasks: ['longest-increasing-subsequence'],
  checkTruth: (t) => checkArray(t, (x) => lisLength(x.values)),
  judge(answer, t) {
    let seq: number[];
    try {
      seq = parseNumberList(answer, t.values.length);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { length: 0 } };
      throw e;
    }
    const fail = (reason: string, length = 0) => ({ correct: false, reason, parts: { length }, partial: length, parsed: seq });
    const drop = seq.findIndex((v, k) => k > 0 && v <= seq[k - 1]);
    if (drop > 0) return fail(`${seq[drop - 1]} then ${seq[drop]} does not strictly increase`);
    // Greedy matching finds the values in order whenever any embedding exists.
    let at = 0;
    for (const v of seq) {
      while (at < t.values.length && t.values[at] !== v) at++;
      if (at === t.values.length) return fail(`${v} does not follow the earlier values in the array`);
      at++;
    }
    if (seq.length < t.value) return fail(`an increasing subsequence of length ${seq.length}; the longest has ${t.value}`, seq.length / t.value);
    return { correct: true, reason: `a strictly increasing subsequence of the optimal length ${t.value}`, parts: { length: 1 }, parsed: seq };
  },
};

export const algorithmVerifiers: VerifierDefinition[] = [
  integerVerifier('trapping-rain-water', 'trapped rain water', (x) => rainWater(x.values)),
  integerVerifier('largest-rectangle-histogram', 'largest rectangle area in a histogram', (x) => largestRectangle(x.values)),
  integerVerifier('container-with-most-water', 'most water between two lines', (x) => mostWater(x.values)),
  integerVerifier('h-index', 'h-index of citation counts', (x) => hIndex(x.values)),
  integerVerifier('count-hills-valleys', 'number of hills and valleys', (x) => hillsAndValleys(x.values)),
  integerVerifier('best-time-to-buy-stock', "best trading profit ('one' or 'many' trades)", (x) => maxProfit(x.values, x.variant ?? 'many')),
  lisVerifier,
];
