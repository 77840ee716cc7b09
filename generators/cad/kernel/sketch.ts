// CadQuery's Sketch API (cadquery/sketch.py): faces built at the selected locations and combined
// by mode ('a' fuse, 's' cut, 'i' intersect, 'c' construction, 'r' replace), edge-by-edge
// outlines (segment, arc, spline, close, assemble), location makers (push, rarray, parray,
// distribute), selectors with fillet/chamfer of vertices, and placement on a Workplane
// (Workplane.sketch() ... finalize(), placeSketch). A Sketch is mutable, as in CadQuery; its
// faces live in the sketch's own XY plane and are moved onto the workplane when consumed.
import * as R from 'replicad';
import { compoundOf, prismOf } from './make.js';
import { bind, int, MAX_POINTS, positive } from './args.js';
import { planeFrame, type PlaneT, type V3 } from './geom.js';
import { CadError, errText } from './lang/ast.js';
import { fn, num, type HostObject, type Value } from './lang/interp.js';
import { filletOrChamfer } from './occ.js';
import { frameOf, LocationValue, opShape, ShapeValue, vec } from './objects.js';
import { circumcentre, loopFaces, placeLoop, segEdge, segEnd, segStart, type Loc, type Loop, type P2, type Seg } from './profile.js';
import { selectBy } from './selectors.js';
import { edgeEnds, geomType, kindOf, shapeCenter, take, transformShape } from './shapes.js';
import { distinct, subFaces, subShapes } from './topo.js';
import { polyLoop } from './wp2d.js';
import { planeAt, WorkplaneValue, type Method } from './workplane.js';

const XY: PlaneT = { o: [0, 0, 0], x: [1, 0, 0], z: [0, 0, 1] };
const MODES = new Set(['a', 's', 'i', 'c', 'r']);

type Sel = { t: 'loc'; loc: Loc } | { t: 'shape'; s: R.AnyShape };
interface SketchEdge {
  seg: Seg;
  construction: boolean;
}

export class SketchValue implements HostObject {
  readonly kind = 'obj' as const;
  readonly typeName = 'Sketch';
  faces: R.Face[] = [];
  edges: SketchEdge[] = [];
  selection: Sel[] | null = null;
  readonly tags = new Map<string, Sel[]>();

  constructor(
    readonly w: { keep<T>(v: T): T; budget: WorkplaneValue['budget'] },
    readonly parent: WorkplaneValue | null,
  ) {}

  getAttr(name: string): Value | undefined {
    if (!Object.prototype.hasOwnProperty.call(SKETCH_METHODS, name)) return undefined;
    const m = SKETCH_METHODS[name];
    return fn(`Sketch.${name}`, (args, kw, line) => m.call(this, args, kw, line));
  }

  keep<T>(v: T): T {
    return this.w.keep(v);
  }

  /** The sketch's faces moved onto `plane` at each location. */
  placedFaces(plane: PlaneT, locs: Loc[]): R.Face[] {
    return locs.flatMap((l) => {
      const f = planeFrame(planeAt(plane, l));
      return this.faces.map((x) => this.keep(transformShape(x, f)));
    });
  }

  /** Where new faces go: the selected locations, centres of selected shapes, or the origin. */
  locations(): Loc[] {
    if (!this.selection?.length) return [{ x: 0, y: 0, a: 0 }];
    return this.selection.map((s) => {
      if (s.t === 'loc') return s.loc;
      const c = shapeCenter(s.s);
      return { x: c[0], y: c[1], a: 0 };
    });
  }

  /** Adds faces by mode: fuse, cut, intersect, construction (tag only) or replace. */
  combine(made: R.Face[], mode: Value, tag: Value, line: number): SketchValue {
    if (typeof mode !== 'string' || !MODES.has(mode)) throw new CadError('runtime', `sketch mode must be 'a', 's', 'i', 'c' or 'r', got ${JSON.stringify(mode)}`, line);
    if (tag !== null) this.tags.set(String(tag), made.map((s) => ({ t: 'shape', s })));
    if (mode === 'c') {
      if (tag === null) throw new CadError('runtime', "mode='c' needs a tag, or the construction geometry is unreachable", line);
      return this;
    }
    if (mode === 'r' || (this.faces.length === 0 && mode === 'a' && made.length === 1)) {
      this.faces = made;
      return this;
    }
    if (this.faces.length === 0 && mode !== 'a') throw new CadError('runtime', `mode='${mode}' needs faces to ${mode === 's' ? 'subtract from' : 'intersect with'}`, line);
    const base = this.faces.length ? this.compound(this.faces) : made[0];
    const rest = this.faces.length ? made : made.slice(1);
    const tool = this.compound(rest);
    const op = mode === 'a' ? 'fuse' : mode === 's' ? 'cut' : 'intersect';
    const out = opShape(this.w, op, base, tool, line);
    this.faces = subFaces(out).map((f) => this.keep(f));
    return this;
  }

