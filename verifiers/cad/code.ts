// cad-code: runs the candidate CadQuery program in our interpreter (no Python, no eval, limits on
// steps, operations, time and memory) and compares its solid with the ground truth.
//
// parts: exec (ran to a solid), iou (volume IoU after aligning bounding-box centres and scaling to
// the unit box, as CAD code-generation pipelines score it), iouAbs (volume IoU in place), chamfer
// (1 − mean surface distance in unit-box units / 0.05, floored at 0), bbox (IoU of the bounding
// boxes in place), volume (1 − relative volume error, floored at 0).
// score = 1 for an equivalent solid: exact volume within 0.1 %, surface area within 0.2 %, IoU in
// place ≥ 0.99 and every bounding-box coordinate within max(0.01 mm, 1e-4 × diagonal). Otherwise
// score = min(0.9, 0.1·exec + 0.2·iou + 0.4·iouAbs + 0.1·chamfer + 0.1·bbox + 0.1·volume):
// the aligned metrics reward the right shape, the in-place ones the right position and size, and
// the cap keeps a clear gap between any non-equivalent part and the target.
import type { VerifierDefinition } from '../registry.js';
import { compareCad } from '../../generators/cad/kernel/index.js';

export interface CadCodeTruth {
  program: string;
  volume: number;
  area: number;
  bbox: [[number, number, number], [number, number, number]];
  mesh: { positions: number[]; indices: number[] };
}

export const WEIGHTS = { exec: 0.1, iou: 0.2, iouAbs: 0.4, chamfer: 0.1, bbox: 0.1, volume: 0.1 } as const;
/** Highest score of a solid that is not equivalent to the target. */
export const CAP = 0.9;
export const EQUIVALENT = { volumeErr: 1e-3, areaErr: 2e-3, iouAbs: 0.99, bboxAbsMm: 0.01, bboxRel: 1e-4 } as const;
const CHAMFER_SCALE = 0.05;

/** The code inside a Markdown fence when the answer has one, else the answer. */
export function codeOf(answer: string): string {
  const m = /```(?:python|py)?[ \t]*\r?\n([\s\S]*?)```/i.exec(answer);
  return (m ? m[1] : answer).trim();
}

const isNum = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const isVec = (v: unknown) => Array.isArray(v) && v.length === 3 && v.every(isNum);

export const cadCodeVerifier: VerifierDefinition<CadCodeTruth> = {
  name: 'cad-code',
  describe: 'executes a CadQuery-subset program safely and scores it against the target solid (IoU, Chamfer, bounding box, volume)',
  tasks: ['cad-code'],
  dense: true,
  checkTruth(t) {
    const o = t as Partial<CadCodeTruth> | null;
    if (!o || typeof o !== 'object') return 'truth must be an object';
    if (!isNum(o.volume) || !(o.volume! > 0)) return 'truth.volume must be a positive number';
    if (!isNum(o.area)) return 'truth.area must be a number';
    if (!Array.isArray(o.bbox) || o.bbox.length !== 2 || !o.bbox.every(isVec)) return 'truth.bbox must be [[x,y,z],[x,y,z]]';
    const m = o.mesh;
    if (!m || !Array.isArray(m.positions) || !Array.isArray(m.indices) || m.indices.length < 12 || m.positions.length % 3 || m.indices.length % 3) {
      return 'truth.mesh must hold positions (x,y,z...) and triangle indices';
    }
    return undefined;
  },
  judge(answer, truth) {
    const code = codeOf(answer);
    if (!code) return { correct: false, reason: 'empty program', parts: { exec: 0 } };
    const { result, comparison: c } = compareCad(code, truth);
    if (!result.ok) {
      return { correct: false, reason: `program refused or failed (${result.stage}): ${result.error}`.slice(0, 400), parts: { exec: 0 }, partial: 0 };
    }
    if (!c) return { correct: false, reason: 'the candidate solid could not be compared', parts: { exec: 1 }, partial: WEIGHTS.exec };
    const chamfer = Math.max(0, 1 - c.chamfer / CHAMFER_SCALE);
    const volume = Math.max(0, 1 - c.volumeErr);
    const parts = { exec: 1, iou: c.iou, chamfer, bbox: c.bbox, volume, iouAbs: c.iouAbs, chamferDistance: c.chamfer, area: Math.max(0, 1 - c.areaErr) };
    const combined = WEIGHTS.exec + WEIGHTS.iou * c.iou + WEIGHTS.iouAbs * c.iouAbs + WEIGHTS.chamfer * chamfer + WEIGHTS.bbox * c.bbox + WEIGHTS.volume * volume;
    const bboxTol = Math.max(EQUIVALENT.bboxAbsMm, EQUIVALENT.bboxRel * c.diag);
    const equivalent = c.volumeErr <= EQUIVALENT.volumeErr && c.areaErr <= EQUIVALENT.areaErr && c.iouAbs >= EQUIVALENT.iouAbs && c.bboxDev <= bboxTol;
    const reason = equivalent
      ? 'equivalent solid: volume, area, bounding box and placement agree'
      : `not equivalent: IoU ${c.iou.toFixed(3)} aligned / ${c.iouAbs.toFixed(3)} in place, volume off ${(100 * c.volumeErr).toFixed(2)} %, bounding box off by up to ${c.bboxDev.toFixed(3)} mm`;
    return { correct: equivalent, reason, parts, partial: Math.min(CAP, combined), parsed: { volume: result.volume, bbox: result.bbox, ops: result.ops } };
  },
};
