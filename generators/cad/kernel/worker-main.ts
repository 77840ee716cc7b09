// The kernel worker: loads OpenCascade (replicad) and manifold once, then answers requests posted
// by the host (index.ts) one at a time. The host blocks on a shared flag, which lets synchronous
// generators and verifiers use an asynchronously loaded wasm kernel.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { MessagePort } from 'node:worker_threads';
import Manifold from 'manifold-3d';
import opencascade from 'replicad-opencascadejs';
import * as R from 'replicad';
import { brepIoU, compare, type TruthGeometry } from './compare.js';
import { functionTable, installDisposal } from './dispose.js';
import type { Program } from './lang/ast.js';
import { execute, type RunOptions, type RunResult } from './run.js';

export type Request =
  | { op: 'run'; program: Program; opts: RunOptions }
  | { op: 'compare'; program: Program; opts: RunOptions; truth: TruthGeometry; truthProgram: Program | null };

/**
 * Results of recent programs, by program and tessellation settings. A generator's program is
 * executed again when its own answer is verified, and RL rollouts often repeat a candidate.
 * Results are plain data (no kernel objects), so the cache holds no wasm memory.
 */
const CACHE_SIZE = 64;
const cache = new Map<string, RunResult>();

function cachedExecute(program: Program, opts: RunOptions): RunResult {
  const m = typeof opts.mesh === 'object' ? opts.mesh : opts.mesh ? {} : null;
  const key = JSON.stringify([program.body, opts.limits, m && [m.relTolerance, m.angularTolerance], opts.step === true, opts.check === true]);
  const hit = cache.get(key);
  const needEdges = m !== null && m.edges !== false;
  if (hit && (!hit.ok || !needEdges || (hit.mesh && hit.mesh.edges.length > 0))) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const res = execute(program, opts);
  // Time-limit failures depend on load, not on the program: never cached.
  if (res.ok || res.stage !== 'limit') {
    cache.set(key, res);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return res;
}

/** Compiled wasm modules of both kernels: the host keeps them for the workers that replace this one. */
export interface Compiled {
  oc: WebAssembly.Module;
  mf: WebAssembly.Module;
}

/**
 * Instantiates an Emscripten library from a compiled module, compiling it first when the host
 * has none yet. A replacement worker thus skips compilation, and since V8 shares a module's
 * machine code between the threads that hold it, it also starts with the optimised code that
 * earlier workers tiered up (OpenCascade's 22 MB of wasm otherwise cost seconds of CPU to warm
 * up again in every new worker).
 */
export async function load<T>(factory: (opts: object) => Promise<T>, compiled: WebAssembly.Module | undefined, file: string): Promise<{ lib: T; mod: WebAssembly.Module; instance: WebAssembly.Instance }> {
  const mod = compiled ?? (await WebAssembly.compile(await readFile(file)));
  let instance: WebAssembly.Instance | undefined;
  const lib = await factory({
    instantiateWasm(imports: WebAssembly.Imports, done: (inst: WebAssembly.Instance, mod: WebAssembly.Module) => void) {
      void WebAssembly.instantiate(mod, imports).then((inst) => {
        instance = inst;
        done(inst, mod);
      });
      return {};
    },
  });
  return { lib, mod, instance: instance! };
}

export async function serve(data: { flag: SharedArrayBuffer; port: MessagePort; compiled?: Compiled }): Promise<void> {
  const require = createRequire(import.meta.url);
  const ocl = await load(opencascade as never as (o: object) => Promise<Awaited<ReturnType<typeof opencascade>>>, data.compiled?.oc, require.resolve('replicad-opencascadejs/wasm'));
  const oc = ocl.lib;
  // The bindings' delete() frees nothing for shapes, values and builders: see dispose.ts.
  installDisposal(oc, functionTable(ocl.instance));
  R.setOC(oc);
  const mfl = await load(Manifold as never as (o: object) => Promise<Awaited<ReturnType<typeof Manifold>>>, data.compiled?.mf, require.resolve('manifold-3d/manifold.wasm'));
  const mf = mfl.lib;
  mf.setup();
  const flag = new Int32Array(data.flag);
  // The wasm linear memory never shrinks: its size is the kernel's high-water mark.
  const heap = () => (oc as unknown as { wasmMemory?: WebAssembly.Memory }).wasmMemory?.buffer.byteLength ?? 0;
  const mfMemory = Object.values(mfl.instance.exports).find((e) => e instanceof WebAssembly.Memory) as WebAssembly.Memory | undefined;
  const mfHeap = () => mfMemory?.buffer.byteLength ?? 0;
  const reply = (msg: unknown) => {
    data.port.postMessage(msg);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  };
  data.port.on('message', (req: Request) => {
    try {
      if (req.op === 'run') {
        reply({ result: cachedExecute(req.program, req.opts), heap: heap(), mfHeap: mfHeap() });
      } else {
        const meshOpts = { relTolerance: 0.002, angularTolerance: 0.3, edges: false };
        const res = cachedExecute(req.program, { ...req.opts, mesh: meshOpts });
        const comparison = res.ok && res.mesh ? compare(mf, { ...res, mesh: res.mesh }, req.truth) : null;
        // A tessellation that is not a closed manifold cannot go through mesh booleans: redo
        // the IoUs exactly on the B-reps, re-running the truth's program beside the candidate.
        if (comparison && (comparison.iou < 0 || comparison.iouAbs < 0)) {
          const fb = req.truthProgram
            ? execute(req.program, req.opts, (cand, keep) => execute(req.truthProgram!, req.opts, (truth, keep2) => brepIoU(cand, truth, keep2)).extra)
            : null;
          const exact = fb?.ok ? fb.extra : undefined;
          Object.assign(comparison, exact ? { ...exact, method: 'brep' } : { iou: Math.max(0, comparison.iou), iouAbs: Math.max(0, comparison.iouAbs) });
        }
        reply({ result: res.ok ? { ...res, mesh: undefined } : res, comparison, heap: heap(), mfHeap: mfHeap() });
      }
    } catch (e) {
      reply({ result: { ok: false, stage: 'geometry', error: `kernel worker error: ${String((e as Error)?.message ?? e)}`, ms: 0 }, heap: heap(), mfHeap: mfHeap() });
    }
  });
  reply({ ready: true, heap: heap(), mfHeap: mfHeap(), compiled: { oc: ocl.mod, mf: mfl.mod } satisfies Compiled });
}
