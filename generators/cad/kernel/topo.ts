// Sub-shapes of a B-rep (faces, edges, solids) without replicad's quadratic scan. replicad's
// `.faces`/`.edges`/`.solids` compare every explored sub-shape with every one kept so far (one
// wasm call per pair: thousands for a part with a hundred edges) and leave the explorer's copies
// to finalisers. Here sub-shapes are bucketed by OpenCascade's shape hash (equal for IsSame
// shapes) and compared only within a bucket, and every intermediate object is deleted at once.
// The result is the same list in the same order (first occurrence in explorer order).
import * as R from 'replicad';

type Raw = R.AnyShape['wrapped'];
export type Kind = 'face' | 'edge' | 'solid' | 'vertex' | 'wire' | 'shell';

const HASH_MAX = 2147483647;

function enumOf(kind: Kind | 'shape'): unknown {
  const ta = R.getOC().TopAbs_ShapeEnum;
  return { face: ta.TopAbs_FACE, edge: ta.TopAbs_EDGE, solid: ta.TopAbs_SOLID, vertex: ta.TopAbs_VERTEX, wire: ta.TopAbs_WIRE, shell: ta.TopAbs_SHELL, shape: ta.TopAbs_SHAPE }[kind];
}

/** Calls `each` once per distinct sub-shape of `kind`, in explorer order; the raw shape is deleted afterwards. */
function forDistinct(shape: Raw, kind: Kind, each: (raw: Raw) => void): void {
  const oc = R.getOC();
  const explorer = new oc.TopExp_Explorer(shape, enumOf(kind) as never, enumOf('shape') as never);
  const buckets = new Map<number, Raw[]>();
  const held: Raw[] = [];
  try {
    for (; explorer.More(); explorer.Next()) {
      const item = explorer.Current() as Raw;
      held.push(item);
      const h = oc.ReplicadShapeHasher.HashCode(item, HASH_MAX);
      const bucket = buckets.get(h);
      if (bucket?.some((s) => s.IsSame(item))) continue;
      if (bucket) bucket.push(item);
      else buckets.set(h, [item]);
      each(item);
    }
  } finally {
    for (const item of held) item.delete();
    explorer.delete();
  }
}

/** Number of distinct sub-shapes of `kind` (what `shape.faces.length` etc. would give). */
export function countSubShapes(shape: R.AnyShape, kind: Kind): number {
  let n = 0;
  forDistinct(shape.wrapped, kind, () => n++);
  return n;
}

export function subFaces(shape: R.AnyShape): R.Face[] {
  const oc = R.getOC();
  const out: R.Face[] = [];
  forDistinct(shape.wrapped, 'face', (raw) => out.push(new R.Face(oc.TopoDS.Face(raw))));
  return out;
}

export function subEdges(shape: R.AnyShape): R.Edge[] {
  const oc = R.getOC();
  const out: R.Edge[] = [];
  forDistinct(shape.wrapped, 'edge', (raw) => out.push(new R.Edge(oc.TopoDS.Edge(raw))));
  return out;
}

/** Distinct sub-shapes of any kind, wrapped as replicad shapes (vertices, wires, shells, solids...). */
export function subShapes(shape: R.AnyShape, kind: Kind): R.AnyShape[] {
  const out: R.AnyShape[] = [];
  forDistinct(shape.wrapped, kind, (raw) => out.push(R.cast(raw as never) as R.AnyShape));
  return out;
}

/** The items with IsSame duplicates removed, first occurrences in order. */
export function distinct<T extends R.AnyShape>(items: T[]): T[] {
  const oc = R.getOC();
  const buckets = new Map<number, T[]>();
  return items.filter((x) => {
    const h = oc.ReplicadShapeHasher.HashCode(x.wrapped, HASH_MAX);
    const bucket = buckets.get(h);
    if (bucket?.some((s) => s.isSame(x))) return false;
    if (bucket) bucket.push(x);
    else buckets.set(h, [x]);
    return true;
  });
}

/** Whether `x` IsSame one of `set`'s members (a distinct() list indexed by hash). */
export function sameSet<T extends R.AnyShape>(set: T[]): (x: R.AnyShape) => boolean {
  const oc = R.getOC();
  const buckets = new Map<number, T[]>();
  for (const s of set) {
    const h = oc.ReplicadShapeHasher.HashCode(s.wrapped, HASH_MAX);
    const b = buckets.get(h);
    if (b) b.push(s);
    else buckets.set(h, [s]);
  }
  return (x) => buckets.get(oc.ReplicadShapeHasher.HashCode(x.wrapped, HASH_MAX))?.some((s) => s.isSame(x)) ?? false;
}
