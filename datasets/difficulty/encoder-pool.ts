import type { Worker } from 'node:worker_threads';
import { VeriforgeError } from '../../core/errors.js';
import { startTsWorker } from '../../core/ts-worker.js';

interface Job {
  paths: string[];
  filter: boolean;
  resolve: (data: Float32Array) => void;
  reject: (e: Error) => void;
}

/**
 * Worker threads running encoder-worker.ts, one job (a batch of image paths) at a time each. Idle
 * workers are unreferenced, so a caller that never closes the pool does not keep the process alive.
 */
export class EncoderPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private failed: Error | undefined;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = startTsWorker(new URL('./encoder-worker.ts', import.meta.url));
      w.on('message', (m: { data?: Float32Array; error?: string }) => this.done(w, m));
      w.on('error', (e) => this.fail(new VeriforgeError(`image encoder thread failed: ${e.message}`)));
      w.on('exit', (code) => this.fail(new VeriforgeError(`image encoder thread exited (code ${code})`)));
      w.unref();
      this.idle.push(w);
    }
  }

  /** Grey images (filter = false) or built-in features (filter = true) of the files, end to end. */
  run(paths: string[], filter: boolean): Promise<Float32Array> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ paths, filter, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(w, job);
      w.ref();
      w.postMessage({ paths: job.paths, filter: job.filter });
    }
  }

  private done(w: Worker, m: { data?: Float32Array; error?: string }): void {
    const job = this.running.get(w)!;
    this.running.delete(w);
    w.unref();
    this.idle.push(w);
    if (m.error !== undefined) job.reject(new VeriforgeError(m.error));
    else job.resolve(m.data!);
    this.dispatch();
  }

  private fail(e: Error): void {
    if (this.failed) return;
    this.failed = e;
    for (const job of [...this.running.values(), ...this.queue.splice(0)]) job.reject(e);
    this.running.clear();
  }

  async close(): Promise<void> {
    this.failed ??= new VeriforgeError('image encoder closed');
    const all = [...this.idle, ...this.running.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }
}
