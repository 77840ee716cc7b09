// A loft through circles on one axis (a funnel, a cup, a nozzle: CAD-RL and ExeCAD programs loft
// between two circles all the time), built as the solid of revolution it is. The ruled surface
// between two coaxial circles is a cone or a cylinder, and with two sections a smooth loft is
// the same surface, so the solid is exactly CadQuery's. OpenCascade's ThruSections makes that
// cone with a Bezier seam edge that its offset algorithm cannot follow: `shell` of such a loft
// threw or gave an invalid solid, while the revolved cone shells like any other.
import * as R from 'replicad';
import { lineEdge, revolutionOf } from './make.js';
import { add, dot, len, mul, sub, toWorld, unit, type V3 } from './geom.js';
import type { PendingLoop } from './workplane.js';

type Keep = <T>(v: T) => T;

/** The loft of `pending` as a revolution, or null when its outlines are not circles on one axis. */
export function coaxialLoft(pending: PendingLoop[], ruled: boolean, keep: Keep): R.Shape3D | null {
  // Three or more sections lofted smoothly make a curved (B-spline) surface: not a revolution of segments.
  if (pending.length < 2 || (!ruled && pending.length > 2)) return null;
  const secs: { c: V3; n: V3; r: number; seam: V3 }[] = [];
  for (const p of pending) {
    const s = p.loop.segs[0];
    if (p.loop.wire || p.loop.segs.length !== 1 || s.k !== 'circle') return null;
    const axes = { ...p.plane, o: [0, 0, 0] as V3 };
    secs.push({ c: toWorld(p.plane, [s.c[0], s.c[1], 0]), n: unit(p.plane.z), r: s.r, seam: unit(toWorld(axes, [Math.cos(s.rot), Math.sin(s.rot), 0])) });
  }
  const [c0, n] = [secs[0].c, secs[0].n];
  const h = secs.map((s) => dot(sub(s.c, c0), n));
  const size = Math.max(...secs.map((s) => s.r), ...h.map(Math.abs));
  for (const s of secs) {
    const d = sub(s.c, c0);
    if (Math.abs(Math.abs(dot(s.n, n)) - 1) > 1e-9 || len(sub(d, mul(n, dot(d, n)))) > 1e-9 * size) return null;
  }
  // Heights strictly one way along the axis (sections that double back are not a revolution profile).
  const way = Math.sign(h[1] - h[0]);
  if (way === 0 || h.some((x, i) => i > 0 && Math.sign(x - h[i - 1]) !== way)) return null;
  const at = (z: number, r: number): V3 => add(add(c0, mul(n, z)), mul(secs[0].seam, r));
  const pts = [at(h[0], 0), ...secs.map((s, i) => at(h[i], s.r)), at(h[h.length - 1], 0)];
  const edges = pts.map((p, i) => keep(lineEdge(p, pts[(i + 1) % pts.length])));
  const face = keep(R.makeFace(keep(R.assembleWire(edges))));
  return keep(revolutionOf(face, c0, n, 360) as R.Shape3D);
}
