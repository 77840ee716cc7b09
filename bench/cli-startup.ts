// How long the CLI takes to start: wall and CPU (user + sys of the child) of a few commands, the
// median of --runs runs each. With --baseline DIR the same commands run from another checkout
// (e.g. `git worktree add /tmp/base <commit>`; its node_modules linked) alternately with this one.
//   npx tsx bench/cli-startup.ts [--runs 7] [--baseline DIR]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, baseline: { type: 'string' } } });
const runs = Number(values.runs);
const trees: [string, string][] = [['this tree', join(import.meta.dirname, '..')]];
if (values.baseline) trees.push(['baseline', values.baseline]);
const scratch = mkdtempSync(join(tmpdir(), 'vf-cli-bench-'));

const commands: [string, (k: number) => string[]][] = [
  ['--version', () => ['--version']],
  ['tasks', () => ['tasks']],
  ['verify --task sudoku', () => ['verify', '--task', 'sudoku', '--truth', '{}', '--response', 'x']],
  ['generate 1 sudoku', (k) => ['generate', '--task', 'sudoku', '--count', '1', '--out', join(scratch, `g${k}`)]],
];

/** CPU ms of this process's waited-for children so far (cutime + cstime in /proc/self/stat). */
function childrenCpu(): number {
  const f = readFileSync('/proc/self/stat', 'utf8');
  const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return ((Number(rest[13]) + Number(rest[14])) / 100) * 1000;
}

/** Wall ms and CPU ms (user + sys, its threads and children included) of one CLI run. */
function once(root: string, args: string[]): [number, number] {
  const cpu0 = childrenCpu();
  const t0 = performance.now();
  spawnSync(process.execPath, [join(root, 'bin/veriforge.mjs'), ...args], { stdio: 'ignore' });
  return [performance.now() - t0, childrenCpu() - cpu0];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`load average at start ${loadavg()[0].toFixed(2)}; ${runs} runs per command and tree, trees alternating`);
console.log('| command | tree | wall (median) | CPU (median) |\n|---|---|---|---|');
let k = 0;
for (const [name, args] of commands) {
  const res = new Map(trees.map(([t]) => [t, { wall: [] as number[], cpu: [] as number[] }]));
  for (let r = 0; r < runs; r++) {
    for (const [t, root] of trees) {
      const [w, c] = once(root, args(k++));
      res.get(t)!.wall.push(w);
      res.get(t)!.cpu.push(c);
    }
  }
  for (const [t] of trees) console.log(`| ${name} | ${t} | ${median(res.get(t)!.wall).toFixed(0)} ms | ${median(res.get(t)!.cpu).toFixed(0)} ms |`);
}
console.log(`load average at end ${loadavg()[0].toFixed(2)}`);
rmSync(scratch, { recursive: true, force: true });
