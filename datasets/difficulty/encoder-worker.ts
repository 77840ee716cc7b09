// Worker thread of the built-in encoder: reads images to grey and, on the CPU backend, runs the
// filter bank too. Images are independent, so N threads give up to N× the images per second.
import { parentPort } from 'node:worker_threads';
import { ENCODER_SIZE, featuresOfGreys } from './filter-bank.js';
import { readGreys } from './grey.js';
import { useDevice } from './runtime.js';

await useDevice('cpu', () => {});

parentPort!.on('message', async ({ paths, filter }: { paths: string[]; filter: boolean }) => {
  try {
    const greys = await readGreys(paths, ENCODER_SIZE);
    const result = filter ? await featuresOfGreys(greys, paths.length) : greys;
    const data = result.byteLength === result.buffer.byteLength ? result : result.slice(); // own buffer, to transfer
    parentPort!.postMessage({ data }, [data.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message ?? String(e) });
  }
});
