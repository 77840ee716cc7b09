// Makes `delete()` free what it deletes. In the OpenCascade build replicad ships
// (replicad-opencascadejs 1.1.0), the bindings' destructor is an empty function for 171 of the
// 454 bound classes: every shape handle (TopoDS_Shape and its subtypes), every gp_ value, every
// builder (BRepBuilderAPI_*, BRepPrimAPI_*, BRepAlgoAPI_*, BRepFilletAPI_*, BRepOffsetAPI_*),
// TopExp_Explorer, GProp_GProps, Bnd_Box, GC_MakeArcOfCircle, TopoDS_Builder. Calling
// `delete()` on one of them marks the JS object deleted and frees nothing; since a builder and a
// shape handle hold the whole topology they made (edges, vertices, curves, surfaces, pcurves), a
// verification left ~65 kB per program in the wasm heap. Found by counting the vtable pointers of
// live objects in the heap before and after a loop: a `new BRepBuilderAPI_MakeEdge(a, b)` deleted
// at once left its builder, edge, two vertices, line and curve representation behind, every time.
//
// This module wraps the bindings' shared `delete()` so that, once the last JS handle of an object
// of those classes goes, the object is destroyed for real, the way its C++ destructor would:
//   - builders (polymorphic, virtual destructor): their deleting destructor, from the vtable;
//   - shape handles: `Nullify()` (releases the TShape and the location), then the block is freed;
//   - TopExp_Explorer: `Clear()` and `Init` on a null shape (releases the iterators and the shape),
//     then the block is freed (the iterator stack lies inside the object);
//   - GC_MakeArcOfCircle: the arc's handle is released (its curve deleted when no one else holds
//     it), then the block is freed;
//   - plain values (gp_*, Bnd_Box, GProp_GProps, TopoDS_Builder): the block is freed.
// These classes use OpenCascade's raw memory manager (Standard::Allocate is malloc), so a block
// goes back with the module's `operator delete` (free). Classes whose destructor works (every
// Standard_Transient subclass bound as a handle, adaptors, mesh data) are left to the bindings.
// The bindings' internal field names are minified: they are found by probing one object at install
// time, and install refuses (throws) if the build does not look as expected.

type OC = Record<string, any>;

/** What `delete()` does in addition for one class: `pre` while the JS object still lives, `post` with its pointer after. */
interface Strategy {
  pre?: (obj: any) => void;
  post: (ptr: number) => void;
}

export interface Disposal {
  /** False where the bindings' own destructors were found to work (nothing was patched). */
  active: boolean;
  /** Objects destroyed by this module, per class (for tests and benches). */
  destroyed: Map<string, number>;
  /** The wasm address of a bound object (0 once deleted). */
  pointer(obj: object): number;
}

/** The module's function table (the one export of an instance that is a table). */
export function functionTable(instance: WebAssembly.Instance): WebAssembly.Table {
  const t = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Table);
  if (!t) throw new Error('the OpenCascade module exports no function table');
  return t as WebAssembly.Table;
}

const BUILDER = /^(BRepBuilderAPI_(MakeEdge|MakeWire|MakeFace|MakeVertex|MakeShell|MakeSolid|Transform)|BRepPrimAPI_Make(Box|Cylinder|Sphere|Torus|Prism|Revol)|BRepAlgoAPI_(Fuse|Cut|Common|Section|Splitter)|BRepFilletAPI_Make(Fillet|Chamfer)|BRepOffsetAPI_(MakeThickSolid|MakeOffsetShape|ThruSections|MakePipeShell|MakeOffset|DraftAngle|MakeFilling))$/;
const SHAPE = /^TopoDS_(Shape|Vertex|Edge|Wire|Face|Shell|Solid|CompSolid|Compound)$/;
const PLAIN = /^(gp_(Pnt|Pnt2d|Vec|Vec2d|Dir|Dir2d|XYZ|XY|Ax1|Ax2|Ax3|Ax2d|Ax22d|Pln|Circ|Circ2d|Elips|Elips2d|Cylinder|Sphere|Trsf|Trsf2d|GTrsf|GTrsf2d)|Bnd_Box|Bnd_Box2d|GProp_GProps|TopoDS_Builder)$/;

/**
 * Installs the real destructors on `oc` (idempotent). `table` is the module's function table
 * (the instance's exported WebAssembly.Table), through which the vtables' destructors are called.
 */
