// The `cadquery` module a program imports: Workplane, Sketch, Vector, Location, Plane and the
// shape constructors real programs use (Solid.makeBox/makeCylinder/makeCone/makeSphere/
// makeTorus/makeWedge, Edge/Wire makers, Compound.makeCompound). Names outside this list are
// refused with the name, so a program can never reach files, exporters or assemblies.
import * as R from 'replicad';
import { arcEdge, compoundOf, cylinderOf, lineEdge, owned, polygonFace, prismOf, revolutionOf } from './make.js';
import { bind, MAX_POINTS, positive } from './args.js';
import { defaultXDir, makePlane, NAMED_PLANES, toWorld, unit, type PlaneT, type V3 } from './geom.js';
import { CadError } from './lang/ast.js';
import { fn, num, type ModuleValue, type Value } from './lang/interp.js';
import { newLocation, newPlane, newVector, PlaneValue, ShapeValue, vec, type Ctx } from './objects.js';
import { splineEdge } from './profile.js';
import { selectorsModule } from './selectors.js';
import { kindOf, translateShape } from './shapes.js';
import { newSketch } from './sketch.js';
import { CadSession, type Item } from './workplane.js';

function named(name: Value, origin: Value, line: number): PlaneT {
  if (typeof name !== 'string' || !(name in NAMED_PLANES)) {
    throw new CadError('unsupported', `plane ${JSON.stringify(name)}; the named planes are ${Object.keys(NAMED_PLANES).join(', ')}`, line);
  }
  const np = NAMED_PLANES[name];
  return { o: vec(origin, 'origin', line), x: np.x, z: np.z };
}

/** A local frame at pnt with normal dir (x from OpenCascade's default for dir), as CadQuery's makers take. */
function frameAt(pnt: Value, dir: Value, line: number): PlaneT {
  const z = unit(vec(dir, 'dir', line));
  if (z.every((c) => c === 0)) throw new CadError('geometry', 'direction must not be zero', line);
  return { o: vec(pnt, 'pnt', line), x: defaultXDir(z), z };
}

function shape(ctx: Ctx, s: R.AnyShape, line: number): ShapeValue {
  ctx.budget.op('shape', line);
  return new ShapeValue(ctx.keep(s), ctx);
}

