import type { Point } from '../../core/scene.js';

/** Axis-aligned box [x1, y1, x2, y2] in pixels. */
export type Rect = [number, number, number, number];

/** Distance from point p to segment ab. */
export function pointSegmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** True when segments ab and cd cross at a point interior to both (touching ends do not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Angle in radians (0..π/2) between the lines of ab and cd. */
export function lineAngle(a: Point, b: Point, c: Point, d: Point): number {
  const u = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const v = Math.atan2(d[1] - c[1], d[0] - c[0]);
  let t = Math.abs(u - v) % Math.PI;
  if (t > Math.PI / 2) t = Math.PI - t;
  return t;
}

/** Angle in radians (0..π) between rays o→a and o→b. */
export function rayAngle(o: Point, a: Point, b: Point): number {
  const u = Math.atan2(a[1] - o[1], a[0] - o[0]);
  const v = Math.atan2(b[1] - o[1], b[0] - o[0]);
  const t = Math.abs(u - v) % (2 * Math.PI);
  return t > Math.PI ? 2 * Math.PI - t : t;
}

export function grow(r: Rect, m: number): Rect {
  return [r[0] - m, r[1] - m, r[2] + m, r[3] + m];
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** Liang–Barsky clip: does segment ab enter rectangle r? */
export function segmentHitsRect(a: Point, b: Point, r: Rect): boolean {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - r[0]],
    [dx, r[2] - a[0]],
    [-dy, a[1] - r[1]],
    [dy, r[3] - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Distance from a circle's centre to the nearest point of a rectangle (0 when inside). */
export function pointRectDistance(p: Point, r: Rect): number {
  const dx = Math.max(r[0] - p[0], 0, p[0] - r[2]);
  const dy = Math.max(r[1] - p[1], 0, p[1] - r[3]);
  return Math.hypot(dx, dy);
}
