// Wasm heap growth of the CAD kernel worker, per kind of program: each probe runs one program
// again and again in a fresh worker (a trailing `n = i` line defeats the result cache) and reports
// the heap's size after a warm-up and at the end. A kernel that frees everything it makes stays
// flat once the allocator has its working set; a leak shows as MB per 1,000 programs. The heap's
// size is a high-water mark that starts at 100 MB with room to spare and grows in steps of ~30 MB:
// a leak of 10–50 kB per program shows only after one or two thousand runs (400 runs showed none).
// The worker is not recycled at these sizes (the bound is 384 MB).
// Usage: npx tsx bench/cad-heap.ts [--runs 2000] [--only name,name] [--modes run,compare]
import { parseArgs } from 'node:util';
import { closeKernel, compareCad, kernelStats, runCad } from '../generators/cad/kernel/index.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2000' }, only: { type: 'string', default: '' }, modes: { type: 'string', default: 'run,compare' } } });
const RUNS = Number(values.runs);
const WARM = Math.min(50, Math.floor(RUNS / 4));

const PROBES: Record<string, string> = {
  box: 'import cadquery as cq\nresult = cq.Workplane("XY").box(10, 20, 30)',
  extrude: 'import cadquery as cq\nresult = cq.Workplane("XY").rect(40, 20).circle(5).extrude(8)',
  boolean: 'import cadquery as cq\nresult = cq.Workplane("XY").box(40, 40, 10).union(cq.Workplane("XY").circle(8).extrude(30)).cut(cq.Workplane("XY").circle(4).extrude(40))',
  holes: 'import cadquery as cq\nresult = cq.Workplane("XY").box(60, 40, 8).faces(">Z").workplane().rarray(20, 15, 3, 2).hole(4)',
  fillet: 'import cadquery as cq\nresult = cq.Workplane("XY").box(30, 30, 10).edges("|Z").fillet(3).faces(">Z").edges().chamfer(1)',
  sketch: "import cadquery as cq\nw0=cq.Workplane('XY',origin=(0,0,-5))\nr=w0.sketch().segment((-30,-20),(30,-20)).arc((40,0),(30,20)).segment((-30,20)).close().assemble().push([(0,0)]).circle(6,mode='s').finalize().extrude(10)",
  shell: 'import cadquery as cq\nresult = cq.Workplane("XY").box(30, 20, 15).faces(">Z").shell(-1.5)',
  revolve: 'import cadquery as cq\nresult = cq.Workplane("XZ").polyline([(0, 0), (20, 0), (20, 5), (8, 5), (8, 30), (0, 30)]).close().revolve()',
  loft: 'import cadquery as cq\nresult = cq.Workplane("XY").rect(20, 20).workplane(offset=15).circle(6).loft()',
  sweep: 'import cadquery as cq\npath = cq.Workplane("XZ").lineTo(0, 20).threePointArc((6, 34), (20, 40))\nresult = cq.Workplane("XY").circle(4).sweep(path)',
  selectors: 'import cadquery as cq\nb = cq.Workplane("XY").box(20, 20, 20)\nresult = b.faces(">Z or <X").edges("not |Z").fillet(1)',
};

const mb = (b: number) => (b / 1024 ** 2).toFixed(1);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const only = values.only ? new Set(values.only.split(',')) : null;
console.log(`wasm heap per probe: ${RUNS} runs each in a fresh worker (heap after ${WARM} warm-up runs → after ${RUNS})`);
for (const [name, src] of Object.entries(PROBES)) {
  if (only && !only.has(name)) continue;
  closeKernel();
  const c0 = cpu();
  let warm = 0;
  for (const mode of values.modes!.split(',') as ('run' | 'compare')[]) {
    // Truth of the comparison probe: the same part's measured geometry (its mesh included).
    const truth = mode === 'compare' ? runCad(src, { mesh: { relTolerance: 0.002, angularTolerance: 0.3, edges: false } }) : null;
    closeKernel();
    for (let i = 0; i < RUNS; i++) {
      const prog = `${src}\nn = ${i}\n`;
      const r =
        mode === 'run'
          ? runCad(prog)
          : compareCad(prog, { program: src, volume: truth!.ok ? truth!.volume : 0, area: truth!.ok ? truth!.area : 0, bbox: truth!.ok ? truth!.bbox : [[0, 0, 0], [1, 1, 1]], mesh: truth!.ok ? truth!.mesh! : { positions: [], indices: [] } } as never).result;
      if (!r.ok) throw new Error(`${name}: ${r.error}`);
      if (i + 1 === WARM) warm = kernelStats.heap;
    }
    const end = kernelStats.heap;
    console.log(`  ${(name + ' ' + mode).padEnd(18)} ${mb(warm).padStart(6)} → ${mb(end).padStart(6)} MB  (${(((end - warm) / 1024 ** 2 / (RUNS - WARM)) * 1000).toFixed(1)} MB per 1,000 programs)`);
  }
  console.error(`    ${name}: ${(cpu() - c0).toFixed(1)} CPU-s`);
}
closeKernel();
