import type { VerifierDefinition } from '../registry.js';
import { checkMathTruth, judgeMath, type MathTruth } from './judge.js';

export { checkMathTruth, judgeMath, type MathJudgement, type MathTruth, type Tolerance } from './judge.js';
export { readValue, ReadError, type ReadValue } from './parse.js';
export { KNOWN_UNITS } from './units.js';

/**
 * A verifier that judges MathTruth answers for `tasks`. Numeric tasks in other domains (chart
 * readings, CAD volumes) either list their task names in MATH_TASKS or make their own named
 * verifier with this, e.g. `makeMathVerifier('chart-value', ['chart-qa'])`, and set a `tolerance`
 * in their truths.
 */
export function makeMathVerifier(name: string, tasks: string[], describe = 'numeric/symbolic answer: any equivalent form (fraction, surd, LaTeX, units); multiple choice; yes/no'): VerifierDefinition<MathTruth> {
  return {
    name,
    describe,
    tasks,
    checkTruth: checkMathTruth,
    judge(answer, truth) {
      const j = judgeMath(answer, truth);
      return { correct: j.correct, reason: j.reason, parsed: j.parsed, parts: { answer: j.correct ? 1 : 0 } };
    },
  };
}

/** Tasks whose truth is a MathTruth judged by the verifier named "math". */
export const MATH_TASKS = ['geometry'];

/** Any equivalent form of the right value is accepted; several different answers never are. */
export const mathVerifier = makeMathVerifier('math', MATH_TASKS);

export const mathVerifiers: VerifierDefinition[] = [mathVerifier];