  compound(faces: R.Face[]): R.AnyShape {
    return faces.length === 1 ? faces[0] : this.keep(compoundOf(faces));
  }

  /** Builds `loop` (local to each location) and adds it by mode. */
  shape(loop: Loop, angle: Value, mode: Value, tag: Value, line: number): SketchValue {
    const rot = (num(angle ?? 0, 'angle', line) * Math.PI) / 180;
    const local = rot ? placeLoop(loop, { x: 0, y: 0, a: rot }) : loop;
    const made = this.locations().flatMap((l) => loopFaces([placeLoop(local, l)], XY, 0, (v) => this.keep(v), line));
    this.w.budget.op('sketch face', line);
    return this.combine(made, mode, tag, line);
  }

  endPoint(line: number): P2 {
    if (!this.edges.length) throw new CadError('runtime', 'no free edges: start with segment(p1, p2) or arc(p1, p2, p3)', line);
    return segEnd(this.edges[this.edges.length - 1].seg);
  }

  addEdge(seg: Seg, tag: Value, construction: Value, line: number): SketchValue {
    if (this.edges.length >= MAX_POINTS) throw new CadError('limit', `a sketch of more than ${MAX_POINTS} edges`, line);
    this.edges.push({ seg, construction: construction === true });
    if (tag !== null && tag !== undefined) this.tags.set(String(tag), [{ t: 'shape', s: this.keep(edgeShape(seg, this)) }]);
    return this;
  }

  /** Selectable shapes: the tagged ones, the current selection's, or all faces and edges. */
  select(kind: 'face' | 'edge' | 'vertex' | 'wire', selector: Value, tag: Value, line: number): SketchValue {
    let src: R.AnyShape[];
    if (tag !== null) {
      const t = this.tags.get(String(tag));
      if (!t) throw new CadError('runtime', `no sketch object tagged ${JSON.stringify(tag)}`, line);
      src = t.flatMap((s) => (s.t === 'shape' ? [s.s] : []));
    } else if (this.selection?.some((s) => s.t === 'shape')) src = this.selection.flatMap((s) => (s.t === 'shape' ? [s.s] : []));
    else src = [...this.faces, ...this.edges.map((e) => this.keep(edgeShape(e.seg, this)))];
    const kindName = { face: 'Face', edge: 'Edge', vertex: 'Vertex', wire: 'Wire' }[kind];
    let pool: R.AnyShape[] = distinct(src.flatMap((s) => (kindOf(s) === kindName ? [s] : subShapes(s, kind).map((x) => this.keep(x)))));
    pool = selectBy(pool, selector, kind, line);
    this.selection = pool.map((s) => ({ t: 'shape', s }));
    return this;
  }

  /** 2D fillet/chamfer at selected vertices: the face is extruded, its vertical edges at those vertices rounded, the base kept. */
  corners(op: 'fillet' | 'chamfer', d: number, line: number): SketchValue {
    const verts = (this.selection ?? []).flatMap((s) => (s.t === 'shape' && kindOf(s.s) === 'Vertex' ? [shapeCenter(s.s)] : []));
    if (verts.length === 0) throw new CadError('runtime', `${op}() needs selected vertices, e.g. .vertices() or .vertices(">X")`, line);
    this.w.budget.op(`sketch ${op}`, line);
    this.faces = this.faces.map((f) => {
      const mine = subShapes(f, 'vertex').map((v) => this.keep(v)).filter((v) => verts.some((p) => Math.hypot(p[0] - shapeCenter(v)[0], p[1] - shapeCenter(v)[1]) < 1e-6));
      if (mine.length === 0) return f;
      try {
        const solid = this.keep(prismOf(f, [0, 0, 1]));
        const edges = (subShapes(solid, 'edge') as R.Edge[]).map((e) => this.keep(e)).filter((e) => {
          if (geomType(e) !== 'LINE') return false;
          const [a, b] = edgeEnds(e);
          return Math.abs(Math.abs(b[2] - a[2]) - 1) < 1e-9 && mine.some((v) => Math.hypot(shapeCenter(v)[0] - a[0], shapeCenter(v)[1] - a[1]) < 1e-6);
        });
        const rounded = this.keep(filletOrChamfer(op, solid, edges, d));
        const base = subFaces(rounded).find((g) => {
          const c = shapeCenter(g);
          return geomType(g) === 'PLANE' && Math.abs(c[2]) < 1e-9;
        });
        if (!base) throw new Error('no base face');
        return this.keep(base);
      } catch (e) {
        throw new CadError('geometry', `sketch ${op}(${d}) failed (too large for the corner?): ${errText(e)}`, line);
      }
    });
    return this;
  }
}