function solidMakers(ctx: Ctx): ModuleValue {
  const revolved = (p: PlaneT, pts: [number, number][], deg: number) => ctx.keep(revolutionOf(ctx.keep(polygonFace(pts.map(([r, h]) => toWorld(p, [r, 0, h])))), p.o, p.z, deg));
  return {
    kind: 'module',
    name: 'Solid',
    attrs: {
      makeBox: fn('Solid.makeBox', (a, kw, line) => {
        const b = bind('makeBox', [['length', undefined], ['width', undefined], ['height', undefined], ['pnt', [0, 0, 0]], ['dir', [0, 0, 1]]], a, kw, line);
        const p = frameAt(b.pnt, b.dir, line);
        const [l, w, h] = [positive(b.length, 'length', line), positive(b.width, 'width', line), positive(b.height, 'height', line)];
        const f = ctx.keep(polygonFace([toWorld(p, [0, 0, 0]), toWorld(p, [l, 0, 0]), toWorld(p, [l, w, 0]), toWorld(p, [0, w, 0])]));
        return shape(ctx, prismOf(f, p.z.map((c) => c * h) as V3), line);
      }),
      makeCylinder: fn('Solid.makeCylinder', (a, kw, line) => {
        const b = bind('makeCylinder', [['radius', undefined], ['height', undefined], ['pnt', [0, 0, 0]], ['dir', [0, 0, 1]], ['angleDegrees', 360]], a, kw, line);
        const p = frameAt(b.pnt, b.dir, line);
        const [r, h, deg] = [positive(b.radius, 'radius', line), positive(b.height, 'height', line), num(b.angleDegrees, 'angleDegrees', line)];
        return shape(ctx, deg >= 360 ? cylinderOf(r, h, p.o, p.z) : revolved(p, [[0, 0], [r, 0], [r, h], [0, h]], deg), line);
      }),
      makeCone: fn('Solid.makeCone', (a, kw, line) => {
        const b = bind('makeCone', [['radius1', undefined], ['radius2', undefined], ['height', undefined], ['pnt', [0, 0, 0]], ['dir', [0, 0, 1]], ['angleDegrees', 360]], a, kw, line);
        const p = frameAt(b.pnt, b.dir, line);
        const [r1, r2, h] = [num(b.radius1, 'radius1', line), num(b.radius2, 'radius2', line), positive(b.height, 'height', line)];
        if (r1 < 0 || r2 < 0 || r1 + r2 <= 0) throw new CadError('geometry', 'makeCone radii must be >= 0 and not both 0', line);
        const pts: [number, number][] = [[0, 0], ...(r1 > 0 ? [[r1, 0] as [number, number]] : []), ...(r2 > 0 ? [[r2, h] as [number, number]] : []), [0, h]];
        return shape(ctx, revolved(p, pts, Math.min(360, num(b.angleDegrees, 'angleDegrees', line))), line);
      }),
      makeSphere: fn('Solid.makeSphere', (a, kw, line) => {
        const b = bind('makeSphere', [['radius', undefined], ['pnt', [0, 0, 0]], ['dir', [0, 0, 1]], ['angleDegrees1', 0], ['angleDegrees2', 90], ['angleDegrees3', 360]], a, kw, line);
        const r = positive(b.radius, 'radius', line);
        // CadQuery's defaults (0, 90) still make a full sphere (its angle arguments were historically ignored there).
        return shape(ctx, translateShape(ctx.keep(R.makeSphere(r)), vec(b.pnt, 'pnt', line)), line);
      }),
      makeTorus: fn('Solid.makeTorus', (a, kw, line) => {
        const b = bind('makeTorus', [['radius1', undefined], ['radius2', undefined], ['pnt', [0, 0, 0]], ['dir', [0, 0, 1]], ['angleDegrees1', 0], ['angleDegrees2', 360]], a, kw, line);
        const [R1, R2] = [positive(b.radius1, 'radius1', line), positive(b.radius2, 'radius2', line)];
        if (R2 >= R1) throw new CadError('geometry', 'makeTorus needs radius2 < radius1', line);
        const p = frameAt(b.pnt, b.dir, line);
        const oc = R.getOC();
        const tmp: { delete(): void }[] = [];
        const t = <T extends { delete(): void }>(v: T) => (tmp.push(v), v);
        try {
          const ax = t(new oc.gp_Ax2(t(new oc.gp_Pnt(...p.o)), t(new oc.gp_Dir(...p.z)), t(new oc.gp_Dir(...p.x))));
          return shape(ctx, owned(t(new oc.BRepPrimAPI_MakeTorus(ax, R1, R2)).Shape()), line);
        } finally {
          tmp.reverse().forEach((v) => v.delete());
        }
      }),
    },
  };
}

function edgeMakers(ctx: Ctx): ModuleValue {
  return {
    kind: 'module',
    name: 'Edge',
    attrs: {
      makeLine: fn('Edge.makeLine', (a, _k, line) => shape(ctx, lineEdge(vec(a[0], 'v1', line), vec(a[1], 'v2', line)), line)),
      makeThreePointArc: fn('Edge.makeThreePointArc', (a, _k, line) => shape(ctx, arcEdge(vec(a[0], 'v1', line), vec(a[1], 'v2', line), vec(a[2], 'v3', line)), line)),
      makeCircle: fn('Edge.makeCircle', (a, kw, line) => {
        const b = bind('makeCircle', [['radius', undefined], ['pnt', [0, 0, 0]], ['dir', [0, 0, 1]]], a, kw, line);
        return shape(ctx, R.makeCircle(positive(b.radius, 'radius', line), vec(b.pnt, 'pnt', line), vec(b.dir, 'dir', line)), line);
      }),
      makeSpline: fn('Edge.makeSpline', (a, kw, line) => {
        const b = bind('makeSpline', [['listOfVector', undefined], ['tangents', null], ['periodic', false]], a, kw, line);
        if (!Array.isArray(b.listOfVector) || b.listOfVector.length < 2 || b.listOfVector.length > MAX_POINTS) throw new CadError('runtime', `makeSpline needs 2 to ${MAX_POINTS} points`, line);
        const tan = b.tangents === null ? null : (b.tangents as Value[]).map((t) => vec(t, 'tangent', line));
        return shape(ctx, splineEdge(b.listOfVector.map((p) => vec(p, 'point', line)), tan, b.periodic === true), line);
      }),
    },
  };
}

