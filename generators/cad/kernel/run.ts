// Runs a parsed program on the OpenCascade kernel and measures the solid it leaves in `result`.
// Runs inside the kernel worker (OpenCascade must be loaded); everything returned is plain data.
import * as R from 'replicad';
import { CadError, type Program } from './lang/ast.js';
import { Budget, DEFAULT_LIMITS, fn, Interpreter, type Limits, type Value } from './lang/interp.js';
import { add, dot, mul, type V3 } from './geom.js';
import { faceNormal } from './shapes.js';
import { countSubShapes, subFaces } from './topo.js';
import { CadSession } from './workplane.js';

export interface MeshData {
  /** Vertex positions x,y,z (merged: vertices shared between faces appear once). */
  positions: number[];
  /** Triangle vertex indices, counter-clockwise seen from outside. */
  indices: number[];
  /** B-rep edges as line segments x1,y1,z1,x2,y2,z2. */
  edges: number[];
}

export interface Measured {
  volume: number;
  area: number;
  bbox: [[number, number, number], [number, number, number]];
  faces: number;
  edges: number;
  solids: number;
}

export type RunResult =
  | ({ ok: true; ops: number; steps: number; ms: number; mesh?: MeshData; step?: string; valid?: boolean } & Measured)
  | { ok: false; stage: CadError['stage']; error: string; ms: number };

export interface RunOptions {
  limits?: Partial<Limits>;
  /** Tessellate the solid; tolerance relative to its bounding-box diagonal. */
  mesh?: boolean | { relTolerance?: number; angularTolerance?: number; edges?: boolean };
  /** Also return the solid as STEP text (AP214, written by OpenCascade), for `veriforge cad run --step`. */
  step?: boolean;
  /** Also run OpenCascade's B-rep checker (BRepCheck_Analyzer) and report `valid`. */
  check?: boolean;
}

/** Rounds for stable JSON: 1e-4 mm is far below any feature size we build. */
const q = (x: number) => Math.round(x * 1e4) / 1e4 + 0;

/** Tessellates and merges coincident vertices so the mesh is watertight (needed for mesh booleans). */
/** Bounds of a shape; the OpenCascade box is freed at once. */
function bounds(shape: R.Shape3D) {
  const bb = shape.boundingBox;
  const b = bb.bounds;
  bb.delete();
  return b;
}

export function meshOf(shape: R.Shape3D, relTol = 0.002, angTol = 0.3, withEdges = true): MeshData {
  const b = bounds(shape);
  const diag = Math.hypot(b[1][0] - b[0][0], b[1][1] - b[0][1], b[1][2] - b[0][2]);
  const m = shape.mesh({ tolerance: Math.max(1e-3, diag * relTol), angularTolerance: angTol });
  const key = new Map<string, number>();
  const positions: number[] = [];
  const remap: number[] = [];
  for (let i = 0; i < m.vertices.length; i += 3) {
    const x = q(m.vertices[i]);
    const y = q(m.vertices[i + 1]);
    const z = q(m.vertices[i + 2]);
    const k = `${x},${y},${z}`;
    let id = key.get(k);
    if (id === undefined) {
      id = positions.length / 3;
      key.set(k, id);
      positions.push(x, y, z);
    }
    remap.push(id);
  }
  const indices: number[] = [];
  for (let i = 0; i < m.triangles.length; i += 3) {
    const a = remap[m.triangles[i]];
    const bb = remap[m.triangles[i + 1]];
    const c = remap[m.triangles[i + 2]];
    if (a !== bb && bb !== c && a !== c) indices.push(a, bb, c);
  }
  const edges: number[] = [];
  if (withEdges) {
    const e = shape.meshEdges({ tolerance: Math.max(1e-3, diag * relTol), angularTolerance: angTol });
    for (const g of e.edgeGroups) {
      for (let k = g.start; k < g.start + g.count - 1; k++) {
        const i = 3 * k;
        edges.push(q(e.lines[i]), q(e.lines[i + 1]), q(e.lines[i + 2]), q(e.lines[i + 3]), q(e.lines[i + 4]), q(e.lines[i + 5]));
      }
    }
  }
  // The triangulation stays attached to the faces and edges it was made for, and shapes a program
  // made share those with the solid: one of them still referenced after the run (inside
  // OpenCascade or replicad) kept a whole mesh in the wasm heap, tens of kB per program.
  R.getOC().BRepTools.Clean(shape.wrapped, true);
  return { positions, indices, edges };
}

