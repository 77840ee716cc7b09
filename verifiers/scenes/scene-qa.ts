// scene-qa: one answer per question — yes/no, a count, or an attribute value (synonyms accepted).
import type { VerifierDefinition } from '../registry.js';
import { readWord, VALUES } from './words.js';

export interface SceneQaTruth {
  kind: 'yesno' | 'count' | 'word';
  value: string;
  attr?: string;
}

export const sceneQaVerifier: VerifierDefinition<SceneQaTruth> = {
  name: 'scene-qa',
  describe: 'CLEVR-style scene answers: yes/no, counts, attribute values (with synonyms); one answer only',
  tasks: ['scene-qa'],
  checkTruth(t) {
    const o = t as Partial<SceneQaTruth>;
    if (!o || typeof o !== 'object' || typeof o.value !== 'string') return 'truth needs a string value';
    if (o.kind === 'yesno') return o.value === 'yes' || o.value === 'no' ? undefined : 'yes/no truth must be yes or no';
    if (o.kind === 'count') return /^\d+$/.test(o.value) ? undefined : 'count truth must be a whole number';
    if (o.kind === 'word') return VALUES[o.attr ?? '']?.includes(o.value) ? undefined : 'word truth needs attr and one of its values';
    return 'truth.kind must be yesno, count or word';
  },
  judge(answer, truth) {
    // A one-word answer in a short phrase at most: an echoed question names values it does not assert.
    if (answer.trim().split(/\s+/).length > 8) return { correct: false, reason: 'answer is longer than 8 words; give the single value', parts: { answer: 0 } };
    const got = readWord(answer, truth.kind, truth.attr);
    if ('error' in got) return { correct: false, reason: got.error, parts: { answer: 0 } };
    const ok = got.value === truth.value;
    return { correct: ok, reason: ok ? 'correct' : `answered ${got.value}`, parts: { answer: ok ? 1 : 0 }, parsed: got.value };
  },
};
