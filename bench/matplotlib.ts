// Matplotlib chart-to-code verifications per second: the sandboxed zygote pool (verifyAsync, the
// reward path) against a fresh `python3 script.py` per candidate (what existing evaluators do), side
// by side in one run, on our generated 600×400 charts and on longer real-style scripts; then memory
// over many candidates.
// npx tsx bench/matplotlib.ts [--generated 120] [--real 40] [--memory 1000] [--workers 2]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import { closeMatplotlibPool, matplotlibPool, renderReference } from '../engines/matplotlib/index.js';
import { chartToCode } from '../generators/charts/chart-to-code.js';
import type { MatplotlibTruth } from '../verifiers/charts/matplotlib.js';
import { verifyAsync } from '../verifiers/index.js';
import { REAL_STYLE } from './matplotlib-scripts.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const WORKERS = arg('workers', Math.min(2, availableParallelism()));

/** CPU seconds of this process and its descendants (live ones read directly, finished ones through cutime). */
function cpuSeconds(): number {
  const stats = new Map<number, { ppid: number; cpu: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(d), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100 });
    } catch {
      /* exited meanwhile */
    }
  }
  let total = 0;
  const walk = (pid: number) => {
    total += stats.get(pid)?.cpu ?? 0;
    for (const [c, s] of stats) if (s.ppid === pid) walk(c);
  };
  walk(process.pid);
  return total;
}

/** Resident memory (MiB): Node's RSS, and the proportional set size of the sandboxes (shared pages split). */
function memory(): { node: number; sandboxes: number } {
  let pss = 0;
  for (const pid of matplotlibPool().pids()) {
    const below = [pid];
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const s = readFileSync(`/proc/${d}/stat`, 'utf8');
        if (below.includes(Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[1]))) below.push(Number(d));
      } catch {
        /* gone */
      }
    }
    for (const p of below) {
      try {
        pss += Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))![1]) / 1024;
      } catch {
        /* gone */
      }
    }
  }
  return { node: process.memoryUsage().rss / 2 ** 20, sandboxes: pss };
}

/** Runs jobs `workers` at a time; wall seconds and CPU seconds of the process tree. */
async function timed(jobs: (() => Promise<unknown>)[], workers = WORKERS) {
  const cpu0 = cpuSeconds();
  const t0 = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: workers }, async () => {
    while (next < jobs.length) await jobs[next++]();
  }));
  return { wall: (performance.now() - t0) / 1000, cpu: cpuSeconds() - cpu0 };
}

const dir = mkdtempSync(join(tmpdir(), 'mpl-bench-'));
/** The existing evaluators' way: a fresh interpreter per candidate, the script saving its figure. */
function freshPython(script: string, k: number): Promise<void> {
  const file = join(dir, `c${k}.py`);
  // As evaluators do: the candidate's own savefig paths point into the work folder, show() is dropped.
  const local = script.replace(/plt\.show\(\)/g, '').replace(/savefig\(\s*(['"])[^'"]*\1/g, `savefig(${JSON.stringify(join(dir, `own${k}.png`))}`);
  writeFileSync(file, local + `\nimport matplotlib.pyplot as _p\n_p.gcf().savefig(${JSON.stringify(join(dir, `c${k}.png`))})\n`);
  return new Promise((resolve, reject) => {
    const p = spawn('/usr/bin/python3', [file], { cwd: dir, env: { PATH: '/usr/bin', MPLBACKEND: 'Agg', MPLCONFIGDIR: join(dir, '.mpl'), HOME: dir }, stdio: 'ignore' });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`python3 exited ${code} on candidate ${k}`))));
  });
}

async function truthOf(script: string): Promise<MatplotlibTruth> {
  const ref = await renderReference(script);
  if (!ref.ok) throw new Error(`reference does not run: ${ref.error}`);
  return { target: 'matplotlib', script, ...ref.truth! };
}

const rows: string[] = [];
function row(what: string, n: number, t: { wall: number; cpu: number }) {
  const line = `| ${what} | ${n} | ${(n / t.wall).toFixed(1)}/s | ${((t.cpu / n) * 1000).toFixed(0)} ms | ${((WORKERS * n) / t.cpu).toFixed(1)}/s | load ${loadavg()[0].toFixed(1)} |`;
  rows.push(line);
  console.log(line);
}

async function compare(name: string, scripts: string[], count: number) {
  const truths = await Promise.all(scripts.map(truthOf));
  const verifyJobs = Array.from({ length: count }, (_, k) => async () => {
    const i = k % scripts.length;
    const v = await verifyAsync('chart-to-code', `<answer>\n${scripts[i]}</answer>`, truths[i]);
    if (v.score !== 1) throw new Error(`${name} ${i} scored ${v.score}: ${v.reason}`);
  });
  const freshJobs = Array.from({ length: count }, (_, k) => () => freshPython(scripts[k % scripts.length], k));
  await Promise.all(verifyJobs.slice(0, WORKERS).map((j) => j())); // warm: both zygotes busy once
  row(`${name}: sandboxed pool, verifyAsync (run + extract + score)`, count, await timed(verifyJobs));
  row(`${name}: fresh \`python3 script.py\` (run only, no sandbox)`, count, await timed(freshJobs));
}

async function main() {
  const t0 = performance.now();
  await matplotlibPool().ready();
  console.log(`pool of ${matplotlibPool().size} zygotes ready in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${WORKERS} jobs at a time`);
  console.log('| what | candidates | rate (wall) | CPU per candidate | rate at that CPU cost on free cores | conditions |\n|---|---|---|---|---|---|');
  const params = resolveParams(chartToCode.params, { target: 'matplotlib' }, 'params', chartToCode.levels[3]);
  const generated = Array.from({ length: 24 }, (_, i) => chartToCode.generate(new Rng(deriveSeed('bench', 'chart-to-code', i)), params).answer);
  await compare('generated 600×400 charts', generated, arg('generated', 120));
  await compare('real-style scripts', REAL_STYLE, arg('real', 40));

  const n = arg('memory', 1000);
  const truth = await truthOf(generated[0]);
  console.log(`\nmemory over ${n} candidates (MiB): candidates, Node RSS, sandboxes PSS`);
  for (let done = 0; done < n; ) {
    const step = Math.min(n - done, Math.max(1, Math.floor(n / 5)));
    await timed(Array.from({ length: step }, (_, k) => () => verifyAsync('chart-to-code', `<answer>\n${generated[(done + k) % generated.length]}</answer>`, truth)));
    done += step;
    const m = memory();
    console.log(`${done}, ${m.node.toFixed(0)}, ${m.sandboxes.toFixed(0)}`);
  }
  await closeMatplotlibPool();
  rmSync(dir, { recursive: true, force: true });
  console.log('\n' + rows.join('\n'));
}

await main();
