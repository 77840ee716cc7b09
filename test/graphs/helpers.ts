// Only the graph tasks and verifiers are loaded (not every registered task): test files stay fast.
// Their registration in generators/index.ts and verifiers/index.ts is covered by test/tasks.
import { resolveParams } from '../../core/params.js';
import { Registry } from '../../core/registry.js';
import { Rng } from '../../core/rng.js';
import type { Instance, Level, TaskDefinition } from '../../core/task.js';
import { graphTasks } from '../../generators/graphs/index.js';
import { graphVerifiers } from '../../verifiers/graphs/index.js';
import { verifiers } from '../../verifiers/registry.js';
import { verify } from '../../verifiers/verify.js';

for (const v of graphVerifiers) if (!verifiers.has(v.name)) verifiers.register(v);
export const tasks = new Registry<TaskDefinition>('task');
for (const t of graphTasks) tasks.register(t);

/** One item of a registered graph task at a level preset (plus overrides), from a fixed seed. */
export function make<T = any>(task: string, level: Level, seed: string, over: Record<string, unknown> = {}): Instance<T> {
  const def = tasks.get(task);
  return def.generate(new Rng(seed), resolveParams(def.params, over, 'params', def.levels[level])) as Instance<T>;
}

/** Score of `answer` (wrapped in answer tags unless `raw`) against a JSON round-tripped truth. */
export function score(task: string, truth: unknown, answer: string, raw = false): number {
  return judge(task, truth, answer, raw).score;
}

export function judge(task: string, truth: unknown, answer: string, raw = false) {
  return verify(tasks.get(task).verifier, raw ? answer : `<answer>${answer}</answer>`, JSON.parse(JSON.stringify(truth)), { partialCredit: true });
}

/** Undirected or directed adjacency of a truth graph, for brute-force checks. */
export function neighbours(t: { nodes: string[]; directed: boolean; edges: (string | number)[][] }): Map<string, Map<string, number>> {
  const adj = new Map(t.nodes.map((n) => [n, new Map<string, number>()]));
  for (const [a, b, w] of t.edges as [string, string, number?][]) {
    adj.get(a)!.set(b, w ?? 1);
    if (!t.directed) adj.get(b)!.set(a, w ?? 1);
  }
  return adj;
}

/** Every simple path from `from` to `to` (exponential: small graphs only). */
export function simplePaths(adj: Map<string, Map<string, number>>, from: string, to: string): string[][] {
  const out: string[][] = [];
  const path = [from];
  const go = (v: string) => {
    if (v === to) return void out.push(path.slice());
    for (const u of adj.get(v)!.keys()) {
      if (path.includes(u)) continue;
      path.push(u);
      go(u);
      path.pop();
    }
  };
  go(from);
  return out;
}

export const LEVELS: Level[] = [1, 2, 3, 4, 5];

/** Every ordering of `items` (n! of them: small n only). */
export function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/** Every assignment of values 1..k to n slots (k^n of them: small n only). */
export function* assignments(n: number, k: number): Generator<number[]> {
  const a = new Array<number>(n).fill(1);
  for (;;) {
    yield a.slice();
    let i = 0;
    while (i < n && a[i] === k) a[i++] = 1;
    if (i === n) return;
    a[i]++;
  }
}
