import type { Box } from '../../core/scene.js';
import type { Verdict } from '../../core/task.js';
import { extractAnswer } from '../extract.js';
import type { VerifyOptions } from '../registry.js';
import { regionScore } from './region.js';

/**
 * Truth of a counterfactual variant: the base task's truth wrapped with what the variant changes.
 * The shared verify() recognises it, so every task's verifier and label work unchanged.
 */
export interface CounterfactualTruth {
  counterfactual: {
    variant: 'positive' | 'masked' | 'random';
    /** The abstention answer stated in the question. */
    abstain: string;
    grounding: boolean;
    /** Evidence boxes (image pixels): the region a grounded answer should mark. */
    evidence: Box[];
    /** Regions known to be irrelevant (the random variant's masks); marking them costs region score. */
    irrelevant: Box[];
  };
  truth: unknown;
}

export function isCounterfactualTruth(t: unknown): t is CounterfactualTruth {
  return !!t && typeof t === 'object' && 'counterfactual' in t && 'truth' in t;
}

const ABSTENTIONS = new Set([
  'unknown',
  'cannot be determined',
  'can not be determined',
  "can't be determined",
  'cannot determine',
  'cannot tell',
  'cannot be answered',
  'unanswerable',
  'not enough information',
  'insufficient information',
  'undeterminable',
  'indeterminate',
]);

/** True only when the whole answer is an abstention ("unknown, maybe 5" is not). */
export function isAbstention(answer: string, abstain: string): boolean {
  const a = answer.toLowerCase().replace(/[\s.!]+$/g, '').replace(/^\s+/, '').replace(/\s+/g, ' ');
  return a === abstain.toLowerCase() || ABSTENTIONS.has(a);
}

const BBOX = /<bbox>\s*\[?\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\]?\s*<\/bbox>/gi;
const MAX_BOXES = 50;

/** Every well-formed <bbox>[x1,y1,x2,y2]</bbox>; corners are put in order. */
export function parseBoxes(response: string): Box[] | string {
  const out: Box[] = [];
  for (const m of response.matchAll(BBOX)) {
    const [x1, y1, x2, y2] = m.slice(1, 5).map(Number);
    if (x1 === x2 || y1 === y2) continue;
    out.push([Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)]);
    if (out.length > MAX_BOXES) return `more than ${MAX_BOXES} boxes`;
  }
  return out;
}

/**
 * Scores a counterfactual variant. Answer part: on a masked image only the abstention is right (a
 * confident answer scores 0); on other variants the base verifier judges and abstaining scores 0.
 * With grounding, score = answer × (0.5 + 0.5 × region), so 1 needs the right answer and the exact evidence region.
 */
export function judgeCounterfactual(
  baseVerify: (response: string, truth: unknown, opts: VerifyOptions) => Verdict,
  response: string,
  t: CounterfactualTruth,
  opts: VerifyOptions,
): Verdict {
  const cf = t.counterfactual;
  const answerText = response.replace(/<bbox>[\s\S]*?<\/bbox>/gi, ' ');
  const ex = extractAnswer(answerText, opts.extract);
  if (ex.text === null) return { score: 0, correct: false, reason: 'no answer found', parts: { format: 0, answer: 0 } };
  const abstained = isAbstention(ex.text, cf.abstain);
  let answer: number;
  let reason: string;
  let baseParts: Record<string, number> = {};
  if (cf.variant === 'masked') {
    answer = abstained ? 1 : 0;
    reason = abstained ? 'abstained: the evidence is masked' : 'answered although the evidence is masked';
  } else if (abstained) {
    answer = 0;
    reason = 'abstained although the evidence is visible';
  } else {
    const v = baseVerify(answerText, t.truth, opts);
    answer = v.correct ? 1 : 0;
    reason = v.reason;
    baseParts = v.parts ?? {};
  }
  const parts: Record<string, number> = { ...baseParts, format: ex.format, answer };
  if (!cf.grounding) return { score: answer, correct: answer === 1, reason, parts };
  const boxes = parseBoxes(response);
  if (typeof boxes === 'string') return { score: 0, correct: false, reason: boxes, parts: { ...parts, region: 0 } };
  const region = regionScore(boxes, cf.evidence, cf.irrelevant);
  parts.region = region.score;
  parts.iou = region.iou;
  if (!boxes.length) parts.format = 0;
  const score = answer * (0.5 + 0.5 * region.score);
  return { score, correct: answer === 1 && region.score >= 0.5, reason: `${reason}; region ${region.score.toFixed(2)}`, parts, parsed: { answer: ex.text, boxes } };
}
