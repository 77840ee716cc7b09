// scene-transform: the answer is a set of (object, change) pairs. Reward after STAR-R1
// (Spatial TrAnsformation Reasoning, arXiv 2505.15804), whose principle is to reward partial
// correctness while penalising over-enumeration and inaction; the exact formula is ours:
//
//   score = clamp((c − 0.5·w) / |T|, 0, 1)
//
// T: the true pairs; c: predicted pairs in T; w: predicted pairs not in T (wrong or extra; a
// fragment that is not a pair, or names an unknown object, counts as one). Repeats count once.
// An empty answer scores 0 (inaction). Only the exact set scores 1 (`correct`); listing every
// object with every change loses half a true pair per wrong one, so enumeration never pays.
import type { VerifierDefinition } from '../registry.js';

export interface TransformTruth {
  pairs: string[];
  objects: string[];
}

const CHANGE_WORDS: Record<string, string> = {
  color: 'color', colour: 'color', size: 'size', material: 'material', shape: 'shape', position: 'position',
  moved: 'position', move: 'position', removed: 'removed', remove: 'removed', added: 'added', add: 'added',
};
const PAIR = /\(?\s*\b(o\d{1,3}|new)\b\s*[,:=\-–>]*\s*\b(colou?r|size|material|shape|position|moved?|removed?|add(?:ed)?)\b\s*\)?/gi;

/** Pairs read from an answer, and how many fragments were not pairs. */
export function readPairs(answer: string): { pairs: string[]; junk: number } {
  const pairs: string[] = [];
  const rest = answer.replace(PAIR, (_, obj: string, change: string) => {
    pairs.push(`${obj.toLowerCase()} ${CHANGE_WORDS[change.toLowerCase()]}`);
    return ' , ';
  });
  const junk = rest.split(/[,;\n]|\band\b/i).filter((f) => /[a-z0-9]/i.test(f.replace(/\bnone\b/gi, ''))).length;
  return { pairs: [...new Set(pairs)], junk };
}

export const sceneTransformVerifier: VerifierDefinition<TransformTruth> = {
  name: 'scene-transform',
  describe: 'set of (object, change) pairs between scene images; partial credit (c − 0.5·w)/|T| after STAR-R1',
  tasks: ['scene-transform'],
  dense: true,
  checkTruth(t) {
    const o = t as Partial<TransformTruth>;
    if (!o || typeof o !== 'object' || !Array.isArray(o.pairs) || !o.pairs.length || !o.pairs.every((x) => typeof x === 'string')) return 'truth.pairs must be a non-empty list of "object change" strings';
    if (!Array.isArray(o.objects) || !o.objects.every((x) => typeof x === 'string')) return 'truth.objects must be a list of object ids';
    return undefined;
  },
  judge(answer, truth) {
    const { pairs, junk } = readPairs(answer);
    if (!pairs.length && !junk) return { correct: false, reason: 'empty answer: no (object, change) pairs (inaction scores 0)', parts: { pairs: 0, wrong: 0 }, partial: 0 };
    const t = new Set(truth.pairs);
    const c = pairs.filter((x) => t.has(x)).length;
    const w = pairs.length - c + junk;
    const correct = c === t.size && w === 0;
    const partial = Math.max(0, Math.min(1, (c - 0.5 * w) / t.size));
    const missed = truth.pairs.filter((x) => !pairs.includes(x)).length;
    return {
      correct,
      reason: correct ? 'every change found, nothing extra' : `${c} of ${t.size} changes found, ${w} wrong or extra${missed ? `, ${missed} missed` : ''}`,
      parts: { pairs: c / t.size, wrong: w },
      parsed: pairs,
      partial,
    };
  },
};