/** The solid as STEP text, written through OpenCascade's in-memory file system (synchronous). */
function stepOf(shape: R.Shape3D): string {
  const oc = R.getOC();
  const writer = new oc.STEPControl_Writer();
  const progress = new oc.Message_ProgressRange();
  try {
    oc.Interface_Static.SetIVal('write.step.schema', 5);
    writer.Transfer(shape.wrapped, oc.STEPControl_StepModelType.STEPControl_AsIs, true, progress);
    if (writer.Write('/part.step') !== oc.IFSelect_ReturnStatus.IFSelect_RetDone) throw new CadError('geometry', 'OpenCascade could not write the STEP file');
    const text = (oc as any).FS.readFile('/part.step', { encoding: 'utf8' }) as string;
    (oc as any).FS.unlink('/part.step');
    return text;
  } finally {
    writer.delete();
    progress.delete();
  }
}

/** OpenCascade's topological and geometric validity check of the solid. */
function isValid(shape: R.Shape3D): boolean {
  const a = new (R.getOC().BRepCheck_Analyzer)(shape.wrapped, true, false, false);
  try {
    return a.IsValid(shape.wrapped);
  } finally {
    a.delete();
  }
}

/** Volume or area by the same OpenCascade calls as replicad's measureVolume/measureArea, with the properties object deleted at once. */
function gprop(shape: R.Shape3D, what: 'volume' | 'area'): number {
  const oc = R.getOC();
  const props = new oc.GProp_GProps();
  try {
    if (what === 'volume') oc.BRepGProp.VolumeProperties(shape.wrapped, props, false, false, false);
    else oc.BRepGProp.SurfaceProperties(shape.wrapped, props, false, false);
    return props.Mass();
  } finally {
    props.delete();
  }
}

/**
 * The volume of a solid whose curved faces are all parallel to one direction d (an extruded
 * profile with splines or arcs): by the divergence theorem with the field (P·d)d, only planar faces
 * count, each (n·d)(C·d)·area from its area and centroid. OpenCascade's volume integral is a few %
 * off over the side of an extruded many-knot spline (a `parametricCurve` outline), its adaptive
 * one worse still, while the adaptive area integral of a planar cap is right to 1e-8; null when
 * the solid is not such a prism.
 */
function prismVolume(shape: R.Shape3D): number | null {
  const oc = R.getOC();
  const faces = subFaces(shape);
  try {
    const sides = faces.filter((f) => f.geomType === 'EXTRUSION_SURFACE');
    if (sides.length === 0 || faces.some((f) => !['PLANE', 'EXTRUSION_SURFACE', 'CYLINDRE'].includes(f.geomType))) return null;
    const along = (f: R.Face): V3 => {
      const a = new oc.BRepAdaptor_Surface(f.wrapped, true);
      const g = f.geomType === 'CYLINDRE' ? a.Cylinder() : null;
      const ax = g?.Axis();
      const dir = ax ? ax.Direction() : a.Direction();
      const out: V3 = [dir.X(), dir.Y(), dir.Z()];
      for (const x of [dir, ax, g, a]) x?.delete();
      return out;
    };
    const d = along(sides[0]);
    // Heights from the box centre, not the origin: a part far from the origin would otherwise be a
    // small difference of large cap terms.
    const [lo, hi] = bounds(shape);
    const o = dot(mul(add(lo, hi), 0.5), d);
    let v = 0;
    for (const f of faces) {
      if (f.geomType !== 'PLANE') {
        if (Math.abs(Math.abs(dot(along(f), d)) - 1) > 1e-12) return null;
        continue;
      }
      const nd = dot(faceNormal(f), d);
      const props = new oc.GProp_GProps();
      // The adaptive integration (Eps): the fixed one is ~1e-4 off on a cap bounded by a many-knot spline.
      oc.BRepGProp.SurfaceProperties(f.wrapped, props, 1e-9, false);
      const c = props.CentreOfMass();
      v += nd * (dot([c.X(), c.Y(), c.Z()], d) - o) * props.Mass();
      c.delete();
      props.delete();
    }
    return v;
  } finally {
    for (const f of faces) f.delete();
  }
}

