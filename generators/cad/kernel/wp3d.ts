// Workplane solid operations, as CadQuery builds them (the primitives box, cylinder, sphere and
// wedge are in primitives.ts): extrude (both, taper), twistExtrude, revolve, loft, sweep, the cuts
// and holes, fillet/chamfer/shell, booleans, split and rigid moves. Each operation is charged to
// the budget; results are combined with the context solid as CadQuery's _combineWithBase does.
import * as R from 'replicad';
import { compoundOf, cylinderOf, loftOf, offsetOf, owned, polygonFace, prismOf, revolutionOf } from './make.js';
import { bind, combineMode, length, MAX_DIM, positive } from './args.js';
import { dot, len, mul, sub, toLocal, toWorld, unit, type PlaneT, type V3 } from './geom.js';
import { CadError, errText } from './lang/ast.js';
import { num, typeName, type Value } from './lang/interp.js';
import { boolean as occBoolean, filletOrChamfer, shell as occShell, sweep as occSweep } from './occ.js';
import { frameOf, mirrorShape, ShapeValue, vec } from './objects.js';
import { loopFaces, loopWire, placeLoop, segEdge, type Loc, type Loop } from './profile.js';
import { bounds, innerWires, kindOf, measureOf, outerWire, rotateShape, shapeCenter, transformShape, wirePlaneNormal } from './shapes.js';
import { distinct, subEdges, subFaces, subShapes } from './topo.js';
import { planeAt, samePlane, WorkplaneValue, type Method } from './workplane.js';
import { boxOn } from './primitives.js';
import { coaxialLoft } from './frustum.js';
import { prismUntil } from './until.js';

type Shape3D = R.Shape3D;

export function op(w: WorkplaneValue, name: string, line: number): void {
  w.budget.op(name, line);
}

export function attempt<T>(what: string, line: number, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CadError) throw e;
    throw new CadError('geometry', `${what} failed: ${errText(e)}`, line);
  }
}

/** One shape from several (a compound when there are many). */
export function many(w: WorkplaneValue, shapes: Shape3D[]): Shape3D {
  return shapes.length === 1 ? shapes[0] : w.keep(compoundOf(shapes) as Shape3D);
}

/** Combines new shapes with the context solid (fuse, cut, or kept apart) and puts the result on the stack. */
export function finishShapes(w: WorkplaneValue, shapes: R.AnyShape[], combine: Value, line: number): WorkplaneValue {
  const solids = shapes.filter((s): s is Shape3D => R.isShape3D(s));
  if (solids.length === 0) throw new CadError('geometry', 'the operation made no solid', line);
  let made = solids[0];
  for (const s of solids.slice(1)) made = w.session.combine(made, s, 'fuse', line);
  const mode = combineMode(combine, line);
  const solid = mode === false ? made : mode === 'cut' ? w.session.combine(w.needSolid('combine="cut"', line), made, 'cut', line) : w.session.combine(w.state.solid, made, 'fuse', line);
  return w.next({ solid, stack: [{ t: 'shape', s: solid }], pending: [], open: null });
}

/** The faces an extrusion consumes: pending outlines (nested loops become holes) and placed sketches. */
export function pendingFaces(w: WorkplaneValue, line: number): R.Face[] {
  const faces: R.Face[] = [];
  const groups: { plane: PlaneT; loops: Loop[] }[] = [];
  for (const p of w.state.pending) {
    // Outlines drawn after center()/moveTo-shifted planes lie in the same plane as the first:
    // CadQuery sorts all coplanar wires into outers and holes together, so they share one group.
    const g = groups.find((x) => samePlane(x.plane, p.plane) || (!p.loop.wire && coplanar(x.plane, p.plane)));
    if (!g) groups.push({ plane: p.plane, loops: [p.loop] });
    else g.loops.push(samePlane(g.plane, p.plane) ? p.loop : placeLoop(p.loop, locIn(g.plane, p.plane)));
  }
  for (const g of groups) faces.push(...loopFaces(g.loops, g.plane, 0, (v) => w.keep(v), line));
  for (const i of w.state.stack) if (i.t === 'sketch') faces.push(...i.sk.placedFaces(i.plane, i.locs));
  if (faces.length === 0) {
    if (w.state.open?.segs.length) throw new CadError('runtime', 'the outline is still open: call close() before extruding', line);
    throw new CadError('runtime', 'nothing to extrude: draw a closed outline or a sketch first', line);
  }
  return faces;
}

