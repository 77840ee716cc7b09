// delete() of OpenCascade shapes, values and builders frees them (generators/cad/kernel/dispose.ts):
// in replicad's build their bound destructor is empty, and a deleted builder kept the whole
// topology it made in the wasm heap. OpenCascade is loaded here in the test's own thread.
import { createRequire } from 'node:module';
import opencascade from 'replicad-opencascadejs';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionTable, installDisposal, type Disposal } from '../../generators/cad/kernel/dispose.js';
import { load } from '../../generators/cad/kernel/worker-main.js';

let oc: any;
let disposal: Disposal;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const { lib, instance } = await load(opencascade as never as (o: object) => Promise<any>, undefined, require.resolve('replicad-opencascadejs/wasm'));
  oc = lib;
  disposal = installDisposal(oc, functionTable(instance));
}, 120_000);

const words = () => new Uint32Array(oc.wasmMemory.buffer);
/** The TShape a shape handle points to (first word of TopoDS_Shape), and its reference count (second word of a Standard_Transient). */
const tshape = (shape: object) => words()[disposal.pointer(shape) >>> 2];
const refs = (tshapePtr: number) => words()[(tshapePtr >>> 2) + 1];
/** Live objects whose first word is `vtable`: a freed block's first word is the allocator's free-list link. */
function live(vtable: number): number {
  const w = words();
  let n = 0;
  for (let i = 0; i < w.length; i += 2) if (w[i] === vtable) n++;
  return n;
}

function edge() {
  const a = new oc.gp_Pnt(0, 0, 0);
  const b = new oc.gp_Pnt(1, 2, 3);
  const m = new oc.BRepBuilderAPI_MakeEdge(a, b);
  a.delete();
  b.delete();
  return m;
}

describe('OpenCascade objects are freed by delete()', () => {
  it('install is idempotent and the probe object layout was recognised', () => {
    expect(disposal.active).toBe(true);
    expect(installDisposal(oc, null as never)).toBe(disposal);
    const p = new oc.gp_Pnt(1, 2, 3);
    expect(disposal.pointer(p)).toBeGreaterThan(0);
    p.delete();
    expect(disposal.pointer(p)).toBe(0);
  });

  it('a deleted builder releases the edge it made', () => {
    const m = edge();
    const e = m.Edge();
    const t = tshape(e);
    const held = refs(t);
    m.delete();
    expect(refs(t)).toBeLessThan(held);
    // The edge handle is now the last holder: deleting it frees the edge (its block is reused, its count is gone).
    expect(refs(t)).toBe(1);
    e.delete();
    expect(() => e.delete()).toThrow(/already deleted/);
  });

  it('a deleted shape handle releases its TShape', () => {
    const box = new oc.BRepPrimAPI_MakeBox(1, 2, 3);
    const s = box.Shape();
    const t = tshape(s);
    const copy = oc.TopoDS.Solid(s);
    expect(refs(t)).toBe(3);
    copy.delete();
    expect(refs(t)).toBe(2);
    box.delete();
    expect(refs(t)).toBe(1);
    s.delete();
  });

  it('builders, edges and explorers do not accumulate in the heap', () => {
    const probe = edge();
    const e0 = probe.Edge();
    const builderVt = words()[disposal.pointer(probe) >>> 2];
    const edgeVt = words()[tshape(e0) >>> 2];
    e0.delete();
    probe.delete();
    const before = [live(builderVt), live(edgeVt)];
    for (let i = 0; i < 500; i++) {
      const m = edge();
      const e = m.Edge();
      const ex = new oc.TopExp_Explorer(e, oc.TopAbs_ShapeEnum.TopAbs_VERTEX, oc.TopAbs_ShapeEnum.TopAbs_SHAPE);
      for (; ex.More(); ex.Next()) ex.Current().delete();
      ex.delete();
      e.delete();
      m.delete();
    }
    const after = [live(builderVt), live(edgeVt)];
    // Without real destructors every iteration leaves one builder and one edge (+500 each).
    expect(after[0] - before[0]).toBeLessThan(10);
    expect(after[1] - before[1]).toBeLessThan(10);
    expect(disposal.destroyed.get('BRepBuilderAPI_MakeEdge')).toBeGreaterThanOrEqual(500);
    expect(disposal.destroyed.get('TopExp_Explorer')).toBeGreaterThanOrEqual(500);
  });

  it('a boolean builder and an arc builder release their results', () => {
    const a = new oc.BRepPrimAPI_MakeBox(2, 2, 2);
    const b = new oc.BRepPrimAPI_MakeCylinder(0.5, 4);
    const sa = a.Shape();
    const sb = b.Shape();
    const fuse = new oc.BRepAlgoAPI_Fuse(sa, sb);
    const r = fuse.Shape();
    const t = tshape(r);
    const held = refs(t);
    fuse.delete();
    expect(refs(t)).toBeLessThan(held);
    for (const o of [r, sa, sb, a, b]) o.delete();

    const p = [new oc.gp_Pnt(0, 0, 0), new oc.gp_Pnt(1, 1, 0), new oc.gp_Pnt(2, 0, 0)];
    const arc = new oc.GC_MakeArcOfCircle(p[0], p[1], p[2]);
    const curve = words()[(disposal.pointer(arc) >>> 2) + 1];
    const v = arc.Value();
    expect(refs(curve)).toBe(2);
    arc.delete();
    expect(refs(curve)).toBe(1);
    v.delete();
    for (const q of p) q.delete();
  });
});
