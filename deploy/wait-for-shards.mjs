#!/usr/bin/env node
// Waits until a dataset's shard folders are all finished: <dir>/shard-<i>/manifest.json exists with
// status "complete" and shard index i of <count>, for every i in 0..count-1. The merge step of the
// Kubernetes recipe runs it first, so `kubectl apply` of the whole recipe needs no ordering.
// Usage: node deploy/wait-for-shards.mjs <dir> <count> [--interval-s 10] [--timeout-s 0 (none)]
// Plain Node, no dependencies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'interval-s': { type: 'string', default: '10' }, 'timeout-s': { type: 'string', default: '0' } },
});
const [dir, countText] = positionals;
const count = Number(countText);
const interval = Number(values['interval-s']);
const timeout = Number(values['timeout-s']);
if (!dir || !Number.isInteger(count) || count < 1 || !(interval > 0) || !(timeout >= 0)) {
  process.stderr.write('usage: wait-for-shards.mjs <dir> <count ≥ 1> [--interval-s s > 0] [--timeout-s s ≥ 0]\n');
  process.exit(2);
}

/** Index of every shard folder that is not finished yet, with why. */
function pending() {
  const out = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `shard-${i}`, 'manifest.json');
    let m;
    try {
      m = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      out.push(`${i} (no manifest yet)`);
      continue;
    }
    if (m.shard?.index !== i || m.shard?.count !== count) {
      process.stderr.write(`${file} is shard ${JSON.stringify(m.shard)}, expected ${i} of ${count}\n`);
      process.exit(1);
    }
    if (m.status !== 'complete') out.push(`${i} (${m.status})`);
  }
  return out;
}

const start = Date.now();
for (;;) {
  const left = pending();
  if (left.length === 0) break;
  if (timeout && Date.now() - start > timeout * 1000) {
    process.stderr.write(`timed out after ${timeout} s; unfinished shards: ${left.join(', ')}\n`);
    process.exit(1);
  }
  process.stderr.write(`waiting for ${left.length}/${count} shards: ${left.slice(0, 8).join(', ')}${left.length > 8 ? ', ...' : ''}\n`);
  await new Promise((r) => setTimeout(r, interval * 1000));
}
process.stderr.write(`all ${count} shards of ${dir} are complete\n`);