/** Same normal and the origin of b lies in a. */
function coplanar(a: PlaneT, b: PlaneT): boolean {
  return len(sub(a.z, b.z)) < 1e-6 && Math.abs(dot(sub(b.o, a.o), a.z)) < 1e-6;
}

/** Where plane b sits in coplanar plane a: its origin and the turn of its x axis. */
function locIn(a: PlaneT, b: PlaneT): Loc {
  const [x, y] = toLocal(a, b.o);
  const d = toLocal({ ...a, o: [0, 0, 0] }, b.x);
  return { x, y, a: Math.atan2(d[1], d[0]) };
}

export function prism(w: WorkplaneValue, f: R.Face, dir: V3): Shape3D {
  return w.keep(prismOf(f, dir));
}

/** A drafted prism: the face lofted (ruled) to its outline offset inwards by h·tan(taper). */
function taperedPrism(w: WorkplaneValue, f: R.Face, dir: V3, taperDeg: number, line: number): Shape3D {
  const oc = R.getOC();
  if (innerWires(f, (v) => w.keep(v)).length) throw new CadError('unsupported', 'extrude(taper=...) of an outline with holes', line);
  const d = -len(dir) * Math.tan((taperDeg * Math.PI) / 180);
  const mk = new oc.BRepOffsetAPI_MakeOffset(f.wrapped, oc.GeomAbs_JoinType.GeomAbs_Intersection, false);
  try {
    mk.Perform(d, 0);
    if (!mk.IsDone()) throw new Error('the taper offset failed');
    const wires = subShapes(w.keep(owned(mk.Shape())), 'wire') as R.Wire[];
    if (wires.length !== 1) throw new Error('the taper closes the outline before the full height');
    const top = w.keep(transformShape(wires[0], { r: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], t: dir }));
    return w.keep(loftOf([w.keep(outerWire(f)), top], true) as Shape3D);
  } finally {
    mk.delete();
  }
}

/** Extrusion of the pending faces by d along the current normal (both: d each way). */
function extrudeFaces(w: WorkplaneValue, d: number, both: boolean, taper: number | null, line: number): Shape3D {
  const faces = pendingFaces(w, line);
  const n = w.state.plane.z;
  return attempt('extrude', line, () => {
    const one = (f: R.Face, dist: number) => (taper ? taperedPrism(w, f, mul(n, dist), taper, line) : prism(w, f, mul(n, dist)));
    const parts = faces.flatMap((f) => (both ? [one(f, d), one(f, -d)] : [one(f, d)]));
    let out = parts[0];
    for (const p of parts.slice(1)) out = w.session.combine(out, p, 'fuse', line);
    return out;
  });
}

function untilDistance(v: Value, what: string, line: number): number {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) throw new CadError('unsupported', `${what}(a face): extruding up to a given face is left out; use "next", "last" or a distance`, line);
  return length(v, `${what} distance`, line);
}

