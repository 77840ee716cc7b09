// Booleans, fillets and chamfers on raw OpenCascade builders, deleted as soon as the result is
// taken. replicad's own versions leave their builders (which hold the whole operation history) to
// the garbage collector's finalisers, which run too late: the wasm heap grew by about 1 MB per
// program until they did. Same OpenCascade calls and options as replicad's.
import * as R from 'replicad';
import { owned } from './make.js';

type OC = ReturnType<typeof R.getOC>;

type Builder = { Shape(): { delete(): void }; delete(): void; Clear?: () => void };

/**
 * Deletes a builder for good. The bindings' own delete() freed nothing for builders (their bound
 * destructor is empty: see dispose.ts, which now runs the real one); Clear() releases a boolean
 * builder's PaveFiller (the intersection data of the whole operation, ~0.3 MB per fuse) even
 * without it, so it still runs first wherever the builder has it.
 */
function drop(builder: Builder): void {
  builder.Clear?.();
  builder.delete();
}

function finish(builder: Builder, any = false): R.Shape3D {
  try {
    const shape = owned(builder.Shape());
    if (!any && !R.isShape3D(shape)) {
      shape.delete();
      throw new Error('the result is not a 3D shape');
    }
    return shape as R.Shape3D;
  } finally {
    drop(builder);
  }
}

/** `any`: the operands may be faces (sketch booleans), the result any shape. */
export function boolean(mode: 'fuse' | 'cut' | 'intersect', a: R.Shape3D, b: R.Shape3D, any = false): R.Shape3D {
  const oc: OC = R.getOC();
  // The two-shape constructors run the operation themselves: no Build() after them (replicad
  // calls it again, which redoes the whole boolean from scratch for the same result).
  const builder =
    mode === 'fuse' ? new oc.BRepAlgoAPI_Fuse(a.wrapped, b.wrapped) : mode === 'cut' ? new oc.BRepAlgoAPI_Cut(a.wrapped, b.wrapped) : new oc.BRepAlgoAPI_Common(a.wrapped, b.wrapped);
  // Unifying coplanar faces afterwards can lose material on curved operands (a sphere fused
  // with a box lost its cap): the simplified result is kept only when its mass is unchanged.
  const plain = builder.Shape();
  const before = mass(plain, any);
  builder.SimplifyResult(true, true, 0.001);
  const simple = builder.Shape();
  const after = mass(simple, any);
  simple.delete();
  if (Math.abs(after - before) <= 1e-9 * Math.max(Math.abs(before), 1e-9)) {
    plain.delete();
    return finish(builder as never, any);
  }
  drop(builder as never);
  return owned(plain) as R.Shape3D;
}

/** Volume (solids) or area (faces) of a raw shape, its properties object deleted at once. */
function mass(raw: unknown, area: boolean): number {
  const oc: OC = R.getOC();
  const props = new oc.GProp_GProps();
  try {
    if (area) oc.BRepGProp.SurfaceProperties(raw as never, props, false, false);
    else oc.BRepGProp.VolumeProperties(raw as never, props, false, false, false);
    return props.Mass();
  } finally {
    props.delete();
  }
}

export function filletOrChamfer(op: 'fillet' | 'chamfer', shape: R.Shape3D, edges: R.Edge[], r: number): R.Shape3D {
  if (edges.length === 0) throw new Error(`no edge to ${op}`);
  const oc: OC = R.getOC();
  const builder = op === 'fillet' ? new oc.BRepFilletAPI_MakeFillet(shape.wrapped, oc.ChFi3d_FilletShape.ChFi3d_Rational as never) : new oc.BRepFilletAPI_MakeChamfer(shape.wrapped);
  try {
    for (const e of edges) (builder as { Add(r: number, e: unknown): void }).Add(r, e.wrapped);
  } catch (err) {
    drop(builder as never);
    throw err;
  }
  return finish(builder as never);
}

/**
 * CadQuery's shell: BRepOffsetAPI_MakeThickSolid by join with its options (tolerance 1e-4,
 * Intersection on, the join kind asked for); `t` < 0 is inward. replicad's own shell turns
 * Intersection off, with which a frustum's cone face (a ruled loft between circles) fails to offset.
 */
export function shell(shape: R.Shape3D, faces: R.Face[], t: number, kind: 'arc' | 'intersection'): R.Shape3D {
  const oc: OC = R.getOC();
  const list = new oc.NCollection_List_TopoDS_Shape();
  const builder = new oc.BRepOffsetAPI_MakeThickSolid();
  try {
    // Append hands back a copy of the stored item, which holds the face until deleted.
    for (const f of faces) list.Append(f.wrapped).delete();
    const join = kind === 'arc' ? oc.GeomAbs_JoinType.GeomAbs_Arc : oc.GeomAbs_JoinType.GeomAbs_Intersection;
    builder.MakeThickSolidByJoin(shape.wrapped, list, t, 1e-4, oc.BRepOffset_Mode.BRepOffset_Skin, true, false, join, false);
  } catch (err) {
    drop(builder as never);
    throw err;
  } finally {
    list.delete();
  }
  return finish(builder as never);
}

/**
 * CadQuery's Solid.sweep of one wire: BRepOffsetAPI_MakePipeShell along `path`, the profile added
 * as it lies (no contact, no correction), Frenet or corrected-Frenet trihedron. `binormal` fixes
 * the trihedron's binormal instead (a Frenet sweep along a planar path: see sweepFace).
 */
export function sweep(profile: R.Wire, path: R.Wire, frenet: boolean, binormal: [number, number, number] | null, transition: 'right' | 'round' | 'transformed'): R.Shape3D {
  const oc: OC = R.getOC();
  const builder = new oc.BRepOffsetAPI_MakePipeShell(path.wrapped);
  const progress = new oc.Message_ProgressRange();
  try {
    if (binormal) {
      const d = new oc.gp_Dir(binormal[0], binormal[1], binormal[2]);
      builder.SetMode(d);
      d.delete();
    } else builder.SetMode(frenet);
    const modes = oc.BRepBuilderAPI_TransitionMode;
    builder.SetTransitionMode(transition === 'round' ? modes.BRepBuilderAPI_RoundCorner : transition === 'transformed' ? modes.BRepBuilderAPI_Transformed : modes.BRepBuilderAPI_RightCorner);
    builder.Add(profile.wrapped, false, false);
    builder.Build(progress);
    builder.MakeSolid();
  } catch (err) {
    progress.delete();
    drop(builder as never);
    throw err;
  }
  progress.delete();
  return finish(builder as never);
}
