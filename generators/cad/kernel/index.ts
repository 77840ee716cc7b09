// Synchronous access to the CAD kernel for generators and verifiers. OpenCascade loads
// asynchronously and a single kernel call cannot be interrupted, so the kernel lives in a worker
// thread: callers post a request and block (Atomics.wait) until the answer or a hard time limit.
// On a timeout the worker is terminated and a fresh one starts on the next call; a worker whose
// wasm heap grew past a bound is recycled too, so memory stays flat over long runs.
// This module imports nothing from core/: the reward server can use it without generator code.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Comparison, TruthGeometry } from './compare.js';
import { CadError, type Program } from './lang/ast.js';
import { DEFAULT_LIMITS, type Limits } from './lang/interp.js';
import { parseProgram } from './lang/parse.js';
import type { RunOptions, RunResult } from './run.js';

export { CadError, parseProgram, DEFAULT_LIMITS, type Limits, type RunResult, type Comparison, type TruthGeometry };
export type { MeshData, Measured } from './run.js';

/** Time allowed for the worker to load OpenCascade and manifold. */
const START_MS = 60_000;
/** Slack over the interpreter's own CPU budget before the worker is killed. */
const HARD_SLACK_MS = 2_000;
/** Wall-clock cap as a multiple of the CPU limit: a job stalled on a loaded machine still ends. */
const WALL_FACTOR = 10;
/**
 * A worker whose wasm heap exceeds this is replaced after its current job. With real destructors
 * (dispose.ts) the heap stays at its 100 MB start over thousands of ordinary programs; wasm memory
 * never shrinks, though, so a program that builds something huge would keep its high-water mark
 * for the worker's life: replacing the worker (≈0.5 CPU-s) gives that memory back.
 */
const MAX_HEAP_BYTES = 384 * 1024 ** 2;

interface Live {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
  ready: boolean;
}

let live: Live | null = null;
/** The kernels' compiled wasm, from the first worker: later workers instantiate it (worker-main.ts). */
let compiled: unknown;
export const kernelStats = { starts: 0, kills: 0, recycles: 0, heap: 0, mfHeap: 0 };

function start(): Live {
  const sab = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { flag: sab, port: port2, compiled }, transferList: [port2] });
  worker.unref();
  port1.unref();
  worker.on('error', () => {
    if (live?.worker === worker) live = null;
  });
  kernelStats.starts++;
  return { worker, port: port1, flag: new Int32Array(sab), ready: false };
}

function stop(reason: 'kills' | 'recycles'): void {
  if (!live) return;
  kernelStats[reason]++;
  void live.worker.terminate();
  live.port.close();
  live = null;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Blocks until the worker answers; null once it used `cpuLimit` ms of CPU (this thread sleeps, so
 * the process's CPU time is the worker's) or `wallLimit` ms passed.
 */
function await1(l: Live, cpuLimit: number, wallLimit: number): any {
  const wall = Date.now() + wallLimit;
  const cpu = cpuMs() + cpuLimit;
  for (;;) {
    const got = receiveMessageOnPort(l.port);
    if (got) {
      Atomics.store(l.flag, 0, 0);
      return got.message;
    }
    if (Date.now() > wall || cpuMs() > cpu) return null;
    Atomics.wait(l.flag, 0, 0, 100);
  }
}

function ensure(): Live {
  if (live?.ready) return live;
  if (!live) live = start();
  const msg = await1(live, START_MS, START_MS);
  if (!msg?.ready) {
    stop('kills');
    throw new CadError('runtime', 'the CAD kernel worker did not start');
  }
  live.ready = true;
  compiled ??= msg.compiled;
  return live;
}

function call(req: object, limits: Limits): any {
  const l = ensure();
  Atomics.store(l.flag, 0, 0);
  l.port.postMessage(req);
  const hard = limits.maxMs + HARD_SLACK_MS;
  const msg = await1(l, hard, hard * WALL_FACTOR);
  if (!msg) {
    stop('kills');
    return { result: { ok: false, stage: 'limit', error: `program exceeded the hard limit of ${hard} ms of CPU time (or ${hard * WALL_FACTOR} ms wall) and was stopped`, ms: hard } };
  }
  kernelStats.heap = msg.heap;
  kernelStats.mfHeap = msg.mfHeap ?? 0;
  if (msg.heap > MAX_HEAP_BYTES) stop('recycles');
  return msg;
}

function parsed(src: string | Program): Program | RunResult {
  if (typeof src !== 'string') return src;
  const t0 = performance.now();
  try {
    return parseProgram(src);
  } catch (e) {
    const err = e instanceof CadError ? e : new CadError('syntax', String((e as Error)?.message ?? e));
    return { ok: false, stage: err.stage, error: err.message, ms: performance.now() - t0 };
  }
}

const isFail = (p: Program | RunResult): p is RunResult => 'ok' in p;

/** Parses (in this thread: refusals cost no kernel time) and runs a program; never throws. */
export function runCad(src: string | Program, opts: RunOptions = {}): RunResult {
  const p = parsed(src);
  if (isFail(p)) return p;
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  try {
    return call({ op: 'run', program: p, opts: { ...opts, limits } }, limits).result;
  } catch (e) {
    return { ok: false, stage: 'runtime', error: String((e as Error)?.message ?? e), ms: 0 };
  }
}

/** Runs a candidate and compares it with the truth geometry; never throws. */
export function compareCad(src: string | Program, truth: TruthGeometry, opts: RunOptions = {}): { result: RunResult; comparison: Comparison | null } {
  const p = parsed(src);
  if (isFail(p)) return { result: p, comparison: null };
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const tp = truth.program ? parsed(truth.program) : null;
  const truthProgram = tp && !isFail(tp) ? tp : null;
  try {
    // Twice the budget: a fallback comparison may run the truth's program too.
    const msg = call({ op: 'compare', program: p, opts: { ...opts, limits }, truth, truthProgram }, { ...limits, maxMs: 2 * limits.maxMs });
    return { result: msg.result, comparison: msg.comparison ?? null };
  } catch (e) {
    return { result: { ok: false, stage: 'runtime', error: String((e as Error)?.message ?? e), ms: 0 }, comparison: null };
  }
}

/** Stops the worker (end of a run, tests). */
export function closeKernel(): void {
  stop('recycles');
}