function wireMakers(ctx: Ctx): ModuleValue {
  return {
    kind: 'module',
    name: 'Wire',
    attrs: {
      makePolygon: fn('Wire.makePolygon', (a, kw, line) => {
        const b = bind('makePolygon', [['listOfVertices', undefined], ['forConstruction', false], ['close', false]], a, kw, line);
        if (!Array.isArray(b.listOfVertices) || b.listOfVertices.length < 2 || b.listOfVertices.length > MAX_POINTS) throw new CadError('runtime', 'makePolygon needs a list of points', line);
        const pts = b.listOfVertices.map((p) => vec(p, 'point', line));
        if (b.close === true) pts.push(pts[0]);
        return shape(ctx, R.assembleWire(pts.slice(1).map((p, i) => ctx.keep(lineEdge(pts[i], p)))), line);
      }),
      makeCircle: fn('Wire.makeCircle', (a, kw, line) => {
        const b = bind('makeCircle', [['radius', undefined], ['center', [0, 0, 0]], ['normal', [0, 0, 1]]], a, kw, line);
        return shape(ctx, R.assembleWire([ctx.keep(R.makeCircle(positive(b.radius, 'radius', line), vec(b.center, 'center', line), vec(b.normal, 'normal', line)))]), line);
      }),
      makeHelix: fn('Wire.makeHelix', (a, kw, line) => {
        const b = bind('makeHelix', [['pitch', undefined], ['height', undefined], ['radius', undefined], ['center', [0, 0, 0]], ['dir', [0, 0, 1]], ['angle', 360], ['lefthand', false]], a, kw, line);
        const [pitch, h, r] = [positive(b.pitch, 'pitch', line), positive(b.height, 'height', line), positive(b.radius, 'radius', line)];
        if (h / pitch > 200) throw new CadError('limit', 'a helix of more than 200 turns', line);
        return shape(ctx, R.makeHelix(pitch, h, r, vec(b.center, 'center', line), vec(b.dir, 'dir', line), b.lefthand === true), line);
      }),
      assembleEdges: fn('Wire.assembleEdges', (a, _k, line) => {
        const edges = (Array.isArray(a[0]) ? a[0] : []).map((e) => (e instanceof ShapeValue && kindOf(e.shape) === 'Edge' ? (e.shape as R.Edge) : null));
        if (!edges.length || edges.some((e) => !e)) throw new CadError('runtime', 'assembleEdges needs a list of Edges', line);
        return shape(ctx, R.assembleWire(edges as R.Edge[]), line);
      }),
    },
  };
}

const LEFT_OUT: Record<string, string> = {
  Assembly: 'assemblies are left out: a program must produce one part',
  importers: 'importers are left out: programs cannot read files',
  Color: 'colours are left out (assemblies only)',
};

/** Showing and exporting do nothing: the verifier measures the part itself, no file is written. */
function noOps(name: string, fns: string[]): ModuleValue {
  return { kind: 'module', name, attrs: Object.fromEntries(fns.map((f) => [f, fn(`${name}.${f}`, () => null)])) };
}