export function installDisposal(oc: OC, table: WebAssembly.Table): Disposal {
  if (oc.__disposal) return oc.__disposal as Disposal;
  const memory = oc.wasmMemory as WebAssembly.Memory;
  let u32 = new Uint32Array(memory.buffer);
  const words = () => (u32.buffer === memory.buffer ? u32 : (u32 = new Uint32Array(memory.buffer)));
  const free = oc.__ZdlPv as (ptr: number) => void;
  if (typeof free !== 'function') throw new Error('disposal: the module exports no operator delete');

  // The JS object's record (embind's `$$`) and, in it, the pointer and the reference count.
  const probe = new oc.gp_Pnt(1.25, 2.5, 3.75);
  const own = Object.getOwnPropertyNames(probe);
  if (own.length !== 1) throw new Error('disposal: unexpected layout of a bound object');
  const recKey = own[0];
  const rec = probe[recKey];
  const f64 = new Float64Array(memory.buffer);
  const ptrKey = Object.keys(rec).find((k) => typeof rec[k] === 'number' && rec[k] % 8 === 0 && f64[rec[k] / 8] === 1.25 && f64[rec[k] / 8 + 1] === 2.5 && f64[rec[k] / 8 + 2] === 3.75);
  const countKey = Object.keys(rec).find((k) => rec[k] !== null && typeof rec[k] === 'object' && rec[k].value === 1);
  const handleProto = Object.getPrototypeOf(oc.gp_Pnt.prototype);
  if (!ptrKey || !countKey || !Object.prototype.hasOwnProperty.call(handleProto, 'delete')) throw new Error('disposal: unexpected layout of a bound object');
  probe.delete();

  // A vtable's slot 1 is the deleting destructor of these classes (slot 0 the complete-object one).
  const deleting = (ptr: number) => {
    const w = words();
    const vt = w[ptr >>> 2];
    const fn = vt ? (table.get(w[(vt >>> 2) + 1]) as ((p: number) => void) | null) : null;
    if (!fn) throw new Error('disposal: no deleting destructor in the vtable');
    fn(ptr);
  };
  /** Releases one reference of a Standard_Transient handle stored at `at`; deletes the object at zero. */
  const release = (at: number) => {
    const w = words();
    const obj = w[at >>> 2];
    if (!obj) return;
    w[at >>> 2] = 0;
    const rc = w[(obj >>> 2) + 1] - 1;
    w[(obj >>> 2) + 1] = rc;
    if (rc === 0) deleting(obj);
  };

  const nullShape = new oc.TopoDS_Shape();
  const SHAPE_ENUM = oc.TopAbs_ShapeEnum.TopAbs_SHAPE;
  const strategies = new Map<string, Strategy | null>();
  const strategyOf = (name: string): Strategy | null => {
    let s = strategies.get(name);
    if (s !== undefined) return s;
    if (BUILDER.test(name)) s = { post: deleting };
    else if (SHAPE.test(name)) s = { pre: (o) => o.Nullify(), post: free };
    else if (PLAIN.test(name)) s = { post: free };
    else if (name === 'TopExp_Explorer') s = { pre: (o) => (o.Clear(), o.Init(nullShape, SHAPE_ENUM, SHAPE_ENUM)), post: free };
    else if (name === 'GC_MakeArcOfCircle') s = { post: (p) => (release(p + 4), free(p)) };
    else s = null;
    strategies.set(name, s);
    return s;
  };

  const original = handleProto.delete as (this: any) => void;
  const disposal: Disposal = { active: false, destroyed: new Map(), pointer: (o) => (o as any)[recKey]?.[ptrKey] ?? 0 };

  // Patch only a build whose destructors do nothing: a builder deleted by the bindings' own
  // delete() still holds a reference to the edge it made. (With working destructors, destroying
  // again would free twice.)
  {
    const a = new oc.gp_Pnt(0, 0, 0);
    const b = new oc.gp_Pnt(1, 0, 0);
    const m = new oc.BRepBuilderAPI_MakeEdge(a, b);
    const e = m.Edge();
    const [pa, pb, pm, pe] = [a, b, m, e].map((o) => o[recKey][ptrKey] as number);
    const tshape = words()[pe >>> 2];
    const held = words()[(tshape >>> 2) + 1];
    original.call(m);
    disposal.active = words()[(tshape >>> 2) + 1] === held;
    if (disposal.active) {
      deleting(pm);
      e.Nullify();
    }
    for (const o of [e, b, a]) original.call(o);
    if (disposal.active) for (const p of [pe, pb, pa]) free(p);
  }
  oc.__disposal = disposal;
  if (!disposal.active) return disposal;

  handleProto.delete = function (this: any) {
    const r = this[recKey];
    const ptr: number | undefined = r?.[ptrKey];
    const s = ptr && r[countKey]?.value === 1 ? strategyOf(this.constructor.name) : null;
    if (s?.pre) s.pre(this);
    original.call(this);
    if (s && ptr) {
      s.post(ptr);
      const n = this.constructor.name as string;
      disposal.destroyed.set(n, (disposal.destroyed.get(n) ?? 0) + 1);
    }
  };
  return disposal;
}
