// OpenCascade helpers shared by the Workplane, the Sketch and the shape values: rigid
// transforms, centres, bounding boxes, CadQuery's geometry type names, booleans on any shapes.
// Every OpenCascade temporary is deleted here; shapes returned go to the caller's Arena.
import * as R from 'replicad';
import { owned } from './make.js';
import { boolean as occBoolean } from './occ.js';
import type { Frame, V3 } from './geom.js';
import { subShapes } from './topo.js';

type OC = ReturnType<typeof R.getOC>;
type GProps = InstanceType<OC['GProp_GProps']>;

/** A copy of `shape` moved by a rigid frame (rotation rows + translation). */
export function transformShape<T extends R.AnyShape>(shape: T, f: Frame): T {
  const oc = R.getOC();
  const t = new oc.gp_Trsf();
  try {
    t.SetValues(f.r[0][0], f.r[0][1], f.r[0][2], f.t[0], f.r[1][0], f.r[1][1], f.r[1][2], f.t[1], f.r[2][0], f.r[2][1], f.r[2][2], f.t[2]);
    const b = new oc.BRepBuilderAPI_Transform(shape.wrapped, t, true, false);
    try {
      return owned(b.Shape()) as unknown as T;
    } finally {
      b.delete();
    }
  } finally {
    t.delete();
  }
}

