// extrude(until="next"|"last") and cutBlind("next"|"last") as CadQuery's Workplane._extrude
// builds them: for each face, the faces of the solid met by the line through the face's centre
// along the normal (ahead for an extrusion, behind for a cut; the other way when none is met),
// nearest first; "next" takes the first, or the second when an extrusion starts inside the solid
// or on its surface (the first would be where it leaves the solid), "last" the farthest. The
// profile is then extruded up to that face's surface and fused or cut by OpenCascade's
// BRepFeat_MakeDPrism, as CadQuery's Solid.dprism does.
import * as R from 'replicad';
import { lineEdge, owned, scoped } from './make.js';
import { add, dot, len, mul, sub, type V3 } from './geom.js';
import { bounds, outerWire, shapeCenter } from './shapes.js';
import { subFaces } from './topo.js';

type Keep = <T>(v: T) => T;

/** CadQuery's intersection tolerance: a crossing closer than √1e-4 to the start point is the start's own face. */
const NEAR = 1e-2;

/** Crossings of the ray from `p` along `dir` with the faces of `solid`, nearest first (CadQuery's facesIntersectedByLine). */
function crossings(solid: R.Shape3D, p: V3, dir: V3, keep: Keep): { face: R.Face; d: number }[] {
  const oc = R.getOC();
  const [lo, hi] = bounds(solid);
  const reach = len(sub(hi, lo)) + len(sub(p, mul(add(lo, hi), 0.5))) + 1;
  const ray = keep(lineEdge(p, add(p, mul(dir, reach))));
  const hits: { face: R.Face; d: number }[] = [];
  for (const face of subFaces(solid).map(keep)) {
    scoped((t) => {
      const dss = t(new oc.BRepExtrema_DistShapeShape(ray.wrapped, face.wrapped));
      if (!dss.IsDone() || dss.Value() > 1e-7) return;
      for (let i = 1; i <= dss.NbSolution(); i++) {
        const q = t(dss.PointOnShape1(i));
        const d = dot(sub([q.X(), q.Y(), q.Z()], p), dir);
        // One crossing may come back once per face edge it lies on: kept once.
        if (!hits.some((h) => h.face === face && Math.abs(h.d - d) < 1e-7)) hits.push({ face, d });
      }
    });
  }
  return hits.sort((a, b) => a.d - b.d);
}

/** Whether `p` is in the solid or on its surface (CadQuery's isInside): on a face, or an odd number of crossings ahead. */
function insideOrOn(solid: R.Shape3D, p: V3, dir: V3, keep: Keep): boolean {
  const hits = crossings(solid, p, dir, keep);
  if (hits.some((h) => Math.abs(h.d) < 1e-6)) return true;
  return hits.filter((h) => h.d > 0).length % 2 === 1;
}

/** Faces of `solid` met from the profile's centre along `dir` (extrusions) or against it (cuts), nearest first. */
function facesFrom(solid: R.Shape3D, face: R.Face, dir: V3, additive: boolean, fallback: boolean, keep: Keep): R.Face[] {
  const c = shapeCenter(face);
  const ahead = (d: V3) => crossings(solid, c, d, keep).filter((h) => h.d * h.d > NEAR * NEAR).map((h) => h.face);
  const toward = additive ? dir : mul(dir, -1);
  const hits = ahead(toward);
  // CadQuery then looks the other way, as the workplane may face away from the solid (not for `both`).
  return hits.length === 0 && fallback ? ahead(mul(toward, -1)) : hits;
}

function pick(hits: R.Face[], i: number, which: string): R.Face {
  const f = i < 0 ? hits[hits.length + i] : hits[i];
  if (!f) throw new Error(`no ${which} face of the solid along the profile's normal`);
  return f;
}

function dprism(solid: R.Shape3D, face: R.Face, limit: R.Face, additive: boolean): R.Shape3D {
  const oc = R.getOC();
  return scoped((t) => {
    const feat = t(new oc.BRepFeat_MakeDPrism(solid.wrapped, face.wrapped, t(new oc.TopoDS_Face()), 0, additive ? 1 : 0, false));
    feat.Perform(limit.wrapped);
    if (!feat.IsDone()) throw new Error(`OpenCascade could not ${additive ? 'extrude' : 'cut'} up to the face`);
    const out = owned(feat.Shape());
    if (!R.isShape3D(out)) throw new Error('the result is not a solid');
    return out;
  });
}

/**
 * The solid with each profile face extruded (fused) or cut up to its next/last face, in both
 * directions when asked. As in CadQuery, the faces are always those of the solid before the
 * operation, and once a profile starts inside the solid "next" means the second face met for
 * every later profile and for the other direction too.
 */
export function prismUntil(solid: R.Shape3D, faces: R.Face[], dir: V3, which: 'next' | 'last', additive: boolean, both: boolean, keep: Keep): R.Shape3D {
  let res = solid;
  let i = which === 'last' ? -1 : 0;
  for (const face of faces) {
    const hits = facesFrom(solid, face, dir, additive, !both, keep);
    if (hits.length === 0) throw new Error(`no face of the solid lies along the ${additive ? 'extrusion' : 'cut'} from the profile`);
    if (i === 0 && additive && insideOrOn(res, shapeCenter(keep(outerWire(face))), dir, keep)) i = 1;
    res = keep(dprism(res, face, pick(hits, i, which), additive));
    if (both) res = keep(dprism(res, face, pick(facesFrom(solid, face, mul(dir, -1), additive, false, keep), i, which), additive));
  }
  return res;
}
