// 2D outlines on a workplane: segments (lines, three-point arcs, circles, ellipses, splines) in
// plane-local coordinates, closed loops of them, and the faces CadQuery builds from loops (a loop
// nested in an odd number of others is a hole of the loop around it). Local coordinates let
// locations (pushPoints, polarArray rotate=True) and mirrorX/mirrorY move outlines exactly.
import * as R from 'replicad';
import { arcEdge, lineEdge, pnt, scoped } from './make.js';
import { CadError, errText } from './lang/ast.js';
import { toWorld, type PlaneT, type V3 } from './geom.js';

export type P2 = [number, number];
export type Seg =
  | { k: 'line'; a: P2; b: P2 }
  | { k: 'arc'; a: P2; m: P2; b: P2 }
  /** Full circle; `rot` is the angle of its seam vertex (CadQuery puts it on the local +x axis). */
  | { k: 'circle'; c: P2; r: number; rot: number }
  /** Ellipse arc from a1 to a2 (radians, parametric) about centre c, major axis at `rot`; ccw = counter-clockwise. */
  | { k: 'ellipse'; c: P2; rx: number; ry: number; rot: number; a1: number; a2: number; ccw: boolean }
  /**
   * Interpolating spline through pts; tangents: none, start/end, or one per point. `h`: heights
   * of the points and tangents above the plane, for a path through 3D points (CadQuery takes
   * (x, y, z) tuples in the workplane's coordinates); absent when the spline lies in the plane.
   */
  | { k: 'spline'; pts: P2[]; tan: P2[] | null; periodic: boolean; h?: { pts: number[]; tan: number[] | null } };

/**
 * A closed outline: its segments join end to start. An outline made by OpenCascade (offset2D)
 * carries its world wire instead, with a sampled local polygon for the nesting tests.
 */
export interface Loop {
  segs: Seg[];
  wire?: R.Wire;
  poly?: P2[];
}

const TOL = 1e-6;

export function segStart(s: Seg): P2 {
  switch (s.k) {
    case 'line':
    case 'arc':
      return s.a;
    case 'circle':
      return [s.c[0] + s.r * Math.cos(s.rot), s.c[1] + s.r * Math.sin(s.rot)];
    case 'ellipse':
      return ellipsePoint(s, s.a1);
    case 'spline':
      return s.pts[0];
  }
}

export function segEnd(s: Seg): P2 {
  switch (s.k) {
    case 'line':
    case 'arc':
      return s.b;
    case 'circle':
      return segStart(s);
    case 'ellipse':
      return ellipsePoint(s, s.a2);
    case 'spline':
      return s.periodic ? s.pts[0] : s.pts[s.pts.length - 1];
  }
}

function ellipsePoint(s: { c: P2; rx: number; ry: number; rot: number }, t: number): P2 {
  const [x, y] = [s.rx * Math.cos(t), s.ry * Math.sin(t)];
  const [c, n] = [Math.cos(s.rot), Math.sin(s.rot)];
  return [s.c[0] + c * x - n * y, s.c[1] + n * x + c * y];
}

/** Centre of the circle through three points, null when they are collinear. */
export function circumcentre(a: P2, b: P2, c: P2): P2 | null {
  const d = 2 * (a[0] * (b[1] - c[1]) + b[0] * (c[1] - a[1]) + c[0] * (a[1] - b[1]));
  if (Math.abs(d) < 1e-12) return null;
  const sq = (p: P2) => p[0] * p[0] + p[1] * p[1];
  return [(sq(a) * (b[1] - c[1]) + sq(b) * (c[1] - a[1]) + sq(c) * (a[1] - b[1])) / d, (sq(a) * (c[0] - b[0]) + sq(b) * (a[0] - c[0]) + sq(c) * (b[0] - a[0])) / d];
}