/** Centre of mass from a BRepGProp measurement, its properties object deleted at once. */
export function centreOfMass(measure: (props: GProps) => void): V3 {
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

/** CadQuery's Shape.Center(): centre of mass by the shape's dimension (volume, surface, curve, point). */
export function shapeCenter(s: R.AnyShape): V3 {
  const oc = R.getOC();
  const type = s.wrapped.ShapeType();
  const ta = oc.TopAbs_ShapeEnum;
  if (type === ta.TopAbs_VERTEX) {
    const v = oc.TopoDS.Vertex(s.wrapped);
    const p = oc.BRep_Tool.Pnt(v);
    const out: V3 = [p.X(), p.Y(), p.Z()];
    p.delete();
    v.delete();
    return out;
  }
  if (type === ta.TopAbs_EDGE || type === ta.TopAbs_WIRE) return centreOfMass((p) => oc.BRepGProp.LinearProperties(s.wrapped, p, false, false));
  if (type === ta.TopAbs_FACE || type === ta.TopAbs_SHELL) return centreOfMass((p) => oc.BRepGProp.SurfaceProperties(s.wrapped, p, false, false));
  return centreOfMass((p) => oc.BRepGProp.VolumeProperties(s.wrapped, p, false, false, false));
}

export function measureOf(s: R.AnyShape, what: 'volume' | 'area' | 'length'): number {
  const oc = R.getOC();
  const props = new oc.GProp_GProps();
  try {
    if (what === 'volume') oc.BRepGProp.VolumeProperties(s.wrapped, props, false, false, false);
    else if (what === 'area') oc.BRepGProp.SurfaceProperties(s.wrapped, props, false, false);
    else oc.BRepGProp.LinearProperties(s.wrapped, props, false, false);
    return props.Mass();
  } finally {
    props.delete();
  }
}

export function bounds(s: R.AnyShape): [V3, V3] {
  const bb = s.boundingBox;
  const b = bb.bounds;
  bb.delete();
  return b as [V3, V3];
}

/** CadQuery's geomType() names (replicad spells some differently). */
const GEOM_NAMES: Record<string, string> = {
  CYLINDRE: 'CYLINDER',
  BEZIER_SURFACE: 'BEZIER',
  BSPLINE_SURFACE: 'BSPLINE',
  REVOLUTION_SURFACE: 'REVOLUTION',
  EXTRUSION_SURFACE: 'EXTRUSION',
  OFFSET_SURFACE: 'OFFSET',
  OTHER_SURFACE: 'OTHER',
  BEZIER_CURVE: 'BEZIER',
  BSPLINE_CURVE: 'BSPLINE',
  OFFSET_CURVE: 'OFFSET',
  OTHER_CURVE: 'OTHER',
};

export type ShapeKind = 'Vertex' | 'Edge' | 'Wire' | 'Face' | 'Shell' | 'Solid' | 'CompSolid' | 'Compound';

export function kindOf(s: R.AnyShape): ShapeKind {
  const ta = R.getOC().TopAbs_ShapeEnum;
  const t = s.wrapped.ShapeType();
  const table: [unknown, ShapeKind][] = [
    [ta.TopAbs_VERTEX, 'Vertex'],
    [ta.TopAbs_EDGE, 'Edge'],
    [ta.TopAbs_WIRE, 'Wire'],
    [ta.TopAbs_FACE, 'Face'],
    [ta.TopAbs_SHELL, 'Shell'],
    [ta.TopAbs_SOLID, 'Solid'],
    [ta.TopAbs_COMPSOLID, 'CompSolid'],
  ];
  return table.find(([e]) => e === t)?.[1] ?? 'Compound';
}

/** geomType() of a face or an edge in CadQuery's names; other shapes give their kind. */
export function geomType(s: R.AnyShape): string {
  const k = kindOf(s);
  if (k !== 'Face' && k !== 'Edge') return k.toUpperCase();
  const g = (s as R.Face | R.Edge).geomType as string;
  return GEOM_NAMES[g] ?? g;
}

/**
 * replicad's Face.normalAt() at the face's UV centre (not normalised), without what it leaves in the
 * heap (a BRepGProp_Face holding the face, whose delete() frees nothing in this build, and the
 * gp_XYZ copies of its Vector): the same OpenCascade evaluation as BRepGProp_Face::Normal, the
 * derivatives of the face's surface crossed, reversed on a reversed face.
 */
export function faceNormal(f: R.Face): V3 {
  const oc = R.getOC();
  const uv = oc.BRepTools.UVBounds(f.wrapped, 0, 0, 0, 0);
  const surface = new oc.BRepAdaptor_Surface(f.wrapped, true);
  const p = new oc.gp_Pnt();
  const du = new oc.gp_Vec();
  const dv = new oc.gp_Vec();
  try {
    surface.D1(0.5 * (uv.UMin + uv.UMax), 0.5 * (uv.VMin + uv.VMax), p, du, dv);
    const n = du.Crossed(dv);
    const out: V3 = [n.X(), n.Y(), n.Z()];
    n.delete();
    return f.wrapped.Orientation() === oc.TopAbs_Orientation.TopAbs_REVERSED ? [-out[0], -out[1], -out[2]] : out;
  } finally {
    for (const o of [dv, du, p, surface]) o.delete();
  }
}

/** replicad's Edge.startPoint and endPoint (the curve adaptor at its first and last parameter), their temporaries deleted. */
export function edgeEnds(e: R.Edge): [V3, V3] {
  const c = new (R.getOC().BRepAdaptor_Curve)(e.wrapped);
  try {
    const at = (t: number): V3 => {
      const p = c.Value(t);
      const out: V3 = [p.X(), p.Y(), p.Z()];
      p.delete();
      return out;
    };
    return [at(c.FirstParameter()), at(c.LastParameter())];
  } finally {
    c.delete();
  }
}

/** `shape` moved by `t` as replicad does it (BRepBuilderAPI_Transform with a copy, ModifiedShape), the builder deleted. */
function transformedBy<T extends R.AnyShape>(shape: T, t: InstanceType<ReturnType<typeof R.getOC>['gp_Trsf']>): T {
  const b = new (R.getOC().BRepBuilderAPI_Transform)(shape.wrapped, t, true, false);
  try {
    return owned(b.ModifiedShape(shape.wrapped)) as unknown as T;
  } finally {
    b.delete();
  }
}

/**
 * replicad's rotate(angle, position, direction) with the same OpenCascade calls (gp_Trsf rotation
 * about the axis, then transformedBy), its builder and transform deleted: replicad leaves the
 * builder, which holds the whole rotated shape.
 */
export function rotateShape<T extends R.AnyShape>(shape: T, deg: number, position: V3, direction: V3): T {
  const oc = R.getOC();
  const pnt = new oc.gp_Pnt(position[0], position[1], position[2]);
  const dir = new oc.gp_Dir(direction[0], direction[1], direction[2]);
  const axis = new oc.gp_Ax1(pnt, dir);
  const t = new oc.gp_Trsf();
  try {
    t.SetRotation(axis, deg * R.DEG2RAD);
    return transformedBy(shape, t);
  } finally {
    for (const o of [t, axis, dir, pnt]) o.delete();
  }
}

/** replicad's translate(vector) with the same OpenCascade calls, its builder and transform deleted (see rotateShape). */
export function translateShape<T extends R.AnyShape>(shape: T, v: V3): T {
  const oc = R.getOC();
  const vec = new oc.gp_Vec(v[0], v[1], v[2]);
  const t = new oc.gp_Trsf();
  try {
    t.SetTranslation(vec);
    return transformedBy(shape, t);
  } finally {
    t.delete();
    vec.delete();
  }
}

/** Reads a replicad Vector and frees its OpenCascade object at once. */
export function take(v: R.Vector): V3 {
  const out: V3 = [v.x, v.y, v.z];
  v.delete();
  return out;
}

/** Boolean of any two shapes (faces for sketches, solids for parts); faces merged where coplanar. */
export function booleanAny(mode: 'fuse' | 'cut' | 'intersect', a: R.AnyShape, b: R.AnyShape): R.AnyShape {
  return occBoolean(mode, a as R.Shape3D, b as R.Shape3D, true) as R.AnyShape;
}

/** A face's outer wire (replicad's outerWire() deletes the face). */
export function outerWire(f: R.Face): R.Wire {
  return new R.Wire(R.getOC().BRepTools.OuterWire(f.wrapped));
}

/** A face's hole wires, the outer one excepted. */
export function innerWires(f: R.Face, keep: <T>(v: T) => T): R.Wire[] {
  const outer = keep(outerWire(f));
  return (subShapes(f, 'wire') as R.Wire[]).map(keep).filter((w) => !w.isSame(outer));
}

/** Unit normal of the plane a wire lies in; null for a straight wire or one not in a plane (1e-7 of its size). */
export function wirePlaneNormal(w: R.Wire): V3 | null {
  const oc = R.getOC();
  const c = new oc.BRepAdaptor_CompCurve(w.wrapped, false);
  const pts: V3[] = [];
  try {
    const [a, b] = [c.FirstParameter(), c.LastParameter()];
    for (let i = 0; i <= 64; i++) {
      const p = c.EvalD0(a + ((b - a) * i) / 64);
      pts.push([p.X(), p.Y(), p.Z()]);
      p.delete();
    }
  } finally {
    c.delete();
  }
  const size = Math.max(...pts.map((p) => Math.hypot(p[0] - pts[0][0], p[1] - pts[0][1], p[2] - pts[0][2])));
  // The normal from the start and the two samples making the widest triangle with it.
  let n: V3 = [0, 0, 0];
  for (const p of pts) {
    for (const q of pts) {
      const u = [p[0] - pts[0][0], p[1] - pts[0][1], p[2] - pts[0][2]];
      const v = [q[0] - pts[0][0], q[1] - pts[0][1], q[2] - pts[0][2]];
      const x: V3 = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
      if (Math.hypot(...x) > Math.hypot(...n)) n = x;
    }
  }
  const m = Math.hypot(...n);
  if (!(m > 1e-12 * size * size)) return null;
  n = [n[0] / m, n[1] / m, n[2] / m];
  const off = (p: V3) => Math.abs((p[0] - pts[0][0]) * n[0] + (p[1] - pts[0][1]) * n[1] + (p[2] - pts[0][2]) * n[2]);
  return pts.every((p) => off(p) <= 1e-7 * size) ? n : null;
}
