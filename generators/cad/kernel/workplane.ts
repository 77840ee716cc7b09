// CadQuery's Workplane over replicad (OpenCascade B-rep): the state one fluent call hands to the
// next, the stack of objects, locations, selection, tags and workplane changes. The 2D drawing
// methods live in wp2d.ts, the solid operations in wp3d.ts, the Sketch API in sketch.ts. Each
// method returns a new Workplane whose parent is the old one (end(), tags), as CadQuery's
// newObject does; every OpenCascade object created is registered in the run's Arena.
import * as R from 'replicad';
import { compoundOf } from './make.js';
import { bind } from './args.js';
import { add, compose, computeXDir, dot, faceWorkplane, len, mul, planeFrame, rotatePlane, sub, toLocal, toWorld, unit, type PlaneT, type V3 } from './geom.js';
import { CadError, errText } from './lang/ast.js';
import { fn, isHost, num, type Budget, type HostObject, type ModuleValue, type Value } from './lang/interp.js';
import { LocationValue, PlaneValue, ShapeValue, VectorValue, vec } from './objects.js';
import { loopPolygon, segEdge, segEnd, segStart, type Loc, type Loop, type P2, type Seg } from './profile.js';
import { selectBy } from './selectors.js';
import { faceNormal, geomType, kindOf, shapeCenter, transformShape as transformShapeBy } from './shapes.js';
import type { SketchValue } from './sketch.js';
import { distinct, subShapes, type Kind } from './topo.js';
import { METHODS_2D } from './wp2d.js';
import { METHODS_TEXT } from './text.js';
import { finishShapes, METHODS_3D } from './wp3d.js';
import { boolean as booleanSolid } from './occ.js';
import { METHODS_SKETCH } from './sketch.js';
import { METHODS_PRIMITIVES } from './primitives.js';
import { cqModule } from './cq.js';

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

/** A closed outline waiting to be extruded, on the plane it was drawn on. */
export interface PendingLoop {
  plane: PlaneT;
  loop: Loop;
}

/** Edges drawn with lineTo/arcs/splines and not yet closed; local to `plane`. */
export interface OpenPath {
  plane: PlaneT;
  segs: Seg[];
}

/** An object on the stack: a point/location (world), a 2D outline, a B-rep shape or a placed sketch. */
export type Item =
  | { t: 'pt'; p: V3; a: number }
  | { t: 'loop'; plane: PlaneT; loop: Loop }
  | { t: 'shape'; s: R.AnyShape }
  | { t: 'sketch'; sk: SketchValue; locs: Loc[]; plane: PlaneT };

export interface State {
  plane: PlaneT;
  /** The context solid (CadQuery's findSolid). */
  solid: R.Shape3D | null;
  stack: Item[];
  pending: PendingLoop[];
  open: OpenPath | null;
  parent: WorkplaneValue | null;
  /** Shared by the whole chain, as CadQuery's ctx.tags. */
  tags: Map<string, WorkplaneValue>;
}

export type Method = (this: WorkplaneValue, args: Value[], kw: Record<string, Value>, line: number) => Value;

const TOL = 1e-6;

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
    return cqModule(this);
  }

  workplane(plane: PlaneT, stack: Item[] = []): WorkplaneValue {
    return new WorkplaneValue({ plane, solid: null, stack, pending: [], open: null, parent: null, tags: new Map() }, this);
  }

  /** The solid a program's result holds: a Workplane's context solid or stack solids, or a shape value. */
  solidOf(v: Value): R.Shape3D | null {
    if (v instanceof ShapeValue) return R.isShape3D(v.shape) ? v.shape : null;
    if (!(v instanceof WorkplaneValue)) return null;
    if (v.state.solid) return v.state.solid;
    const solids = v.state.stack.flatMap((i) => (i.t === 'shape' && R.isShape3D(i.s) ? [i.s] : []));
    if (solids.length === 0) return null;
    return solids.length === 1 ? solids[0] : this.keep(compoundOf(solids) as R.Shape3D);
  }

  /** Boolean of two solids, charged as one operation. */
  combine(a: R.Shape3D | null, b: R.Shape3D, mode: 'fuse' | 'cut' | 'intersect', line: number): R.Shape3D {
    if (a === null) {
      if (mode === 'fuse') return b;
      throw new CadError('runtime', `${mode} needs an existing solid`, line);
    }
    this.budget.op(mode, line);
    try {
      return this.keep(booleanSolid(mode, a, b));
    } catch (e) {
      throw new CadError('geometry', `boolean ${mode} failed: ${errText(e)}`, line);
    }
  }
}


