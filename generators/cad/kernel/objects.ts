// CadQuery's value types besides Workplane and Sketch: Vector, Location, Plane and shapes
// (Solid, Face, Edge, ... as returned by val(), cq.Solid.makeBox or faces of a solid). Each is a
// host object whose attributes are bound methods; all geometry goes through the run's Arena.
import * as R from 'replicad';
import { bind, MAX_DIM, positive } from './args.js';
import { add, applyFrame, axisRotation, compose, cross, dot, IDENTITY, invertFrame, len, makePlane, mul, planeFrame, rotatePlane, sub, toLocal, toWorld, unit, yDir, type Frame, type PlaneT, type V3 } from './geom.js';
import { CadError, errText } from './lang/ast.js';
import { fn, isHost, num, tuple, typeName, type Budget, type HostObject, type Value } from './lang/interp.js';
import { booleanAny, bounds, faceNormal, geomType, kindOf, measureOf, shapeCenter, transformShape } from './shapes.js';
import { subShapes } from './topo.js';

/** What host values need of the run: the arena that frees kernel objects, and the budget. */
export interface Ctx {
  keep<T>(v: T): T;
  budget: Budget;
}

type MethodTable<T> = Record<string, (this: T, args: Value[], kw: Record<string, Value>, line: number) => Value>;

/** Base of host values: attribute lookup in a method table, own properties first. */
abstract class Host<T> implements HostObject {
  readonly kind = 'obj' as const;
  abstract readonly typeName: string;
  protected abstract table(): MethodTable<T>;
  protected prop(_name: string): Value | undefined {
    return undefined;
  }
  getAttr(name: string): Value | undefined {
    const p = this.prop(name);
    if (p !== undefined) return p;
    const t = this.table();
    if (!Object.prototype.hasOwnProperty.call(t, name)) return undefined;
    const m = t[name];
    return fn(`${this.typeName}.${name}`, (args, kw, line) => m.call(this as unknown as T, args, kw, line));
  }
}

// ---- Vector ------------------------------------------------------------------------------------

export class VectorValue extends Host<VectorValue> {
  readonly typeName = 'Vector';
  constructor(readonly v: V3) {
    super();
  }
  protected prop(name: string): Value | undefined {
    const i = ['x', 'y', 'z'].indexOf(name);
    if (i >= 0) return this.v[i];
    if (name === 'Length') return len(this.v);
    return undefined;
  }
  protected table() {
    return VECTOR_METHODS;
  }
}

const V = (v: V3) => new VectorValue(v);

const VECTOR_METHODS: MethodTable<VectorValue> = {
  add(a, _k, line) {
    return V(add(this.v, vec(a[0], 'vector', line)));
  },
  sub(a, _k, line) {
    return V(sub(this.v, vec(a[0], 'vector', line)));
  },
  multiply(a, _k, line) {
    return V(mul(this.v, num(a[0], 'factor', line)));
  },
  normalized() {
    return V(unit(this.v));
  },
  cross(a, _k, line) {
    return V(cross(this.v, vec(a[0], 'vector', line)));
  },
  dot(a, _k, line) {
    return dot(this.v, vec(a[0], 'vector', line));
  },
  toTuple() {
    return tuple([...this.v]);
  },
  getAngle(a, _k, line) {
    const o = vec(a[0], 'vector', line);
    return Math.acos(Math.max(-1, Math.min(1, dot(unit(this.v), unit(o)))));
  },
  __add__(a, _k, line) {
    return V(add(this.v, vec(a[0], 'vector', line)));
  },
  __sub__(a, _k, line) {
    return V(sub(this.v, vec(a[0], 'vector', line)));
  },
  __mul__(a, _k, line) {
    return V(mul(this.v, num(a[0], 'factor', line)));
  },
  __rmul__(a, _k, line) {
    return V(mul(this.v, num(a[0], 'factor', line)));
  },
  __truediv__(a, _k, line) {
    const d = num(a[0], 'divisor', line);
    if (d === 0) throw new CadError('runtime', 'division by zero', line);
    return V(mul(this.v, 1 / d));
  },
  __neg__() {
    return V(mul(this.v, -1));
  },
  __getitem__(a, _k, line) {
    const i = num(a[0], 'index', line);
    const v = this.v[i < 0 ? 3 + i : i];
    if (v === undefined) throw new CadError('runtime', `Vector index ${i} out of range`, line);
    return v;
  },
};