/** One sketch edge as a B-rep edge in the sketch plane. */
function edgeShape(seg: Seg, s: SketchValue): R.Edge {
  return segEdge(seg, XY, 0, (v) => s.keep(v));
}

function pt(v: Value, what: string, line: number): P2 {
  const p = vec(v, what, line, 2);
  return [p[0], p[1]];
}

function isPoint(v: Value): boolean {
  return (Array.isArray(v) && (v.length === 2 || v.length === 3) && v.every((x) => typeof x === 'number')) || (typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'obj' && v.typeName === 'Vector');
}

/** A location given to push(): a point or a cq.Location (its turn about z kept). */
function locOf(v: Value, line: number): Loc {
  if (v instanceof LocationValue) return { x: v.f.t[0], y: v.f.t[1], a: Math.atan2(v.f.r[1][0], v.f.r[0][0]) };
  const p = pt(v, 'location', line);
  return { x: p[0], y: p[1], a: 0 };
}

/** Splits sketch edges into closed loops, each ending where it started. */
function chainLoops(edges: Seg[], line: number): Loop[] {
  const loops: Loop[] = [];
  let cur: Seg[] = [];
  for (const e of edges) {
    if (cur.length && Math.hypot(segStart(e)[0] - segEnd(cur[cur.length - 1])[0], segStart(e)[1] - segEnd(cur[cur.length - 1])[1]) > 1e-6) {
      throw new CadError('geometry', 'assemble(): the edges do not join into closed outlines', line);
    }
    cur.push(e);
    const s = segStart(cur[0]);
    const t = segEnd(e);
    if (e.k === 'circle' || Math.hypot(s[0] - t[0], s[1] - t[1]) < 1e-6) {
      loops.push({ segs: cur });
      cur = [];
    }
  }
  if (cur.length) throw new CadError('geometry', 'assemble(): the outline is not closed (end it with close())', line);
  if (!loops.length) throw new CadError('runtime', 'assemble() needs edges (segment, arc, spline)', line);
  return loops;
}

const SHAPE_SPEC = (extra: [string, Value | undefined][]): [string, Value | undefined][] => [...extra, ['angle', 0], ['mode', 'a'], ['tag', null]];

