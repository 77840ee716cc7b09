// cad-code: runs the candidate CadQuery program in our interpreter (no Python, no eval, limits on
// steps, operations, time and memory) and compares its solid with the ground truth, with the
// metrics CAD code-generation work reports: executability (CAD-RL/ExeCAD), volume IoU (cadrille)
// and Chamfer distance (CAD-Recode), plus bounding box and volume. docs/cad-rewards.md has the
// whole story; in short:
//
// parts: executes (= exec, kept for old readers: ran to a solid), iou (volume IoU after moving
// both bounding-box centres to the origin and scaling the largest extent to 1, as those
// pipelines normalise), iouAbs (volume IoU in place), chamfer (1 − mean surface distance in
// unit-box units / 0.05, floored at 0; chamferDistance is the raw distance), bbox (IoU of the
// bounding boxes: in place, or of the normalised boxes), volume (1 − relative volume error).
//
// align = 'absolute' (default; every existing truth): the part must be in the same place and
// size. score = 1 for an equivalent solid: exact volume within 0.1 %, area within 0.2 %, IoU in
// place ≥ 0.99, every bounding-box coordinate within max(0.01 mm, 1e-4 × diagonal). Otherwise
// min(0.9, 0.1·executes + 0.2·iou + 0.4·iouAbs + 0.1·chamfer + 0.1·bbox + 0.1·volume).
// align = 'normalized' (truth.align, or the verify option `align`): both solids are first moved
// into the unit cube as CAD-Recode/cadrille evaluate, so position and overall scale do not count.
// score = 1 when the normalised solids are equivalent (same tolerances on normalised volume,
// area and box, aligned IoU ≥ 0.99), else min(0.9, 0.1·executes + 0.5·iou + 0.3·chamfer + 0.1·bbox).
// The cap keeps a clear gap between any non-equivalent part and the target.
import type { VerifierDefinition } from '../registry.js';
import { boxIoU } from '../../generators/cad/kernel/compare.js';
import { compareCad } from '../../generators/cad/kernel/index.js';

export interface CadCodeTruth {
  program: string;
  volume: number;
  area: number;
  bbox: [[number, number, number], [number, number, number]];
  mesh: { positions: number[]; indices: number[] };
  /** How candidate and target are aligned before scoring (default 'absolute'). */
  align?: Align;
}

export const ALIGNS = ['absolute', 'normalized'] as const;
export type Align = (typeof ALIGNS)[number];

export const WEIGHTS = { exec: 0.1, iou: 0.2, iouAbs: 0.4, chamfer: 0.1, bbox: 0.1, volume: 0.1 } as const;
/** Highest score of a solid that is not equivalent to the target. */
export const CAP = 0.9;
/** Weights with align = 'normalized': position and scale are factored out, shape is what counts. */
export const WEIGHTS_NORMALIZED = { exec: 0.1, iou: 0.5, chamfer: 0.3, bbox: 0.1 } as const;
export const EQUIVALENT = { volumeErr: 1e-3, areaErr: 2e-3, iouAbs: 0.99, bboxAbsMm: 0.01, bboxRel: 1e-4 } as const;
const CHAMFER_SCALE = 0.05;

/** The code inside a Markdown fence when the answer has one, else the answer. */
export function codeOf(answer: string): string {
  const m = /```(?:python|py)?[ \t]*\r?\n([\s\S]*?)```/i.exec(answer);
  return (m ? m[1] : answer).trim();
}

const isNum = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const isVec = (v: unknown) => Array.isArray(v) && v.length === 3 && v.every(isNum);

type Box = [[number, number, number], [number, number, number]];
const extent = (b: Box) => [0, 1, 2].map((k) => b[1][k] - b[0][k]);
/** The unit-cube normalisation's scale: 1 / largest extent. */
const unitScale = (b: Box) => 1 / Math.max(1e-9, ...extent(b));
/** The box after the normalisation (centred, largest extent 1). */
function normalisedBox(b: Box): Box {
  const s = unitScale(b);
  const half = extent(b).map((e) => (e * s) / 2);
  return [half.map((h) => -h) as Box[0], half as Box[1]];
}
const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-12, Math.abs(b));

