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
 * A verifier that needs longer than the pool's limit for an item says so through `budget` (slot 2);
 * each `budget` call bumps the tick again, so the item's clock restarts (after a sandbox's start).
 * Items are judged one after another; one judged by running code (a promise) is awaited in turn.
 */
export function serveJobs(judge: (item: JudgeItem, opts: JudgeOptions, budget: (ms: number) => void) => Verdict | Promise<Verdict>): void {
  const progress = new Int32Array(workerData.progress as SharedArrayBuffer);
  const budget = (ms: number) => {
    Atomics.store(progress, 2, ms);
    Atomics.add(progress, 0, 1);
  };
  parentPort!.on('message', async (m: JobMessage) => {
    const verdicts: Verdict[] = [];
    for (let k = 0; k < m.items.length; k++) {
      Atomics.store(progress, 1, k);
      Atomics.store(progress, 2, 0);
      Atomics.add(progress, 0, 1);
      const v = judge(m.items[k], m.opts, budget);
      verdicts.push(v instanceof Promise ? await v : v);
    }
    parentPort!.postMessage({ job: m.job, verdicts });
  });
  parentPort!.postMessage({ ready: true });
}
