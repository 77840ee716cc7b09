import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Verdict } from '../core/task.js';
import { zeroVerdict, type JudgeItem, type JudgeOptions } from './judge.js';

export interface PoolOptions {
  /** Worker threads (default: one per core). */
  workers?: number;
  /** An item still running after this long is stopped and scored 0 (default 2000 ms). */
  itemTimeoutMs?: number;
  /** Module each worker runs (default ./worker-main.ts); tests swap in one with a slow verifier. */
  workerModule?: URL;
}

/** A slice of one request's items, with the request-wide positions of its items. */
interface Chunk {
  items: JudgeItem[];
  positions: number[];
  opts: JudgeOptions;
  out: Verdict[];
  done(): void;
}

interface Slot {
  worker: Worker;
  progress: Int32Array;
  chunk: Chunk | null;
  job: number;
  /** The tick when the chunk was handed over: unchanged means the worker has not begun it. */
  dispatchTick: number;
  lastTick: number;
  /** When the tick last moved; null until the worker has begun the chunk (a fresh worker is still loading). */
  tickSince: number | null;
  ready: boolean;
  started: Promise<void>;
}

/**
 * Verifies batches across worker threads. A batch is cut into one chunk per worker; each item has a
 * time limit: a worker stuck on an item is terminated and replaced, that item scores 0, and the
 * rest of its chunk is queued again (verification is pure, so redoing it is safe).
 */
