// scene-ground: SATORI-style reward in three parts, each in [0, 1]:
//   format: 1 when the reply has exactly one <answer>…</answer> and one <box>x1,y1,x2,y2</box> (after the
//           answer as SATORI writes it, or inside it);
//   answer: 1 when the answer names the right value (one value only; synonyms accepted);
//   iou:    intersection over union of the reply's box with the object's visible box.
// Correct (score 1) when the answer is right and IoU ≥ truth.iou (0.5). Otherwise the score is
// 0.5·answer + 0.5·iou, kept below 1 (dense), and 0 when the format is broken.
import type { Box } from '../../core/scene.js';
import type { VerifierDefinition } from '../registry.js';
import { readWord, VALUES } from './words.js';

export interface GroundTruth {
  attr: string;
  value: string;
  box: Box;
  iou: number;
}

const ANSWER = /<answer>([\s\S]*?)<\/answer>/gi;
const BOX = /<box>\s*\[?\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\]?\s*<\/box>/gi;

export function iou(a: Box, b: Box): number {
  const ix = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const iy = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const inter = ix * iy;
  const area = (x: Box) => Math.max(0, x[2] - x[0]) * Math.max(0, x[3] - x[1]);
  const union = area(a) + area(b) - inter;
  return union > 0 ? inter / union : 0;
}

export const sceneGroundVerifier: VerifierDefinition<GroundTruth> = {
  name: 'scene-ground',
  describe: 'grounded scene answer: <answer> value plus <box>x1,y1,x2,y2</box>; parts format, answer, iou',
  tasks: ['scene-ground'],
  dense: true,
  wholeResponse: true,
  checkTruth(t) {
    const o = t as Partial<GroundTruth>;
    if (!o || typeof o !== 'object' || !VALUES[o.attr ?? '']?.includes(o.value ?? '')) return 'truth needs attr and one of its values';
    if (!Array.isArray(o.box) || o.box.length !== 4 || !o.box.every(Number.isFinite) || o.box[2] <= o.box[0] || o.box[3] <= o.box[1]) return 'truth.box must be [x1, y1, x2, y2] with x2 > x1, y2 > y1';
    return typeof o.iou === 'number' && o.iou > 0 && o.iou <= 1 ? undefined : 'truth.iou must be in (0, 1]';
  },
  judge(response, truth) {
    const answers = [...response.matchAll(ANSWER)];
    const boxes = [...response.matchAll(BOX)];
    const rest = response.replace(ANSWER, '').replace(BOX, '');
    if (answers.length !== 1 || boxes.length !== 1 || /<\/?(answer|box)>/i.test(rest)) {
      return { correct: false, reason: `needs exactly one <answer> and one <box>x1,y1,x2,y2</box> (found ${answers.length} and ${boxes.length})`, parts: { format: 0, answer: 0, iou: 0 }, partial: 0 };
    }
    const b = boxes[0].slice(1, 5).map(Number);
    const pred: Box = [Math.min(b[0], b[2]), Math.min(b[1], b[3]), Math.max(b[0], b[2]), Math.max(b[1], b[3])];
    const overlap = iou(pred, truth.box);
    const got = readWord(answers[0][1].replace(BOX, ' '), 'word', truth.attr);
    const answer = 'value' in got && got.value === truth.value ? 1 : 0;
    const correct = answer === 1 && overlap >= truth.iou;
    const why = 'error' in got ? got.error : answer ? 'right answer' : `answered ${got.value}`;
    return {
      correct,
      reason: `${why}; box IoU ${overlap.toFixed(2)} (needs ${truth.iou})`,
      parts: { format: 1, answer, iou: Number(overlap.toFixed(4)) },
      parsed: { answer: 'value' in got ? got.value : null, box: pred },
      partial: 0.5 * answer + 0.5 * overlap,
    };
  },
};
