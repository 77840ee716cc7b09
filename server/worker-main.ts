import { judgeItem } from './judge.js';
import { serveJobs } from './worker.js';

serveJobs(judgeItem);
