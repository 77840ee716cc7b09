import { Worker } from 'node:worker_threads';

/** Starts a worker thread running the TypeScript module at `module` (a file URL); `data` is its workerData. */
export function startTsWorker(module: URL, data: Record<string, unknown> = {}): Worker {
  return new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { ...data, entry: module.href } });
}