const SKETCH_METHODS: Record<string, (this: SketchValue, args: Value[], kw: Record<string, Value>, line: number) => Value> = {
  rect(args, kw, line) {
    const a = bind('rect', SHAPE_SPEC([['w', undefined], ['h', undefined]]), args, kw, line);
    const [w, h] = [positive(a.w, 'w', line), positive(a.h, 'h', line)];
    return this.shape(polyLoop([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]]), a.angle, a.mode, a.tag, line);
  },
  circle(args, kw, line) {
    const a = bind('circle', [['r', undefined], ['mode', 'a'], ['tag', null]], args, kw, line);
    return this.shape({ segs: [{ k: 'circle', c: [0, 0], r: positive(a.r, 'r', line), rot: 0 }] }, 0, a.mode, a.tag, line);
  },
  ellipse(args, kw, line) {
    const a = bind('ellipse', SHAPE_SPEC([['a1', undefined], ['a2', undefined]]), args, kw, line);
    return this.shape({ segs: [{ k: 'ellipse', c: [0, 0], rx: positive(a.a1, 'a1', line), ry: positive(a.a2, 'a2', line), rot: 0, a1: 0, a2: 2 * Math.PI, ccw: true }] }, a.angle, a.mode, a.tag, line);
  },
  trapezoid(args, kw, line) {
    const a = bind('trapezoid', [['w', undefined], ['h', undefined], ['a1', undefined], ['a2', null], ['angle', 0], ['mode', 'a'], ['tag', null]], args, kw, line);
    const [w, h] = [positive(a.w, 'w', line), positive(a.h, 'h', line)];
    const t1 = (num(a.a1, 'a1', line) * Math.PI) / 180;
    const t2 = a.a2 === null ? t1 : (num(a.a2, 'a2', line) * Math.PI) / 180;
    const top = w - h / Math.tan(t1) - h / Math.tan(t2);
    if (!(top > 1e-9) && !(top < -1e-9)) throw new CadError('geometry', 'trapezoid() collapses to a triangle', line);
    return this.shape(polyLoop([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2 - h / Math.tan(t2), h / 2], [-w / 2 + h / Math.tan(t1), h / 2]]), a.angle, a.mode, a.tag, line);
  },
  slot(args, kw, line) {
    const a = bind('slot', SHAPE_SPEC([['w', undefined], ['h', undefined]]), args, kw, line);
    const [w, h] = [positive(a.w, 'w', line), positive(a.h, 'h', line)];
    const r = h / 2;
    const loop: Loop = {
      segs: [
        { k: 'line', a: [-w / 2, r], b: [w / 2, r] },
        { k: 'arc', a: [w / 2, r], m: [w / 2 + r, 0], b: [w / 2, -r] },
        { k: 'line', a: [w / 2, -r], b: [-w / 2, -r] },
        { k: 'arc', a: [-w / 2, -r], m: [-w / 2 - r, 0], b: [-w / 2, r] },
      ],
    };
    return this.shape(loop, a.angle, a.mode, a.tag, line);
  },
  regularPolygon(args, kw, line) {
    const a = bind('regularPolygon', SHAPE_SPEC([['r', undefined], ['n', undefined]]), args, kw, line);
    const r = positive(a.r, 'r', line);
    const n = int(a.n, 'n', line, 3, 64);
    // First vertex on +y, as CadQuery's Sketch (the Workplane polygon starts on +x).
    return this.shape(polyLoop(Array.from({ length: n }, (_, i) => [r * Math.sin((2 * Math.PI * i) / n), r * Math.cos((2 * Math.PI * i) / n)] as P2)), a.angle, a.mode, a.tag, line);
  },
  polygon(args, kw, line) {
    const a = bind('polygon', SHAPE_SPEC([['pts', undefined]]), args, kw, line);
    if (!Array.isArray(a.pts) || a.pts.length > MAX_POINTS) throw new CadError('runtime', `polygon() needs a list of at most ${MAX_POINTS} points`, line);
    const pts = a.pts.map((p) => pt(p, 'polygon point', line));
    if (pts.length > 1 && Math.hypot(pts[0][0] - pts[pts.length - 1][0], pts[0][1] - pts[pts.length - 1][1]) < 1e-9) pts.pop();
    if (pts.length < 3) throw new CadError('geometry', 'polygon() needs at least 3 distinct points', line);
    return this.shape(polyLoop(pts), a.angle, a.mode, a.tag, line);
  },
  face(args, kw, line) {
    const a = bind('face', [['b', undefined], ['angle', 0], ['mode', 'a'], ['tag', null], ['ignore_selection', false]], args, kw, line);
    let faces: R.Face[];
    if (a.b instanceof SketchValue) faces = a.b.faces;
    else if (a.b instanceof ShapeValue) faces = kindOf(a.b.shape) === 'Wire' ? [this.keep(R.makeFace(a.b.shape as R.Wire))] : (subShapes(a.b.shape, 'face') as R.Face[]).map((f) => this.keep(f));
    else throw new CadError('unsupported', 'Sketch.face() of this value; give a Sketch, a Face or a Wire', line);
    const rot = num(a.angle, 'angle', line);
    const locs = a.ignore_selection === true ? [{ x: 0, y: 0, a: 0 }] : this.locations();
    const made = locs.flatMap((l) => faces.map((f) => this.keep(transformShape(f, planeFrame(planeAt(XY, { ...l, a: l.a + (rot * Math.PI) / 180 }))))));
    return this.combine(made, a.mode, a.tag, line);
  },
  push(args, kw, line) {
    const a = bind('push', [['locs', undefined], ['tag', null]], args, kw, line);
    if (!Array.isArray(a.locs)) throw new CadError('runtime', 'push() needs a list of points or Locations', line);
    this.w.budget.items(a.locs.length, line);
    this.selection = a.locs.map((l) => ({ t: 'loc', loc: locOf(l, line) }));
    if (a.tag !== null) this.tags.set(String(a.tag), [...this.selection]);
    return this;
  },
  rarray(args, kw, line) {
    const a = bind('rarray', [['xs', undefined], ['ys', undefined], ['nx', undefined], ['ny', undefined]], args, kw, line);
    const [xs, ys] = [num(a.xs, 'xs', line), num(a.ys, 'ys', line)];
    const nx = int(a.nx, 'nx', line, 1, 10_000);
    const ny = int(a.ny, 'ny', line, 1, 10_000);
    const base = this.locations();
    this.w.budget.items(nx * ny * base.length, line);
    const out: Sel[] = [];
    for (let i = 0; i < nx; i++) {
      for (let j = 0; j < ny; j++) {
        const [dx, dy] = [i * xs - ((nx - 1) * xs) / 2, j * ys - ((ny - 1) * ys) / 2];
        for (const b of base) out.push({ t: 'loc', loc: { x: dx + b.x, y: dy + b.y, a: b.a } });
      }
    }
    this.selection = out;
    return this;
  },
  parray(args, kw, line) {
    const a = bind('parray', [['r', undefined], ['a1', undefined], ['da', undefined], ['n', undefined], ['rotate', true]], args, kw, line);
    const r = num(a.r, 'r', line);
    const a1 = num(a.a1, 'a1', line);
    const da = num(a.da, 'da', line);
    const n = int(a.n, 'n', line, 1, 10_000);
    const rem = da - 360 * Math.round(da / 360);
    const step = Math.abs(rem) < 1e-6 ? da / n : n > 1 ? da / (n - 1) : a1;
    const base = this.locations();
    this.w.budget.items(n * base.length, line);
    const out: Sel[] = [];
    for (let i = 0; i < n; i++) {
      const phi = ((a1 + step * i) * Math.PI) / 180;
      // CadQuery's l * el * rotation: the selected location shifted to the circle point, then turned.
      for (const b of base) out.push({ t: 'loc', loc: { x: r * Math.cos(phi) + b.x, y: r * Math.sin(phi) + b.y, a: b.a + (a.rotate === false ? 0 : phi) } });
    }
    this.selection = out;
    return this;
  },
  distribute(args, kw, line) {
    const a = bind('distribute', [['n', undefined], ['start', 0], ['stop', 1], ['rotate', true]], args, kw, line);
    const n = int(a.n, 'n', line, 1, 10_000);
    const [t0, t1] = [num(a.start, 'start', line), num(a.stop, 'stop', line)];
    const edges = (this.selection ?? []).flatMap((s) => (s.t === 'shape' && (kindOf(s.s) === 'Edge' || kindOf(s.s) === 'Wire') ? [s.s] : []));
    if (!edges.length) throw new CadError('runtime', 'distribute() needs selected edges or wires', line);
    this.w.budget.items(n * edges.length, line);
    const out: Sel[] = [];
    for (const e of edges) {
      const closed = (e as R.Edge).isClosed && Math.abs(Math.abs(t1 - t0) - 1) < 1e-9;
      const ts = Array.from({ length: n }, (_, i) => (closed ? t0 + (i * (t1 - t0)) / n : n > 1 ? t0 + (i * (t1 - t0)) / (n - 1) : t0));
      const edge = kindOf(e) === 'Edge' ? (e as R.Edge) : this.keep(R.assembleWire(subShapes(e, 'edge') as R.Edge[]) as unknown as R.Edge);
      for (const t of ts) {
        const p = take(edge.pointAt(t)) as V3;
        const d = take(edge.tangentAt(t)) as V3;
        out.push({ t: 'loc', loc: { x: p[0], y: p[1], a: a.rotate === false ? 0 : Math.atan2(d[1], d[0]) } });
      }
    }
    this.selection = out;
    return this;
  },
  reset(args, kw, line) {
    bind('reset', [], args, kw, line);
    this.selection = null;
    return this;
  },
  tag(args, kw, line) {
    const a = bind('tag', [['tag', undefined]], args, kw, line);
    if (!this.selection?.length) throw new CadError('runtime', 'tag() needs a selection', line);
    this.tags.set(String(a.tag), [...this.selection]);
    return this;
  },
  select(args, _kw, line) {
    this.selection = args.flatMap((t) => {
      const s = this.tags.get(String(t));
      if (!s) throw new CadError('runtime', `no sketch object tagged ${JSON.stringify(t)}`, line);
      return s;
    });
    return this;
  },
  faces(args, kw, line) {
    const a = bind('faces', [['s', null], ['tag', null]], args, kw, line);
    return this.select('face', a.s, a.tag, line);
  },
  edges(args, kw, line) {
    const a = bind('edges', [['s', null], ['tag', null]], args, kw, line);
    return this.select('edge', a.s, a.tag, line);
  },
  vertices(args, kw, line) {
    const a = bind('vertices', [['s', null], ['tag', null]], args, kw, line);
    return this.select('vertex', a.s, a.tag, line);
  },
  wires(args, kw, line) {
    const a = bind('wires', [['s', null], ['tag', null]], args, kw, line);
    return this.select('wire', a.s, a.tag, line);
  },
  fillet(args, kw, line) {
    const a = bind('fillet', [['d', undefined]], args, kw, line);
    return this.corners('fillet', positive(a.d, 'd', line), line);
  },
  chamfer(args, kw, line) {
    const a = bind('chamfer', [['d', undefined]], args, kw, line);
    return this.corners('chamfer', positive(a.d, 'd', line), line);
  },
  clean(args, kw, line) {
    bind('clean', [], args, kw, line);
    return this;
  },
  delete(args, kw, line) {
    bind('delete', [], args, kw, line);
    const drop = new Set((this.selection ?? []).flatMap((s) => (s.t === 'shape' ? [s.s] : [])));
    this.faces = this.faces.filter((f) => ![...drop].some((d) => d.isSame(f)));
    this.selection = null;
    return this;
  },
  segment(args, kw, line) {
    const a = bind('segment', [['p1', undefined], ['p2', null], ['tag', null], ['forConstruction', false]], args, kw, line);
    // CadQuery's overloads: (p1, p2), (p2) from the last end, (length, angle) from the last end.
    if (typeof a.p1 === 'number') {
      const [l, t] = [a.p1, (num(a.p2, 'angle', line) * Math.PI) / 180];
      const s = this.endPoint(line);
      return this.addEdge({ k: 'line', a: s, b: [s[0] + l * Math.cos(t), s[1] + l * Math.sin(t)] }, a.tag, a.forConstruction, line);
    }
    if (a.p2 === null || typeof a.p2 === 'string') {
      return this.addEdge({ k: 'line', a: this.endPoint(line), b: pt(a.p1, 'point', line) }, a.p2 ?? a.tag, a.forConstruction, line);
    }
    return this.addEdge({ k: 'line', a: pt(a.p1, 'p1', line), b: pt(a.p2, 'p2', line) }, a.tag, a.forConstruction, line);
  },
  arc(args, kw, line) {
    // (p1, p2, p3), (p2, p3) from the last end, or (centre, radius, start angle, sweep angle).
    const tag = kw.tag ?? null;
    const fc = kw.forConstruction ?? false;
    const pos = args.filter((x) => typeof x !== 'string');
    if (args.some((x) => typeof x === 'string')) throw new CadError('unsupported', 'arc(): give the tag by keyword', line);
    if (pos.length >= 3 && isPoint(pos[0]) && typeof pos[1] === 'number') {
      const c = pt(pos[0], 'centre', line);
      const r = positive(pos[1], 'radius', line);
      const [t0, dt] = [num(pos[2], 'angle', line), num(pos[3] ?? 0, 'sweep angle', line)];
      if (Math.abs(dt) >= 360) return this.addEdge({ k: 'circle', c, r, rot: (t0 * Math.PI) / 180 }, tag, fc, line);
      const at = (d: number): P2 => [c[0] + r * Math.cos((d * Math.PI) / 180), c[1] + r * Math.sin((d * Math.PI) / 180)];
      return this.addEdge({ k: 'arc', a: at(t0), m: at(t0 + dt / 2), b: at(t0 + dt) }, tag, fc, line);
    }
    const pts = pos.map((p) => pt(p, 'arc point', line));
    if (pts.length === 2) pts.unshift(this.endPoint(line));
    if (pts.length !== 3) throw new CadError('runtime', 'arc() takes 3 points, 2 points (from the last end), or centre, radius, angle, sweep', line);
    if (!circumcentre(pts[0], pts[1], pts[2])) throw new CadError('geometry', 'arc(): the three points are collinear', line);
    return this.addEdge({ k: 'arc', a: pts[0], m: pts[1], b: pts[2] }, tag, fc, line);
  },
  spline(args, kw, line) {
    const a = bind('spline', [['pts', undefined], ['tangents', null], ['periodic', false], ['tag', null], ['forConstruction', false]], args, kw, line);
    if (!Array.isArray(a.pts) || a.pts.length < 2 || a.pts.length > MAX_POINTS) throw new CadError('runtime', `spline() needs 2 to ${MAX_POINTS} points`, line);
    const pts = a.pts.map((p) => pt(p, 'spline point', line));
    const tan = a.tangents === null ? null : (a.tangents as Value[]).map((t) => pt(t, 'tangent', line));
    return this.addEdge({ k: 'spline', pts, tan, periodic: a.periodic === true }, a.tag, a.forConstruction, line);
  },
  close(args, kw, line) {
    const a = bind('close', [['tag', null]], args, kw, line);
    const start = segStart(this.edges[0]?.seg ?? { k: 'line', a: [0, 0], b: [0, 0] });
    const end = this.endPoint(line);
    if (Math.hypot(start[0] - end[0], start[1] - end[1]) < 1e-9) return this;
    return this.addEdge({ k: 'line', a: end, b: start }, a.tag, false, line);
  },
  assemble(args, kw, line) {
    const a = bind('assemble', [['mode', 'a'], ['tag', null]], args, kw, line);
    const loops = chainLoops(
      this.edges.filter((e) => !e.construction).map((e) => e.seg),
      line,
    );
    const made = this.locations().flatMap((l) => loopFaces(loops.map((lp) => placeLoop(lp, l)), XY, 0, (v) => this.keep(v), line));
    this.w.budget.op('sketch assemble', line);
    return this.combine(made, a.mode, a.tag, line);
  },
  finalize(args, kw, line) {
    bind('finalize', [], args, kw, line);
    if (!this.parent) throw new CadError('runtime', 'finalize() of a sketch made with cq.Sketch(): place it with Workplane.placeSketch(sketch)', line);
    return this.parent.next({ stack: [{ t: 'sketch', sk: this, locs: this.parent.locs(), plane: this.parent.state.plane }] });
  },
  moved(args, kw, line) {
    const f = args.length > 1 || Object.keys(kw).length ? (args[0] instanceof LocationValue ? args[0].f : frameOf(args, line)) : frameOf(args[0], line);
    const out = new SketchValue(this.w, this.parent);
    out.faces = this.faces.map((x) => this.keep(transformShape(x, f)));
    return out;
  },
  located(args, _kw, line) {
    const out = new SketchValue(this.w, this.parent);
    out.faces = this.faces.map((x) => this.keep(transformShape(x, frameOf(args[0], line))));
    return out;
  },
  copy() {
    const out = new SketchValue(this.w, this.parent);
    out.faces = [...this.faces];
    return out;
  },
  val() {
    return new ShapeValue(this.compound(this.faces), this.w as never);
  },
  constrain(_a, _k, line) {
    throw new CadError('unsupported', 'sketch constraints (constrain/solve) are left out: they need a numerical solver', line);
  },
  hull(_a, _k, line) {
    throw new CadError('unsupported', 'Sketch.hull() is left out', line);
  },
  importDXF(_a, _k, line) {
    throw new CadError('unsupported', 'importDXF(): programs cannot read files', line);
  },
};

export const METHODS_SKETCH: Record<string, Method> = {
  sketch(args, kw, line) {
    bind('sketch', [], args, kw, line);
    return new SketchValue(this.session, this);
  },
  placeSketch(args, _kw, line) {
    const sks = args.filter((s): s is SketchValue => s instanceof SketchValue);
    if (sks.length !== args.length || sks.length === 0) throw new CadError('runtime', 'placeSketch() needs Sketch arguments', line);
    const locs = this.locs();
    return this.next({ stack: sks.map((sk) => ({ t: 'sketch' as const, sk, locs, plane: this.state.plane })) });
  },
};

export function newSketch(session: SketchValue['w']): SketchValue {
  return new SketchValue(session, null);
}
