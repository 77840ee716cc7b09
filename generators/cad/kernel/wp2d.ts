// Workplane 2D drawing, as CadQuery's Workplane draws: closed shapes at every stack location
// (rect, circle, ellipse, polygon, slot2D), paths from the current point (lineTo, arcs, splines,
// ellipse arcs) closed with close() or mirrorX/mirrorY, offset2D of pending outlines, and the
// location makers (pushPoints, rarray, polarArray, moveTo, move). Coordinates are local to the
// workplane; outlines wait in `pending` until an extrude/revolve/loft/sweep/cut consumes them.
import * as R from 'replicad';
import { owned } from './make.js';
import { bind, bool2, int, MAX_DIM, MAX_POINTS, MAX_SIDES, positive } from './args.js';
import { add, toLocal, toWorld, type PlaneT, type V3 } from './geom.js';
import { CadError, errText } from './lang/ast.js';
import { isCallable, num, type Value } from './lang/interp.js';
import { LocationValue, vec } from './objects.js';
import { circumcentre, loopWire, mapSeg, placeLoop, reverseSeg, segEnd, segStart, type Loc, type Loop, type P2, type Seg } from './profile.js';
import { take } from './shapes.js';
import { subShapes } from './topo.js';
import { samePlane, type Item, type Method, type PendingLoop, type WorkplaneValue } from './workplane.js';

const TOL = 1e-6;

function p2(v: Value, what: string, line: number): P2 {
  const p = vec(v, what, line, 2);
  return [p[0], p[1]];
}

function near(a: P2, b: P2): boolean {
  return Math.hypot(a[0] - b[0], a[1] - b[1]) < 1e-6;
}

/** The plane of a location's height (an object centre off the workplane). */
function raised(p: PlaneT, z: number | undefined): PlaneT {
  return z ? { ...p, o: add(p.o, [p.z[0] * z, p.z[1] * z, p.z[2] * z]) } : p;
}

/** Draws `loop` (centred on the origin) at every stack location; construction outlines only go on the stack. */
function atLocations(w: WorkplaneValue, loop: Loop, construction: boolean, line: number): WorkplaneValue {
  const plane = w.state.plane;
  const placed = w.locs().map((l) => ({ plane: raised(plane, l.z), loop: placeLoop(loop, l) }));
  if (w.state.pending.length + placed.length > 500) throw new CadError('limit', 'more than 500 pending outlines', line);
  const stack: Item[] = placed.map((p) => ({ t: 'loop', plane: p.plane, loop: p.loop }));
  return w.next({ stack, pending: construction ? w.state.pending : [...w.state.pending, ...placed] });
}

function rectLoop(w: number, h: number, cx: boolean, cy: boolean): Loop {
  const x0 = cx ? -w / 2 : 0;
  const y0 = cy ? -h / 2 : 0;
  return polyLoop([
    [x0, y0],
    [x0 + w, y0],
    [x0 + w, y0 + h],
    [x0, y0 + h],
  ]);
}

export function polyLoop(pts: P2[]): Loop {
  return { segs: pts.map((p, i) => ({ k: 'line', a: p, b: pts[(i + 1) % pts.length] })) };
}

/** Adds one segment to the open path (a path starts at the current point). */
function extend(w: WorkplaneValue, seg: Seg, line: number, construction = false): WorkplaneValue {
  const o = w.state.open;
  if (construction) return w.next({ stack: [{ t: 'pt', p: toWorld(w.state.plane, [...segEnd(seg), 0]), a: 0 }] });
  if (o && !samePlane(o.plane, w.state.plane)) throw new CadError('runtime', 'the open path was started on another workplane: close() it first', line);
  const segs = o ? o.segs : [];
  if (segs.length >= MAX_POINTS) throw new CadError('limit', `a path of more than ${MAX_POINTS} segments`, line);
  if (segs.length && !near(segEnd(segs[segs.length - 1]), segStart(seg))) {
    throw new CadError('geometry', 'the new edge does not start where the path ends (use includeCurrent=True)', line);
  }
  w.budget.items(segs.length + 1, line);
  return w.next({ open: { plane: w.state.plane, segs: [...segs, seg] }, stack: [] });
}