/** extrude/cutBlind up to the next or last face of the solid (until.ts); null when `until` is a distance. */
function untilFace(w: WorkplaneValue, what: string, a: Record<string, Value>, additive: boolean, line: number): WorkplaneValue | null {
  if (a.until !== 'next' && a.until !== 'last') return null;
  if (additive && combineMode(a.combine, line) === false) throw new CadError('runtime', `${what}(until=${JSON.stringify(a.until)}) needs combine=True (it extends the existing solid)`, line);
  const solid = w.needSolid(`${what}(${JSON.stringify(a.until)})`, line);
  const faces = pendingFaces(w, line);
  // BRepFeat's draft angle widens or narrows the prism by the face's orientation, not as extrude(taper) does.
  if (a.taper !== null) throw new CadError('unsupported', `${what}(${JSON.stringify(a.until)}, taper=...): a tapered extrusion up to a face`, line);
  op(w, what, line);
  const out = attempt(`${what}(${JSON.stringify(a.until)})`, line, () => prismUntil(solid, faces, w.state.plane.z, a.until as 'next' | 'last', additive, a.both === true, (v) => w.keep(v)));
  return w.next({ solid: out, stack: [{ t: 'shape', s: out }], pending: [], open: null });
}

/** Revolution of a profile given as (radius, height) points about the axis of `plane` (z). */
function revolveProfile(w: WorkplaneValue, plane: PlaneT, pts: [number, number][], line: number): Shape3D {
  const world = pts.map(([r, h]) => toWorld(plane, [r, 0, h]));
  return attempt('revolve', line, () => w.keep(revolutionOf(w.keep(polygonFace(world)), plane.o, plane.z, 360)));
}

function otherSolid(w: WorkplaneValue, v: Value, what: string, line: number): Shape3D {
  const s = v instanceof WorkplaneValue ? w.session.solidOf(v) : v instanceof ShapeValue && R.isShape3D(v.shape) ? v.shape : null;
  if (!s) throw new CadError('runtime', `${what}() needs a Workplane with a solid or a Solid, got ${typeName(v)}`, line);
  return s;
}

/** CadQuery's keyword for the other operand of each boolean. */
const OPERAND: Record<string, string> = { union: 'toUnion', cut: 'toCut', intersect: 'toIntersect' };

function boolean(w: WorkplaneValue, mode: 'fuse' | 'cut' | 'intersect', name: string, args: Value[], kw: Record<string, Value>, line: number): WorkplaneValue {
  const b = bind(name, [[OPERAND[name], null], ['clean', true], ['glue', false], ['tol', null]], args, kw, line);
  const a = { ...b, other: b[OPERAND[name]] };
  if (a.other === null) {
    const solids = w.state.stack.flatMap((i) => (i.t === 'shape' && R.isShape3D(i.s) ? [i.s] : []));
    if (mode !== 'fuse' || solids.length === 0) throw new CadError('runtime', `${name}() needs another solid`, line);
    let out = solids[0];
    for (const s of solids.slice(1)) out = w.session.combine(out, s, 'fuse', line);
    return w.next({ solid: out, stack: [{ t: 'shape', s: out }] });
  }
  const others = Array.isArray(a.other) ? a.other : [a.other];
  let solid = w.state.solid;
  for (const o of others) {
    const s = otherSolid(w, o, name, line);
    solid = solid === null && mode === 'fuse' ? s : w.session.combine(w.needSolid(name, line), s, mode, line);
  }
  return w.next({ solid, stack: [{ t: 'shape', s: solid! }], pending: [], open: null });
}

/** Edges a fillet/chamfer works on: selected edges, edges of selected faces, or all edges. */
function targetEdges(w: WorkplaneValue, solid: Shape3D): R.Edge[] {
  const items = w.state.stack.flatMap((i) => (i.t === 'shape' && i.s !== solid ? [i.s] : []));
  const edges = items.flatMap((s) => (kindOf(s) === 'Edge' ? [s as R.Edge] : subEdges(s).map((e) => w.keep(e))));
  return distinct(edges.length ? edges : subEdges(solid).map((e) => w.keep(e)));
}

function edgeOp(w: WorkplaneValue, name: 'fillet' | 'chamfer', r: number, r2: number | null, line: number): WorkplaneValue {
  const solid = w.needSolid(name, line);
  const edges = targetEdges(w, solid);
  op(w, name, line);
  const out = attempt(`${name} of ${r}`, line, () => {
    if (r2 === null || r2 === r) return w.keep(filletOrChamfer(name, solid, edges, r));
    return w.keep(asymmetricChamfer(solid, edges, r, r2));
  });
  return w.next({ solid: out, stack: [{ t: 'shape', s: out }] });
}

