#!/usr/bin/env node
// Container health check. When the container's main process is `veriforge serve`, GET /health on
// its port must answer 200 within 2 s; any other command (generate, export, merge) is healthy as long
// as it runs, since it has no server to ask. Plain Node, no dependencies.
import { readFileSync } from 'node:fs';

let args = [];
try {
  args = readFileSync('/proc/1/cmdline', 'utf8').split('\0').filter(Boolean);
} catch {
  process.exit(0); // no /proc (not Linux): nothing to check against
}
const serve = args.indexOf('serve');
if (serve < 0) process.exit(0);
const rest = args.slice(serve + 1);
const at = rest.findIndex((a) => a === '--port' || a.startsWith('--port='));
const port = at < 0 ? 8000 : Number(rest[at].includes('=') ? rest[at].split('=')[1] : rest[at + 1]);
try {
  const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
  process.exit(res.ok ? 0 : 1);
} catch (e) {
  process.stderr.write(`health: ${e.message}\n`);
  process.exit(1);
}
