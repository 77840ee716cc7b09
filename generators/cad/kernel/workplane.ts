// CadQuery's Workplane, re-implemented over replicad (OpenCascade B-rep). Each method returns a
// new immutable Workplane state, as CadQuery's fluent API does. Geometry follows CadQuery's rules
// (named planes, centred boxes, face workplanes with a projected origin, holes bored against the
// normal, negative shell = inward) so that a program in the subset builds the same solid here as
// in CadQuery. Every OpenCascade object created is registered in an Arena and freed after the run.
import * as R from 'replicad';
import { CadError } from './lang/ast.js';
import { Budget, fn, num, typeName, type HostObject, type ModuleValue, type Value } from './lang/interp.js';
import { boolean as occBoolean, filletOrChamfer } from './occ.js';
import { distinct, sameSet, subEdges, subFaces } from './topo.js';
import { add, computeXDir, dot, faceWorkplane, len, mul, NAMED_PLANES, sub, toWorld, unit, type PlaneT, type V3 } from './geom.js';

type Shape3D = R.Shape3D;

/** Frees every wrapped OpenCascade object of one run (replicad needs explicit deletion). */
export class Arena {
  private readonly items = new Set<{ delete(): void }>();
  keep<T>(v: T): T {
    if (v && typeof (v as { delete?: unknown }).delete === 'function') this.items.add(v as unknown as { delete(): void });
    return v;
  }
  free(): void {
    for (const v of this.items) {
      try {
        v.delete();
      } catch {
        // already freed by replicad itself
      }
    }
    this.items.clear();
  }
}

type Loop = { kind: 'circle'; c: [number, number]; r: number } | { kind: 'poly'; pts: [number, number][] };
interface Loc {
  x: number;
  y: number;
  /** Rotation of the location about the plane normal, radians (polarArray rotate=True). */
  a: number;
}
type Sel =
  | { t: 'none' }
  | { t: 'pts'; pts: Loc[] }
  | { t: 'faces'; faces: R.Face[] }
  | { t: 'edges'; edges: R.Edge[] }
  | { t: 'solid' };
interface Pending {
  plane: PlaneT;
  loops: Loop[];
  /** A polyline/lineTo path not yet closed. */
  open: [number, number][] | null;
}
interface State {
  plane: PlaneT;
  solid: Shape3D | null;
  sel: Sel;
  pending: Pending | null;
}

const TOL = 1e-4;

/** Resolves positional and keyword arguments against a signature, CadQuery-style. */
function bind(name: string, spec: [string, Value | undefined][], args: Value[], kw: Record<string, Value>, line: number): Record<string, Value> {
  if (args.length > spec.length) throw new CadError('runtime', `${name}() takes at most ${spec.length} arguments (${args.length} given)`, line);
  const out: Record<string, Value> = {};
  spec.forEach(([k, d], i) => {
    if (i < args.length) {
      if (k in kw) throw new CadError('runtime', `${name}() got two values for "${k}"`, line);
      out[k] = args[i];
    } else if (k in kw) out[k] = kw[k];
    else if (d === undefined) throw new CadError('runtime', `${name}() is missing the argument "${k}"`, line);
    else out[k] = d;
  });
  for (const k of Object.keys(kw)) {
    if (!spec.some(([s]) => s === k)) {
      throw new CadError('unsupported', `${name}() has no supported keyword "${k}"; allowed: ${spec.map(([s]) => s).join(', ')}`, line);
    }
  }
  return out;
}

function vec(v: Value, what: string, line: number, dims = 3): V3 {
  if (!Array.isArray(v) || v.length < 2 || v.length > 3 || (dims === 2 && v.length !== 2)) {
    throw new CadError('runtime', `${what} must be a tuple of ${dims === 2 ? 2 : '2 or 3'} numbers, got ${typeName(v)}`, line);
  }
  return [num(v[0], what, line), num(v[1], what, line), v.length === 3 ? num(v[2], what, line) : 0];
}

function bool3(v: Value, what: string, line: number): [boolean, boolean, boolean] {
  if (typeof v === 'boolean') return [v, v, v];
  if (Array.isArray(v) && v.length === 3 && v.every((b) => typeof b === 'boolean')) return v as [boolean, boolean, boolean];
  throw new CadError('runtime', `${what} must be True, False or a tuple of three booleans`, line);
}

function positive(v: Value, what: string, line: number, max = 1e4): number {
  const x = num(v, what, line);
  if (!(x > 0) || x > max) throw new CadError('geometry', `${what} must be > 0 and at most ${max}, got ${x}`, line);
  return x;
}

/** Bounds on sizes so that a single kernel call stays cheap (limits work, not valid CAD). */
const MAX_DIM = 1e4;
const MAX_SIDES = 64;