let methods: Record<string, Method> | null = null;

/** A Workplane value; attribute access returns bound methods. */
export class WorkplaneValue implements HostObject {
  readonly kind = 'obj' as const;
  readonly typeName = 'Workplane';

  constructor(
    readonly state: State,
    private readonly s: CadSession,
  ) {}

  getAttr(name: string): Value | undefined {
    methods ??= { ...CORE, ...METHODS_2D, ...METHODS_PRIMITIVES, ...METHODS_3D, ...METHODS_SKETCH, ...METHODS_TEXT };
    if (name === 'plane') return planeValue(this.state.plane);
    if (!Object.prototype.hasOwnProperty.call(methods, name)) return undefined;
    const m = methods[name];
    return fn(`Workplane.${name}`, (args, kw, line) => m.call(this, args, kw, line));
  }

  /** The next Workplane in the chain: this one becomes its parent. */
  next(patch: Partial<State>): WorkplaneValue {
    return new WorkplaneValue({ ...this.state, parent: this, ...patch }, this.s);
  }

  get session(): CadSession {
    return this.s;
  }

  get budget(): Budget {
    return this.s.budget;
  }

  keep<T>(v: T): T {
    return this.s.keep(v);
  }

  /** CadQuery's eachpoint locations: the stack's points and centres in local coordinates, or the origin. */
  locs(): Loc[] {
    const out: Loc[] = [];
    const p = this.state.plane;
    for (const i of this.state.stack) {
      if (i.t === 'pt') {
        const l = toLocal(p, i.p);
        out.push({ x: l[0], y: l[1], a: i.a, z: l[2] });
      } else if (i.t === 'loop') {
        const c = toLocal(p, toWorld(i.plane, [...loopCenter(i.loop), 0]));
        out.push({ x: c[0], y: c[1], a: 0, z: c[2] });
      } else if (i.t === 'shape') {
        const c = toLocal(p, shapeCenter(i.s));
        out.push({ x: c[0], y: c[1], a: 0, z: c[2] });
      }
    }
    return out.length ? out : [{ x: 0, y: 0, a: 0 }];
  }

  needSolid(what: string, line: number): R.Shape3D {
    if (!this.state.solid) throw new CadError('runtime', `${what}() needs a solid; build one first (box, extrude, revolve...)`, line);
    return this.state.solid;
  }

  /** Shapes on the stack, or the context solid when the stack holds none (CadQuery reads the stack). */
  stackShapes(): R.AnyShape[] {
    const shapes = this.state.stack.flatMap((i) => (i.t === 'shape' ? [i.s] : []));
    return shapes.length ? shapes : this.state.solid ? [this.state.solid] : [];
  }

  /** The current point for lineTo and arcs: end of the open path, a lone stack point, or the origin. */
  current(): P2 {
    const o = this.state.open;
    if (o && o.segs.length) return segEnd(o.segs[o.segs.length - 1]);
    const last = this.state.stack[this.state.stack.length - 1];
    if (last?.t === 'pt') {
      const l = toLocal(this.state.plane, last.p);
      return [l[0], l[1]];
    }
    return [0, 0];
  }
}

function planeValue(p: PlaneT): Value {
  return new PlaneValue(p);
}

/** Centre of a loop's outline (its points' mean, exact for the symmetric outlines CadQuery centres on). */
export function loopCenter(l: Loop): P2 {
  const p = loopPolygon(l);
  let [sx, sy, sl] = [0, 0, 0];
  for (let i = 0; i < p.length; i++) {
    const a = p[i];
    const b = p[(i + 1) % p.length];
    const d = Math.hypot(b[0] - a[0], b[1] - a[1]);
    sx += ((a[0] + b[0]) / 2) * d;
    sy += ((a[1] + b[1]) / 2) * d;
    sl += d;
  }
  return sl > 0 ? [sx / sl, sy / sl] : p[0];
}

export function samePlane(a: PlaneT, b: PlaneT): boolean {
  return len(sub(a.o, b.o)) < TOL && len(sub(a.x, b.x)) < TOL && len(sub(a.z, b.z)) < TOL;
}

/** The plane at a location: the workplane moved to (x, y, z) and turned by a about its normal. */
export function planeAt(p: PlaneT, l: Loc): PlaneT {
  const o = toWorld(p, [l.x, l.y, l.z ?? 0]);
  const x = toWorld({ ...p, o: [0, 0, 0] }, [Math.cos(l.a), Math.sin(l.a), 0]);
  return { o, x, z: p.z };
}

