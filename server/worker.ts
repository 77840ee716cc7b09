import { parentPort, workerData } from 'node:worker_threads';
import type { VerifyOptions } from '../verifiers/index.js';
import { judgeItem, type JudgeItem } from './judge.js';

export interface JobMessage {
  job: number;
  items: JudgeItem[];
  opts: VerifyOptions;
}

/**
 * Verifier worker. Before each item it bumps a shared tick and records the item's position, so the
 * pool can tell an item that runs too long from a busy worker and stop just that one.
 */
const progress = new Int32Array(workerData.progress as SharedArrayBuffer);

parentPort!.on('message', (m: JobMessage) => {
  const verdicts = m.items.map((item, k) => {
    Atomics.store(progress, 1, k);
    Atomics.add(progress, 0, 1);
    return judgeItem(item, m.opts);
  });
  parentPort!.postMessage({ job: m.job, verdicts });
});
parentPort!.postMessage({ ready: true });
