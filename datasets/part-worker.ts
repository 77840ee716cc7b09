// Worker thread that writes whole parts: parts are independent, so N workers give N× throughput.
import { parentPort, workerData } from 'node:worker_threads';
import { closeRenderers } from '../renderers/index.js';
import { writePart } from './part.js';
import type { Plan } from './layout.js';

const { plan, outDir } = workerData as { plan: Plan; outDir: string };

parentPort!.on('message', async (msg: { part: number } | { close: true }) => {
  if ('close' in msg) {
    await closeRenderers();
    parentPort!.postMessage({ closed: true });
    return;
  }
  try {
    const r = await writePart(plan, msg.part, outDir, () => parentPort!.postMessage({ item: true }));
    parentPort!.postMessage({ part: msg.part, ...r });
  } catch (e) {
    parentPort!.postMessage({ part: msg.part, error: (e as Error).message ?? String(e) });
  }
});