/** CadQuery's chamfer(length, length2): the first length on the first face found around each edge. */
function asymmetricChamfer(solid: Shape3D, edges: R.Edge[], d1: number, d2: number): Shape3D {
  const oc = R.getOC();
  const faces = subFaces(solid);
  const b = new oc.BRepFilletAPI_MakeChamfer(solid.wrapped);
  try {
    for (const e of edges) {
      const f = faces.find((g) => subEdges(g).some((x) => x.isSame(e)));
      if (!f) throw new Error('edge is not on the solid');
      b.Add(d1, d2, e.wrapped, f.wrapped);
    }
    b.Build();
    return owned(b.Shape()) as Shape3D;
  } finally {
    b.delete();
    faces.forEach((f) => f.delete());
  }
}

function throughLength(solid: R.AnyShape): number {
  const b = bounds(solid);
  return 2 * len(sub(b[1], b[0])) + 10;
}

/** Holes bored against the workplane normal at every location, as CadQuery's hole/cboreHole/cskHole. */
function bore(w: WorkplaneValue, name: string, d: number, depthV: Value, extra: ((p: PlaneT) => Shape3D) | null, line: number): WorkplaneValue {
  const solid = w.needSolid(name, line);
  const depth = depthV === null ? throughLength(solid) : positive(depthV, 'depth', line);
  const tools = w.locs().map((l) => {
    op(w, name, line);
    const p = planeAt(w.state.plane, l);
    const cyl = w.keep(cylinderOf(d / 2, depth, p.o, mul(p.z, -1)) as Shape3D);
    return extra ? w.session.combine(cyl, extra(p), 'fuse', line) : cyl;
  });
  let out = solid;
  out = w.session.combine(out, many(w, tools), 'cut', line);
  return w.next({ solid: out, stack: [{ t: 'shape', s: out }] });
}

function rigid(w: WorkplaneValue, name: string, f: (s: R.AnyShape) => R.AnyShape, line: number): WorkplaneValue {
  op(w, name, line);
  const moved = new Map<R.AnyShape, R.AnyShape>();
  const move = (s: R.AnyShape) => moved.get(s) ?? (moved.set(s, w.keep(f(s))), moved.get(s)!);
  const solid = w.state.solid ? (move(w.state.solid) as Shape3D) : null;
  const stack = w.state.stack.map((i) => (i.t === 'shape' ? { t: 'shape' as const, s: move(i.s) } : i));
  return w.next({ solid, stack });
}

/** The wire a sweep follows: a Workplane's open path or outline, or an Edge/Wire shape. */
function pathWire(w: WorkplaneValue, v: Value, line: number): R.Wire {
  if (v instanceof ShapeValue) {
    const k = kindOf(v.shape);
    if (k === 'Wire') return v.shape as R.Wire;
    if (k === 'Edge') return w.keep(R.assembleWire([v.shape as R.Edge]));
  }
  if (v instanceof WorkplaneValue) {
    const o = v.state.open;
    if (o?.segs.length) return w.keep(R.assembleWire(o.segs.map((s) => segEdge(s, o.plane, 0, (x) => w.keep(x)))));
    if (v.state.pending.length) return loopWire(v.state.pending[0].loop, v.state.pending[0].plane, 0, (x) => w.keep(x));
    const shapes = v.stackShapes().filter((s) => kindOf(s) === 'Wire' || kindOf(s) === 'Edge');
    if (shapes.length) return w.keep(R.assembleWire(shapes.flatMap((s) => (kindOf(s) === 'Edge' ? [s as R.Edge] : subEdges(s).map((e) => w.keep(e))))));
  }
  throw new CadError('runtime', `sweep() path must be a Workplane with a drawn path (lineTo, spline, arcs...) or an Edge/Wire, got ${typeName(v)}`, line);
}

