// OpenCascade shape makers with every temporary deleted: replicad's own makeLine,
// makeThreePointArc, makePolygon, makeCompound, basicFaceExtrusion, revolution, loft and
// makeOffset each leave something in the wasm heap for good. The bindings return every shape by
// copy, and casting a builder's result to its type copies it again: the first copy, never
// deleted, holds the whole result (and the triangulation meshing later hangs on its faces), and
// a builder left undeleted holds the shape it built. Over a long verification run these made the
// kernel worker's heap grow by tens of kB per program.
import * as R from 'replicad';
import type { V3 } from './geom.js';

type OC = ReturnType<typeof R.getOC>;
type Raw = { delete(): void };
type Temp = <U extends Raw>(v: U) => U;

/** Runs `make` with a collector for the temporaries it creates and deletes them all afterwards. */
export function scoped<T>(make: (t: Temp) => T): T {
  const tmp: Raw[] = [];
  try {
    return make((v) => (tmp.push(v), v));
  } finally {
    for (const v of tmp.reverse()) v.delete();
  }
}

/** A builder's result wrapped as its type; the copy handed out by the bindings is deleted when the cast made another. */
export function owned(raw: Raw): R.AnyShape {
  const shape = R.cast(raw as never) as R.AnyShape;
  if ((shape.wrapped as unknown) !== raw) raw.delete();
  return shape;
}

export function pnt(oc: OC, p: V3) {
  return new oc.gp_Pnt(p[0], p[1], p[2]);
}

export function lineEdge(a: V3, b: V3): R.Edge {
  const oc = R.getOC();
  return scoped((t) => new R.Edge(t(new oc.BRepBuilderAPI_MakeEdge(t(pnt(oc, a)), t(pnt(oc, b)))).Edge()));
}

export function arcEdge(a: V3, m: V3, b: V3): R.Edge {
  const oc = R.getOC();
  return scoped((t) => {
    const curve = t(t(new oc.GC_MakeArcOfCircle(t(pnt(oc, a)), t(pnt(oc, m)), t(pnt(oc, b)))).Value());
    return new R.Edge(t(new oc.BRepBuilderAPI_MakeEdge(curve)).Edge());
  });
}

/** The planar face bounded by the closed polygon through `pts`. */
export function polygonFace(pts: V3[]): R.Face {
  if (pts.length < 3) throw new Error('a polygon needs at least 3 points');
  const edges = pts.map((p, i) => lineEdge(p, pts[(i + 1) % pts.length]));
  const wire = R.assembleWire(edges);
  try {
    return R.makeFace(wire);
  } finally {
    wire.delete();
    for (const e of edges) e.delete();
  }
}

/** A compound of the shapes (which stay the caller's: replicad's makeCompound deletes them). */
export function compoundOf(shapes: R.AnyShape[]): R.AnyShape {
  const oc = R.getOC();
  return scoped((t) => {
    const builder = t(new oc.TopoDS_Builder());
    const compound = t(new oc.TopoDS_Compound());
    builder.MakeCompound(compound);
    for (const s of shapes) builder.Add(compound, s.wrapped);
    return R.cast(compound);
  });
}

export function prismOf(face: R.Face, dir: V3): R.Shape3D {
  const oc = R.getOC();
  return scoped((t) => owned(t(new oc.BRepPrimAPI_MakePrism(face.wrapped, t(new oc.gp_Vec(dir[0], dir[1], dir[2])), false, true)).Shape()) as R.Shape3D);
}

/** `face` turned by `deg` degrees about the axis through `center` along `dir`. */
export function revolutionOf(face: R.Face, center: V3, dir: V3, deg: number): R.Shape3D {
  const oc = R.getOC();
  return scoped((t) => {
    const axis = t(new oc.gp_Ax1(t(pnt(oc, center)), t(new oc.gp_Dir(dir[0], dir[1], dir[2]))));
    const shape = owned(t(new oc.BRepPrimAPI_MakeRevol(face.wrapped, axis, (deg * Math.PI) / 180, false)).Shape());
    if (!R.isShape3D(shape)) throw new Error('the revolution is not a solid');
    return shape;
  });
}

/** CadQuery's Solid.makeLoft: ThruSections through the wires, a solid, ruled or smooth. */
export function loftOf(wires: R.Wire[], ruled: boolean): R.Shape3D {
  const oc = R.getOC();
  return scoped((t) => {
    const builder = t(new oc.BRepOffsetAPI_ThruSections(true, ruled, 1e-6));
    for (const w of wires) builder.AddWire(w.wrapped);
    builder.Build(t(new oc.Message_ProgressRange()));
    const shape = owned(builder.Shape());
    if (!R.isShape3D(shape)) throw new Error('the loft is not a solid');
    return shape;
  });
}

/** The shape's offset surface at distance `d` (arc joins), a closed shell or solid. */
export function offsetOf(shape: R.Shape3D, d: number): R.Shape3D {
  const oc = R.getOC();
  return scoped((t) => {
    const builder = t(new oc.BRepOffsetAPI_MakeOffsetShape());
    builder.PerformByJoin(shape.wrapped, d, 1e-6, oc.BRepOffset_Mode.BRepOffset_Skin, false, false, oc.GeomAbs_JoinType.GeomAbs_Arc, false, t(new oc.Message_ProgressRange()));
    const out = owned(builder.Shape());
    if (!R.isShape3D(out)) throw new Error('the offset is not a solid');
    return out;
  });
}

/** replicad's makeCylinder (gp_Ax2 at `base` along `dir`, BRepPrimAPI_MakeCylinder), without the gp_XYZ copies its makeAx2 leaves. */
export function cylinderOf(r: number, h: number, base: V3, dir: V3): R.Solid {
  const oc = R.getOC();
  return scoped((t) => new R.Solid(t(new oc.BRepPrimAPI_MakeCylinder(t(new oc.gp_Ax2(t(pnt(oc, base)), t(new oc.gp_Dir(dir[0], dir[1], dir[2])))), r, h)).Shape()));
}
