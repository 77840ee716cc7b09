// Matplotlib chart-to-code verifications per second: the sandboxed zygote pool (verifyAsync, the
// reward path) against a fresh `python3 script.py` per candidate (what existing evaluators do), side
// by side in one run, on our generated 600×400 charts and on longer real-style scripts; then memory
// over many candidates.
// npx tsx bench/matplotlib.ts [--generated 120] [--real 40] [--profile 24] [--memory 1000] [--workers 2]
// (a count of 0 skips that part: `--generated 0 --real 0 --profile 0 --memory 5000 --memory-small` is the memory run)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import { closeMatplotlibPool, decodeThumb, matplotlibPool, MatplotlibPool, renderReference, runMatplotlib, visualSimilarity, type JobCost } from '../engines/matplotlib/index.js';
import { chartToCode } from '../generators/charts/chart-to-code.js';
import type { MatplotlibTruth } from '../verifiers/charts/matplotlib.js';
import { DATA_TOLERANCE, structuralParts } from '../verifiers/charts/matplotlib-score.js';
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

/** CPU seconds of `runs` fresh interpreters running `code` (python3 -c), one at a time. */
async function freshCost(code: string, runs: number): Promise<number> {
  const t = await timed(Array.from({ length: runs }, () => () => new Promise<void>((resolve, reject) => {
    const p = spawn('/usr/bin/python3', ['-c', code], { cwd: dir, env: { PATH: '/usr/bin', MPLBACKEND: 'Agg', MPLCONFIGDIR: join(dir, '.mpl'), HOME: dir }, stdio: 'ignore' });
    p.on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`python3 -c exited ${c}`))));
  })), 1);
  return (t.cpu / runs) * 1000;
}

/**
 * Where a verification's CPU goes: on the fresh-process side interpreter start-up and the matplotlib
 * import; on the pool side the child's set-up after the fork, the script, the render, the extraction
 * (as the sandbox measures them), the zygote and Node (the rest of the process tree's CPU), and the
 * scoring in Node (structure + SSIM).
 */
async function profile(name: string, scripts: string[], runs: number) {
  const truths = await Promise.all(scripts.map(truthOf));
  const refThumbs = await Promise.all(truths.map((t) => decodeThumb(t.thumb)));
  const sum: JobCost = { cpuMs: 0, setupCpuMs: 0, scriptCpuMs: 0, drawCpuMs: 0, extractCpuMs: 0, minorFaults: 0 };
  let scoreMs = 0;
  const t = await timed(Array.from({ length: runs }, (_, k) => async () => {
    const i = k % scripts.length;
    const r = await runMatplotlib(scripts[i], { rgba: false, boxes: false, thumb: [refThumbs[i].width, refThumbs[i].height] });
    if (!r.ok || !r.cost) throw new Error(`${name} ${i}: ${r.error}`);
    for (const key of Object.keys(sum) as (keyof JobCost)[]) sum[key] += r.cost[key];
    const s0 = performance.now();
    structuralParts(truths[i].reference, r.figure!, DATA_TOLERANCE);
    visualSimilarity(refThumbs[i], r.thumb!);
    scoreMs += performance.now() - s0;
  }), 1);
  const per = (v: number) => (v / runs).toFixed(0);
  const other = (t.cpu * 1000 - sum.cpuMs) / runs;
  console.log(`${name}, ${runs} runs one at a time (CPU ms per candidate): child ${per(sum.cpuMs)} = set-up ${per(sum.setupCpuMs)} + script ${per(sum.scriptCpuMs)} + render ${per(sum.drawCpuMs)} + extraction ${per(sum.extractCpuMs)} + result/exit ${per(sum.cpuMs - sum.setupCpuMs - sum.scriptCpuMs - sum.drawCpuMs - sum.extractCpuMs)}; zygote (fork, clean-up) + Node ${other.toFixed(0)}, of which scoring in Node ${per(scoreMs)}; ${per(sum.minorFaults)} page faults; load ${loadavg()[0].toFixed(1)}`);
}

/**
 * matplotlib's own floor: every script run again and again in one warm interpreter (no sandbox, no
 * fork, no extraction, no scoring), CPU ms per script for its code and for the figure's draw.
 */
function floor(name: string, scripts: string[], rounds = 3) {
  scripts.forEach((s, i) => writeFileSync(join(dir, `floor${i}.py`), s));
  // savefig writes nothing, as in the sandbox (the figure is drawn once, after the script).
  const code = `import glob, time, matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt, matplotlib.figure
matplotlib.figure.Figure.savefig = lambda *a, **k: None
codes = [compile(open(f).read(), f, 'exec') for f in sorted(glob.glob(${JSON.stringify(join(dir, 'floor*.py'))}))]
def run(c):
    t0 = time.process_time(); exec(c, {'__name__': '__main__'}); t1 = time.process_time()
    for n in plt.get_fignums(): plt.figure(n).canvas.draw()
    t2 = time.process_time(); plt.close('all'); return t1 - t0, t2 - t1
for c in codes: run(c)
tot = [0, 0]
for _ in range(${rounds}):
    for c in codes:
        a, b = run(c); tot[0] += a; tot[1] += b
n = ${rounds} * len(codes)
print(round(tot[0] / n * 1000), round(tot[1] / n * 1000))
`;
  const p = spawnSync('/usr/bin/python3', ['-c', code], { cwd: dir, env: { PATH: '/usr/bin', MPLBACKEND: 'Agg', MPLCONFIGDIR: join(dir, '.mpl'), HOME: dir, OPENBLAS_NUM_THREADS: '1' }, encoding: 'utf8' });
  for (const f of readdirSync(dir)) if (f.startsWith('floor')) rmSync(join(dir, f));
  if (p.status !== 0) throw new Error(`floor: ${p.stderr}`);
  const [script, draw] = p.stdout.trim().split(' ').map(Number);
  console.log(`${name}, matplotlib's own floor (one warm interpreter, no sandbox/fork/extraction/scoring; CPU ms per script): script ${script} + draw ${draw} = ${script + draw}, at most ${((WORKERS * 1000) / (script + draw)).toFixed(1)}/s on ${WORKERS} cores; load ${loadavg()[0].toFixed(1)}`);
}

