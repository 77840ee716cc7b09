import type { CanvasScene, Primitive } from '../../core/scene.js';
import { v, type Figure, type Vec } from './construct.js';

/** Marks and numbers written on a figure. Ids let a question name its evidence. */
export type Annotation =
  /** A number (or "?") written beside segment AB. */
  | { kind: 'length'; a: string; b: string; text: string; id: string }
  /** Arc mark for angle ABC at B, optionally with its value written inside. */
  | { kind: 'angle'; a: string; b: string; c: string; text?: string; arcs?: number; id: string }
  /** Right-angle square at B. */
  | { kind: 'right'; a: string; b: string; c: string; id: string }
  /** `count` tick marks across AB: segments with the same count are equal. */
  | { kind: 'ticks'; a: string; b: string; count: number; id: string }
  /** `count` arrow heads on AB: segments with the same count are parallel. */
  | { kind: 'parallel'; a: string; b: string; count: number; id: string };

export class IllegibleError extends Error {}

export const segId = (a: string, b: string) => `seg-${a}${b}`;
export const pointId = (a: string) => `pt-${a}`;
export const circleId = (o: string) => `circle-${o}`;

const SIZE = 512;
const MARGIN = 48;
const INK = '#1a1a1a';
const MARK = '#c0392b';
const GIVEN = '#1f4e9c';
const POINT_FONT = 20;
const GIVEN_FONT = 17;
/** Smallest clear gap (px) between a label and any stroke or other label. */
const CLEARANCE = 3;
const MIN_POINT_GAP = 24;
const MIN_ANGLE_DEG = 14;

/** Advance widths of DejaVu Sans in em (what the renderer uses), for layout without a canvas. */
function textWidth(text: string, size: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) {
    if (/[0-9]/.test(ch)) em += 0.636;
    else if (/[A-Z]/.test(ch)) em += 0.76;
    else if (/[a-z]/.test(ch)) em += 0.62;
    else if ('.,: '.includes(ch)) em += 0.32;
    else if ('√=−+'.includes(ch)) em += 0.84;
    else em += 0.64;
  }
  return em * size * (bold ? 1.08 : 1);
}

type Box = [number, number, number, number];
type Seg = [Vec, Vec];

function distPointSeg(p: Vec, [a, b]: Seg): number {
  const d = v.sub(b, a);
  const l2 = v.dot(d, d);
  const t = l2 ? Math.max(0, Math.min(1, v.dot(v.sub(p, a), d) / l2)) : 0;
  return v.dist(p, v.add(a, v.scale(d, t)));
}

function segsCross(p: Seg, q: Seg): boolean {
  const o = (a: Vec, b: Vec, c: Vec) => Math.sign(v.cross(v.sub(b, a), v.sub(c, a)));
  return o(p[0], p[1], q[0]) !== o(p[0], p[1], q[1]) && o(q[0], q[1], p[0]) !== o(q[0], q[1], p[1]);
}

function boxEdges(b: Box): Seg[] {
  const c: Vec[] = [[b[0], b[1]], [b[2], b[1]], [b[2], b[3]], [b[0], b[3]]];
  return c.map((p, i) => [p, c[(i + 1) % 4]] as Seg);
}

function inBox(p: Vec, b: Box): boolean {
  return p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
}

function distBoxSeg(b: Box, s: Seg): number {
  if (inBox(s[0], b) || inBox(s[1], b)) return 0;
  const edges = boxEdges(b);
  if (edges.some((e) => segsCross(e, s))) return 0;
  return Math.min(...edges.map((e) => Math.min(distPointSeg(e[0], s), distPointSeg(s[0], e), distPointSeg(s[1], e))));
}

function distBoxCircle(b: Box, c: Vec, r: number): number {
  const nx = Math.max(b[0], Math.min(c[0], b[2]));
  const ny = Math.max(b[1], Math.min(c[1], b[3]));
  const near = v.dist([nx, ny], c);
  const corners: Vec[] = [[b[0], b[1]], [b[2], b[1]], [b[0], b[3]], [b[2], b[3]]];
  const far = Math.max(...corners.map((p) => v.dist(p, c)));
  if (near <= r && far >= r) return 0;
  return near > r ? near - r : r - far;
}

function distBoxBox(a: Box, b: Box): number {
  const dx = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const dy = Math.max(0, a[1] - b[3], b[1] - a[3]);
  return Math.hypot(dx, dy);
}

/** What labels must keep clear of: strokes (as segments and circles) and placed boxes. */
class Obstacles {
  segs: Seg[] = [];
  circles: [Vec, number][] = [];
  boxes: Box[] = [];