export const cadCodeVerifier: VerifierDefinition<CadCodeTruth> = {
  name: 'cad-code',
  describe: 'executes a CadQuery-subset program safely and scores it against the target solid (IoU, Chamfer, bounding box, volume)',
  tasks: ['cad-code'],
  dense: true,
  // The kernel bounds each program itself (CPU and wall limits, worker killed past them); its first
  // call also loads OpenCascade, seconds on a busy machine: a server's 2 s item limit would stop it.
  timeoutMs: 60_000,
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
    if (o.align !== undefined && !ALIGNS.includes(o.align)) return `truth.align must be one of ${ALIGNS.join(', ')}`;
    return undefined;
  },
  judge(answer, truth, opts) {
    const align = (opts.align ?? truth.align ?? 'absolute') as Align;
    if (!ALIGNS.includes(align)) return { correct: false, reason: `unknown align option ${JSON.stringify(align)}; use ${ALIGNS.join(' or ')}`, parts: { executes: 0, exec: 0 } };
    const code = codeOf(answer);
    if (!code) return { correct: false, reason: 'empty program', parts: { executes: 0, exec: 0 } };
    const { result, comparison: c } = compareCad(code, truth);
    if (!result.ok) {
      return { correct: false, reason: `program refused or failed (${result.stage}): ${result.error}`.slice(0, 400), parts: { executes: 0, exec: 0 }, partial: 0 };
    }
    if (!c) return { correct: false, reason: 'the candidate solid could not be compared', parts: { executes: 1, exec: 1 }, partial: WEIGHTS.exec };
    const chamfer = Math.max(0, 1 - c.chamfer / CHAMFER_SCALE);
    const volume = Math.max(0, 1 - c.volumeErr);
    const parsed = { volume: result.volume, bbox: result.bbox, ops: result.ops };
    if (align === 'normalized') {
      // Normalised volume and area scale with the cube and square of each solid's own unit scale.
      const sc = unitScale(result.bbox);
      const st = unitScale(truth.bbox);
      const [nc, nt] = [normalisedBox(result.bbox), normalisedBox(truth.bbox)];
      const bbox = boxIoU(nc, nt);
      const volErr = relErr(result.volume * sc ** 3, truth.volume * st ** 3);
      const areaErr = relErr(result.area * sc ** 2, truth.area * st ** 2);
      const boxDev = Math.max(...[0, 1, 2].map((k) => Math.abs(nc[1][k] - nt[1][k])));
      const parts = { executes: 1, exec: 1, iou: c.iou, chamfer, bbox, volume: Math.max(0, 1 - volErr), iouAbs: c.iouAbs, chamferDistance: c.chamfer, area: Math.max(0, 1 - areaErr) };
      const W = WEIGHTS_NORMALIZED;
      const combined = W.exec + W.iou * c.iou + W.chamfer * chamfer + W.bbox * bbox;
      // The absolute rule's tolerances, in unit-cube units (1e-4 of the diagonal ≈ 1e-4).
      const equivalent = volErr <= EQUIVALENT.volumeErr && areaErr <= EQUIVALENT.areaErr && c.iou >= EQUIVALENT.iouAbs && boxDev <= EQUIVALENT.bboxRel * 2;
      const reason = equivalent
        ? 'equivalent solid after normalisation into the unit cube (position and scale not scored)'
        : `not equivalent after normalisation: IoU ${c.iou.toFixed(3)}, Chamfer distance ${c.chamfer.toFixed(4)}, normalised volume off ${(100 * volErr).toFixed(2)} %`;
      return { correct: equivalent, reason, parts, partial: Math.min(CAP, combined), parsed };
    }
    const parts = { executes: 1, exec: 1, iou: c.iou, chamfer, bbox: c.bbox, volume, iouAbs: c.iouAbs, chamferDistance: c.chamfer, area: Math.max(0, 1 - c.areaErr) };
    const combined = WEIGHTS.exec + WEIGHTS.iou * c.iou + WEIGHTS.iouAbs * c.iouAbs + WEIGHTS.chamfer * chamfer + WEIGHTS.bbox * c.bbox + WEIGHTS.volume * volume;
    const bboxTol = Math.max(EQUIVALENT.bboxAbsMm, EQUIVALENT.bboxRel * c.diag);
    const equivalent = c.volumeErr <= EQUIVALENT.volumeErr && c.areaErr <= EQUIVALENT.areaErr && c.iouAbs >= EQUIVALENT.iouAbs && c.bboxDev <= bboxTol;
    const reason = equivalent
      ? 'equivalent solid: volume, area, bounding box and placement agree'
      : `not equivalent: IoU ${c.iou.toFixed(3)} aligned / ${c.iouAbs.toFixed(3)} in place, volume off ${(100 * c.volumeErr).toFixed(2)} %, bounding box off by up to ${c.bboxDev.toFixed(3)} mm`;
    return { correct: equivalent, reason, parts, partial: Math.min(CAP, combined), parsed };
  },
};