/** Run + score as the reward does (judgeMatplotlib), on a given pool: to set two pools side by side. */
async function judgeOn(pool: MatplotlibPool, script: string, truth: MatplotlibTruth): Promise<number> {
  const ref = await decodeThumb(truth.thumb);
  const r = await pool.run(script, { rgba: false, boxes: false, thumb: [ref.width, ref.height] });
  if (!r.ok) throw new Error(r.error);
  const parts = structuralParts(truth.reference, r.figure!, DATA_TOLERANCE);
  return Math.min(parts.data, parts.text, visualSimilarity(ref, r.thumb!));
}

// One pool's spare children always populate the pages they will write in a few madvise calls; the
// other takes them as page faults one by one, as before.
let pools: { populated: MatplotlibPool; faulted: MatplotlibPool } | null = null;

async function compare(name: string, scripts: string[], count: number) {
  if (!count) return;
  pools ??= { populated: new MatplotlibPool({ size: WORKERS, populate: true }), faulted: new MatplotlibPool({ size: WORKERS, populate: false }) };
  await Promise.all([pools.populated.ready(), pools.faulted.ready()]);
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
  // Populated against faulted pages, same scoring, in alternating halves so load drift hits both.
  const on = (pool: MatplotlibPool) => Array.from({ length: count }, (_, k) => () => judgeOn(pool, scripts[k % scripts.length], truths[k % scripts.length]));
  const sum = { populated: { wall: 0, cpu: 0 }, faulted: { wall: 0, cpu: 0 } };
  for (const half of [0, 1]) {
    for (const key of (half ? ['faulted', 'populated'] : ['populated', 'faulted']) as ('populated' | 'faulted')[]) {
      const t = await timed(on(pools![key]).slice(half * (count >> 1), half ? count : count >> 1));
      sum[key].wall += t.wall;
      sum[key].cpu += t.cpu;
    }
  }
  row(`${name}: pool, hot pages populated before the job (run + score)`, count, sum.populated);
  row(`${name}: pool, pages faulted one by one (run + score)`, count, sum.faulted);
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
  const runs = arg('profile', 24);
  if (runs) {
    const py = await freshCost('pass', 5);
    const mpl = await freshCost("import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot", 5);
    console.log(`\nfresh python3 (CPU ms): start-up ${py.toFixed(0)}, + import matplotlib.pyplot ${(mpl - py).toFixed(0)}; load ${loadavg()[0].toFixed(1)}`);
    await profile('generated 600×400 charts', generated, runs);
    await profile('real-style scripts', REAL_STYLE, runs);
    floor('generated 600×400 charts', generated);
    floor('real-style scripts', REAL_STYLE);
  }

  const n = arg('memory', 1000);
  if (n) {
    // --memory-small: a three-bar chart as every candidate (≈ a third of a generated chart's CPU), so
    // that 5,000 candidates fit a shared machine; the pool, the results and the scoring are the same.
    const small = process.argv.includes('--memory-small');
    const candidates = small ? [`import matplotlib.pyplot as plt\nplt.figure(figsize=(6, 4))\nplt.bar(['a', 'b', 'c'], [3, 1, 2])\nplt.title('Small')\n`] : generated;
    const truth = await truthOf(generated[0]);
    const m0 = memory();
    console.log(`\nmemory over ${n} candidates (MiB): candidates, Node RSS, sandboxes PSS, rate, load`);
    console.log(`0, ${m0.node.toFixed(0)}, ${m0.sandboxes.toFixed(0)}, -, load ${loadavg()[0].toFixed(1)}`);
    for (let done = 0; done < n; ) {
      const step = Math.min(n - done, Math.max(1, Math.floor(n / 10)));
      const t = await timed(Array.from({ length: step }, (_, k) => () => verifyAsync('chart-to-code', `<answer>\n${candidates[(done + k) % candidates.length]}</answer>`, truth)));
      done += step;
      const m = memory();
      console.log(`${done}, ${m.node.toFixed(0)}, ${m.sandboxes.toFixed(0)}, ${(step / t.wall).toFixed(1)}/s, load ${loadavg()[0].toFixed(1)}`);
    }
  }
  await closeMatplotlibPool();
  await pools?.populated.close();
  await pools?.faulted.close();
  rmSync(dir, { recursive: true, force: true });
  console.log('\n' + rows.join('\n'));
}

await main();
