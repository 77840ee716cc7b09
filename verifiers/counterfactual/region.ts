import type { Box } from '../../core/scene.js';

/**
 * Areas of unions and intersections of box sets, exactly, by coordinate compression: the plane is
 * cut at every box edge and each cell is marked by the sets that cover it.
 */
export function coverage(sets: Box[][]): { union: number[]; both: (a: number, b: number) => number } {
  const xs = [...new Set(sets.flat().flatMap((b) => [b[0], b[2]]))].sort((a, b) => a - b);
  const ys = [...new Set(sets.flat().flatMap((b) => [b[1], b[3]]))].sort((a, b) => a - b);
  const nx = Math.max(0, xs.length - 1);
  const ny = Math.max(0, ys.length - 1);
  const xi = new Map(xs.map((x, i) => [x, i]));
  const yi = new Map(ys.map((y, i) => [y, i]));
  const masks = new Uint8Array(nx * ny);
  sets.forEach((boxes, s) => {
    for (const b of boxes) {
      for (let j = yi.get(b[1])!; j < yi.get(b[3])!; j++) for (let i = xi.get(b[0])!; i < xi.get(b[2])!; i++) masks[j * nx + i] |= 1 << s;
    }
  });
  const areaWhere = (bits: number) => {
    let a = 0;
    for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) if ((masks[j * nx + i] & bits) === bits) a += (xs[i + 1] - xs[i]) * (ys[j + 1] - ys[j]);
    return a;
  };
  return { union: sets.map((_, s) => areaWhere(1 << s)), both: (a, b) => areaWhere((1 << a) | (1 << b)) };
}

/**
 * Grounding score: IoU of the predicted region with the evidence region, minus the share of the
 * prediction that lies on known-irrelevant regions, clipped to [0, 1].
 */
export function regionScore(pred: Box[], evidence: Box[], irrelevant: Box[]): { iou: number; offEvidence: number; score: number } {
  if (!pred.length || !evidence.length) return { iou: 0, offEvidence: 0, score: 0 };
  const c = coverage([pred, evidence, irrelevant]);
  const inter = c.both(0, 1);
  const iou = inter / (c.union[0] + c.union[1] - inter);
  const offEvidence = c.union[0] > 0 ? c.both(0, 2) / c.union[0] : 0;
  return { iou, offEvidence, score: Math.max(0, Math.min(1, iou - offEvidence)) };
}
