// scene-view: one choice among labelled options (image numbers or letters); several choices are refused.
import type { VerifierDefinition } from '../registry.js';

export interface ViewTruth {
  choices: string[];
  value: string;
}

export const sceneViewVerifier: VerifierDefinition<ViewTruth> = {
  name: 'scene-view',
  describe: 'multiple choice over scene views: an image number or an option letter, exactly one',
  tasks: ['scene-view'],
  checkTruth(t) {
    const o = t as Partial<ViewTruth>;
    if (!o || typeof o !== 'object' || !Array.isArray(o.choices) || !o.choices.every((c) => typeof c === 'string')) return 'truth.choices must be a list of labels';
    return typeof o.value === 'string' && o.choices.includes(o.value) ? undefined : 'truth.value must be one of truth.choices';
  },
  judge(answer, truth) {
    // "Image 3", "3", "(B)", "B) clockwise…": the labels that stand alone as words. With image numbers as
    // labels every number counts, also one that is no choice: "3 or 4" hedges even where image 4 is not offered.
    const tokens = answer.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ');
    const numbered = truth.choices.every((c) => /^\d+$/.test(c));
    const isLabel = (t: string) => truth.choices.includes(t.toUpperCase()) || (numbered && /^\d+$/.test(t));
    const hits = [...new Set(tokens.filter(isLabel).map((t) => (numbered ? String(Number(t)) : t.toUpperCase())))];
    if (hits.length !== 1) return { correct: false, reason: hits.length ? `several choices given (${hits.join(', ')})` : `no choice among ${truth.choices.join(', ')}`, parts: { answer: 0 } };
    const ok = hits[0] === truth.value;
    return { correct: ok, reason: ok ? 'correct choice' : `chose ${hits[0]}`, parts: { answer: ok ? 1 : 0 }, parsed: hits[0] };
  },
};
