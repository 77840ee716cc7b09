// Worker-thread entry of the CAD kernel. Plain JavaScript so that it starts the same way under
// node, tsx and vitest; it loads the TypeScript kernel through tsx's programmatic loader.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const main = await tsImport('./worker-main.ts', import.meta.url);
await main.serve(workerData);