/** A point or direction: a 2- or 3-tuple, a list, or a cq.Vector. */
export function vec(v: Value, what: string, line: number, dims: 2 | 3 = 3): V3 {
  if (v instanceof VectorValue) return v.v;
  if (!Array.isArray(v) || v.length < 2 || v.length > 3 || (dims === 2 && v.length !== 2 && v.length !== 3)) {
    throw new CadError('runtime', `${what} must be a tuple of ${dims === 2 ? 2 : '2 or 3'} numbers or a Vector, got ${typeName(v)}`, line);
  }
  const out: V3 = [num(v[0], what, line), num(v[1], what, line), v.length === 3 ? num(v[2], what, line) : 0];
  if (out.some((x) => !Number.isFinite(x) || Math.abs(x) > 10 * MAX_DIM)) throw new CadError('geometry', `${what} has a coordinate beyond ${10 * MAX_DIM}`, line);
  return out;
}

export function newVector(args: Value[], kw: Record<string, Value>, line: number): VectorValue {
  const a = bind('Vector', [['x', 0], ['y', 0], ['z', 0]], args, kw, line);
  if (Array.isArray(a.x) || a.x instanceof VectorValue) return V(vec(a.x, 'Vector', line));
  return V([num(a.x, 'x', line), num(a.y, 'y', line), num(a.z, 'z', line)]);
}

// ---- Location ----------------------------------------------------------------------------------

export class LocationValue extends Host<LocationValue> {
  readonly typeName = 'Location';
  constructor(readonly f: Frame) {
    super();
  }
  protected prop(name: string): Value | undefined {
    if (name === 'inverse') return new LocationValue(invertFrame(this.f));
    return undefined;
  }
  protected table() {
    return LOCATION_METHODS;
  }
}

const LOCATION_METHODS: MethodTable<LocationValue> = {
  __mul__(a, _k, line) {
    if (!(a[0] instanceof LocationValue)) throw new CadError('runtime', `Location * ${typeName(a[0])}`, line);
    return new LocationValue(compose(this.f, a[0].f));
  },
  toTuple() {
    const r = this.f.r;
    // Extrinsic XYZ angles (degrees) of the rotation, as CadQuery reports them.
    const ry = Math.asin(Math.max(-1, Math.min(1, -r[2][0])));
    const rx = Math.atan2(r[2][1], r[2][2]);
    const rz = Math.atan2(r[1][0], r[0][0]);
    return tuple([tuple([...this.f.t]), tuple([rx, ry, rz].map((x) => (x * 180) / Math.PI))]);
  },
};

/** Extrinsic X, then Y, then Z rotations in degrees (CadQuery's Location(x, y, z, rx, ry, rz)). */
function eulerFrame(t: V3, deg: V3): Frame {
  const f = compose(axisRotation([0, 0, 1], deg[2]), compose(axisRotation([0, 1, 0], deg[1]), axisRotation([1, 0, 0], deg[0])));
  return { r: f.r, t };
}