/**
 * CadQuery's sweep of a face: outer and inner wires swept alike, the inner solids cut away. Along a
 * planar path the Frenet trihedron turns about the plane's normal only, except that it flips at
 * every inflection point, where OpenCascade's Frenet sweep came out several % off in volume (a
 * circle along an S-shaped spline): there the constant-binormal trihedron, the same frame without
 * the flips, is used.
 */
function sweepFace(w: WorkplaneValue, f: R.Face, path: R.Wire, frenet: boolean, transition: string): Shape3D {
  const binormal = frenet ? wirePlaneNormal(path) : null;
  const one = (wire: R.Wire) => w.keep(occSweep(wire, path, frenet, binormal, transition as 'right'));
  let s = one(w.keep(outerWire(f)));
  for (const h of innerWires(f, (v) => w.keep(v))) s = w.keep(R.isShape3D(s) ? (booleanCut(s, one(w.keep(h))) as Shape3D) : s);
  return s;
}

function booleanCut(a: Shape3D, b: Shape3D): Shape3D {
  return occBoolean('cut', a, b);
}

export const METHODS_3D: Record<string, Method> = {
  extrude(args, kw, line) {
    const a = bind('extrude', [['until', undefined], ['combine', true], ['clean', true], ['both', false], ['taper', null]], args, kw, line);
    const toFace = untilFace(this, 'extrude', a, true, line);
    if (toFace) return toFace;
    const d = untilDistance(a.until, 'extrude', line);
    op(this, 'extrude', line);
    const made = extrudeFaces(this, d, a.both === true, a.taper === null ? null : num(a.taper, 'taper', line), line);
    return finishShapes(this, [made], a.combine, line);
  },
  twistExtrude(args, kw, line) {
    const a = bind('twistExtrude', [['distance', undefined], ['angleDegrees', undefined], ['combine', true], ['clean', true]], args, kw, line);
    const d = length(a.distance, 'distance', line);
    const ang = num(a.angleDegrees, 'angleDegrees', line);
    if (ang === 0) return (METHODS_3D.extrude as Method).call(this, [d], { combine: a.combine }, line);
    const faces = pendingFaces(this, line);
    op(this, 'twistExtrude', line);
    const p = this.state.plane;
    const made = faces.map((f) =>
      attempt('twistExtrude', line, () => {
        const one = (wire: R.Wire) => this.keep(R.twistExtrude(wire, ang, p.o, mul(p.z, d)) as Shape3D);
        let s = one(this.keep(outerWire(f)));
        for (const h of innerWires(f, (v) => this.keep(v))) s = this.keep(booleanCut(s, one(this.keep(h))));
        return s;
      }),
    );
    return finishShapes(this, made, a.combine, line);
  },
  revolve(args, kw, line) {
    const a = bind('revolve', [['angleDegrees', 360], ['axisStart', null], ['axisEnd', null], ['combine', true], ['clean', true]], args, kw, line);
    let ang = num(a.angleDegrees, 'angleDegrees', line) % 360;
    if (ang === 0) ang = 360;
    if (ang < 0) ang += 360;
    const p = this.state.plane;
    // CadQuery: the axis runs from axisStart (default: the origin) to axisEnd (default: local (0, 1)).
    const w0 = a.axisStart === null ? p.o : toWorld(p, vec(a.axisStart, 'axisStart', line));
    const w1 = a.axisEnd === null ? (a.axisStart !== null && w0[1] !== 0 ? toWorld(p, [0, w0[1], 0]) : toWorld(p, [0, 1, 0])) : toWorld(p, vec(a.axisEnd, 'axisEnd', line));
    const dir = sub(w1, w0);
    if (len(dir) < 1e-9) throw new CadError('geometry', 'revolve axis start and end coincide', line);
    const faces = pendingFaces(this, line);
    op(this, 'revolve', line);
    const made = faces.map((f) => attempt('revolve', line, () => this.keep(revolutionOf(f, w0, unit(dir), ang))));
    return finishShapes(this, made, a.combine, line);
  },
  loft(args, kw, line) {
    const a = bind('loft', [['ruled', false], ['combine', true], ['clean', true]], args, kw, line);
    const wires: R.Wire[] = this.state.pending.length
      ? this.state.pending.map((p) => loopWire(p.loop, p.plane, 0, (v) => this.keep(v)))
      : pendingFaces(this, line).map((f) => this.keep(outerWire(f)));
    if (wires.length < 2) throw new CadError('runtime', 'loft() needs at least two outlines (draw one, move the workplane, draw the next)', line);
    op(this, 'loft', line);
    const made = attempt('loft', line, () => coaxialLoft(this.state.pending, a.ruled === true, (v) => this.keep(v)) ?? this.keep(loftOf(wires, a.ruled === true) as Shape3D));
    return finishShapes(this, [made], a.combine, line);
  },
  sweep(args, kw, line) {
    const a = bind(
      'sweep',
      [['path', undefined], ['multisection', false], ['sweepAlongWires', null], ['makeSolid', true], ['isFrenet', false], ['combine', true], ['clean', true], ['transition', 'right'], ['normal', null], ['auxSpine', null]],
      args,
      kw,
      line,
    );
    if (a.multisection === true || a.normal !== null || a.auxSpine !== null || a.makeSolid === false) throw new CadError('unsupported', 'sweep() with multisection, normal, auxSpine or makeSolid=False', line);
    if (!['right', 'round', 'transformed'].includes(String(a.transition))) throw new CadError('runtime', 'sweep transition must be "right", "round" or "transformed"', line);
    const path = pathWire(this, a.path, line);
    const faces = pendingFaces(this, line);
    op(this, 'sweep', line);
    const made = faces.map((f) => attempt('sweep', line, () => sweepFace(this, f, path, a.isFrenet === true, String(a.transition))));
    return finishShapes(this, made, a.combine, line);
  },
  cutBlind(args, kw, line) {
    const a = bind('cutBlind', [['until', undefined], ['clean', true], ['both', false], ['taper', null]], args, kw, line);
    const toFace = untilFace(this, 'cutBlind', a, false, line);
    if (toFace) return toFace;
    const solid = this.needSolid('cutBlind', line);
    const d = untilDistance(a.until, 'cutBlind', line);
    op(this, 'cutBlind', line);
    const tool = extrudeFaces(this, d, a.both === true, a.taper === null ? null : num(a.taper, 'taper', line), line);
    const out = this.session.combine(solid, tool, 'cut', line);
    return this.next({ solid: out, stack: [{ t: 'shape', s: out }], pending: [] });
  },
  cutThruAll(args, kw, line) {
    bind('cutThruAll', [['clean', true], ['taper', 0]], args, kw, line);
    const solid = this.needSolid('cutThruAll', line);
    op(this, 'cutThruAll', line);
    const tool = extrudeFaces(this, throughLength(solid), true, null, line);
    const out = this.session.combine(solid, tool, 'cut', line);
    return this.next({ solid: out, stack: [{ t: 'shape', s: out }], pending: [] });
  },
  hole(args, kw, line) {
    const a = bind('hole', [['diameter', undefined], ['depth', null], ['clean', true]], args, kw, line);
    return bore(this, 'hole', positive(a.diameter, 'diameter', line), a.depth, null, line);
  },
  cboreHole(args, kw, line) {
    const a = bind('cboreHole', [['diameter', undefined], ['cboreDiameter', undefined], ['cboreDepth', undefined], ['depth', null], ['clean', true]], args, kw, line);
    const cd = positive(a.cboreDiameter, 'cboreDiameter', line);
    const ch = positive(a.cboreDepth, 'cboreDepth', line);
    return bore(this, 'cboreHole', positive(a.diameter, 'diameter', line), a.depth, (p) => this.keep(cylinderOf(cd / 2, ch, p.o, mul(p.z, -1)) as Shape3D), line);
  },
  cskHole(args, kw, line) {
    const a = bind('cskHole', [['diameter', undefined], ['cskDiameter', undefined], ['cskAngle', undefined], ['depth', null], ['clean', true]], args, kw, line);
    const r = positive(a.cskDiameter, 'cskDiameter', line) / 2;
    const ang = num(a.cskAngle, 'cskAngle', line);
    if (!(ang > 0 && ang < 180)) throw new CadError('geometry', `cskAngle must be between 0 and 180 degrees, got ${ang}`, line);
    const h = r / Math.tan((ang * Math.PI) / 360);
    // The countersink cone: radius r at the surface narrowing to a point at depth h.
    return bore(this, 'cskHole', positive(a.diameter, 'diameter', line), a.depth, (p) => revolveProfile(this, { ...p, z: mul(p.z, -1), x: p.x }, [[0, 0], [r, 0], [0, h]], line), line);
  },
  fillet(args, kw, line) {
    const a = bind('fillet', [['radius', undefined]], args, kw, line);
    return edgeOp(this, 'fillet', positive(a.radius, 'radius', line), null, line);
  },
  chamfer(args, kw, line) {
    const a = bind('chamfer', [['length', undefined], ['length2', null]], args, kw, line);
    return edgeOp(this, 'chamfer', positive(a.length, 'length', line), a.length2 === null ? null : positive(a.length2, 'length2', line), line);
  },
  shell(args, kw, line) {
    const a = bind('shell', [['thickness', undefined], ['kind', 'arc']], args, kw, line);
    const t = num(a.thickness, 'thickness', line);
    if (!(Math.abs(t) > 1e-6) || Math.abs(t) > MAX_DIM) throw new CadError('geometry', `shell thickness must be non-zero, got ${t}`, line);
    if (a.kind !== 'arc' && a.kind !== 'intersection') throw new CadError('unsupported', `shell kind ${JSON.stringify(a.kind)}`, line);
    const solid = this.needSolid('shell', line);
    const faces = this.state.stack.flatMap((i) => (i.t === 'shape' && kindOf(i.s) === 'Face' ? [i.s as R.Face] : []));
    op(this, 'shell', line);
    const out = attempt(`shell(${t})`, line, () => {
      if (faces.length === 0) {
        // No face removed: a closed hollow solid, the offset surface cut away (CadQuery's watertight shell).
        const off = this.keep(offsetOf(solid, t));
        return t < 0 ? this.session.combine(solid, off, 'cut', line) : this.session.combine(off, solid, 'cut', line);
      }
      return this.keep(occShell(solid, faces, t, a.kind as 'arc' | 'intersection'));
    });
    // OpenCascade can hand back the solid unchanged when the wall does not fit: a shell hollows
    // the part, so its volume always changes (and shrinks for an inward wall).
    const [before, after] = [measureOf(solid, 'volume'), measureOf(out, 'volume')];
    if (!(after > 1e-9) || Math.abs(after - before) <= 1e-9 * before || (t < 0 && after > before)) {
      throw new CadError('geometry', `shell(${t}) failed: the wall does not fit the part`, line);
    }
    return this.next({ solid: out, stack: [{ t: 'shape', s: out }] });
  },
  union(args, kw, line) {
    return boolean(this, 'fuse', 'union', args, kw, line);
  },
  cut(args, kw, line) {
    return boolean(this, 'cut', 'cut', args, kw, line);
  },
  intersect(args, kw, line) {
    return boolean(this, 'intersect', 'intersect', args, kw, line);
  },
  __add__(args, _kw, line) {
    return boolean(this, 'fuse', 'union', args, {}, line);
  },
  __or__(args, _kw, line) {
    return boolean(this, 'fuse', 'union', args, {}, line);
  },
  __sub__(args, _kw, line) {
    return boolean(this, 'cut', 'cut', args, {}, line);
  },
  __and__(args, _kw, line) {
    return boolean(this, 'intersect', 'intersect', args, {}, line);
  },
  split(args, kw, line) {
    if (args[0] instanceof WorkplaneValue || args[0] instanceof ShapeValue) throw new CadError('unsupported', 'split() by another shape; use split(keepTop=..., keepBottom=...)', line);
    const a = bind('split', [['keepTop', false], ['keepBottom', false]], args, kw, line);
    if (a.keepTop !== true && a.keepBottom !== true) throw new CadError('runtime', 'split() has to keep at least one half', line);
    const solid = this.needSolid('split', line);
    const big = throughLength(solid) * 5;
    const p = this.state.plane;
    op(this, 'split', line);
    const half = (sign: number) => boxOn(this, p, [-big, -big, sign > 0 ? 0 : -big], [2 * big, 2 * big, big]);
    const top = a.keepTop === true ? this.session.combine(solid, half(-1), 'cut', line) : null;
    const bottom = a.keepBottom === true ? this.session.combine(solid, half(1), 'cut', line) : null;
    if (top && bottom) return this.next({ solid: many(this, [top, bottom]), stack: [{ t: 'shape', s: top }, { t: 'shape', s: bottom }] });
    const kept = (top ?? bottom)!;
    return this.next({ solid: kept, stack: [{ t: 'shape', s: kept }] });
  },
  translate(args, kw, line) {
    const a = bind('translate', [['vec', undefined]], args, kw, line);
    const v = vec(a.vec, 'translate vector', line);
    return rigid(this, 'translate', (s) => transformShape(s, { r: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], t: v }), line);
  },
  rotate(args, kw, line) {
    const a = bind('rotate', [['axisStartPoint', undefined], ['axisEndPoint', undefined], ['angleDegrees', undefined]], args, kw, line);
    const p0 = vec(a.axisStartPoint, 'axisStartPoint', line);
    const p1 = vec(a.axisEndPoint, 'axisEndPoint', line);
    if (len(sub(p1, p0)) < 1e-9) throw new CadError('geometry', 'rotation axis start and end coincide', line);
    const ang = num(a.angleDegrees, 'angleDegrees', line);
    return rigid(this, 'rotate', (s) => rotateShape(s, ang, p0, unit(sub(p1, p0))), line);
  },
  rotateAboutCenter(args, kw, line) {
    const a = bind('rotateAboutCenter', [['axisEndPoint', undefined], ['angleDegrees', undefined]], args, kw, line);
    const axis = vec(a.axisEndPoint, 'axisEndPoint', line);
    if (len(axis) < 1e-9) throw new CadError('geometry', 'rotation axis must not be zero', line);
    const ang = num(a.angleDegrees, 'angleDegrees', line);
    // Each object about its own centre (CadQuery rotates every stack object so).
    return rigid(this, 'rotateAboutCenter', (s) => rotateShape(s, ang, shapeCenter(s), unit(axis)), line);
  },
  mirror(args, kw, line) {
    const a = bind('mirror', [['mirrorPlane', 'XY'], ['basePointVector', null], ['union', false]], args, kw, line);
    const solid = this.needSolid('mirror', line);
    op(this, 'mirror', line);
    // A Workplane plane argument (`r.faces(">X")`) mirrors about its first object, which must be a face.
    let plane = a.mirrorPlane;
    if (plane instanceof WorkplaneValue) {
      const first = plane.state.stack.find((i) => i.t === 'shape');
      if (!first || first.t !== 'shape' || kindOf(first.s) !== 'Face') throw new CadError('runtime', 'mirror(workplane): the Workplane must hold a face', line);
      plane = new ShapeValue(first.s, this.session);
    }
    const m = this.keep(mirrorShape(solid, plane, a.basePointVector, line));
    const out = a.union === true ? this.session.combine(solid, m, 'fuse', line) : m;
    return this.next({ solid: out, stack: [{ t: 'shape', s: out }] });
  },
  moved(args, kw, line) {
    const f = frameOf(args[0] ?? kw.loc, line);
    return rigid(this, 'moved', (s) => transformShape(s, f), line);
  },
};