function lineTo(w: WorkplaneValue, b: P2, line: number, construction: unknown = false): WorkplaneValue {
  const a = w.current();
  if (near(a, b)) throw new CadError('geometry', 'a line of zero length', line);
  return extend(w, { k: 'line', a, b }, line, construction === true);
}

function arcThrough(w: WorkplaneValue, m: P2, b: P2, line: number, construction: unknown = false): WorkplaneValue {
  const a = w.current();
  if (!circumcentre(a, m, b) || near(a, b)) throw new CadError('geometry', 'the three arc points are collinear or coincide', line);
  return extend(w, { k: 'arc', a, m, b }, line, construction === true);
}

/** CadQuery's sagittaArc: the arc's middle lies `sag` off the chord, to the left for sag > 0. */
function sagitta(w: WorkplaneValue, end: P2, sag: number, line: number, construction: unknown): WorkplaneValue {
  const a = w.current();
  const d = [end[0] - a[0], end[1] - a[1]];
  const l = Math.hypot(d[0], d[1]);
  if (l < TOL) throw new CadError('geometry', 'arc start and end coincide', line);
  const u = [(d[0] / l) * Math.abs(sag), (d[1] / l) * Math.abs(sag)];
  const n: P2 = sag > 0 ? [-u[1], u[0]] : [u[1], -u[0]];
  return arcThrough(w, [(a[0] + end[0]) / 2 + n[0], (a[1] + end[1]) / 2 + n[1]], end, line, construction);
}

/** Tangent of a segment at its end (local), for tangentArcPoint. */
function endTangent(s: Seg): P2 {
  if (s.k === 'line') return [s.b[0] - s.a[0], s.b[1] - s.a[1]];
  if (s.k === 'arc') {
    const c = circumcentre(s.a, s.m, s.b)!;
    const r: P2 = [s.b[0] - c[0], s.b[1] - c[1]];
    // Direction of travel: counter-clockwise when the middle point is to the left of a→b.
    const cr = (s.m[0] - s.a[0]) * (s.b[1] - s.a[1]) - (s.m[1] - s.a[1]) * (s.b[0] - s.a[0]);
    return cr < 0 ? [-r[1], r[0]] : [r[1], -r[0]];
  }
  if (s.k === 'spline' && s.tan && s.tan.length) return s.tan[s.tan.length - 1];
  const pts = s.k === 'spline' ? s.pts : [segStart(s), segEnd(s)];
  const [p, q] = [pts[pts.length - 2], pts[pts.length - 1]];
  return [q[0] - p[0], q[1] - p[1]];
}

function mirrored(w: WorkplaneValue, axis: 'X' | 'Y', line: number): WorkplaneValue {
  // mirrorX mirrors about the local x axis (y -> -y); mirrorY about the y axis (x -> -x).
  const f = (p: P2): P2 => (axis === 'X' ? [p[0], -p[1]] : [-p[0], p[1]]);
  const turn = axis === 'X' ? 0 : Math.PI;
  const o = w.state.open;
  if (o && o.segs.length) {
    const back = [...o.segs].reverse().map((s) => reverseSeg(mapSeg(s, f, turn, true)));
    const start = segStart(o.segs[0]);
    const end = segEnd(o.segs[o.segs.length - 1]);
    if (!near(f(end), end) || !near(f(start), start)) {
      throw new CadError('geometry', `mirror${axis}() needs the path to start and end on the ${axis === 'X' ? 'x' : 'y'} axis to close it`, line);
    }
    const loop: Loop = { segs: [...o.segs, ...back] };
    const p: PendingLoop = { plane: o.plane, loop };
    return w.next({ open: null, pending: [...w.state.pending, p], stack: [{ t: 'loop', plane: o.plane, loop }] });
  }
  const mine = w.state.pending.filter((p) => samePlane(p.plane, w.state.plane));
  if (mine.length === 0) throw new CadError('runtime', `mirror${axis}() needs edges drawn on this workplane`, line);
  const copies = mine.map((p) => ({ plane: p.plane, loop: { segs: [...p.loop.segs].reverse().map((s) => reverseSeg(mapSeg(s, f, turn, true))) } }));
  return w.next({ pending: [...w.state.pending, ...copies] });
}