const KINDS: Record<string, Kind> = { faces: 'face', edges: 'edge', vertices: 'vertex', wires: 'wire', solids: 'solid', shells: 'shell' };

/** Vertices of 2D outlines on the stack (rect(..., forConstruction=True).vertices()). */
function outlineVertices(w: WorkplaneValue): Item[] | null {
  const loops = w.state.stack.filter((i): i is Extract<Item, { t: 'loop' }> => i.t === 'loop');
  if (loops.length === 0) return null;
  const out: Item[] = [];
  for (const l of loops) {
    for (const s of l.loop.segs) {
      const p = toWorld(l.plane, [...segStart(s), 0]);
      if (!out.some((o) => o.t === 'pt' && len(sub(o.p, p)) < TOL)) out.push({ t: 'pt', p, a: 0 });
    }
  }
  return out;
}

function selectShapes(w: WorkplaneValue, kind: string, args: Value[], kw: Record<string, Value>, line: number): WorkplaneValue {
  const a = bind(kind, [['selector', null], ['tag', null]], args, kw, line);
  if (kind === 'vertices' && a.tag === null) {
    const pts = outlineVertices(w);
    if (pts) {
      if (a.selector !== null) throw new CadError('unsupported', 'vertices(selector) of 2D outlines; select vertices of solids instead', line);
      return w.next({ stack: pts });
    }
  }
  let src = w;
  if (a.tag !== null) {
    const t = w.state.tags.get(String(a.tag));
    if (!t) throw new CadError('runtime', `no object tagged ${JSON.stringify(a.tag)}`, line);
    src = t;
  }
  const shapes = src.stackShapes();
  const pool = distinct(shapes.flatMap((s) => (kindOf(s) === kindName(KINDS[kind]) ? [s] : subShapes(s, KINDS[kind]).map((x) => w.keep(x)))));
  const chosen = selectBy(pool, a.selector, kind, line);
  if (chosen.length === 0) throw new CadError('geometry', `${kind}(${typeof a.selector === 'string' ? JSON.stringify(a.selector) : ''}) selected nothing`, line);
  return w.next({ stack: chosen.map((s) => ({ t: 'shape', s })) });
}

function kindName(k: Kind): string {
  return { face: 'Face', edge: 'Edge', vertex: 'Vertex', wire: 'Wire', solid: 'Solid', shell: 'Shell' }[k];
}

/** The plane CadQuery's workplane() puts on the selected objects (see Workplane.workplane). */
function newPlane(w: WorkplaneValue, centerOption: Value, origin: Value, line: number): PlaneT {
  const st = w.state;
  const objs = st.stack;
  let center: V3;
  let normal: V3;
  let xDir: V3;
  if (objs.length === 0) {
    return st.plane;
  }
  const faces = objs.filter((i) => i.t === 'shape' && kindOf(i.s) === 'Face').map((i) => (i as { s: R.Face }).s);
  if (objs.length > 1) {
    if (faces.length < objs.length || faces.some((f) => geomType(f) !== 'PLANE')) {
      throw new CadError('geometry', 'workplane() on several objects needs them all to be planar faces', line);
    }
    normal = unit(faceNormal(faces[0]));
    const c0 = shapeCenter(faces[0]);
    for (const f of faces.slice(1)) {
      if (Math.abs(dot(unit(faceNormal(f)), normal) - 1) > 1e-4 || Math.abs(dot(sub(shapeCenter(f), c0), normal)) > 1e-4) {
        throw new CadError('geometry', 'workplane() needs the selected faces to be coplanar', line);
      }
    }
    center = mul(faces.map(shapeCenter).reduce(add), 1 / faces.length);
    xDir = computeXDir(normal);
  } else {
    const it = objs[0];
    if (it.t === 'shape' && kindOf(it.s) === 'Face') {
      if (geomType(it.s) !== 'PLANE') throw new CadError('geometry', 'workplane() on a non-planar face', line);
      center = shapeCenter(it.s);
      normal = unit(faceNormal(it.s as R.Face));
      xDir = computeXDir(normal);
    } else {
      const [l] = w.locs();
      center = toWorld(st.plane, [l.x, l.y, l.z ?? 0]);
      normal = st.plane.z;
      xDir = st.plane.x;
    }
  }
  if (centerOption === 'ProjectedOrigin') {
    const o = origin === null ? st.plane.o : vec(origin, 'origin', line);
    return { ...faceWorkplane({ ...st.plane, o }, center, normal), x: xDir };
  }
  if (centerOption !== 'CenterOfMass' && centerOption !== 'CenterOfBoundBox') {
    throw new CadError('unsupported', `centerOption ${JSON.stringify(centerOption)}; use ProjectedOrigin, CenterOfMass or CenterOfBoundBox`, line);
  }
  return { o: center, x: xDir, z: normal };
}

