// Worker threads do not inherit a TypeScript loader: register tsx here, then load the worker module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