export function newLocation(args: Value[], kw: Record<string, Value>, line: number): LocationValue {
  if (args.length === 0 && Object.keys(kw).length === 0) return new LocationValue(IDENTITY);
  const a0 = args[0] ?? kw.x ?? kw.t;
  if (a0 instanceof PlaneValue) {
    const f = planeFrame(a0.p);
    return new LocationValue(args[1] ? { r: f.r, t: toWorld(a0.p, vec(args[1], 'offset', line) as [number, number, number]) } : f);
  }
  if (typeof a0 === 'number') {
    const b = bind('Location', [['x', 0], ['y', 0], ['z', 0], ['rx', 0], ['ry', 0], ['rz', 0]], args, kw, line);
    const n = (k: string) => num(b[k], k, line);
    return new LocationValue(eulerFrame([n('x'), n('y'), n('z')], [n('rx'), n('ry'), n('rz')]));
  }
  const t = vec(a0, 'Location position', line);
  if (args.length >= 3 || (args.length === 2 && ('angle' in kw))) {
    const axis = vec(args[1], 'Location axis', line);
    if (len(axis) === 0) throw new CadError('geometry', 'Location axis must not be zero', line);
    const r = axisRotation(axis, num(args[2] ?? kw.angle, 'angle', line));
    return new LocationValue({ r: r.r, t });
  }
  if (args.length === 2) return new LocationValue(eulerFrame(t, vec(args[1], 'Location angles', line)));
  return new LocationValue({ r: IDENTITY.r, t });
}

// ---- Plane -------------------------------------------------------------------------------------

export class PlaneValue extends Host<PlaneValue> {
  readonly typeName = 'Plane';
  constructor(readonly p: PlaneT) {
    super();
  }
  protected prop(name: string): Value | undefined {
    const m: Record<string, V3> = { origin: this.p.o, xDir: this.p.x, yDir: yDir(this.p), zDir: this.p.z };
    return m[name] && V(m[name]);
  }
  protected table() {
    return PLANE_METHODS;
  }
}

const PLANE_METHODS: MethodTable<PlaneValue> = {
  toWorldCoords(a, _k, line) {
    return V(toWorld(this.p, vec(a[0], 'point', line) as [number, number, number]));
  },
  toLocalCoords(a, _k, line) {
    return V(toLocal(this.p, vec(a[0], 'point', line)));
  },
  rotated(a, kw, line) {
    const b = bind('rotated', [['rotate', [0, 0, 0]]], a, kw, line);
    return new PlaneValue(rotatePlane(this.p, vec(b.rotate, 'rotate', line)));
  },
  location() {
    return new LocationValue(planeFrame(this.p));
  },
};

export function newPlane(args: Value[], kw: Record<string, Value>, line: number): PlaneValue {
  const a = bind('Plane', [['origin', undefined], ['xDir', null], ['normal', [0, 0, 1]]], args, kw, line);
  try {
    return new PlaneValue(makePlane(vec(a.origin, 'origin', line), a.xDir === null ? null : vec(a.xDir, 'xDir', line), vec(a.normal, 'normal', line)));
  } catch (e) {
    throw new CadError('geometry', `cq.Plane: ${errText(e)}`, line);
  }
}

// ---- Shapes ------------------------------------------------------------------------------------

/** A B-rep shape as CadQuery's Shape classes expose it (val(), cq.Solid.makeBox, ...). */
export class ShapeValue extends Host<ShapeValue> {
  readonly typeName: string;
  constructor(
    readonly shape: R.AnyShape,
    readonly ctx: Ctx,
  ) {
    super();
    this.typeName = kindOf(shape);
  }
  protected table() {
    return SHAPE_METHODS;
  }
  wrap(s: R.AnyShape): ShapeValue {
    return new ShapeValue(this.ctx.keep(s), this.ctx);
  }
}

/** A transform as CadQuery's moved()/located() accept it: a Location or a translation tuple. */
export function frameOf(v: Value, line: number): Frame {
  if (v instanceof LocationValue) return v.f;
  return { r: IDENTITY.r, t: vec(v, 'location', line) };
}

function otherShape(v: Value, line: number): R.AnyShape {
  if (v instanceof ShapeValue) return v.shape;
  if (isHost(v) && (v as HostObject).typeName === 'Workplane') {
    const s = (v as unknown as { state: { solid: R.AnyShape | null } }).state.solid;
    if (s) return s;
  }
  throw new CadError('runtime', `expected a shape, got ${typeName(v)}`, line);
}