  /** Smallest gap between box `b` and anything placed, capped at `cap` (farther is "clear enough"). */
  clearance(b: Box, cap: number): number {
    if (b[0] < 2 || b[1] < 2 || b[2] > SIZE - 2 || b[3] > SIZE - 2) return -1;
    let m = cap;
    for (const s of this.segs) {
      // Cheap reject: a segment whose bounding box is already `m` away cannot lower the minimum.
      if (Math.min(s[0][0], s[1][0]) - b[2] >= m || b[0] - Math.max(s[0][0], s[1][0]) >= m) continue;
      if (Math.min(s[0][1], s[1][1]) - b[3] >= m || b[1] - Math.max(s[0][1], s[1][1]) >= m) continue;
      m = Math.min(m, distBoxSeg(b, s));
    }
    for (const [c, r] of this.circles) m = Math.min(m, distBoxCircle(b, c, r));
    for (const o of this.boxes) m = Math.min(m, distBoxBox(b, o));
    return m;
  }
}

export interface Diagram {
  scene: CanvasScene;
  /** Screen position of every point, for callers that add their own checks. */
  screen: Map<string, Vec>;
}

/**
 * Lays a figure out on a 512² canvas and draws it with its annotations. Throws IllegibleError for
 * figures a reader could misread: points too close, tiny angles between drawn segments, a point
 * that nearly (but not exactly) lies on a segment, or a label that cannot be placed clear of
 * every line and every other label.
 */
export function drawFigure(f: Figure, notes: Annotation[]): Diagram {
  // Fit the figure (points and circles) into the canvas, y up in the world, down on screen.
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const grow = (p: Vec, r = 0) => {
    x0 = Math.min(x0, p[0] - r);
    y0 = Math.min(y0, p[1] - r);
    x1 = Math.max(x1, p[0] + r);
    y1 = Math.max(y1, p[1] + r);
  };
  for (const n of f.shown) grow(f.p(n));
  for (const s of f.segments) grow(f.p(s.a)), grow(f.p(s.b));
  for (const c of f.circles) grow(f.p(c.center), c.r);
  const scale = (SIZE - 2 * MARGIN) / Math.max(x1 - x0, y1 - y0, 1e-9);
  const ox = (SIZE - (x1 - x0) * scale) / 2;
  const oy = (SIZE - (y1 - y0) * scale) / 2;
  const toScreen = (p: Vec): Vec => [ox + (p[0] - x0) * scale, SIZE - (oy + (p[1] - y0) * scale)];
  const S = new Map<string, Vec>();
  for (const [n, p] of f.points) S.set(n, toScreen(p));
  const P = (n: string) => S.get(n)!;

  checkGeometry(f, P);

  const els: Primitive[] = [];
  const obs = new Obstacles();
  const segScreen = (a: string, b: string, extend = 0): Seg => {
    const A = P(a);
    const B = P(b);
    const d = v.scale(v.unit(v.sub(B, A)), extend);
    return [v.sub(A, d), v.add(B, d)];
  };
  for (const s of f.segments) {
    const [A, B] = segScreen(s.a, s.b, s.extend ?? 0);
    els.push({ type: 'line', id: segId(s.a, s.b), x1: A[0], y1: A[1], x2: B[0], y2: B[1], stroke: INK, lineWidth: 2, cap: 'round', ...(s.dashed ? { dash: [6, 5] } : {}) });
    obs.segs.push([A, B]);
  }
  for (const c of f.circles) {
    const C = P(c.center);
    els.push({ type: 'circle', id: circleId(c.center), cx: C[0], cy: C[1], r: c.r * scale, stroke: INK, lineWidth: 2 });
    obs.circles.push([C, c.r * scale]);
  }
  for (const note of notes) drawMark(note, P, els, obs);
  for (const n of f.shown) {
    const p = P(n);
    els.push({ type: 'circle', id: pointId(n), cx: p[0], cy: p[1], r: 3.5, fill: INK });
    obs.boxes.push([p[0] - 4, p[1] - 4, p[0] + 4, p[1] + 4]);
  }
  // Numbers first (they have fewer good places), then point letters.
  for (const note of notes) {
    if (!('text' in note) || !note.text) continue;
    const spots = note.kind === 'length' ? lengthSpots(note, P, f) : note.kind === 'angle' ? angleSpots(note, P) : [];
    els.push(placeText(note.text, `given-${note.id}`, GIVEN_FONT, false, GIVEN, spots, obs));
  }
  for (const n of f.shown) els.push(placeText(n, `label-${n}`, POINT_FONT, true, INK, pointSpots(n, f, P), obs));
  return { scene: { kind: 'canvas', width: SIZE, height: SIZE, background: '#ffffff', elements: els }, screen: S };
}

