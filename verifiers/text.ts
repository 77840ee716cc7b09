import type { VerifierDefinition } from './registry.js';

/** Truth of a free-form answer (a user's own questions on their own images): any listed form is right. */
export interface TextTruth {
  answers: string[];
}

/** Case, spacing, trailing punctuation and leading articles do not matter; numbers compare by value. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/[.!?;:]+$/, '')
    .replace(/^(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ');
}

const asNumber = (s: string) => (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/.test(s) ? Number(s) : NaN);

export const textVerifier: VerifierDefinition<TextTruth> = {
  name: 'text',
  describe: 'short free-form answer: normalised text match, numbers by value',
  tasks: ['external'],
  checkTruth(t) {
    const x = t as TextTruth;
    if (!x || !Array.isArray(x.answers) || !x.answers.length || x.answers.some((a) => typeof a !== 'string')) return 'answers must be a non-empty list of strings';
    return undefined;
  },
  judge(answer, t) {
    const got = normalizeText(answer);
    if (!got) return { correct: false, reason: 'empty answer' };
    const n = asNumber(got);
    const hit = t.answers.some((a) => {
      const want = normalizeText(a);
      const m = asNumber(want);
      return Number.isFinite(n) && Number.isFinite(m) ? Math.abs(n - m) <= 1e-6 * Math.max(1, Math.abs(m)) : got === want;
    });
    return { correct: hit, reason: hit ? 'matches the answer' : `"${got.slice(0, 60)}" is not the answer`, parsed: got };
  },
};