const CORE: Record<string, Method> = {
  workplane(args, kw, line) {
    const a = bind('workplane', [['offset', 0], ['invert', false], ['centerOption', 'ProjectedOrigin'], ['origin', null]], args, kw, line);
    let plane = newPlane(this, a.centerOption, a.origin, line);
    if (a.invert === true) plane = { ...plane, z: mul(plane.z, -1) };
    const off = typeof a.offset === 'number' ? a.offset : 0;
    plane = { ...plane, o: add(plane.o, mul(plane.z, off)) };
    return this.next({ plane, stack: [] });
  },
  transformed(args, kw, line) {
    const a = bind('transformed', [['rotate', [0, 0, 0]], ['offset', [0, 0, 0]]], args, kw, line);
    const p = rotatePlane(this.state.plane, vec(a.rotate, 'rotate', line));
    const o = toWorld(this.state.plane, vec(a.offset, 'offset', line));
    return this.next({ plane: { ...p, o }, stack: [{ t: 'pt', p: o, a: 0 }] });
  },
  copyWorkplane(args, kw, line) {
    const a = bind('copyWorkplane', [['obj', undefined]], args, kw, line);
    if (!(a.obj instanceof WorkplaneValue)) throw new CadError('runtime', 'copyWorkplane() needs a Workplane', line);
    return this.next({ plane: a.obj.state.plane, stack: [] });
  },
  center(args, kw, line) {
    const a = bind('center', [['x', undefined], ['y', undefined]], args, kw, line);
    const o = toWorld(this.state.plane, [num(a.x, 'x', line), num(a.y, 'y', line), 0]);
    return this.next({ plane: { ...this.state.plane, o }, stack: [{ t: 'pt', p: o, a: 0 }] });
  },
  tag(args, kw, line) {
    const a = bind('tag', [['name', undefined]], args, kw, line);
    this.state.tags.set(String(a.name), this);
    return this;
  },
  workplaneFromTagged(args, kw, line) {
    const a = bind('workplaneFromTagged', [['name', undefined]], args, kw, line);
    const t = this.state.tags.get(String(a.name));
    if (!t) throw new CadError('runtime', `no object tagged ${JSON.stringify(a.name)}`, line);
    return this.next({ plane: t.state.plane, stack: [] });
  },
  end(args, kw, line) {
    const a = bind('end', [['n', 1]], args, kw, line);
    let w: WorkplaneValue = this;
    for (let i = 0; i < num(a.n, 'n', line); i++) {
      if (!w.state.parent) throw new CadError('runtime', 'end() went past the start of the chain', line);
      w = w.state.parent;
    }
    // The parent's objects, with the solid as it is now (CadQuery's end() keeps the context).
    return new WorkplaneValue({ ...w.state, solid: this.state.solid ?? w.state.solid, tags: this.state.tags }, this.session);
  },
  add(args, kw, line) {
    const a = bind('add', [['obj', undefined]], args, kw, line);
    const items: Item[] = [];
    const one = (v: Value) => {
      if (v instanceof WorkplaneValue) items.push(...(v.state.stack.length ? v.state.stack : v.state.solid ? [{ t: 'shape' as const, s: v.state.solid }] : []));
      else if (v instanceof ShapeValue) items.push({ t: 'shape', s: v.shape });
      else if (isHost(v) && v.typeName === 'Vector') items.push({ t: 'pt', p: vec(v, 'point', line), a: 0 });
      else throw new CadError('unsupported', `add() of ${isHost(v) ? v.typeName : typeof v}; add Workplanes, shapes or vectors`, line);
    };
    if (Array.isArray(a.obj)) a.obj.forEach(one);
    else one(a.obj);
    const solids = items.flatMap((i) => (i.t === 'shape' && R.isShape3D(i.s) ? [i.s] : []));
    const pending = [...this.state.pending];
    for (const v of Array.isArray(a.obj) ? a.obj : [a.obj]) if (v instanceof WorkplaneValue) pending.push(...v.state.pending);
    return this.next({ stack: [...this.state.stack, ...items], solid: this.state.solid ?? (solids.length === 1 ? solids[0] : this.state.solid), pending });
  },
  val(args, kw, line) {
    bind('val', [], args, kw, line);
    const shapes = this.stackShapes();
    if (shapes.length) return new ShapeValue(shapes[0], this.session);
    // A path being drawn: CadQuery's stack holds the edge drawn last (`path.val().Length()`).
    const o = this.state.open;
    if (o?.segs.length) return new ShapeValue(segEdge(o.segs[o.segs.length - 1], o.plane, 0, (x) => this.keep(x)), this.session);
    const pt = this.state.stack.find((i) => i.t === 'pt');
    return newVectorAt(pt && pt.t === 'pt' ? pt.p : this.state.plane.o);
  },
  vals(args, kw, line) {
    bind('vals', [], args, kw, line);
    return this.stackShapes().map((s) => new ShapeValue(s, this.session));
  },
  size(args, kw, line) {
    bind('size', [], args, kw, line);
    return this.state.stack.length;
  },
  findSolid(args, kw, line) {
    bind('findSolid', [['searchStack', true], ['searchParents', true]], args, kw, line);
    return new ShapeValue(this.needSolid('findSolid', line), this.session);
  },
  clean(args, kw, line) {
    bind('clean', [], args, kw, line);
    return this;
  },
  each(args, kw, line) {
    return eachCall(this, 'each', args, kw, line);
  },
  eachpoint(args, kw, line) {
    return eachCall(this, 'eachpoint', args, kw, line);
  },
  faces(args, kw, line) {
    return selectShapes(this, 'faces', args, kw, line);
  },
  edges(args, kw, line) {
    return selectShapes(this, 'edges', args, kw, line);
  },
  vertices(args, kw, line) {
    return selectShapes(this, 'vertices', args, kw, line);
  },
  wires(args, kw, line) {
    return selectShapes(this, 'wires', args, kw, line);
  },
  solids(args, kw, line) {
    return selectShapes(this, 'solids', args, kw, line);
  },
  shells(args, kw, line) {
    return selectShapes(this, 'shells', args, kw, line);
  },
  __getitem__(args, _kw, line) {
    const i = num(args[0], 'index', line);
    const it = this.state.stack[i < 0 ? this.state.stack.length + i : i];
    if (!it) throw new CadError('runtime', `stack index ${i} out of range`, line);
    return this.next({ stack: [it] });
  },
};