function checkGeometry(f: Figure, P: (n: string) => Vec): void {
  const shown = [...f.shown];
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      if (v.dist(P(shown[i]), P(shown[j])) < MIN_POINT_GAP) throw new IllegibleError(`points ${shown[i]} and ${shown[j]} nearly coincide`);
    }
  }
  for (const s of f.segments) {
    if (v.dist(P(s.a), P(s.b)) < MIN_POINT_GAP) throw new IllegibleError(`segment ${s.a}${s.b} is too short`);
    for (const n of shown) {
      if (n === s.a || n === s.b) continue;
      const d = distPointSeg(P(n), [P(s.a), P(s.b)]);
      // On the segment exactly (a midpoint, a foot) is fine; almost on it reads as an incidence that is not there.
      if (d > 0.5 && d < 9) throw new IllegibleError(`point ${n} nearly touches segment ${s.a}${s.b}`);
    }
  }
  // Tiny angles between drawn segments at a shared end read as one line.
  const ends = new Map<string, Vec[]>();
  for (const s of f.segments) {
    for (const [p, q] of [[s.a, s.b], [s.b, s.a]]) ends.set(p, [...(ends.get(p) ?? []), v.unit(v.sub(P(q), P(p)))]);
  }
  for (const [n, dirs] of ends) {
    for (let i = 0; i < dirs.length; i++) {
      for (let j = i + 1; j < dirs.length; j++) {
        const deg = (Math.acos(Math.max(-1, Math.min(1, v.dot(dirs[i], dirs[j])))) * 180) / Math.PI;
        if (deg > 0.5 && deg < MIN_ANGLE_DEG) throw new IllegibleError(`angle of ${deg.toFixed(1)}° at ${n} is too small to read`);
      }
    }
  }
}