function pointInLoop(p: [number, number], loop: Loop): boolean {
  if (loop.kind === 'circle') return Math.hypot(p[0] - loop.c[0], p[1] - loop.c[1]) < loop.r - TOL;
  let inside = false;
  const pts = loop.pts;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function samplePoint(loop: Loop): [number, number] {
  if (loop.kind === 'circle') return [loop.c[0] + loop.r, loop.c[1]];
  // Midpoint of the first edge: a vertex could lie on another loop's boundary.
  const [a, b] = [loop.pts[0], loop.pts[1]];
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/** Depth of each loop: how many other loops contain it (odd depth = a hole). */
function nesting(loops: Loop[]): number[] {
  return loops.map((l) => loops.filter((o) => o !== l && pointInLoop(samplePoint(l), o)).length);
}

/**
 * The faces that CadQuery builds from several wires: a loop nested inside an odd number of other
 * loops is a hole of the loop directly around it, otherwise it is an outer boundary.
 */
function loopFaces(s: CadSession, loops: Loop[], plane: PlaneT, z: number, line: number): R.Face[] {
  if (loops.length === 0) throw new CadError('runtime', 'nothing to extrude: draw rect/circle/polygon/polyline first', line);
  const depth = nesting(loops);
  const wire = (l: Loop): R.Wire => {
    if (l.kind === 'circle') return s.keep(R.assembleWire([s.keep(R.makeCircle(l.r, toWorld(plane, [l.c[0], l.c[1], z]), plane.z))]));
    const w = l.pts.map((p) => toWorld(plane, [p[0], p[1], z]));
    return s.keep(R.assembleWire(w.map((p, i) => s.keep(R.makeLine(p, w[(i + 1) % w.length])))));
  };
  const faces: R.Face[] = [];
  loops.forEach((outer, i) => {
    if (depth[i] % 2 !== 0) return;
    const holes = loops.filter((h, j) => depth[j] === depth[i] + 1 && pointInLoop(samplePoint(h), outer));
    try {
      // addHolesInFace fixes the orientation of the inner wires (makeFace alone does not).
      const f = s.keep(R.makeFace(wire(outer)));
      faces.push(holes.length ? s.keep(R.addHolesInFace(f, holes.map(wire))) : f);
    } catch (e) {
      throw new CadError('geometry', `cannot build a face from the sketch (self-intersecting or degenerate outline?): ${(e as Error).message}`, line);
    }
  });
  return faces;
}

/** One shape from several solids (a compound when there are many). */
function many(s: CadSession, solids: R.Shape3D[]): R.Shape3D {
  return solids.length === 1 ? solids[0] : s.keep(R.makeCompound(solids) as R.Shape3D);
}

const AXES: Record<string, V3> = { X: [1, 0, 0], Y: [0, 1, 0], Z: [0, 0, 1] };

/** Handles the kernel objects of one program run and builds the `cq` module over them. */
export class CadSession {
  readonly arena = new Arena();
  /** Every show_object() argument, in order. */
  readonly shown: Value[] = [];

  constructor(readonly budget: Budget) {}

  keep<T>(v: T): T {
    return this.arena.keep(v);
  }

  module(): ModuleValue {
    const workplane = fn('cq.Workplane', (args, kw, line) => {
      const a = bind('Workplane', [['inPlane', 'XY'], ['origin', [0, 0, 0]]], args, kw, line);
      const name = a.inPlane;
      if (typeof name !== 'string' || !(name in NAMED_PLANES)) {
        throw new CadError('unsupported', `Workplane plane ${JSON.stringify(name)}; supported: ${Object.keys(NAMED_PLANES).join(', ')}`, line);
      }
      const np = NAMED_PLANES[name];
      return this.wp({ plane: { o: vec(a.origin, 'origin', line), x: np.x, z: np.z }, solid: null, sel: { t: 'none' }, pending: null });
    });
    return { kind: 'module', name: 'cadquery', attrs: { Workplane: workplane } };
  }

  solidOf(v: Value): Shape3D | null {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'obj' && v.typeName === 'Workplane'
      ? (v as WorkplaneValue).state.solid
      : null;
  }

  private wp(state: State): WorkplaneValue {
    return new WorkplaneValue(state, this);
  }

  // ---- geometry builders -------------------------------------------------------------------

  /** Loops on `plane` extruded from offset z0 by h along the normal (h may be negative). */
  prism(loops: Loop[], plane: PlaneT, z0: number, h: number, line: number): Shape3D {
    if (!(Math.abs(h) > TOL) || Math.abs(h) > MAX_DIM) throw new CadError('geometry', `extrusion distance must be non-zero and at most ${MAX_DIM}, got ${h}`, line);
    const base = h < 0 ? z0 + h : z0;
    const dir = this.keep(new R.Vector(mul(plane.z, Math.abs(h))));
    return many(this, loopFaces(this, loops, plane, base, line).map((f) => this.keep(R.basicFaceExtrusion(f, dir) as Shape3D)));
  }

  combine(a: Shape3D | null, b: Shape3D, mode: 'fuse' | 'cut' | 'intersect', line: number): Shape3D {
    if (a === null) {
      if (mode === 'fuse') return b;
      throw new CadError('runtime', `${mode} needs an existing solid`, line);
    }
    this.budget.op(mode, line);
    try {
      return this.keep(occBoolean(mode, a, b));
    } catch (e) {
      throw new CadError('geometry', `boolean ${mode} failed: ${(e as Error).message}`, line);
    }
  }
}

const FACE_TYPES: Record<string, string> = { PLANE: 'PLANE', CYLINDER: 'CYLINDRE', CONE: 'CONE', SPHERE: 'SPHERE', TORUS: 'TORUS' };
const EDGE_TYPES: Record<string, string> = { LINE: 'LINE', CIRCLE: 'CIRCLE' };

/** A Workplane value; attribute access returns bound methods. */
export class WorkplaneValue implements HostObject {
  readonly kind = 'obj' as const;
  readonly typeName = 'Workplane';

  constructor(
    readonly state: State,
    private readonly s: CadSession,
  ) {}

  getAttr(name: string): Value | undefined {
    const m = (METHODS as Record<string, Method | undefined>)[name];
    if (!m || !Object.prototype.hasOwnProperty.call(METHODS, name)) return undefined;
    return fn(`Workplane.${name}`, (args, kw, line) => m.call(this, args, kw, line));
  }

  next(patch: Partial<State>): WorkplaneValue {
    return new WorkplaneValue({ ...this.state, ...patch }, this.s);
  }

  get session(): CadSession {
    return this.s;
  }

  /** Locations on the stack, or the workplane origin when there are none (CadQuery eachpoint). */
  locs(): Loc[] {
    return this.state.sel.t === 'pts' ? this.state.sel.pts : [{ x: 0, y: 0, a: 0 }];
  }

  needSolid(what: string, line: number): Shape3D {
    if (!this.state.solid) throw new CadError('runtime', `${what}() needs a solid; build one first (box, extrude, revolve...)`, line);
    return this.state.solid;
  }

  addLoops(loops: Loop[], line: number): WorkplaneValue {
    const p = this.state.pending;
    if (p && p.open) throw new CadError('runtime', 'an open polyline is pending: call close() first', line);
    if (p && !samePlane(p.plane, this.state.plane)) throw new CadError('runtime', 'pending sketches lie on different workplanes: extrude them first', line);
    const all = [...(p?.loops ?? []), ...loops];
    if (all.length > 500) throw new CadError('limit', 'more than 500 pending sketch loops', line);
    return this.next({ pending: { plane: this.state.plane, loops: all, open: null }, sel: this.state.sel });
  }

  /** Places a local loop at a location (rotation then translation). */
  static place(loop: Loop, l: Loc): Loop {
    const c = Math.cos(l.a);
    const s = Math.sin(l.a);
    const tr = (p: [number, number]): [number, number] => [l.x + c * p[0] - s * p[1], l.y + s * p[0] + c * p[1]];
    return loop.kind === 'circle' ? { kind: 'circle', c: tr(loop.c), r: loop.r } : { kind: 'poly', pts: loop.pts.map(tr) };
  }

  shapeAtLocs(make: () => Loop, line: number): WorkplaneValue {
    return this.addLoops(
      this.locs().map((l) => WorkplaneValue.place(make(), l)),
      line,
    );
  }
}

function samePlane(a: PlaneT, b: PlaneT): boolean {
  return len(sub(a.o, b.o)) < TOL && len(sub(a.x, b.x)) < TOL && len(sub(a.z, b.z)) < TOL;
}

type Method = (this: WorkplaneValue, args: Value[], kw: Record<string, Value>, line: number) => Value;

function budgetOf(w: WorkplaneValue): Budget {
  return w.session.budget;
}

function selectorParse(sel: Value, line: number): { op: string; axis: V3 | null; type: string | null } {
  if (typeof sel !== 'string') throw new CadError('runtime', 'selector must be a string like ">Z"', line);
  const s = sel.trim();
  let m = /^([<>|#+-])\s*([XYZ])$/.exec(s);
  if (m) return { op: m[1], axis: AXES[m[2]], type: null };
  m = /^%\s*([A-Z]+)$/.exec(s);
  if (m) return { op: '%', axis: null, type: m[1] };
  throw new CadError('unsupported', `selector ${JSON.stringify(sel)}; supported: >X <X |X #X +X -X (any axis X/Y/Z) and %PLANE %CYLINDER %LINE %CIRCLE`, line);
}

/** What a selector reads of a face or an edge; each is computed only for the selectors that need it. */
interface Probe<T> {
  center(x: T): V3;
  dir(x: T): V3 | null;
  type(x: T): string;
}

/** Applies a CadQuery string selector to faces or edges by centre, normal/direction and type. */
function select<T>(items: T[], sel: { op: string; axis: V3 | null; type: string | null }, probe: Probe<T>, kind: 'faces' | 'edges', line: number): T[] {
  const idx = items.map((_, i) => i);
  let keep: number[];
  if (sel.op === '%') {
    const want = (kind === 'faces' ? FACE_TYPES : EDGE_TYPES)[sel.type!];
    if (!want) throw new CadError('unsupported', `type selector %${sel.type} for ${kind}`, line);
    keep = idx.filter((i) => probe.type(items[i]) === want);
  } else if (sel.op === '>' || sel.op === '<') {
    const d = idx.map((i) => dot(probe.center(items[i]), sel.axis!));
    const best = sel.op === '>' ? Math.max(...d) : Math.min(...d);
    keep = idx.filter((i) => Math.abs(d[i] - best) < TOL);
  } else {
    const dirs = items.map((x) => probe.dir(x));
    keep = idx.filter((i) => {
      const dir = dirs[i];
      if (!dir) return false;
      const c = dot(dir, sel.axis!);
      if (sel.op === '|') return Math.abs(Math.abs(c) - 1) < TOL;
      if (sel.op === '#') return Math.abs(c) < TOL;
      return sel.op === '+' ? c > 1 - TOL : c < -1 + TOL;
    });
  }
  return keep.map((i) => items[i]);
}

const METHODS: Record<string, Method> = {
  // ---- solids ---------------------------------------------------------------------------------
  box(args, kw, line) {
    const a = bind('box', [['length', undefined], ['width', undefined], ['height', undefined], ['centered', true], ['combine', true], ['clean', true]], args, kw, line);
    const [l, w, h] = [positive(a.length, 'length', line, MAX_DIM), positive(a.width, 'width', line, MAX_DIM), positive(a.height, 'height', line, MAX_DIM)];
    const [cx, cy, cz] = bool3(a.centered, 'centered', line);
    const rect: Loop = { kind: 'poly', pts: rectPts(l, w, cx, cy) };
    return solidAtLocs(this, rect, cz ? -h / 2 : 0, h, a.combine, line);
  },
  cylinder(args, kw, line) {
    const a = bind('cylinder', [['height', undefined], ['radius', undefined], ['direct', null], ['angle', 360], ['centered', true], ['combine', true], ['clean', true]], args, kw, line);
    if (a.direct !== null || a.angle !== 360) throw new CadError('unsupported', 'cylinder() with direct or angle: only the default axis and a full cylinder', line);
    const h = positive(a.height, 'height', line, MAX_DIM);
    const r = positive(a.radius, 'radius', line, MAX_DIM);
    const [cx, cy, cz] = bool3(a.centered, 'centered', line);
    const c: Loop = { kind: 'circle', c: [cx ? 0 : r, cy ? 0 : r], r };
    return solidAtLocs(this, c, cz ? -h / 2 : 0, h, a.combine, line);
  },
  sphere(args, kw, line) {
    if (args.length > 1) throw new CadError('unsupported', 'sphere() takes the radius positionally; other arguments by keyword (combine)', line);
    const a = bind('sphere', [['radius', undefined], ['combine', true], ['clean', true]], args, kw, line);
    const r = positive(a.radius, 'radius', line, MAX_DIM);
    const s = this.session;
    let out = this.state.solid;
    let made: R.Shape3D | null = null;
    for (const l of this.locs()) {
      budgetOf(this).op('sphere', line);
      const sp = s.keep(R.makeSphere(r).translate(toWorld(this.state.plane, [l.x, l.y, 0])) as R.Shape3D);
      made = made ? s.combine(made, sp, 'fuse', line) : sp;
    }
    out = a.combine === false ? made : s.combine(out, made!, 'fuse', line);
    return this.next({ solid: out, sel: { t: 'solid' } });
  },
  extrude(args, kw, line) {
    const a = bind('extrude', [['until', undefined], ['combine', true], ['clean', true], ['both', false]], args, kw, line);
    const d = num(a.until, 'extrude distance', line);
    const p = takePending(this, line);
    budgetOf(this).op('extrude', line);
    const made = a.both === true ? this.session.prism(p.loops, p.plane, -Math.abs(d), 2 * Math.abs(d), line) : this.session.prism(p.loops, p.plane, 0, d, line);
    return finish(this, made, a.combine, line);
  },
  revolve(args, kw, line) {
    const a = bind('revolve', [['angleDegrees', 360], ['axisStart', null], ['axisEnd', null], ['combine', true], ['clean', true]], args, kw, line);
    const ang = num(a.angleDegrees, 'angleDegrees', line);
    if (!(ang > 0 && ang <= 360)) throw new CadError('geometry', `revolve angle must be in (0, 360], got ${ang}`, line);
    const p = takePending(this, line);
    const s0 = a.axisStart === null ? [0, 0, 0] : vec(a.axisStart, 'axisStart', line);
    const s1 = a.axisEnd === null ? [0, 1, 0] : vec(a.axisEnd, 'axisEnd', line);
    const w0 = toWorld(p.plane, s0 as [number, number, number]);
    const w1 = toWorld(p.plane, s1 as [number, number, number]);
    const dir = sub(w1, w0);
    if (len(dir) < TOL) throw new CadError('geometry', 'revolve axis start and end coincide', line);
    budgetOf(this).op('revolve', line);
    const s = this.session;
    let made: R.Shape3D;
    try {
      made = many(s, loopFaces(s, p.loops, p.plane, 0, line).map((f) => s.keep(R.revolution(f, w0, unit(dir), ang))));
    } catch (e) {
      throw new CadError('geometry', `revolve failed: ${(e as Error).message}`, line);
    }
    return finish(this, made, a.combine, line);
  },
  hole(args, kw, line) {
    const a = bind('hole', [['diameter', undefined], ['depth', null], ['clean', true]], args, kw, line);
    return bore(this, positive(a.diameter, 'diameter', line, MAX_DIM), a.depth, null, line);
  },
  cboreHole(args, kw, line) {
    const a = bind('cboreHole', [['diameter', undefined], ['cboreDiameter', undefined], ['cboreDepth', undefined], ['depth', null], ['clean', true]], args, kw, line);
    const cb = { d: positive(a.cboreDiameter, 'cboreDiameter', line, MAX_DIM), depth: positive(a.cboreDepth, 'cboreDepth', line, MAX_DIM) };
    return bore(this, positive(a.diameter, 'diameter', line, MAX_DIM), a.depth, cb, line);
  },
  cutBlind(args, kw, line) {
    const a = bind('cutBlind', [['until', undefined], ['clean', true]], args, kw, line);
    const solid = this.needSolid('cutBlind', line);
    const p = takePending(this, line);
    budgetOf(this).op('cutBlind', line);
    const tool = this.session.prism(p.loops, p.plane, 0, num(a.until, 'cutBlind distance', line), line);
    return this.next({ solid: this.session.combine(solid, tool, 'cut', line), sel: { t: 'solid' }, pending: null });
  },
  cutThruAll(args, kw, line) {
    bind('cutThruAll', [['clean', true]], args, kw, line);
    const solid = this.needSolid('cutThruAll', line);
    const p = takePending(this, line);
    budgetOf(this).op('cutThruAll', line);
    const big = throughLength(solid);
    const tool = this.session.prism(p.loops, p.plane, -big, 2 * big, line);
    return this.next({ solid: this.session.combine(solid, tool, 'cut', line), sel: { t: 'solid' }, pending: null });
  },
  fillet(args, kw, line) {
    const a = bind('fillet', [['radius', undefined]], args, kw, line);
    return edgeOp(this, 'fillet', positive(a.radius, 'radius', line, MAX_DIM), line);
  },
  chamfer(args, kw, line) {
    const a = bind('chamfer', [['length', undefined], ['length2', null]], args, kw, line);
    if (a.length2 !== null) throw new CadError('unsupported', 'chamfer() with two lengths', line);
    return edgeOp(this, 'chamfer', positive(a.length, 'length', line, MAX_DIM), line);
  },
  shell(args, kw, line) {
    const a = bind('shell', [['thickness', undefined]], args, kw, line);
    const t = num(a.thickness, 'thickness', line);
    if (t === 0 || Math.abs(t) > MAX_DIM) throw new CadError('geometry', `shell thickness must be non-zero, got ${t}`, line);
    const solid = this.needSolid('shell', line);
    if (this.state.sel.t !== 'faces' || this.state.sel.faces.length === 0) throw new CadError('unsupported', 'shell() needs selected faces to remove, e.g. .faces(">Z").shell(-2)', line);
    const faces = this.state.sel.faces;
    budgetOf(this).op('shell', line);
    let out: R.Shape3D;
    try {
      // replicad's positive thickness is inward; CadQuery's negative thickness is inward.
      out = this.session.keep(
        // replicad's finder predicates receive { normal, element }.
        solid.shell(-t, (f) => f.when(({ element }: { element: R.Face }) => faces.some((g) => g.isSame(element)))) as R.Shape3D,
      );
    } catch (e) {
      throw new CadError('geometry', `shell failed: ${(e as Error).message}`, line);
    }
    return this.next({ solid: out, sel: { t: 'solid' }, pending: null });
  },
  union(args, kw, line) {
    return boolean(this, 'fuse', args, kw, line);
  },
  cut(args, kw, line) {
    return boolean(this, 'cut', args, kw, line);
  },
  intersect(args, kw, line) {
    return boolean(this, 'intersect', args, kw, line);
  },
  translate(args, kw, line) {
    const a = bind('translate', [['vec', undefined]], args, kw, line);
    const v = vec(a.vec, 'translate vector', line);
    const solid = this.needSolid('translate', line);
    budgetOf(this).op('translate', line);
    return this.next({ solid: this.session.keep(solid.clone().translate(v)), sel: { t: 'solid' } });
  },
  rotate(args, kw, line) {
    const a = bind('rotate', [['axisStartPoint', undefined], ['axisEndPoint', undefined], ['angleDegrees', undefined]], args, kw, line);
    const p0 = vec(a.axisStartPoint, 'axisStartPoint', line);
    const p1 = vec(a.axisEndPoint, 'axisEndPoint', line);
    if (len(sub(p1, p0)) < TOL) throw new CadError('geometry', 'rotation axis start and end coincide', line);
    const solid = this.needSolid('rotate', line);
    budgetOf(this).op('rotate', line);
    const r = this.session.keep(solid.clone().rotate(num(a.angleDegrees, 'angleDegrees', line), p0, unit(sub(p1, p0))));
    return this.next({ solid: r, sel: { t: 'solid' } });
  },
  mirror(args, kw, line) {
    const a = bind('mirror', [['mirrorPlane', 'XY'], ['basePointVector', [0, 0, 0]], ['union', false]], args, kw, line);
    const solid = this.needSolid('mirror', line);
    const planes: Record<string, V3> = { XY: [0, 0, 1], YZ: [1, 0, 0], XZ: [0, 1, 0] };
    const n = typeof a.mirrorPlane === 'string' ? planes[a.mirrorPlane] : undefined;
    if (!n) throw new CadError('unsupported', `mirror plane ${JSON.stringify(a.mirrorPlane)}; supported: XY, YZ, XZ`, line);
    budgetOf(this).op('mirror', line);
    const m = this.session.keep(solid.clone().mirror(n, vec(a.basePointVector, 'basePointVector', line)));
    const out = a.union === true ? this.session.combine(solid, m, 'fuse', line) : m;
    return this.next({ solid: out, sel: { t: 'solid' } });
  },

  // ---- 2D sketch on the workplane -------------------------------------------------------------
  rect(args, kw, line) {
    const a = bind('rect', [['xLen', undefined], ['yLen', undefined], ['centered', true], ['forConstruction', false]], args, kw, line);
    const w = positive(a.xLen, 'xLen', line, MAX_DIM);
    const h = positive(a.yLen, 'yLen', line, MAX_DIM);
    const c = a.centered;
    const [cx, cy] = typeof c === 'boolean' ? [c, c] : Array.isArray(c) && c.length === 2 ? [c[0] === true, c[1] === true] : [true, true];
    const pts = rectPts(w, h, cx, cy);
    if (a.forConstruction === true) {
      return this.next({ sel: { t: 'pts', pts: this.locs().flatMap((l) => (WorkplaneValue.place({ kind: 'poly', pts }, l) as { pts: [number, number][] }).pts.map(([x, y]) => ({ x, y, a: l.a }))) } });
    }
    return this.shapeAtLocs(() => ({ kind: 'poly', pts }), line);
  },
  circle(args, kw, line) {
    const a = bind('circle', [['radius', undefined], ['forConstruction', false]], args, kw, line);
    const r = positive(a.radius, 'radius', line, MAX_DIM);
    if (a.forConstruction === true) throw new CadError('unsupported', 'circle(forConstruction=True)', line);
    return this.shapeAtLocs(() => ({ kind: 'circle', c: [0, 0], r }), line);
  },
  polygon(args, kw, line) {
    const a = bind('polygon', [['nSides', undefined], ['diameter', undefined], ['forConstruction', false], ['circumscribed', false]], args, kw, line);
    const n = num(a.nSides, 'nSides', line);
    if (!Number.isInteger(n) || n < 3 || n > MAX_SIDES) throw new CadError('geometry', `nSides must be an integer from 3 to ${MAX_SIDES}, got ${n}`, line);
    let r = positive(a.diameter, 'diameter', line, MAX_DIM) / 2;
    // circumscribed=True: the polygon is drawn around the circle (its apothem is the radius).
    if (a.circumscribed === true) r = r / Math.cos(Math.PI / n);
    const pts = Array.from({ length: n }, (_, i): [number, number] => [r * Math.cos((2 * Math.PI * i) / n), r * Math.sin((2 * Math.PI * i) / n)]);
    if (a.forConstruction === true) {
      return this.next({ sel: { t: 'pts', pts: this.locs().flatMap((l) => (WorkplaneValue.place({ kind: 'poly', pts }, l) as { pts: [number, number][] }).pts.map(([x, y]) => ({ x, y, a: l.a }))) } });
    }
    return this.shapeAtLocs(() => ({ kind: 'poly', pts }), line);
  },
  polyline(args, kw, line) {
    const a = bind('polyline', [['listOfXYTuple', undefined], ['forConstruction', false], ['includeCurrent', false]], args, kw, line);
    if (!Array.isArray(a.listOfXYTuple) || a.listOfXYTuple.length < 2) throw new CadError('runtime', 'polyline() needs a list of at least 2 (x, y) points', line);
    budgetOf(this).items(a.listOfXYTuple.length, line);
    const pts = a.listOfXYTuple.map((p) => vec(p, 'polyline point', line, 2)).map((p): [number, number] => [p[0], p[1]]);
    return openPath(this, pts, line);
  },
  moveTo(args, kw, line) {
    const a = bind('moveTo', [['x', 0], ['y', 0]], args, kw, line);
    const p: [number, number] = [num(a.x, 'x', line), num(a.y, 'y', line)];
    if (this.state.pending?.open) throw new CadError('runtime', 'moveTo() while a path is open: close() it first', line);
    return this.next({ sel: { t: 'pts', pts: [{ x: p[0], y: p[1], a: 0 }] } });
  },
  lineTo(args, kw, line) {
    const a = bind('lineTo', [['x', undefined], ['y', undefined]], args, kw, line);
    return extendPath(this, (c) => [num(a.x, 'x', line), num(a.y, 'y', line)], line);
  },
  line(args, kw, line) {
    const a = bind('line', [['xDist', undefined], ['yDist', undefined]], args, kw, line);
    return extendPath(this, (c) => [c[0] + num(a.xDist, 'xDist', line), c[1] + num(a.yDist, 'yDist', line)], line);
  },
  hLine(args, kw, line) {
    const a = bind('hLine', [['distance', undefined]], args, kw, line);
    return extendPath(this, (c) => [c[0] + num(a.distance, 'distance', line), c[1]], line);
  },
  vLine(args, kw, line) {
    const a = bind('vLine', [['distance', undefined]], args, kw, line);
    return extendPath(this, (c) => [c[0], c[1] + num(a.distance, 'distance', line)], line);
  },
  hLineTo(args, kw, line) {
    const a = bind('hLineTo', [['xCoord', undefined]], args, kw, line);
    return extendPath(this, (c) => [num(a.xCoord, 'xCoord', line), c[1]], line);
  },
  vLineTo(args, kw, line) {
    const a = bind('vLineTo', [['yCoord', undefined]], args, kw, line);
    return extendPath(this, (c) => [c[0], num(a.yCoord, 'yCoord', line)], line);
  },
  close(args, kw, line) {
    bind('close', [], args, kw, line);
    const p = this.state.pending;
    if (!p?.open) throw new CadError('runtime', 'close() without an open polyline or lineTo path', line);
    let pts = p.open;
    const [f, l] = [pts[0], pts[pts.length - 1]];
    if (Math.hypot(f[0] - l[0], f[1] - l[1]) < TOL) pts = pts.slice(0, -1);
    if (pts.length < 3) throw new CadError('geometry', 'a closed polyline needs at least 3 distinct points', line);
    return this.next({ pending: { plane: p.plane, loops: [...p.loops, { kind: 'poly', pts }], open: null }, sel: { t: 'none' } });
  },

  // ---- locations ------------------------------------------------------------------------------
  pushPoints(args, kw, line) {
    const a = bind('pushPoints', [['pntList', undefined]], args, kw, line);
    if (!Array.isArray(a.pntList)) throw new CadError('runtime', 'pushPoints() needs a list of (x, y) points', line);
    budgetOf(this).items(a.pntList.length, line);
    const pts = a.pntList.map((p) => {
      const v = vec(p, 'point', line);
      return { x: v[0], y: v[1], a: 0 };
    });
    return this.next({ sel: { t: 'pts', pts } });
  },
  rarray(args, kw, line) {
    const a = bind('rarray', [['xSpacing', undefined], ['ySpacing', undefined], ['xCount', undefined], ['yCount', undefined], ['center', true]], args, kw, line);
    const [xs, ys] = [num(a.xSpacing, 'xSpacing', line), num(a.ySpacing, 'ySpacing', line)];
    const [nx, ny] = [num(a.xCount, 'xCount', line), num(a.yCount, 'yCount', line)];
    if (!Number.isInteger(nx) || !Number.isInteger(ny) || nx < 1 || ny < 1) throw new CadError('runtime', 'rarray() counts must be integers >= 1', line);
    budgetOf(this).items(nx * ny, line);
    const [cx, cy] = typeof a.center === 'boolean' ? [a.center, a.center] : Array.isArray(a.center) ? [a.center[0] === true, a.center[1] === true] : [true, true];
    const pts: Loc[] = [];
    for (let i = 0; i < nx; i++) {
      for (let j = 0; j < ny; j++) pts.push({ x: i * xs - (cx ? ((nx - 1) * xs) / 2 : 0), y: j * ys - (cy ? ((ny - 1) * ys) / 2 : 0), a: 0 });
    }
    return this.next({ sel: { t: 'pts', pts } });
  },
  polarArray(args, kw, line) {
    const a = bind('polarArray', [['radius', undefined], ['startAngle', undefined], ['angle', undefined], ['count', undefined], ['fill', true], ['rotate', true]], args, kw, line);
    const r = num(a.radius, 'radius', line);
    const start = num(a.startAngle, 'startAngle', line);
    const ang = num(a.angle, 'angle', line);
    const n = num(a.count, 'count', line);
    if (!Number.isInteger(n) || n < 1) throw new CadError('runtime', 'polarArray() count must be an integer >= 1', line);
    budgetOf(this).items(n, line);
    // CadQuery: with fill, a full circle is split in `count` steps, a partial arc in count-1.
    const step = a.fill === false ? ang : Math.abs(ang % 360) < TOL ? ang / n : n > 1 ? ang / (n - 1) : 0;
    const pts = Array.from({ length: n }, (_, i) => {
      const t = ((start + i * step) * Math.PI) / 180;
      return { x: r * Math.cos(t), y: r * Math.sin(t), a: a.rotate === false ? 0 : t };
    });
    return this.next({ sel: { t: 'pts', pts } });
  },
  center(args, kw, line) {
    const a = bind('center', [['x', undefined], ['y', undefined]], args, kw, line);
    const o = toWorld(this.state.plane, [num(a.x, 'x', line), num(a.y, 'y', line), 0]);
    return this.next({ plane: { ...this.state.plane, o }, sel: { t: 'none' } });
  },
  vertices(args, kw, line) {
    bind('vertices', [], args, kw, line);
    if (this.state.sel.t !== 'pts') throw new CadError('unsupported', 'vertices() is supported only after rect(..., forConstruction=True) or polygon(..., forConstruction=True)', line);
    return this;
  },

  // ---- selection and workplanes ---------------------------------------------------------------
  faces(args, kw, line) {
    const a = bind('faces', [['selector', null]], args, kw, line);
    const solid = this.needSolid('faces', line);
    const faces = subFaces(solid).map((f) => this.session.keep(f));
    const chosen = a.selector === null ? faces : select(faces, selectorParse(a.selector, line), FACE_PROBE, 'faces', line);
    if (chosen.length === 0) throw new CadError('geometry', `faces(${JSON.stringify(a.selector)}) selected nothing`, line);
    return this.next({ sel: { t: 'faces', faces: chosen } });
  },
  edges(args, kw, line) {
    const a = bind('edges', [['selector', null]], args, kw, line);
    const solid = this.needSolid('edges', line);
    let pool = subEdges(solid).map((e) => this.session.keep(e));
    // On selected faces, CadQuery selects among the edges of those faces.
    if (this.state.sel.t === 'faces') {
      const onFaces = sameSet(this.state.sel.faces.flatMap((f) => subEdges(f).map((e) => this.session.keep(e))));
      pool = pool.filter(onFaces);
    }
    const chosen = a.selector === null ? pool : select(pool, selectorParse(a.selector, line), EDGE_PROBE, 'edges', line);
    if (chosen.length === 0) throw new CadError('geometry', `edges(${JSON.stringify(a.selector)}) selected nothing`, line);
    return this.next({ sel: { t: 'edges', edges: chosen } });
  },
  workplane(args, kw, line) {
    const a = bind('workplane', [['offset', 0], ['invert', false], ['centerOption', 'ProjectedOrigin']], args, kw, line);
    const off = num(a.offset, 'offset', line);
    let plane = this.state.plane;
    if (this.state.sel.t === 'faces') {
      const faces = this.state.sel.faces;
      const infos = faces.map(faceInfo);
      if (infos.some((f) => f.type !== 'PLANE' || !f.dir)) throw new CadError('geometry', 'workplane() on a non-planar face', line);
      const n = infos[0].dir!;
      const c0 = infos[0].center;
      if (infos.some((f) => Math.abs(dot(f.dir!, n) - 1) > TOL || Math.abs(dot(sub(f.center, c0), n)) > TOL)) {
        throw new CadError('geometry', 'workplane() needs the selected faces to be coplanar', line);
      }
      let o: V3;
      if (a.centerOption === 'CenterOfMass' || a.centerOption === 'CenterOfBoundBox') {
        o = mul(infos.reduce<V3>((s, f) => add(s, f.center), [0, 0, 0]), 1 / infos.length);
        plane = { o, x: computeXDir(n), z: n };
      } else if (a.centerOption === 'ProjectedOrigin') {
        plane = faceWorkplane(plane, c0, n);
      } else throw new CadError('unsupported', `centerOption ${JSON.stringify(a.centerOption)}; supported: ProjectedOrigin, CenterOfMass`, line);
    } else if (this.state.sel.t === 'edges') {
      throw new CadError('unsupported', 'workplane() on selected edges', line);
    }
    if (a.invert === true) plane = { ...plane, z: mul(plane.z, -1) };
    plane = { ...plane, o: add(plane.o, mul(plane.z, off)) };
    return this.next({ plane, sel: { t: 'none' }, pending: null });
  },
  clean(args, kw, line) {
    bind('clean', [], args, kw, line);
    return this;
  },
};

function rectPts(w: number, h: number, cx: boolean, cy: boolean): [number, number][] {
  const x0 = cx ? -w / 2 : 0;
  const y0 = cy ? -h / 2 : 0;
  return [
    [x0, y0],
    [x0 + w, y0],
    [x0 + w, y0 + h],
    [x0, y0 + h],
  ];
}

/** Reads a replicad Vector and frees its OpenCascade object at once. */
function take(v: R.Vector): V3 {
  const out: V3 = [v.x, v.y, v.z];
  v.delete();
  return out;
}

type GProps = InstanceType<ReturnType<typeof R.getOC>['GProp_GProps']>;

/** Centre of mass from a BRepGProp measurement, its properties object deleted at once. */
function centreOfMass(measure: (props: GProps) => void): V3 {
  const props = new (R.getOC().GProp_GProps)();
  try {
    measure(props);
    const p = props.CentreOfMass();
    const c: V3 = [p.X(), p.Y(), p.Z()];
    p.delete();
    return c;
  } finally {
    props.delete();
  }
}

/** Centre of mass of a face as CadQuery's Face.Center() computes it (BRepGProp surface properties, fixed-order Gauss integration). */
function faceCenter(f: R.Face): V3 {
  return centreOfMass((props) => R.getOC().BRepGProp.SurfaceProperties(f.wrapped, props, false, false));
}

/** The normal of a planar face (the same at every point, so taken at the middle of its parameter range), null for other faces. */
function faceDir(f: R.Face): V3 | null {
  return f.geomType === 'PLANE' ? unit(take(f.normalAt())) : null;
}

function faceInfo(f: R.Face): { center: V3; dir: V3 | null; type: string } {
  return { center: faceCenter(f), dir: faceDir(f), type: f.geomType as string };
}

const FACE_PROBE: Probe<R.Face> = { center: faceCenter, dir: faceDir, type: (f) => f.geomType as string };

/** Centre of mass, direction (lines) and type of an edge; closed forms for lines and full circles. */
function edgeInfo(e: R.Edge): { center: V3; dir: V3 | null; type: string } {
  const type = e.geomType as string;
  if (type === 'LINE') {
    const a = take(e.startPoint);
    const b = take(e.endPoint);
    return { center: mul(add(a, b), 0.5), dir: unit(sub(b, a)), type };
  }
  if (type === 'CIRCLE' && e.isClosed) {
    return { center: mul(add(take(e.pointAt(0)), take(e.pointAt(0.5))), 0.5), dir: null, type };
  }
  // replicad's measureShapeLinearProperties, with the properties object deleted at once.
  return { center: centreOfMass((props) => R.getOC().BRepGProp.LinearProperties(e.wrapped, props, false, false)), dir: null, type };
}

const EDGE_PROBE: Probe<R.Edge> = { center: (e) => edgeInfo(e).center, dir: (e) => edgeInfo(e).dir, type: (e) => e.geomType as string };

function takePending(w: WorkplaneValue, line: number): Pending {
  const p = w.state.pending;
  if (!p || p.loops.length === 0) throw new CadError('runtime', 'nothing to extrude: draw rect/circle/polygon/polyline first', line);
  if (p.open) throw new CadError('runtime', 'an open polyline is pending: call close() first', line);
  return p;
}

function finish(w: WorkplaneValue, made: R.Shape3D, combine: Value, line: number): WorkplaneValue {
  const s = w.session;
  const solid =
    combine === false ? made : combine === 'cut' ? s.combine(w.needSolid('extrude(combine="cut")', line), made, 'cut', line) : s.combine(w.state.solid, made, 'fuse', line);
  return w.next({ solid, sel: { t: 'solid' }, pending: null });
}

function solidAtLocs(w: WorkplaneValue, loop: Loop, z0: number, h: number, combine: Value, line: number): WorkplaneValue {
  const loops = w.locs().map((l) => WorkplaneValue.place(loop, l));
  budgetOf(w).op('solid', line);
  // Separate solids per location, fused: overlapping copies behave as CadQuery's combine.
  const made = w.session.prism(loops, w.state.plane, z0, h, line);
  return finish(w, made, combine, line);
}

function bounds(shape: R.Shape3D): [number[], number[]] {
  const bb = shape.boundingBox;
  const b = bb.bounds;
  bb.delete();
  return b as [number[], number[]];
}

function throughLength(solid: R.Shape3D): number {
  const b = bounds(solid);
  return 2 * Math.hypot(b[1][0] - b[0][0], b[1][1] - b[0][1], b[1][2] - b[0][2]) + 10;
}

function bore(w: WorkplaneValue, d: number, depthV: Value, cbore: { d: number; depth: number } | null, line: number): WorkplaneValue {
  const solid = w.needSolid(cbore ? 'cboreHole' : 'hole', line);
  const depth = depthV === null ? throughLength(solid) : positive(depthV, 'depth', line, MAX_DIM);
  const locs = w.locs();
  budgetOf(w).op('hole', line);
  const loops = locs.map((l): Loop => ({ kind: 'circle', c: [l.x, l.y], r: d / 2 }));
  // Bored against the workplane normal, from the workplane down, as CadQuery's hole().
  let tool = w.session.prism(loops, w.state.plane, 0, -depth, line);
  if (cbore) {
    const cl = locs.map((l): Loop => ({ kind: 'circle', c: [l.x, l.y], r: cbore.d / 2 }));
    tool = w.session.combine(tool, w.session.prism(cl, w.state.plane, 0, -cbore.depth, line), 'fuse', line);
  }
  return w.next({ solid: w.session.combine(solid, tool, 'cut', line), sel: { t: 'solid' }, pending: null });
}

function edgeOp(w: WorkplaneValue, op: 'fillet' | 'chamfer', r: number, line: number): WorkplaneValue {
  const solid = w.needSolid(op, line);
  // Selected edges, or the edges of selected faces (CadQuery), or every edge of the solid.
  const sel = w.state.sel;
  const edges = sel.t === 'edges' ? sel.edges : sel.t === 'faces' ? sel.faces.flatMap((f) => subEdges(f).map((e) => w.session.keep(e))) : null;
  budgetOf(w).op(op, line);
  // Each edge once (edges of several selected faces repeat).
  const chosen = distinct(edges ?? subEdges(solid).map((e) => w.session.keep(e)));
  let out: R.Shape3D;
  try {
    out = w.session.keep(filletOrChamfer(op, solid, chosen, r));
  } catch (e) {
    throw new CadError('geometry', `${op} of ${r} failed (radius too large for the selected edges?): ${(e as Error).message}`, line);
  }
  return w.next({ solid: out, sel: { t: 'solid' }, pending: null });
}

function boolean(w: WorkplaneValue, mode: 'fuse' | 'cut' | 'intersect', args: Value[], kw: Record<string, Value>, line: number): WorkplaneValue {
  const a = bind(mode === 'fuse' ? 'union' : mode, [['toUnion', undefined], ['clean', true]], args, kw, line);
  const other = w.session.solidOf(a.toUnion);
  if (!other) throw new CadError('runtime', `${mode === 'fuse' ? 'union' : mode}() needs a Workplane with a solid, got ${typeName(a.toUnion)}`, line);
  const solid = w.needSolid(mode === 'fuse' ? 'union' : mode, line);
  return w.next({ solid: w.session.combine(solid, other, mode, line), sel: { t: 'solid' }, pending: null });
}

function openPath(w: WorkplaneValue, pts: [number, number][], line: number): WorkplaneValue {
  const p = w.state.pending;
  if (p?.open) throw new CadError('runtime', 'an open path is already pending: close() it first', line);
  if (p && !samePlane(p.plane, w.state.plane)) throw new CadError('runtime', 'pending sketches lie on different workplanes', line);
  return w.next({ pending: { plane: w.state.plane, loops: p?.loops ?? [], open: pts }, sel: { t: 'none' } });
}

function extendPath(w: WorkplaneValue, nextPt: (cur: [number, number]) => [number, number], line: number): WorkplaneValue {
  const p = w.state.pending;
  if (p?.open) {
    budgetOf(w).items(p.open.length + 1, line);
    const cur = p.open[p.open.length - 1];
    return w.next({ pending: { ...p, open: [...p.open, nextPt(cur)] } });
  }
  // A path starts at the last moveTo point, or at the workplane origin.
  const start: [number, number] = w.state.sel.t === 'pts' && w.state.sel.pts.length === 1 ? [w.state.sel.pts[0].x, w.state.sel.pts[0].y] : [0, 0];
  return openPath(w, [start, nextPt(start)], line);
}