function rotation(axis0: V3, axis1: V3, deg: number, line: number): Frame {
  const d = sub(axis1, axis0);
  if (len(d) < 1e-9) throw new CadError('geometry', 'rotation axis start and end coincide', line);
  const r = axisRotation(d, deg);
  // About an axis through axis0: p -> R(p - a0) + a0.
  return { r: r.r, t: sub(axis0, applyFrame(r, axis0, false)) };
}

const SHAPE_METHODS: MethodTable<ShapeValue> = {
  translate(a, _k, line) {
    return this.wrap(transformShape(this.shape, { r: IDENTITY.r, t: vec(a[0], 'translation', line) }));
  },
  rotate(a, kw, line) {
    const b = bind('rotate', [['startVector', undefined], ['endVector', undefined], ['angleDegrees', undefined]], a, kw, line);
    return this.wrap(transformShape(this.shape, rotation(vec(b.startVector, 'startVector', line), vec(b.endVector, 'endVector', line), num(b.angleDegrees, 'angleDegrees', line), line)));
  },
  moved(a, kw, line) {
    if (a.length === 0 && Object.keys(kw).length) return this.wrap(transformShape(this.shape, newLocation([], kw, line).f));
    return this.wrap(transformShape(this.shape, a.length > 1 ? newLocation(a, kw, line).f : frameOf(a[0], line)));
  },
  located(a, _k, line) {
    return this.wrap(transformShape(this.shape, frameOf(a[0], line)));
  },
  mirror(a, kw, line) {
    const b = bind('mirror', [['mirrorPlane', 'XY'], ['basePointVector', null]], a, kw, line);
    return this.wrap(mirrorShape(this.shape, b.mirrorPlane, b.basePointVector, line));
  },
  fuse(a, _k, line) {
    return a.reduce<ShapeValue>((acc, o) => acc.wrap(opShape(this.ctx, 'fuse', acc.shape, otherShape(o, line), line)), this);
  },
  cut(a, _k, line) {
    return a.reduce<ShapeValue>((acc, o) => acc.wrap(opShape(this.ctx, 'cut', acc.shape, otherShape(o, line), line)), this);
  },
  intersect(a, _k, line) {
    return a.reduce<ShapeValue>((acc, o) => acc.wrap(opShape(this.ctx, 'intersect', acc.shape, otherShape(o, line), line)), this);
  },
  __add__(a, _k, line) {
    return this.wrap(opShape(this.ctx, 'fuse', this.shape, otherShape(a[0], line), line));
  },
  __sub__(a, _k, line) {
    return this.wrap(opShape(this.ctx, 'cut', this.shape, otherShape(a[0], line), line));
  },
  __and__(a, _k, line) {
    return this.wrap(opShape(this.ctx, 'intersect', this.shape, otherShape(a[0], line), line));
  },
  Volume() {
    return measureOf(this.shape, 'volume');
  },
  Area() {
    return measureOf(this.shape, 'area');
  },
  Length() {
    return measureOf(this.shape, 'length');
  },
  Center() {
    return V(shapeCenter(this.shape));
  },
  isValid() {
    const oc = R.getOC();
    const check = new oc.BRepCheck_Analyzer(this.shape.wrapped, true, false, false);
    try {
      return check.IsValid(this.shape.wrapped);
    } finally {
      check.delete();
    }
  },
  geomType() {
    return geomType(this.shape);
  },
  BoundingBox() {
    return new BoxValue(bounds(this.shape));
  },
  Faces() {
    return subShapes(this.shape, 'face').map((s) => this.wrap(s));
  },
  Edges() {
    return subShapes(this.shape, 'edge').map((s) => this.wrap(s));
  },
  Vertices() {
    return subShapes(this.shape, 'vertex').map((s) => this.wrap(s));
  },
  Solids() {
    return subShapes(this.shape, 'solid').map((s) => this.wrap(s));
  },
  Wires() {
    return subShapes(this.shape, 'wire').map((s) => this.wrap(s));
  },
  toTuple(_a, _k, line) {
    if (kindOf(this.shape) !== 'Vertex') throw new CadError('unsupported', 'toTuple() of a shape other than a Vertex', line);
    return tuple([...shapeCenter(this.shape)]);
  },
};