function drawMark(note: Annotation, P: (n: string) => Vec, els: Primitive[], obs: Obstacles): void {
  if (note.kind === 'length') return;
  if (note.kind === 'ticks' || note.kind === 'parallel') {
    const A = P(note.a);
    const B = P(note.b);
    const u = v.unit(v.sub(B, A));
    const nrm: Vec = [-u[1], u[0]];
    const mid = v.lerp(A, B, 0.5);
    const children: Primitive[] = [];
    for (let k = 0; k < note.count; k++) {
      const c = v.add(mid, v.scale(u, (k - (note.count - 1) / 2) * 6));
      const seg: Seg =
        note.kind === 'ticks'
          ? [v.add(c, v.scale(nrm, 7)), v.sub(c, v.scale(nrm, 7))]
          : [v.add(v.sub(c, v.scale(u, 6)), v.scale(nrm, 6)), c];
      children.push({ type: 'line', x1: seg[0][0], y1: seg[0][1], x2: seg[1][0], y2: seg[1][1], stroke: INK, lineWidth: 2 });
      obs.segs.push(seg);
      if (note.kind === 'parallel') {
        const other: Seg = [v.sub(v.sub(c, v.scale(u, 6)), v.scale(nrm, 6)), c];
        children.push({ type: 'line', x1: other[0][0], y1: other[0][1], x2: other[1][0], y2: other[1][1], stroke: INK, lineWidth: 2 });
        obs.segs.push(other);
      }
    }
    els.push({ type: 'group', id: `mark-${note.id}`, children });
    return;
  }
  const B = P(note.b);
  const ua = v.unit(v.sub(P(note.a), B));
  const uc = v.unit(v.sub(P(note.c), B));
  const reach = Math.min(v.dist(P(note.a), B), v.dist(P(note.c), B));
  if (note.kind === 'right') {
    const s = Math.min(14, reach * 0.3);
    const pts: Vec[] = [v.add(B, v.scale(ua, s)), v.add(B, v.add(v.scale(ua, s), v.scale(uc, s))), v.add(B, v.scale(uc, s))];
    els.push({ type: 'polygon', id: `mark-${note.id}`, points: pts.map((p) => [p[0], p[1]]), closed: false, stroke: MARK, lineWidth: 1.8 });
    obs.segs.push([pts[0], pts[1]], [pts[1], pts[2]]);
    return;
  }
  const r0 = Math.min(30, reach * 0.4);
  let start = Math.atan2(ua[1], ua[0]);
  let sweep = Math.atan2(uc[1], uc[0]) - start;
  sweep = ((sweep % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  if (sweep > Math.PI) {
    start += sweep;
    sweep = 2 * Math.PI - sweep;
  }
  const children: Primitive[] = [];
  for (let k = 0; k < (note.arcs ?? 1); k++) {
    const r = r0 + k * 5;
    children.push({ type: 'arc', cx: B[0], cy: B[1], r, start, end: start + sweep, stroke: MARK, lineWidth: 2 });
    // The arc as a few chords, so that labels keep clear of it.
    for (let s = 0; s < 6; s++) {
      const t0 = start + (sweep * s) / 6;
      const t1 = start + (sweep * (s + 1)) / 6;
      obs.segs.push([v.add(B, v.polar(r, t0)), v.add(B, v.polar(r, t1))]);
    }
  }
  els.push({ type: 'group', id: `mark-${note.id}`, children });
}

/** A candidate label position: `gap` px from `at` in direction `dir`, measured to the label's edge. */
interface Spot {
  at: Vec;
  dir: Vec;
  gap: number;
}

/** Beyond this many px of room, a later candidate does not beat an earlier (preferred) one. */
const ENOUGH_ROOM = 8;

function placeText(text: string, id: string, size: number, bold: boolean, fill: string, spots: Spot[], obs: Obstacles): Primitive {
  const w = textWidth(text, size, bold);
  const h = size * 0.78;
  let best: { c: Vec; score: number; box: Box } | null = null;
  for (let i = 0; i < spots.length; i++) {
    const c = off(spots[i].at, spots[i].dir, spots[i].gap, w, h);
    const box: Box = [c[0] - w / 2, c[1] - h / 2, c[0] + w / 2, c[1] + h / 2];
    const clear = obs.clearance(box, ENOUGH_ROOM);
    const score = clear - i * 0.01;
    if (clear >= CLEARANCE && (!best || score > best.score)) best = { c, score, box };
    // Spots come in order of preference: the first with enough room wins outright.
    if (clear >= ENOUGH_ROOM) break;
  }
  if (!best) throw new IllegibleError(`no clear place for label "${text}"`);
  obs.boxes.push(best.box);
  return { type: 'text', id, x: best.c[0], y: best.c[1], text, size, weight: bold ? 'bold' : 'normal', align: 'center', baseline: 'middle', fill };
}

/** Offset from `p` along unit `d` so that a w×h box centred there keeps `gap` px from p. */
const off = (p: Vec, d: Vec, gap: number, w: number, h: number): Vec => v.add(p, v.scale(d, gap + Math.abs(d[0]) * (w / 2) + Math.abs(d[1]) * (h / 2)));

function pointSpots(n: string, f: Figure, P: (n: string) => Vec): Spot[] {
  const p = P(n);
  // Prefer the middle of the widest gap between the segments and circles leaving this point.
  const dirs: number[] = [];
  for (const s of f.segments) {
    if (s.a === n) dirs.push(Math.atan2(P(s.b)[1] - p[1], P(s.b)[0] - p[0]));
    if (s.b === n) dirs.push(Math.atan2(P(s.a)[1] - p[1], P(s.a)[0] - p[0]));
  }
  let pref = -Math.PI / 2;
  if (dirs.length) {
    dirs.sort((a, b) => a - b);
    let gap = -1;
    dirs.forEach((d, i) => {
      const next = i + 1 < dirs.length ? dirs[i + 1] : dirs[0] + 2 * Math.PI;
      if (next - d > gap) {
        gap = next - d;
        pref = d + gap / 2;
      }
    });
  }
  const spots: Spot[] = [];
  for (let k = 0; k < 16; k++) {
    const t = pref + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * (Math.PI / 8);
    for (const gap of [7, 13]) spots.push({ at: p, dir: v.polar(1, t), gap });
  }
  return spots;
}

function lengthSpots(note: { a: string; b: string }, P: (n: string) => Vec, f: Figure): Spot[] {
  const A = P(note.a);
  const B = P(note.b);
  const u = v.unit(v.sub(B, A));
  let nrm: Vec = [-u[1], u[0]];
  // Prefer the side away from the centre of the figure (outside a polygon).
  const pts = [...f.shown].map(P);
  const centre = v.scale(pts.reduce((s, p) => v.add(s, p), [0, 0] as Vec), 1 / Math.max(1, pts.length));
  const mid = v.lerp(A, B, 0.5);
  if (v.dot(v.sub(mid, centre), nrm) < 0) nrm = v.scale(nrm, -1);
  const spots: Spot[] = [];
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
    for (const side of [1, -1]) spots.push({ at: v.lerp(A, B, t), dir: v.scale(nrm, side), gap: 5 });
  }
  return spots;
}

function angleSpots(note: { a: string; b: string; c: string }, P: (n: string) => Vec): Spot[] {
  const B = P(note.b);
  const ua = v.unit(v.sub(P(note.a), B));
  const uc = v.unit(v.sub(P(note.c), B));
  const bis = v.unit(v.add(ua, uc));
  const reach = Math.min(v.dist(P(note.a), B), v.dist(P(note.c), B));
  const r0 = Math.min(30, reach * 0.4);
  const spots: Spot[] = [];
  // Only close to the arc: a value pushed farther out could be read as another angle's.
  for (const extra of [4, 9, 15]) {
    for (const turn of [0, 0.15, -0.15]) spots.push({ at: B, dir: v.rot(bis, turn), gap: r0 + extra });
  }
  return spots;
}