export class VerifierPool {
  readonly size: number;
  readonly itemTimeoutMs: number;
  private readonly workerModule: string;
  private readonly slots: Slot[] = [];
  private readonly queue: Chunk[] = [];
  private readonly watchdog: NodeJS.Timeout;
  private nextJob = 1;
  private closed = false;
  /** Set when a worker dies before it is ready: respawning would only loop. */
  private broken: string | null = null;
  private readonly failed: Promise<never>;
  private rejectFailed!: (e: Error) => void;
  /** Items stopped for running too long, and workers lost, since start (for /health). */
  readonly stats = { items: 0, timeouts: 0, crashes: 0 };

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, opts.workers ?? availableParallelism());
    this.itemTimeoutMs = opts.itemTimeoutMs ?? 2000;
    this.workerModule = (opts.workerModule ?? new URL('./worker-main.ts', import.meta.url)).href;
    this.failed = new Promise<never>((_, reject) => (this.rejectFailed = reject));
    this.failed.catch(() => {}); // observed through ready(); nobody may be waiting
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
    this.watchdog = setInterval(() => this.check(), Math.max(5, Math.floor(this.itemTimeoutMs / 4)));
    this.watchdog.unref();
  }

  private spawn(): Slot {
    // [tick, position in the chunk, the current item's own time allowance in ms (0: the pool's)]
    const sab = new SharedArrayBuffer(12);
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { progress: sab, module: this.workerModule } });
    let started!: () => void;
    const slot: Slot = { worker, progress: new Int32Array(sab), chunk: null, job: 0, dispatchTick: 0, lastTick: 0, tickSince: null, ready: false, started: new Promise((r) => (started = r)) };
    worker.on('message', (m: { ready?: true; job: number; verdicts: Verdict[] }) => {
      if (m.ready) {
        slot.ready = true;
        return started();
      }
      const chunk = slot.chunk;
      if (!chunk || m.job !== slot.job) return;
      m.verdicts.forEach((v, k) => (chunk.out[chunk.positions[k]] = v));
      this.stats.items += m.verdicts.length;
      slot.chunk = null;
      chunk.done();
      this.pump();
    });
    // A worker that dies (out of memory, a bug) fails only the item it was on; the rest is redone.
    worker.on('error', (e) => this.replace(slot, `the verifier failed: ${e.message}`.slice(0, 300)));
    worker.on('exit', () => this.replace(slot, 'the verifier worker exited'));
    return slot;
  }

  /** Resolves when every worker has loaded the verifiers (loading takes seconds); rejects if they cannot. */
  async ready(): Promise<void> {
    await Promise.race([Promise.all(this.slots.map((s) => s.started)), this.failed]);
  }

  /** Judges every item; verdicts come back in item order. Never rejects for a bad item. */
  run(items: JudgeItem[], opts: JudgeOptions): Promise<Verdict[]> {
    if (this.closed || this.broken) return Promise.reject(new Error(this.broken ?? 'the verifier pool is closed'));
    const out: Verdict[] = new Array(items.length);
    if (!items.length) return Promise.resolve(out);
    // One chunk per worker, also for a few items: a handful of items that run code (a matplotlib
    // script, ~0.1–1 s each) would otherwise all wait on one worker while the others idle.
    const per = Math.ceil(items.length / Math.min(this.size, items.length));
    return new Promise((resolve) => {
      // As many chunks as the cut makes (5 items over 4 workers: 3 chunks of 2, 2 and 1).
      let pending = Math.ceil(items.length / per);
      const done = () => --pending === 0 && resolve(out);
      for (let start = 0; start < items.length; start += per) {
        const positions = Array.from({ length: Math.min(per, items.length - start) }, (_, k) => start + k);
        this.queue.push({ items: items.slice(start, start + per), positions, opts, out, done });
      }
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.chunk || !this.queue.length) continue;
      const chunk = this.queue.shift()!;
      slot.chunk = chunk;
      slot.job = this.nextJob++;
      slot.dispatchTick = slot.lastTick = Atomics.load(slot.progress, 0);
      slot.tickSince = null;
      Atomics.store(slot.progress, 1, 0);
      slot.worker.postMessage({ job: slot.job, items: chunk.items, opts: chunk.opts });
    }
  }

  private check(): void {
    const now = performance.now();
    for (const slot of this.slots) {
      if (!slot.chunk) continue;
      const tick = Atomics.load(slot.progress, 0);
      if (tick !== slot.lastTick) {
        slot.lastTick = tick;
        slot.tickSince = now;
      } else if (slot.tickSince !== null && now - slot.tickSince > Math.max(this.itemTimeoutMs, Atomics.load(slot.progress, 2))) {
        this.stats.timeouts++;
        this.replace(slot, `verification took longer than ${Math.max(this.itemTimeoutMs, Atomics.load(slot.progress, 2))} ms and was stopped`, true);
      }
    }
  }

  /**
   * Stops the slot's worker and starts a new one. The item it was on scores 0 with `reason`; the rest
   * of its chunk goes back to the front of the queue (all of it when the worker had not begun).
   */
  private replace(slot: Slot, reason: string, timedOut = false): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closed) return;
    const chunk = slot.chunk;
    slot.chunk = null;
    void retire(slot.worker);
    if (!timedOut) this.stats.crashes++;
    if (chunk) {
      const begun = Atomics.load(slot.progress, 0) !== slot.dispatchTick;
      const at = begun ? Math.min(Atomics.load(slot.progress, 1), chunk.items.length - 1) : -1;
      if (at >= 0) chunk.out[chunk.positions[at]] = zeroVerdict(reason);
      const keep = chunk.items.map((_, k) => k).filter((k) => k !== at);
      if (keep.length) this.queue.unshift({ ...chunk, items: keep.map((k) => chunk.items[k]), positions: keep.map((k) => chunk.positions[k]) });
      else chunk.done();
    }
    if (!slot.ready) return this.fail(`verifier workers cannot start: ${reason}`);
    this.slots[i] = this.spawn();
    this.pump();
  }

  /** Workers cannot start (a broken install): answer everything pending with the reason, accept no more. */
  private fail(reason: string): void {
    this.broken = reason;
    this.rejectFailed(new Error(reason));
    const chunks = [...this.queue.splice(0), ...this.slots.flatMap((s) => (s.chunk ? [s.chunk] : []))];
    for (const s of this.slots) s.chunk = null;
    for (const c of chunks) {
      c.positions.forEach((p) => (c.out[p] = zeroVerdict(reason)));
      c.done();
    }
  }

  get error(): string | null {
    return this.broken;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => retire(s.worker)));
  }
}

/**
 * Stops a worker we no longer listen to. A worker still loading may yet report an error; with no
 * listener left, Node would throw it in this thread as an uncaught exception.
 */
function retire(worker: Worker): Promise<number> {
  worker.removeAllListeners();
  worker.on('error', () => {});
  return worker.terminate();
}