export class BoxValue extends Host<BoxValue> {
  readonly typeName = 'BoundBox';
  constructor(readonly b: [V3, V3]) {
    super();
  }
  protected prop(name: string): Value | undefined {
    const [lo, hi] = this.b;
    const m: Record<string, Value> = {
      xmin: lo[0],
      ymin: lo[1],
      zmin: lo[2],
      xmax: hi[0],
      ymax: hi[1],
      zmax: hi[2],
      xlen: hi[0] - lo[0],
      ylen: hi[1] - lo[1],
      zlen: hi[2] - lo[2],
      center: V(mul(add(lo, hi), 0.5)),
      DiagonalLength: len(sub(hi, lo)),
    };
    return m[name];
  }
  protected table() {
    return {};
  }
}

export function opShape(ctx: Ctx, mode: 'fuse' | 'cut' | 'intersect', a: R.AnyShape, b: R.AnyShape, line: number): R.AnyShape {
  ctx.budget.op(mode, line);
  try {
    return ctx.keep(booleanAny(mode, a, b));
  } catch (e) {
    throw new CadError('geometry', `boolean ${mode} failed: ${errText(e)}`, line);
  }
}

/** Normal of a CadQuery mirror plane: "XY"/"YX", "XZ"/"ZX", "YZ"/"ZY" or a direction. */
export function mirrorNormal(p: Value, line: number): V3 {
  if (typeof p === 'string') {
    const n: Record<string, V3> = { XY: [0, 0, 1], YX: [0, 0, 1], XZ: [0, 1, 0], ZX: [0, 1, 0], YZ: [1, 0, 0], ZY: [1, 0, 0] };
    if (!n[p]) throw new CadError('unsupported', `mirror plane ${JSON.stringify(p)}; use XY, XZ, YZ or a normal vector`, line);
    return n[p];
  }
  if (p instanceof ShapeValue && kindOf(p.shape) === 'Face') return unit(faceNormal(p.shape as R.Face));
  const v = vec(p, 'mirror plane normal', line);
  if (len(v) === 0) throw new CadError('geometry', 'mirror plane normal must not be zero', line);
  return unit(v);
}

/**
 * CadQuery's mirror: about a named plane, a normal, or a face (its normal; its centre is the base
 * point unless one is given). `base` null: the origin, or the face's centre.
 */
export function mirrorShape<T extends R.AnyShape>(s: T, plane: Value, basePoint: Value, line: number): T {
  const n = mirrorNormal(plane, line);
  const face = plane instanceof ShapeValue && kindOf(plane.shape) === 'Face';
  const base = basePoint !== null ? vec(basePoint, 'basePointVector', line) : face ? shapeCenter((plane as ShapeValue).shape) : ([0, 0, 0] as V3);
  // Reflection p -> p - 2((p - b)·n) n, as a matrix plus translation.
  const r = [0, 1, 2].map((i) => [0, 1, 2].map((j) => (i === j ? 1 : 0) - 2 * n[i] * n[j])) as [V3, V3, V3];
  const t = mul(n, 2 * dot(base, n));
  return mirrorByMatrix(s, { r, t });
}

function mirrorByMatrix<T extends R.AnyShape>(s: T, f: Frame): T {
  // A reflection is not a rigid motion: gp_Trsf.SetValues accepts it (negative determinant).
  return transformShape(s, f);
}

export { positive };
