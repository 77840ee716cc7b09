import type { VerifierDefinition } from '../registry.js';
import { checkMathTruth, judgeMath, type MathTruth } from './judge.js';

export { checkMathTruth, judgeMath, type MathJudgement, type MathTruth, type Tolerance } from './judge.js';
export { readValue, ReadError, type ReadValue } from './parse.js';
export { KNOWN_UNITS } from './units.js';

/** Tasks whose truth is a MathTruth. Other numeric tasks (charts, CAD) add their names here. */
export const MATH_TASKS = ['geometry'];

/**
 * Numbers, expressions, LaTeX, units, multiple choice and yes/no: any equivalent form of the right
 * value is accepted; several different answers never are.
 */
export const mathVerifier: VerifierDefinition<MathTruth> = {
  name: 'math',
  describe: 'numeric/symbolic answer: any equivalent form (fraction, surd, LaTeX, units); multiple choice; yes/no',
  tasks: MATH_TASKS,
  checkTruth: checkMathTruth,
  judge(answer, truth) {
    const j = judgeMath(answer, truth);
    return { correct: j.correct, reason: j.reason, parsed: j.parsed, parts: { answer: j.correct ? 1 : 0 } };
  },
};

export const mathVerifiers: VerifierDefinition[] = [mathVerifier];