export function cqModule(session: CadSession): ModuleValue {
  const ctx: Ctx = session;
  const workplane = fn('cq.Workplane', (args, kw, line) => {
    const a = bind('Workplane', [['inPlane', 'XY'], ['origin', [0, 0, 0]], ['obj', null]], args, kw, line);
    let stack: Item[] = [];
    let plane: PlaneT;
    if (a.inPlane instanceof PlaneValue) plane = a.inPlane.p;
    else if (a.inPlane instanceof ShapeValue) {
      plane = named('XY', a.origin, line);
      stack = [{ t: 'shape', s: a.inPlane.shape }];
    } else plane = named(a.inPlane, a.origin, line);
    if (a.obj instanceof ShapeValue) stack = [{ t: 'shape', s: a.obj.shape }];
    const w = session.workplane(plane, stack);
    const solid = stack.find((i) => i.t === 'shape' && R.isShape3D(i.s));
    return solid && solid.t === 'shape' ? w.next({ solid: solid.s as R.Shape3D, parent: null }) : w;
  });
  const planeNamed = (name: string) => fn(`Plane.${name}`, (a, kw, line) => {
    const b = bind(name, [['origin', [0, 0, 0]], ['xDir', null]], a, kw, line);
    const p = named(name, b.origin, line);
    return new PlaneValue(b.xDir === null ? p : makePlane(p.o, vec(b.xDir, 'xDir', line), p.z));
  });
  const plane = fn('cq.Plane', (a, kw, line) => newPlane(a, kw, line));
  const planeModule: ModuleValue = {
    kind: 'module',
    name: 'Plane',
    attrs: {
      named: fn('Plane.named', (a, kw, line) => {
        const b = bind('named', [['stdName', undefined], ['origin', [0, 0, 0]]], a, kw, line);
        return new PlaneValue(named(b.stdName, b.origin, line));
      }),
      ...Object.fromEntries(['XY', 'YZ', 'ZX', 'XZ', 'YX', 'ZY'].map((n) => [n, planeNamed(n)])),
    },
  };
  const attrs: Record<string, Value> = {
    Workplane: workplane,
    Sketch: fn('cq.Sketch', (a, kw, line) => {
      bind('Sketch', [], a, kw, line);
      return newSketch(session);
    }),
    Vector: fn('cq.Vector', newVector),
    Location: fn('cq.Location', newLocation),
    Plane: { ...plane, attrs: planeModule.attrs },
    Solid: solidMakers(ctx),
    Edge: edgeMakers(ctx),
    Wire: wireMakers(ctx),
    exporters: noOps('exporters', ['export', 'exportStep', 'exportStl', 'exportSvg', 'exportDXF']),
    vis: noOps('vis', ['show', 'show_object']),
    selectors: selectorsModule(),
    Compound: {
      kind: 'module',
      name: 'Compound',
      attrs: {
        makeCompound: fn('Compound.makeCompound', (a, _k, line) => {
          const shapes = (Array.isArray(a[0]) ? a[0] : []).map((s) => (s instanceof ShapeValue ? s.shape : null));
          if (!shapes.length || shapes.some((s) => !s)) throw new CadError('runtime', 'makeCompound needs a list of shapes', line);
          return shape(ctx, compoundOf(shapes as R.AnyShape[]), line);
        }),
      },
    },
    Face: {
      kind: 'module',
      name: 'Face',
      attrs: {
        makeFromWires: fn('Face.makeFromWires', (a, _k, line) => {
          const outer = a[0] instanceof ShapeValue && kindOf(a[0].shape) === 'Wire' ? (a[0].shape as R.Wire) : null;
          if (!outer) throw new CadError('runtime', 'makeFromWires needs a Wire', line);
          const inner = (Array.isArray(a[1]) ? a[1] : []).map((w) => (w as ShapeValue).shape as R.Wire);
          const f = ctx.keep(R.makeFace(outer));
          return shape(ctx, inner.length ? R.addHolesInFace(f, inner) : f, line);
        }),
      },
    },
  };
  for (const [k, why] of Object.entries(LEFT_OUT)) {
    attrs[k] = fn(`cq.${k}`, (_a, _k, line) => {
      throw new CadError('unsupported', `cq.${k}: ${why}`, line);
    });
  }
  return { kind: 'module', name: 'cadquery', attrs };
}

