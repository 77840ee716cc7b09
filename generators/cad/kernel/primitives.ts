// CadQuery's solid primitives on a Workplane, one at every stack location: box, cylinder,
// sphere and wedge, oriented by the workplane (a box on a face workplane follows the face).
import * as R from 'replicad';
import { cylinderOf, lineEdge, loftOf, polygonFace } from './make.js';
import { bind, bool3, positive } from './args.js';
import { add, len, mul, sub, toWorld, unit, type PlaneT, type V3 } from './geom.js';
import { CadError } from './lang/ast.js';
import { num, type Value } from './lang/interp.js';
import { vec } from './objects.js';
import { translateShape } from './shapes.js';
import { attempt, finishShapes, op, prism } from './wp3d.js';
import { planeAt, type Method, type WorkplaneValue } from './workplane.js';

type Shape3D = R.Shape3D;

function solidAt(w: WorkplaneValue, make: (plane: PlaneT) => Shape3D, combine: Value, name: string, line: number): WorkplaneValue {
  const made = w.locs().map((l) => {
    op(w, name, line);
    return attempt(name, line, () => make(planeAt(w.state.plane, l)));
  });
  return finishShapes(w, made, combine, line);
}

/**
 * CadQuery's wedge: a box dx·dy·dz whose face at y = dy shrinks to [xmin, xmax] × [zmin, zmax];
 * built as a ruled loft between the two end rectangles, or as a prism when one range is full.
 */
function wedgeSolid(w: WorkplaneValue, p: PlaneT, off: V3, dx: number, dy: number, dz: number, x0: number, z0: number, x1: number, z1: number, line: number): Shape3D {
  const at = (x: number, y: number, z: number) => toWorld(p, add(off, [x, y, z]));
  if (x1 - x0 > 1e-9 && z1 - z0 > 1e-9) {
    const rect = (pts: V3[]) => w.keep(R.assembleWire(pts.map((q, i) => w.keep(lineEdge(q, pts[(i + 1) % 4])))));
    const bottom = rect([at(0, 0, 0), at(dx, 0, 0), at(dx, 0, dz), at(0, 0, dz)]);
    const top = rect([at(x0, dy, z0), at(x1, dy, z0), at(x1, dy, z1), at(x0, dy, z1)]);
    return w.keep(loftOf([bottom, top], true) as Shape3D);
  }
  if (Math.abs(z0) < 1e-9 && Math.abs(z1 - dz) < 1e-9) {
    const f = w.keep(polygonFace([at(0, 0, 0), at(dx, 0, 0), at(x1, dy, 0), at(x0, dy, 0)].filter((q, i, all) => i === 0 || len(sub(q, all[i - 1])) > 1e-9)));
    return prism(w, f, mul(p.z, dz));
  }
  if (Math.abs(x0) < 1e-9 && Math.abs(x1 - dx) < 1e-9) {
    const f = w.keep(polygonFace([at(0, 0, 0), at(0, 0, dz), at(0, dy, z1), at(0, dy, z0)].filter((q, i, all) => i === 0 || len(sub(q, all[i - 1])) > 1e-9)));
    return prism(w, f, mul(p.x, dx));
  }
  throw new CadError('unsupported', 'wedge() whose far face shrinks to a line in both directions', line);
}

/** A box on a plane: corner at local `c`, sizes along the plane's x, y and normal. */
export function boxOn(w: WorkplaneValue, p: PlaneT, c: V3, size: V3): Shape3D {
  const [x, y, z] = c;
  const f = w.keep(polygonFace([toWorld(p, [x, y, z]), toWorld(p, [x + size[0], y, z]), toWorld(p, [x + size[0], y + size[1], z]), toWorld(p, [x, y + size[1], z])]));
  return prism(w, f, mul(p.z, size[2]));
}