/** Points along a segment (end excluded), for containment tests between loops. */
function sample(s: Seg): P2[] {
  const N = 24;
  switch (s.k) {
    case 'line':
      return [s.a];
    case 'circle':
      return Array.from({ length: 48 }, (_, i) => {
        const t = s.rot + (2 * Math.PI * i) / 48;
        return [s.c[0] + s.r * Math.cos(t), s.c[1] + s.r * Math.sin(t)] as P2;
      });
    case 'ellipse': {
      let span = s.a2 - s.a1;
      if (s.ccw && span <= 0) span += 2 * Math.PI;
      if (!s.ccw && span >= 0) span -= 2 * Math.PI;
      return Array.from({ length: N }, (_, i) => ellipsePoint(s, s.a1 + (span * i) / N));
    }
    case 'arc': {
      const c = circumcentre(s.a, s.m, s.b);
      if (!c) return [s.a, s.m];
      const ang = (p: P2) => Math.atan2(p[1] - c[1], p[0] - c[0]);
      const r = Math.hypot(s.a[0] - c[0], s.a[1] - c[1]);
      const [t0, tm, t1] = [ang(s.a), ang(s.m), ang(s.b)];
      const norm = (x: number) => ((x % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
      // Counter-clockwise when the middle point lies within the ccw sweep from start to end.
      const ccw = norm(tm - t0) < norm(t1 - t0);
      const span = ccw ? norm(t1 - t0) : -norm(t0 - t1);
      return Array.from({ length: N }, (_, i) => [c[0] + r * Math.cos(t0 + (span * i) / N), c[1] + r * Math.sin(t0 + (span * i) / N)] as P2);
    }
    case 'spline':
      return s.pts.slice(0, s.periodic ? undefined : -1);
  }
}

export function loopPolygon(l: Loop): P2[] {
  return l.poly ?? l.segs.flatMap(sample);
}

/** Signed area of a loop's polygon (positive = counter-clockwise). */
export function polygonArea(p: P2[]): number {
  let a = 0;
  for (let i = 0, j = p.length - 1; i < p.length; j = i++) a += (p[j][0] - p[i][0]) * (p[j][1] + p[i][1]);
  return a / 2;
}

function inside(p: P2, poly: P2[]): boolean {
  let c = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

/** Whether a closed polygon crosses itself (two non-adjacent edges properly intersect). */
export function selfIntersects(p: P2[]): boolean {
  const n = p.length;
  const orient = (a: P2, b: P2, c: P2) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  // Relative tolerance: chords of sampled arcs that only touch must not count as crossings.
  let scale = 0;
  for (const q of p) scale = Math.max(scale, Math.abs(q[0]), Math.abs(q[1]));
  const eps = 1e-9 * Math.max(1, scale * scale);
  for (let i = 0; i < n; i++) {
    const [a, b] = [p[i], p[(i + 1) % n]];
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const [c, d] = [p[j], p[(j + 1) % n]];
      const d1 = orient(a, b, c);
      const d2 = orient(a, b, d);
      const d3 = orient(c, d, a);
      const d4 = orient(c, d, b);
      if (((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps))) return true;
    }
  }
  return false;
}

/** Moves every point of a segment by `f`; `turn` rotates circles/ellipses, `flip` mirrors them. */
export function mapSeg(s: Seg, f: (p: P2) => P2, turn: number, flip: boolean): Seg {
  switch (s.k) {
    case 'line':
      return { k: 'line', a: f(s.a), b: f(s.b) };
    case 'arc':
      return { k: 'arc', a: f(s.a), m: f(s.m), b: f(s.b) };
    case 'circle':
      return { k: 'circle', c: f(s.c), r: s.r, rot: flip ? turn - s.rot : s.rot + turn };
    case 'ellipse':
      return flip ? { ...s, c: f(s.c), rot: turn - s.rot, a1: -s.a1, a2: -s.a2, ccw: !s.ccw } : { ...s, c: f(s.c), rot: s.rot + turn };
    case 'spline': {
      const o = f([0, 0]);
      const dir = (t: P2): P2 => {
        const q = f(t);
        return [q[0] - o[0], q[1] - o[1]];
      };
      return { ...s, pts: s.pts.map(f), tan: s.tan && s.tan.map(dir) };
    }
  }
}

/** The segment run backwards (for mirrored halves of a profile). */
export function reverseSeg(s: Seg): Seg {
  switch (s.k) {
    case 'line':
      return { k: 'line', a: s.b, b: s.a };
    case 'arc':
      return { k: 'arc', a: s.b, m: s.m, b: s.a };
    case 'ellipse':
      return { ...s, a1: s.a2, a2: s.a1, ccw: !s.ccw };
    case 'spline':
      return {
        ...s,
        pts: [...s.pts].reverse(),
        tan: s.tan && [...s.tan].reverse().map((t) => [-t[0], -t[1]] as P2),
        h: s.h && { pts: [...s.h.pts].reverse(), tan: s.h.tan && [...s.h.tan].reverse().map((t) => -t) },
      };
    case 'circle':
      return s;
  }
}

/** A location on the workplane: local position and rotation about the normal (radians). */
export interface Loc {
  x: number;
  y: number;
  a: number;
  /** Height above the plane (a stack object's centre off the plane). */
  z?: number;
}

export function placeLoop(l: Loop, at: Loc): Loop {
  if (l.wire) throw new CadError('unsupported', 'an offset2D outline cannot be repeated at several locations');
  const [c, s] = [Math.cos(at.a), Math.sin(at.a)];
  return { segs: l.segs.map((g) => mapSeg(g, (p) => [at.x + c * p[0] - s * p[1], at.y + s * p[0] + c * p[1]], at.a, false)) };
}

type Keep = <T>(v: T) => T;

/** One segment as an OpenCascade edge on `plane` at height z. */
export function segEdge(s: Seg, plane: PlaneT, z: number, keep: Keep): R.Edge {
  const w = (p: P2): V3 => toWorld(plane, [p[0], p[1], z]);
  const oc = R.getOC();
  switch (s.k) {
    case 'line':
      return keep(lineEdge(w(s.a), w(s.b)));
    case 'arc':
      return keep(arcEdge(w(s.a), w(s.m), w(s.b)));
    case 'circle':
    case 'ellipse': {
      const c = w(s.c);
      const x = toWorld({ ...plane, o: [0, 0, 0] }, [Math.cos(s.rot), Math.sin(s.rot), 0]);
      return scoped((t) => {
        const ax = t(new oc.gp_Ax2(t(pnt(oc, c)), t(new oc.gp_Dir(plane.z[0], plane.z[1], plane.z[2])), t(new oc.gp_Dir(x[0], x[1], x[2]))));
        if (s.k === 'circle') return keep(new R.Edge(t(new oc.BRepBuilderAPI_MakeEdge(t(new oc.gp_Circ(ax, s.r)))).Edge()));
        // gp_Elips needs major >= minor: a taller ellipse is built turned by 90 degrees.
        const tall = s.ry > s.rx;
        const ax2 = tall ? t(ax.Rotated(t(new oc.gp_Ax1(t(pnt(oc, c)), t(new oc.gp_Dir(plane.z[0], plane.z[1], plane.z[2])))), Math.PI / 2)) : ax;
        const el = t(new oc.gp_Elips(ax2, Math.max(s.rx, s.ry), Math.min(s.rx, s.ry)));
        const shift = tall ? -Math.PI / 2 : 0;
        const full = Math.abs(Math.abs(s.a2 - s.a1) - 2 * Math.PI) < 1e-9;
        const [p1, p2] = s.ccw ? [s.a1 + shift, s.a2 + shift] : [s.a2 + shift, s.a1 + shift];
        const e = full ? new R.Edge(t(new oc.BRepBuilderAPI_MakeEdge(el)).Edge()) : new R.Edge(t(new oc.BRepBuilderAPI_MakeEdge(el, p1, p2 <= p1 ? p2 + 2 * Math.PI : p2)).Edge());
        if (s.ccw || full) return keep(e);
        const rev = keep(new R.Edge(oc.TopoDS.Edge(t(e.wrapped.Reversed()))));
        e.delete();
        return rev;
      });
    }
    case 'spline':
      return keep(
        splineEdge(
          s.pts.map((p, i) => toWorld(plane, [p[0], p[1], z + (s.h?.pts[i] ?? 0)])),
          s.tan && s.tan.map((d, i) => toWorld({ ...plane, o: [0, 0, 0] }, [d[0], d[1], s.h?.tan?.[i] ?? 0])),
          s.periodic,
        ),
      );
  }
}

/** CadQuery's Edge.makeSpline: GeomAPI_Interpolate through the points, tangents scaled. */
export function splineEdge(pts: V3[], tangents: V3[] | null, periodic: boolean): R.Edge {
  const oc = R.getOC();
  return scoped((t) => {
    const plain = t(new oc.NCollection_Array1_gp_Pnt(1, pts.length));
    pts.forEach((p, i) => plain.SetValue(i + 1, t(pnt(oc, p))));
    const arr = t(new oc.NCollection_HArray1_gp_Pnt(plain));
    const ip = t(new oc.GeomAPI_Interpolate(arr, periodic, 1e-6));
    if (tangents && tangents.length === 2 && pts.length !== 2) {
      ip.Load(t(new oc.gp_Vec(...tangents[0])), t(new oc.gp_Vec(...tangents[1])), true);
    } else if (tangents) {
      if (tangents.length !== pts.length) throw new Error('spline tangents: give 2 (start and end) or one per point');
      const tv = t(new oc.NCollection_Array1_gp_Vec(1, tangents.length));
      const plainFlags = t(new oc.NCollection_Array1_bool(1, tangents.length));
      tangents.forEach((d, i) => {
        tv.SetValue(i + 1, t(new oc.gp_Vec(...d)));
        plainFlags.SetValue(i + 1, true);
      });
      ip.Load(tv, t(new oc.NCollection_HArray1_bool(plainFlags)), true);
    }
    ip.Perform();
    if (!ip.IsDone()) throw new Error('spline interpolation failed');
    return new R.Edge(t(new oc.BRepBuilderAPI_MakeEdge(t(ip.Curve()))).Edge());
  });
}

export function loopWire(l: Loop, plane: PlaneT, z: number, keep: Keep): R.Wire {
  if (l.wire) return l.wire;
  return keep(R.assembleWire(l.segs.map((s) => segEdge(s, plane, z, keep))));
}

/**
 * The faces CadQuery builds from several wires on one plane: a loop nested inside an odd number
 * of other loops is a hole of the loop directly around it, otherwise it is an outer boundary.
 */
export function loopFaces(loops: Loop[], plane: PlaneT, z: number, keep: Keep, line: number): R.Face[] {
  if (loops.length === 0) throw new CadError('runtime', 'nothing to extrude: draw a closed outline first (rect, circle, polyline(...).close())', line);
  const polys = loops.map(loopPolygon);
  polys.forEach((p) => {
    if (p.length > 3 && p.length <= 2000 && selfIntersects(p)) throw new CadError('geometry', 'the outline crosses itself (a self-intersecting sketch has no well-defined face)', line);
  });
  const probe = polys.map((p) => [(p[0][0] + p[1 % p.length][0]) / 2, (p[0][1] + p[1 % p.length][1]) / 2] as P2);
  const contains = (i: number, j: number) => i !== j && Math.abs(polygonArea(polys[i])) > Math.abs(polygonArea(polys[j])) + TOL && inside(probe[j], polys[i]);
  const depth = loops.map((_, j) => loops.filter((__, i) => contains(i, j)).length);
  const faces: R.Face[] = [];
  loops.forEach((outer, i) => {
    if (depth[i] % 2 !== 0) return;
    const holes = loops.filter((_, j) => depth[j] === depth[i] + 1 && contains(i, j));
    try {
      // addHolesInFace fixes the orientation of the inner wires (makeFace alone does not).
      const f = keep(R.makeFace(loopWire(outer, plane, z, keep)));
      faces.push(holes.length ? keep(R.addHolesInFace(f, holes.map((h) => loopWire(h, plane, z, keep)))) : f);
    } catch (e) {
      throw new CadError('geometry', `cannot build a face from the outline (self-intersecting, open or degenerate?): ${errText(e)}`, line);
    }
  });
  return faces;
}
