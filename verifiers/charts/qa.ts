import type { VerifierDefinition } from '../registry.js';
import { normLabel, parseOneNumber } from './answer.js';

type QaTruth =
  | { kind: 'number'; value: number; tolerance: number; decimals: number; family: string }
  | { kind: 'choice'; value: string; options: string[]; family: string }
  | { kind: 'yesno'; value: 'yes' | 'no'; family: string };

function checkTruth(t: unknown): string | undefined {
  const x = t as QaTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (x.kind === 'number') return Number.isFinite(x.value) && Number.isFinite(x.tolerance) && x.tolerance >= 0 ? undefined : 'value and tolerance must be finite numbers';
  if (x.kind === 'choice') return typeof x.value === 'string' && Array.isArray(x.options) && x.options.includes(x.value) ? undefined : 'value must be one of options';
  if (x.kind === 'yesno') return x.value === 'yes' || x.value === 'no' ? undefined : 'value must be "yes" or "no"';
  return 'kind must be number, choice or yesno';
}

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false']);

/**
 * Chart QA: a number within the truth's tolerance (derived from what the chart lets one read), the
 * exact label of the right option, or yes/no. Anything with extra content (two numbers, two labels,
 * "yes and no") is wrong.
 */
export const chartQaVerifier: VerifierDefinition<QaTruth> = {
  name: 'chart-qa',
  describe: 'chart question: number within a tick-derived tolerance, exact label, or yes/no',
  tasks: ['chart-qa'],
  checkTruth,
  judge(answer, t) {
    if (t.kind === 'number') {
      let got: number;
      try {
        got = parseOneNumber(answer);
      } catch (e) {
        return { correct: false, reason: (e as Error).message, parts: { answer: 0 } };
      }
      const err = Math.abs(got - t.value);
      // A hair of slack for binary floating point (0.1 + 0.2), never enough to change a printed digit.
      const ok = err <= t.tolerance + 1e-9 * Math.max(1, Math.abs(t.value));
      const partial = t.tolerance > 0 ? Math.max(0, 1 - err / (4 * t.tolerance)) : 0;
      return { correct: ok, reason: ok ? `${got} is within ±${t.tolerance} of ${t.value}` : `${got} is off by ${Number(err.toFixed(6))} (tolerance ±${t.tolerance})`, parts: { answer: ok ? 1 : 0 }, partial, parsed: got };
    }
    const got = normLabel(answer);
    if (t.kind === 'yesno') {
      const v = YES.has(got) ? 'yes' : NO.has(got) ? 'no' : null;
      if (!v) return { correct: false, reason: 'the answer must be yes or no', parts: { answer: 0 } };
      return { correct: v === t.value, reason: v === t.value ? `"${v}" is right` : `"${v}" is wrong`, parts: { answer: v === t.value ? 1 : 0 }, parsed: v };
    }
    const hit = t.options.find((o) => normLabel(o) === got);
    if (!hit) return { correct: false, reason: `"${answer.slice(0, 60)}" is not one of the labels in the chart`, parts: { answer: 0 } };
    const ok = hit === t.value;
    return { correct: ok, reason: ok ? `"${hit}" is right` : `"${hit}" is wrong`, parts: { answer: ok ? 1 : 0 }, parsed: hit };
  },
};
