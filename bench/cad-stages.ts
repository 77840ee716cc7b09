// Where a CAD part's and a cad-code verification's time goes, stage by stage. The kernel is
// loaded in this thread (not the worker) so that each stage can be timed on its own; parts are
// the bench's level-3 parts, each run `--rounds` times and the last round reported (the first
// ones pay wasm tier-up). Verification stages: the candidate is the part moved 0.37 mm along x
// (distinct program, so the aligned and in-place IoUs both need a boolean).
// Usage: npx tsx bench/cad-stages.ts [--parts 40] [--rounds 3] [--level 3]
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { createCanvas, type ImageData } from '@napi-rs/canvas';
import Manifold from 'manifold-3d';
import * as R from 'replicad';
import opencascade from 'replicad-opencascadejs';
import { deriveSeed, Rng } from '../core/rng.js';
import type { Level } from '../core/task.js';
import { FAMILIES, FAMILY_NAMES } from '../generators/cad/families.js';
import { CHAMFER_SAMPLES, chamferDistance, compare, meshIoUs, samplePoints } from '../generators/cad/kernel/compare.js';
import { Budget, DEFAULT_LIMITS, fn, Interpreter } from '../generators/cad/kernel/lang/interp.js';
import { parseProgram } from '../generators/cad/kernel/lang/parse.js';
import { measure, meshOf } from '../generators/cad/kernel/run.js';
import { CadSession } from '../generators/cad/kernel/workplane.js';
import { FRAME_SPAN, partScenes, type BuiltPart } from '../generators/cad/part.js';
import { encodeRgba } from '../renderers/canvas.js';
import { renderMesh } from '../renderers/mesh/index.js';
import { cameraFor, rasterise } from '../renderers/mesh/raster.js';

const { values } = parseArgs({ options: { parts: { type: 'string', default: '40' }, rounds: { type: 'string', default: '3' }, level: { type: 'string', default: '3' } } });
const require = createRequire(import.meta.url);
R.setOC(await opencascade({ locateFile: () => require.resolve('replicad-opencascadejs/wasm') } as never));
const mf = await Manifold();
mf.setup();

const MESH = [0.002, 0.3] as const;
let T: Record<string, number> = {};
const time = <X>(k: string, f: () => X): X => {
  const t = performance.now();
  const r = f();
  T[k] = (T[k] ?? 0) + performance.now() - t;
  return r;
};
const timeAsync = async <X>(k: string, f: () => Promise<X>): Promise<X> => {
  const t = performance.now();
  const r = await f();
  T[k] = (T[k] ?? 0) + performance.now() - t;
  return r;
};

/** Runs a program with each stage timed under `prefix`; null when the kernel rejects it. */
function run(src: string, prefix: string) {
  const program = time(`${prefix}parse`, () => parseProgram(src));
  const budget = new Budget({ ...DEFAULT_LIMITS });
  const session = new CadSession(budget);
  const interp = new Interpreter({ modules: { cadquery: session.module() }, globals: { show_object: fn('show_object', () => null) } }, budget);
  try {
    time(`${prefix}execute (OpenCascade)`, () => interp.run(program));
    const solid = session.solidOf(interp.env.get('result')!)!;
    const m = time(`${prefix}measure`, () => measure(solid));
    const mesh = time(`${prefix}tessellate`, () => meshOf(solid, MESH[0], MESH[1], false));
    return { ...m, mesh };
  } catch {
    return null;
  } finally {
    session.arena.free();
  }
}

const level = Number(values.level) as Level;
const nParts = Number(values.parts);
let n = 0;
let img: ImageData | undefined;
for (let round = 0; round < Number(values.rounds); round++) {
  T = {};
  n = 0;
  for (let i = 0; i < nParts; i++) {
    const rng = new Rng(deriveSeed('bench', 'cad-code', i));
    const part = FAMILIES[rng.pick(FAMILY_NAMES)](rng, level);
    const truth = run(part.program, 'part: ');
    if (!truth) continue;
    n++;
    // The four views, stage by stage: rasterise, annotate (canvas), encode; then renderMesh whole.
    const scenes = partScenes({ ...part, run: { ok: true, ops: 0, steps: 0, ms: 0, ...truth }, mesh: truth.mesh } as BuiltPart, 384, true);
    for (const s of scenes) {
      img ??= createCanvas(s.width, s.height).getContext('2d').createImageData(s.width, s.height);
      time('views: rasterise', () => rasterise(s, cameraFor(s), img!.data));
      await timeAsync('views: PNG encode', () => encodeRgba(Buffer.from(img!.data.buffer), s.width, s.height));
    }
    await timeAsync('views: renderMesh (all stages)', async () => {
      for (const s of scenes) await renderMesh(s);
    });
    // Verification of a moved candidate: its own execution, then the comparison's parts.
    const cand = run(part.program.replace(/\n\)\s*$/, '\n    .translate((0.37, 0, 0))\n)').replace(/\nresult = body$/, '\nresult = body.translate((0.37, 0, 0))'), 'verify: candidate ');
    if (!cand) continue;
    const tm = { volume: truth.volume, area: truth.area, bbox: truth.bbox, mesh: truth.mesh };
    time('verify: compare (all)', () => compare(mf, cand, tm));
    const cp = Float32Array.from(cand.mesh.positions);
    const tp = Float32Array.from(truth.mesh.positions);
    time('verify: compare: in-place IoU boolean', () => meshIoUs(mf, cp, cand.mesh.indices, tp, truth.mesh.indices, null));
    time('verify: compare: Chamfer', () => chamferDistance(samplePoints(cp, cand.mesh.indices, CHAMFER_SAMPLES), samplePoints(tp, truth.mesh.indices, CHAMFER_SAMPLES)));
  }
}
console.log(`level ${level}, ${n} parts, last of ${values.rounds} rounds, ms per part (frame span ${FRAME_SPAN} mm, 4 views of 384×384):`);
for (const [k, v] of Object.entries(T)) console.log(`  ${k.padEnd(40)} ${(v / n).toFixed(1)}`);