/** Local polygon of an OpenCascade wire on a plane (for nesting tests of offset outlines). */
function wirePolygon(wire: R.Wire, plane: PlaneT, keep: <T>(v: T) => T): P2[] {
  const out: P2[] = [];
  for (const e of subShapes(wire, 'edge') as R.Edge[]) {
    keep(e);
    for (let i = 0; i < 16; i++) {
      const p = toLocal(plane, take(e.pointAt(i / 16)) as V3);
      out.push([p[0], p[1]]);
    }
  }
  return out;
}

function locationsOf(w: WorkplaneValue, pts: Value[], line: number): Item[] {
  w.budget.items(pts.length, line);
  return pts.map((v): Item => {
    if (v instanceof LocationValue) {
      const x = v.f.r.map((r) => r[0]) as V3;
      const lx = toLocal({ ...w.state.plane, o: [0, 0, 0] }, x);
      return { t: 'pt', p: v.f.t, a: Math.atan2(lx[1], lx[0]) };
    }
    return { t: 'pt', p: toWorld(w.state.plane, vec(v, 'point', line)), a: 0 };
  });
}

export const METHODS_2D: Record<string, Method> = {
  rect(args, kw, line) {
    const a = bind('rect', [['xLen', undefined], ['yLen', undefined], ['centered', true], ['forConstruction', false]], args, kw, line);
    const [cx, cy] = bool2(a.centered, 'centered', line);
    // Negative sizes are allowed; they only matter when not centred.
    const wdt = num(a.xLen, 'xLen', line);
    const hgt = num(a.yLen, 'yLen', line);
    positive(Math.abs(wdt), 'xLen', line);
    positive(Math.abs(hgt), 'yLen', line);
    return atLocations(this, rectLoop(wdt, hgt, cx, cy), a.forConstruction === true, line);
  },
  circle(args, kw, line) {
    const a = bind('circle', [['radius', undefined], ['forConstruction', false]], args, kw, line);
    return atLocations(this, { segs: [{ k: 'circle', c: [0, 0], r: positive(a.radius, 'radius', line), rot: 0 }] }, a.forConstruction === true, line);
  },
  ellipse(args, kw, line) {
    const a = bind('ellipse', [['x_radius', undefined], ['y_radius', undefined], ['rotation_angle', 0], ['forConstruction', false]], args, kw, line);
    const rot = (num(a.rotation_angle, 'rotation_angle', line) * Math.PI) / 180;
    const seg: Seg = { k: 'ellipse', c: [0, 0], rx: positive(a.x_radius, 'x_radius', line), ry: positive(a.y_radius, 'y_radius', line), rot, a1: 0, a2: 2 * Math.PI, ccw: true };
    return atLocations(this, { segs: [seg] }, a.forConstruction === true, line);
  },
  polygon(args, kw, line) {
    const a = bind('polygon', [['nSides', undefined], ['diameter', undefined], ['forConstruction', false], ['circumscribed', false]], args, kw, line);
    const n = int(a.nSides, 'nSides', line, 3, MAX_SIDES);
    let r = positive(a.diameter, 'diameter', line) / 2;
    // circumscribed=True: the polygon is drawn around the circle (its apothem is the radius).
    if (a.circumscribed === true) r = r / Math.cos(Math.PI / n);
    const pts = Array.from({ length: n }, (_, i): P2 => [r * Math.cos((2 * Math.PI * i) / n), r * Math.sin((2 * Math.PI * i) / n)]);
    return atLocations(this, polyLoop(pts), a.forConstruction === true, line);
  },
  slot2D(args, kw, line) {
    const a = bind('slot2D', [['length', undefined], ['diameter', undefined], ['angle', 0]], args, kw, line);
    const L = positive(a.length, 'length', line);
    const d = positive(a.diameter, 'diameter', line);
    if (d >= L) throw new CadError('geometry', `slot2D length ${L} must exceed its diameter ${d}`, line);
    const r = d / 2;
    const h = L / 2 - r;
    const loop: Loop = {
      segs: [
        { k: 'line', a: [-h, r], b: [h, r] },
        { k: 'arc', a: [h, r], m: [h + r, 0], b: [h, -r] },
        { k: 'line', a: [h, -r], b: [-h, -r] },
        { k: 'arc', a: [-h, -r], m: [-h - r, 0], b: [-h, r] },
      ],
    };
    const ang = (num(a.angle, 'angle', line) * Math.PI) / 180;
    return atLocations(this, placeLoop(loop, { x: 0, y: 0, a: ang }), false, line);
  },
  polyline(args, kw, line) {
    const a = bind('polyline', [['listOfXYTuple', undefined], ['forConstruction', false], ['includeCurrent', false]], args, kw, line);
    if (!Array.isArray(a.listOfXYTuple)) throw new CadError('runtime', 'polyline() needs a list of (x, y) points', line);
    if (a.listOfXYTuple.length > MAX_POINTS) throw new CadError('limit', `polyline() of more than ${MAX_POINTS} points`, line);
    const pts = a.listOfXYTuple.map((p) => p2(p, 'polyline point', line));
    if (a.includeCurrent === true) pts.unshift(this.current());
    if (pts.length < 2) throw new CadError('runtime', 'polyline() needs at least 2 points', line);
    if (a.forConstruction === true) return this.next({ stack: pts.map((p) => ({ t: 'pt', p: toWorld(this.state.plane, [...p, 0]), a: 0 })) });
    let w = this.state.open?.segs.length ? this : this.next({ open: { plane: this.state.plane, segs: [] } });
    for (let i = 1; i < pts.length; i++) {
      if (near(pts[i - 1], pts[i])) continue;
      w = extend(w, { k: 'line', a: pts[i - 1], b: pts[i] }, line);
    }
    return w;
  },
  moveTo(args, kw, line) {
    const a = bind('moveTo', [['x', 0], ['y', 0]], args, kw, line);
    if (this.state.open?.segs.length) throw new CadError('runtime', 'moveTo() while a path is open: close() it first', line);
    return this.next({ stack: [{ t: 'pt', p: toWorld(this.state.plane, [num(a.x, 'x', line), num(a.y, 'y', line), 0]), a: 0 }] });
  },
  move(args, kw, line) {
    const a = bind('move', [['xDist', 0], ['yDist', 0]], args, kw, line);
    if (this.state.open?.segs.length) throw new CadError('runtime', 'move() while a path is open: close() it first', line);
    const c = this.current();
    return this.next({ stack: [{ t: 'pt', p: toWorld(this.state.plane, [c[0] + num(a.xDist, 'xDist', line), c[1] + num(a.yDist, 'yDist', line), 0]), a: 0 }] });
  },
  lineTo(args, kw, line) {
    const a = bind('lineTo', [['x', undefined], ['y', undefined], ['forConstruction', false]], args, kw, line);
    return lineTo(this, [num(a.x, 'x', line), num(a.y, 'y', line)], line, a.forConstruction);
  },
  line(args, kw, line) {
    const a = bind('line', [['xDist', undefined], ['yDist', undefined], ['forConstruction', false]], args, kw, line);
    const c = this.current();
    return lineTo(this, [c[0] + num(a.xDist, 'xDist', line), c[1] + num(a.yDist, 'yDist', line)], line, a.forConstruction);
  },
  hLine(args, kw, line) {
    const a = bind('hLine', [['distance', undefined], ['forConstruction', false]], args, kw, line);
    const c = this.current();
    return lineTo(this, [c[0] + num(a.distance, 'distance', line), c[1]], line, a.forConstruction);
  },
  vLine(args, kw, line) {
    const a = bind('vLine', [['distance', undefined], ['forConstruction', false]], args, kw, line);
    const c = this.current();
    return lineTo(this, [c[0], c[1] + num(a.distance, 'distance', line)], line, a.forConstruction);
  },
  hLineTo(args, kw, line) {
    const a = bind('hLineTo', [['xCoord', undefined], ['forConstruction', false]], args, kw, line);
    return lineTo(this, [num(a.xCoord, 'xCoord', line), this.current()[1]], line, a.forConstruction);
  },
  vLineTo(args, kw, line) {
    const a = bind('vLineTo', [['yCoord', undefined], ['forConstruction', false]], args, kw, line);
    return lineTo(this, [this.current()[0], num(a.yCoord, 'yCoord', line)], line, a.forConstruction);
  },
  polarLine(args, kw, line) {
    const a = bind('polarLine', [['distance', undefined], ['angle', undefined], ['forConstruction', false]], args, kw, line);
    const [d, t] = [num(a.distance, 'distance', line), (num(a.angle, 'angle', line) * Math.PI) / 180];
    const c = this.current();
    return lineTo(this, [c[0] + d * Math.cos(t), c[1] + d * Math.sin(t)], line, a.forConstruction);
  },
  polarLineTo(args, kw, line) {
    const a = bind('polarLineTo', [['distance', undefined], ['angle', undefined], ['forConstruction', false]], args, kw, line);
    const [d, t] = [num(a.distance, 'distance', line), (num(a.angle, 'angle', line) * Math.PI) / 180];
    return lineTo(this, [d * Math.cos(t), d * Math.sin(t)], line, a.forConstruction);
  },
  threePointArc(args, kw, line) {
    const a = bind('threePointArc', [['point1', undefined], ['point2', undefined], ['forConstruction', false]], args, kw, line);
    return arcThrough(this, p2(a.point1, 'point1', line), p2(a.point2, 'point2', line), line, a.forConstruction);
  },
  sagittaArc(args, kw, line) {
    const a = bind('sagittaArc', [['endPoint', undefined], ['sag', undefined], ['forConstruction', false]], args, kw, line);
    return sagitta(this, p2(a.endPoint, 'endPoint', line), num(a.sag, 'sag', line), line, a.forConstruction);
  },
  radiusArc(args, kw, line) {
    const a = bind('radiusArc', [['endPoint', undefined], ['radius', undefined], ['forConstruction', false]], args, kw, line);
    const end = p2(a.endPoint, 'endPoint', line);
    const r = num(a.radius, 'radius', line);
    const c = this.current();
    const half = Math.hypot(end[0] - c[0], end[1] - c[1]) / 2;
    if (Math.abs(r) < half - 1e-9) throw new CadError('geometry', 'Arc radius is not large enough to reach the end point.', line);
    const sag = Math.abs(r) - Math.sqrt(Math.max(0, r * r - half * half));
    return sagitta(this, end, r > 0 ? sag : -sag, line, a.forConstruction);
  },
  tangentArcPoint(args, kw, line) {
    const a = bind('tangentArcPoint', [['endpoint', undefined], ['forConstruction', false], ['relative', true]], args, kw, line);
    const o = this.state.open;
    if (!o?.segs.length) throw new CadError('runtime', 'tangentArcPoint() needs a previous edge (lineTo, arc...) to be tangent to', line);
    const start = this.current();
    const e = p2(a.endpoint, 'endpoint', line);
    const end: P2 = a.relative === false ? e : [start[0] + e[0], start[1] + e[1]];
    const t = endTangent(o.segs[o.segs.length - 1]);
    // The centre lies on the normal to the tangent at the start, equidistant from start and end.
    const n: P2 = [-t[1], t[0]];
    const d: P2 = [end[0] - start[0], end[1] - start[1]];
    const k = (d[0] * d[0] + d[1] * d[1]) / (2 * (d[0] * n[0] + d[1] * n[1]));
    if (!Number.isFinite(k)) throw new CadError('geometry', 'tangentArcPoint(): the end point lies on the tangent line', line);
    const c: P2 = [start[0] + n[0] * k, start[1] + n[1] * k];
    const r = Math.hypot(start[0] - c[0], start[1] - c[1]);
    // Centre on the left of the tangent: counter-clockwise travel, else clockwise.
    const norm = (x: number) => ((x % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    const [ts, te] = [Math.atan2(start[1] - c[1], start[0] - c[0]), Math.atan2(end[1] - c[1], end[0] - c[0])];
    const sweep = k > 0 ? norm(te - ts) : -norm(ts - te);
    const through: P2 = [c[0] + r * Math.cos(ts + sweep / 2), c[1] + r * Math.sin(ts + sweep / 2)];
    return arcThrough(this, through, end, line, a.forConstruction);
  },
  spline(args, kw, line) {
    const a = bind(
      'spline',
      [['listOfXYTuple', undefined], ['tangents', null], ['periodic', false], ['parameters', null], ['scale', true], ['tol', 1e-6], ['forConstruction', false], ['includeCurrent', false], ['makeWire', false]],
      args,
      kw,
      line,
    );
    if (!Array.isArray(a.listOfXYTuple)) throw new CadError('runtime', 'spline() needs a list of points', line);
    if (a.listOfXYTuple.length > MAX_POINTS) throw new CadError('limit', `spline() through more than ${MAX_POINTS} points`, line);
    if (a.parameters !== null) throw new CadError('unsupported', 'spline(parameters=...)', line);
    const raw = a.listOfXYTuple.map((p) => vec(p, 'spline point', line, 2));
    const pts = raw.map((p): P2 => [p[0], p[1]]);
    if (a.includeCurrent === true) {
      pts.unshift(this.current());
      raw.unshift([...this.current(), 0]);
    }
    if (pts.length < 2) throw new CadError('runtime', 'spline() needs at least 2 points', line);
    for (let i = 1; i < pts.length; i++) if (near(pts[i - 1], pts[i])) throw new CadError('geometry', 'spline() points must be distinct', line);
    const rawTan = a.tangents === null ? null : (a.tangents as Value[]).map((t) => vec(t, 'tangent', line, 2));
    const tan = rawTan && rawTan.map((t): P2 => [t[0], t[1]]);
    if (tan && tan.length !== 2 && tan.length !== pts.length) throw new CadError('runtime', 'spline() tangents: give 2 (start, end) or one per point', line);
    const seg: Seg = { k: 'spline', pts, tan, periodic: a.periodic === true };
    if ([...raw, ...(rawTan ?? [])].some((p) => p[2] !== 0)) seg.h = { pts: raw.map((p) => p[2]), tan: rawTan && rawTan.map((t) => t[2]) };
    if (seg.periodic) {
      const loop: Loop = { segs: [seg] };
      return this.next({ pending: a.forConstruction === true ? this.state.pending : [...this.state.pending, { plane: this.state.plane, loop }], stack: [{ t: 'loop', plane: this.state.plane, loop }] });
    }
    // A spline not starting at the current point starts a new path (CadQuery adds a free edge).
    if (!this.state.open?.segs.length || a.includeCurrent === true) {
      const w = this.state.open?.segs.length ? this : this.next({ open: null });
      return extend(w, seg, line, a.forConstruction === true);
    }
    return extend(this, seg, line, a.forConstruction === true);
  },
  /** CadQuery's parametricCurve: a spline through func(t) at N+1 even steps of [start, stop]. */
  parametricCurve(args, kw, line) {
    const a = bind(
      'parametricCurve',
      [['func', undefined], ['N', 400], ['start', 0], ['stop', 1], ['tol', 1e-6], ['minDeg', 1], ['maxDeg', 6], ['smoothing', [1, 8, 3]], ['makeWire', true]],
      args,
      kw,
      line,
    );
    if (!isCallable(a.func)) throw new CadError('runtime', 'parametricCurve() needs a function of t', line);
    const n = num(a.N, 'N', line);
    if (n + 1 > MAX_POINTS) throw new CadError('limit', `parametricCurve(N=${n}): more than ${MAX_POINTS} points`, line);
    int(n, 'N', line, 2, MAX_POINTS - 1);
    const [t0, t1] = [num(a.start, 'start', line), num(a.stop, 'stop', line)];
    const pts: P2[] = [];
    for (let i = 0; i <= n; i++) {
      const p = vec(a.func.call([t0 + ((t1 - t0) * i) / n], {}, line), 'parametricCurve point', line);
      if (Math.abs(p[2]) > TOL) throw new CadError('unsupported', 'parametricCurve() off the workplane (z ≠ 0): a 3D curve', line);
      if (!pts.length || !near(pts[pts.length - 1], [p[0], p[1]])) pts.push([p[0], p[1]]);
    }
    if (pts.length < 2) throw new CadError('geometry', 'parametricCurve() points all coincide', line);
    const seg: Seg = { k: 'spline', pts, tan: null, periodic: false };
    // A closed curve wrapped into a wire is an outline; otherwise it is (the start of) a path.
    if (a.makeWire !== false && near(pts[0], pts[pts.length - 1])) {
      const loop: Loop = { segs: [seg] };
      return this.next({ pending: [...this.state.pending, { plane: this.state.plane, loop }], stack: [{ t: 'loop', plane: this.state.plane, loop }] });
    }
    return extend(this.next({ open: null }), seg, line);
  },
  ellipseArc(args, kw, line) {
    const a = bind(
      'ellipseArc',
      [['x_radius', undefined], ['y_radius', undefined], ['angle1', 360], ['angle2', 360], ['rotation_angle', 0], ['sense', 1], ['forConstruction', false], ['startAtCurrent', true], ['makeWire', false]],
      args,
      kw,
      line,
    );
    const rx = positive(a.x_radius, 'x_radius', line);
    const ry = positive(a.y_radius, 'y_radius', line);
    const rad = (v: Value, what: string) => (num(v, what, line) * Math.PI) / 180;
    const [a1, a2, rot] = [rad(a.angle1, 'angle1'), rad(a.angle2, 'angle2'), rad(a.rotation_angle, 'rotation_angle')];
    const ccw = num(a.sense, 'sense', line) > 0;
    const seg0: Seg = { k: 'ellipse', c: [0, 0], rx, ry, rot, a1: ccw ? a1 : a2, a2: ccw ? a2 : a1, ccw };
    // startAtCurrent: the ellipse is moved so the arc starts at the current point.
    const c = this.current();
    const s0 = segStart(seg0);
    const shift: P2 = a.startAtCurrent === false ? c : [c[0] - s0[0], c[1] - s0[1]];
    const seg = mapSeg(seg0, (p) => [p[0] + shift[0], p[1] + shift[1]], 0, false);
    if (Math.abs(a2 - a1) % (2 * Math.PI) < 1e-9) {
      const loop: Loop = { segs: [seg] };
      return this.next({ pending: [...this.state.pending, { plane: this.state.plane, loop }], stack: [{ t: 'loop', plane: this.state.plane, loop }] });
    }
    return extend(this, seg, line, a.forConstruction === true);
  },
  close(args, kw, line) {
    bind('close', [], args, kw, line);
    const o = this.state.open;
    if (!o?.segs.length) throw new CadError('runtime', 'close() without an open path (lineTo, polyline, arcs...)', line);
    const start = segStart(o.segs[0]);
    const end = segEnd(o.segs[o.segs.length - 1]);
    const segs = near(start, end) ? o.segs : [...o.segs, { k: 'line' as const, a: end, b: start }];
    if (segs.length < 2 && segs[0].k === 'line') throw new CadError('geometry', 'a closed outline needs at least 2 edges', line);
    const loop: Loop = { segs };
    return this.next({ open: null, pending: [...this.state.pending, { plane: o.plane, loop }], stack: [{ t: 'loop', plane: o.plane, loop }] });
  },
  wire(args, kw, line) {
    bind('wire', [['forConstruction', false]], args, kw, line);
    const o = this.state.open;
    if (o?.segs.length && near(segStart(o.segs[0]), segEnd(o.segs[o.segs.length - 1]))) return (METHODS_2D.close as Method).call(this, [], {}, line);
    return this;
  },
  mirrorX(args, kw, line) {
    bind('mirrorX', [], args, kw, line);
    return mirrored(this, 'X', line);
  },
  mirrorY(args, kw, line) {
    bind('mirrorY', [], args, kw, line);
    return mirrored(this, 'Y', line);
  },
  offset2D(args, kw, line) {
    const a = bind('offset2D', [['d', undefined], ['kind', 'arc'], ['forConstruction', false]], args, kw, line);
    const d = num(a.d, 'd', line);
    if (Math.abs(d) > MAX_DIM) throw new CadError('geometry', `offset ${d} is too large`, line);
    if (a.kind !== 'arc' && a.kind !== 'intersection') throw new CadError('unsupported', `offset2D kind ${JSON.stringify(a.kind)}; use "arc" or "intersection"`, line);
    if (this.state.pending.length === 0) throw new CadError('runtime', 'offset2D() needs closed outlines drawn first', line);
    this.budget.op('offset2D', line);
    const oc = R.getOC();
    const join = a.kind === 'arc' ? oc.GeomAbs_JoinType.GeomAbs_Arc : oc.GeomAbs_JoinType.GeomAbs_Intersection;
    const out: PendingLoop[] = [];
    for (const p of this.state.pending) {
      const wire = loopWire(p.loop, p.plane, 0, (v) => this.keep(v));
      const mk = new oc.BRepOffsetAPI_MakeOffset(wire.wrapped, join, false);
      try {
        mk.Perform(d, 0);
        if (!mk.IsDone()) throw new Error('offset failed');
        for (const w of subShapes(this.keep(owned(mk.Shape())), 'wire') as R.Wire[]) {
          this.keep(w);
          out.push({ plane: p.plane, loop: { segs: [], wire: w, poly: wirePolygon(w, p.plane, (v) => this.keep(v)) } });
        }
      } catch (e) {
        throw new CadError('geometry', `offset2D(${d}) failed (offset larger than the outline?): ${errText(e)}`, line);
      } finally {
        mk.delete();
      }
    }
    if (out.length === 0) throw new CadError('geometry', `offset2D(${d}) left no outline`, line);
    return this.next({ pending: a.forConstruction === true ? [] : out, stack: out.map((p) => ({ t: 'loop', plane: p.plane, loop: p.loop })) });
  },
  pushPoints(args, kw, line) {
    const a = bind('pushPoints', [['pntList', undefined]], args, kw, line);
    if (!Array.isArray(a.pntList)) throw new CadError('runtime', 'pushPoints() needs a list of points or Locations', line);
    return this.next({ stack: locationsOf(this, a.pntList, line) });
  },
  rarray(args, kw, line) {
    const a = bind('rarray', [['xSpacing', undefined], ['ySpacing', undefined], ['xCount', undefined], ['yCount', undefined], ['center', true]], args, kw, line);
    const [xs, ys] = [num(a.xSpacing, 'xSpacing', line), num(a.ySpacing, 'ySpacing', line)];
    const nx = int(a.xCount, 'xCount', line, 1, 10_000);
    const ny = int(a.yCount, 'yCount', line, 1, 10_000);
    this.budget.items(nx * ny, line);
    const [cx, cy] = bool2(a.center, 'center', line);
    const pts: Item[] = [];
    for (let i = 0; i < nx; i++) {
      for (let j = 0; j < ny; j++) {
        const l: V3 = [i * xs - (cx ? ((nx - 1) * xs) / 2 : 0), j * ys - (cy ? ((ny - 1) * ys) / 2 : 0), 0];
        pts.push({ t: 'pt', p: toWorld(this.state.plane, l), a: 0 });
      }
    }
    return this.next({ stack: pts });
  },
  polarArray(args, kw, line) {
    const a = bind('polarArray', [['radius', undefined], ['startAngle', undefined], ['angle', undefined], ['count', undefined], ['fill', true], ['rotate', true]], args, kw, line);
    const r = num(a.radius, 'radius', line);
    const start = num(a.startAngle, 'startAngle', line);
    const ang = num(a.angle, 'angle', line);
    const n = int(a.count, 'count', line, 1, 10_000);
    this.budget.items(n, line);
    // CadQuery: with fill, a full circle is split in `count` steps, a partial arc in count-1.
    const rem = ang - 360 * Math.round(ang / 360);
    const step = a.fill === false ? ang : Math.abs(rem) < 1e-6 ? ang / n : n > 1 ? ang / (n - 1) : start;
    const pts: Item[] = Array.from({ length: n }, (_, i) => {
      const t = ((start + i * step) * Math.PI) / 180;
      return { t: 'pt', p: toWorld(this.state.plane, [r * Math.cos(t), r * Math.sin(t), 0]), a: a.rotate === false ? 0 : t };
    });
    return this.next({ stack: pts });
  },
};

export type { Loc };