function newVectorAt(p: V3): Value {
  return new VectorValue(p);
}

/**
 * each(f) / eachpoint(f): f gets each stack object (each) or each location as a cq.Location
 * (eachpoint, in global coordinates unless useLocalCoordinates); the shapes it returns are
 * combined with the context solid as CadQuery's _combineWithBase does.
 */
function eachCall(w: WorkplaneValue, name: 'each' | 'eachpoint', args: Value[], kw: Record<string, Value>, line: number): WorkplaneValue {
  const a = bind(name, [['callback', undefined], ['useLocalCoordinates', false], ['combine', name === 'each'], ['clean', true]], args, kw, line);
  const f = a.callback;
  if (!(typeof f === 'object' && f !== null && !Array.isArray(f) && f.kind === 'fn')) throw new CadError('runtime', `${name}() needs a function`, line);
  const local = a.useLocalCoordinates === true;
  const inputs: Value[] =
    name === 'each'
      ? w.state.stack.map((i) => (i.t === 'shape' ? new ShapeValue(i.s, w.session) : i.t === 'pt' ? new VectorValue(i.p) : null)).filter((v): v is ShapeValue | VectorValue => v !== null)
      : w.locs().map((l) => {
          const lf = planeFrame(planeAt({ o: [0, 0, 0], x: [1, 0, 0], z: [0, 0, 1] }, l));
          return new LocationValue(local ? lf : compose(planeFrame(w.state.plane), lf));
        });
  const shapes: R.AnyShape[] = [];
  for (const v of inputs) {
    const r = f.call([v], {}, line);
    let s: R.AnyShape | null = r instanceof ShapeValue ? r.shape : r instanceof WorkplaneValue ? w.session.solidOf(r) : null;
    if (!s) throw new CadError('runtime', `the ${name}() function must return a shape (e.g. cq.Solid.makeBox(...).moved(loc))`, line);
    if (local) s = w.keep(transformShapeBy(s, planeFrame(w.state.plane)));
    shapes.push(s);
  }
  return finishShapes(w, shapes, a.combine, line);
}