export function measure(shape: R.Shape3D): Measured {
  const bb = bounds(shape);
  return {
    volume: prismVolume(shape) ?? gprop(shape, 'volume'),
    area: gprop(shape, 'area'),
    bbox: [bb[0].map(q) as [number, number, number], bb[1].map(q) as [number, number, number]],
    faces: countSubShapes(shape, 'face'),
    edges: countSubShapes(shape, 'edge'),
    solids: countSubShapes(shape, 'solid'),
  };
}

/**
 * The part a program produced: `result`, else the last show_object() argument, else `r`
 * (CAD-Recode, cadrille) when it holds a solid (Text2CAD-style programs use `r` for a radius),
 * else the most recently assigned global that holds a solid (`solid` in SketchGraphs/DeepCAD
 * conversions, `part`, `assembly` ...).
 */
function resultValue(interp: Interpreter, session: CadSession): Value {
  if (interp.env.has('result')) return interp.env.get('result')!;
  if (session.shown.length) return session.shown[session.shown.length - 1];
  const r = interp.env.get('r');
  if (r !== undefined && session.solidOf(r) !== null) return r;
  const names = [...interp.env.keys()].reverse();
  const last = names.find((n) => session.solidOf(interp.env.get(n)!) !== null);
  if (last !== undefined) return interp.env.get(last)!;
  throw new CadError('runtime', 'the program must assign the final part to `result` (or call show_object(part))');
}

/**
 * Executes `program`; `onSolid` may use the solid before it is freed (comparisons). Never throws:
 * failures come back as { ok: false, stage, error }.
 */
export function execute<X = undefined>(
  program: Program,
  opts: RunOptions = {},
  onSolid?: (shape: R.Shape3D, keep: <T>(v: T) => T) => X,
): RunResult & { extra?: X } {
  const t0 = performance.now();
  const budget = new Budget({ ...DEFAULT_LIMITS, ...opts.limits });
  const session = new CadSession(budget);
  try {
    const interp = new Interpreter(
      { modules: { cadquery: session.module() }, globals: { show_object: fn('show_object', (a) => (session.shown.push(a[0] ?? null), null)), debug: fn('debug', () => null) } },
      budget,
    );
    interp.run(program);
    const v = resultValue(interp, session);
    const solid = session.solidOf(v);
    if (!solid) throw new CadError('runtime', 'the result is not a Workplane holding a solid');
    const keep = <T>(x: T) => session.keep(x);
    const m = measure(solid);
    if (!(m.volume > 1e-9) || m.solids === 0) throw new CadError('geometry', 'the result has no volume (not a closed solid)');
    const mo = opts.mesh;
    const mesh = mo ? meshOf(solid, typeof mo === 'object' ? mo.relTolerance : undefined, typeof mo === 'object' ? mo.angularTolerance : undefined, typeof mo === 'object' ? mo.edges !== false : true) : undefined;
    const step = opts.step ? stepOf(solid) : undefined;
    const valid = opts.check ? isValid(solid) : undefined;
    const extra = onSolid?.(solid, keep);
    return { ok: true, ...m, ops: budget.ops, steps: budget.steps, ms: performance.now() - t0, mesh, step, valid, extra };
  } catch (e) {
    const ms = performance.now() - t0;
    if (e instanceof CadError) return { ok: false, stage: e.stage, error: e.message, ms };
    const msg = e instanceof Error ? e.message : typeof e === 'number' ? `OpenCascade exception ${e}` : String(e);
    return { ok: false, stage: 'geometry', error: `kernel error: ${msg}`.slice(0, 300), ms };
  } finally {
    session.arena.free();
  }
}
