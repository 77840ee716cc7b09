// Runs a Kubernetes Indexed Job on this machine, the way the cluster would: N shard processes with
// JOB_COMPLETION_INDEX=0..N-1 side by side, some SIGKILLed mid-run (an eviction, an OOM kill, a lost
// node) and started again with the same index (the Job's per-index retry); then the merge step, and
// a byte-for-byte comparison of the merged folder with the same dataset made by one process.
//   npx tsx deploy/simulate/indexed-job.ts [--shards 4] [--kill 1,2] [--count 600] [--part-size 16]
//     [--config mix.json] [--work DIR] [--keep]
// Prints one line per event and exits 1 if the merged dataset differs from the one-process run.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'veriforge.mjs');
const { values } = parseArgs({
  options: {
    shards: { type: 'string', default: '4' },
    kill: { type: 'string', default: '1,2' },
    count: { type: 'string', default: '600' },
    'part-size': { type: 'string', default: '16' },
    config: { type: 'string' },
    work: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const shards = Number(values.shards);
const kills = new Set(values.kill ? values.kill.split(',').map(Number) : []);
if (!Number.isInteger(shards) || shards < 1 || [...kills].some((k) => !Number.isInteger(k) || k < 0 || k >= shards)) {
  throw new Error(`--shards must be a positive integer and --kill indexes in 0..${shards - 1}`);
}
const work = values.work ?? mkdtempSync(join(tmpdir(), 'veriforge-indexed-job-'));
mkdirSync(work, { recursive: true });
const config = values.config ?? join(work, 'mix.json');
if (!values.config) {
  // Fast tasks by default, so the simulation is about the Job, not about rendering.
  writeFileSync(config, JSON.stringify({
    seed: 'indexed-job', count: Number(values.count), partSize: Number(values['part-size']),
    tasks: [{ task: 'sudoku', weight: 1, level: 2 }, { task: 'maze', weight: 1 }, { task: 'graph-coloring', weight: 1 }],
  }));
}
const log = (msg: string) => process.stdout.write(`${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${msg}\n`);
const t0 = performance.now();

/** Runs the CLI; resolves with its exit code or signal. `onStart` gets the child (to kill it). */
function veriforge(args: string[], env: Record<string, string> = {}, onStart?: (kill: () => void) => void) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    onStart?.(() => child.kill('SIGKILL'));
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

/** Part files a shard folder holds so far. */
const partsIn = (dir: string) => (existsSync(join(dir, 'data')) ? readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.jsonl')).length : 0);

/** sha256 of every file under `dir`, by relative path. */
function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

async function shard(index: number): Promise<void> {
  const out = join(work, 'job', `shard-${index}`);
  const args = ['generate', '--config', config, '--shards', String(shards), '--out', out];
  const env = { JOB_COMPLETION_INDEX: String(index) };
  let attempt = 1;
  if (kills.has(index)) {
    // Kill once it has written at least one part, so the retry has something to resume from.
    const first = await veriforge(args, env, (kill) => {
      const timer = setInterval(() => {
        if (partsIn(out) >= 1) {
          clearInterval(timer);
          kill();
        }
      }, 20);
    });
    if (first.signal === 'SIGKILL') log(`shard ${index}: SIGKILLed with ${partsIn(out)} part files written; retrying`);
    else if (first.code === 0) log(`shard ${index}: finished before the kill landed (use a larger --count)`);
    else throw new Error(`shard ${index} failed: ${first.stderr}`);
    if (first.code === 0) return;
    attempt++;
  }
  const r = await veriforge(args, env);
  if (r.code !== 0) throw new Error(`shard ${index} attempt ${attempt} failed (${r.code ?? r.signal}): ${r.stderr}`);
  const resumed = /(\d+) parts kept from an earlier run/.exec(r.stderr);
  log(`shard ${index}: complete on attempt ${attempt}${resumed ? `, resumed ${resumed[1]} parts` : ''}`);
}

try {
  log(`${shards} shards of ${config} in ${work}; killing ${[...kills].join(', ') || 'none'}`);
  const one = await veriforge(['generate', '--config', config, '--out', join(work, 'one-process')]);
  if (one.code !== 0) throw new Error(`one-process run failed: ${one.stderr}`);
  log('one-process reference done');
  await Promise.all(Array.from({ length: shards }, (_, i) => shard(i)));
  const dirs = Array.from({ length: shards }, (_, i) => join(work, 'job', `shard-${i}`));
  const merged = await veriforge(['merge', ...dirs, '--out', join(work, 'merged')]);
  if (merged.code !== 0) throw new Error(`merge failed: ${merged.stderr}`);
  log('merged');
  const a = digest(join(work, 'one-process'));
  const b = digest(join(work, 'merged'));
  const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f));
  if (differ.length) {
    log(`DIFFERENT: ${differ.length} of ${a.size} files differ, e.g. ${differ.slice(0, 5).join(', ')}`);
    process.exitCode = 1;
  } else {
    log(`byte-identical: ${a.size} files of the merged Job output equal the one-process run`);
  }
} finally {
  if (!values.keep && !values.work) rmSync(work, { recursive: true, force: true });
}
