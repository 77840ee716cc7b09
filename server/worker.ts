import { parentPort, workerData } from 'node:worker_threads';
import type { Verdict } from '../core/task.js';
import type { JudgeItem, JudgeOptions } from './judge.js';

export interface JobMessage {
  job: number;
  items: JudgeItem[];
  opts: JudgeOptions;
}

/**
 * The worker side of the pool. Before each item it bumps a shared tick and records the item's
 * position, so the pool can tell an item that runs too long from a busy worker and stop just that one.
 * A verifier that needs longer than the pool's limit for an item says so through `budget` (slot 2).
 */
export function serveJobs(judge: (item: JudgeItem, opts: JudgeOptions, budget: (ms: number) => void) => Verdict): void {
  const progress = new Int32Array(workerData.progress as SharedArrayBuffer);
  parentPort!.on('message', (m: JobMessage) => {
    const verdicts = m.items.map((item, k) => {
      Atomics.store(progress, 1, k);
      Atomics.store(progress, 2, 0);
      Atomics.add(progress, 0, 1);
      return judge(item, m.opts, (ms) => Atomics.store(progress, 2, ms));
    });
    parentPort!.postMessage({ job: m.job, verdicts });
  });
  parentPort!.postMessage({ ready: true });
}