export const METHODS_PRIMITIVES: Record<string, Method> = {
  box(args, kw, line) {
    const a = bind('box', [['length', undefined], ['width', undefined], ['height', undefined], ['centered', true], ['combine', true], ['clean', true]], args, kw, line);
    const [l, wd, h] = [positive(a.length, 'length', line), positive(a.width, 'width', line), positive(a.height, 'height', line)];
    const [cx, cy, cz] = bool3(a.centered, 'centered', line);
    return solidAt(this, (p) => boxOn(this, p, [cx ? -l / 2 : 0, cy ? -wd / 2 : 0, cz ? -h / 2 : 0], [l, wd, h]), a.combine, 'box', line);
  },
  cylinder(args, kw, line) {
    const a = bind('cylinder', [['height', undefined], ['radius', undefined], ['direct', [0, 0, 1]], ['angle', 360], ['centered', true], ['combine', true], ['clean', true]], args, kw, line);
    const h = positive(a.height, 'height', line);
    const r = positive(a.radius, 'radius', line);
    if (num(a.angle, 'angle', line) !== 360) throw new CadError('unsupported', 'cylinder(angle=...) other than 360', line);
    const [cx, cy, cz] = bool3(a.centered, 'centered', line);
    const d = unit(vec(a.direct, 'direct', line));
    return solidAt(
      this,
      (p) => {
        const dir = toWorld({ ...p, o: [0, 0, 0] }, d);
        const base = toWorld(p, [cx ? 0 : r, cy ? 0 : r, cz ? -h / 2 : 0]);
        return this.keep(cylinderOf(r, h, base, dir) as Shape3D);
      },
      a.combine,
      'cylinder',
      line,
    );
  },
  sphere(args, kw, line) {
    const a = bind('sphere', [['radius', undefined], ['direct', [0, 0, 1]], ['angle1', -90], ['angle2', 90], ['angle3', 360], ['centered', true], ['combine', true], ['clean', true]], args, kw, line);
    const r = positive(a.radius, 'radius', line);
    if (num(a.angle1, 'angle1', line) !== -90 || num(a.angle2, 'angle2', line) !== 90 || num(a.angle3, 'angle3', line) !== 360) {
      throw new CadError('unsupported', 'sphere() with partial angles', line);
    }
    const [cx, cy, cz] = bool3(a.centered, 'centered', line);
    return solidAt(this, (p) => this.keep(translateShape(this.keep(R.makeSphere(r)), toWorld(p, [cx ? 0 : r, cy ? 0 : r, cz ? 0 : r])) as Shape3D), a.combine, 'sphere', line);
  },
  wedge(args, kw, line) {
    const a = bind(
      'wedge',
      [['dx', undefined], ['dy', undefined], ['dz', undefined], ['xmin', undefined], ['zmin', undefined], ['xmax', undefined], ['zmax', undefined], ['pnt', [0, 0, 0]], ['dir', [0, 0, 1]], ['centered', true], ['combine', true], ['clean', true]],
      args,
      kw,
      line,
    );
    const [dx, dy, dz] = [positive(a.dx, 'dx', line), positive(a.dy, 'dy', line), positive(a.dz, 'dz', line)];
    const [x0, z0, x1, z1] = [num(a.xmin, 'xmin', line), num(a.zmin, 'zmin', line), num(a.xmax, 'xmax', line), num(a.zmax, 'zmax', line)];
    const [cx, cy, cz] = bool3(a.centered, 'centered', line);
    const off: V3 = add(vec(a.pnt, 'pnt', line), [cx ? -dx / 2 : 0, cy ? -dy / 2 : 0, cz ? -dz / 2 : 0]);
    if (len(sub(unit(vec(a.dir, 'dir', line)), [0, 0, 1])) > 1e-9) throw new CadError('unsupported', 'wedge(dir=...) other than (0, 0, 1)', line);
    return solidAt(this, (p) => wedgeSolid(this, p, off, dx, dy, dz, x0, z0, x1, z1, line), a.combine, 'wedge', line);
  },
};
