// Entry of every worker thread: registers the TypeScript loader, then runs the module in workerData.entry.
// Needed because a worker does not inherit the loader the main thread registered through tsx's API.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
