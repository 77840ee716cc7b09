import { readManifest } from './manifest.js';
import { readRecords } from './read.js';

interface FeatureStat {
  min: number;
  max: number;
  sum: number;
  n: number;
}

export interface TaskSummary {
  task: string;
  domain: string;
  count: number;
  levels: Record<string, number>;
  features: Record<string, { min: number; mean: number; max: number }>;
  /** Most frequent answers (answers longer than 40 characters are counted as distinct/total only). */
  topAnswers: [string, number][];
  distinctAnswers: number;
  /** Largest answer share divided by the mean share of distinct answers: 1 is perfectly balanced. */
  answerImbalance: number;
}

export interface DatasetSummary {
  dir: string;
  items: number;
  status: string;
  seed: number | string;
  tasks: TaskSummary[];
  duplicateCanonicals: number;
}

/** One streaming pass over a dataset: counts, levels, feature ranges and answer distribution per task. */
export async function inspectDataset(dir: string): Promise<DatasetSummary> {
  const m = readManifest(dir);
  const per = new Map<string, { domain: string; count: number; levels: Map<string, number>; feats: Map<string, FeatureStat>; answers: Map<string, number> }>();
  const seen = new Set<string>();
  let dups = 0;
  let items = 0;
  for await (const r of readRecords(dir, m)) {
    items++;
    if (seen.has(r.canonical)) dups++;
    seen.add(r.canonical);
    let s = per.get(r.task);
    if (!s) per.set(r.task, (s = { domain: r.domain, count: 0, levels: new Map(), feats: new Map(), answers: new Map() }));
    s.count++;
    const lv = r.level === null ? 'custom' : String(r.level);
    s.levels.set(lv, (s.levels.get(lv) ?? 0) + 1);
    for (const [k, v] of Object.entries(r.features)) {
      const f = s.feats.get(k) ?? { min: Infinity, max: -Infinity, sum: 0, n: 0 };
      f.min = Math.min(f.min, v);
      f.max = Math.max(f.max, v);
      f.sum += v;
      f.n++;
      s.feats.set(k, f);
    }
    s.answers.set(r.answer, (s.answers.get(r.answer) ?? 0) + 1);
  }
  const tasks: TaskSummary[] = [...per.entries()].sort().map(([task, s]) => {
    const answers = [...s.answers.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const maxShare = answers.length ? answers[0][1] : 0;
    return {
      task,
      domain: s.domain,
      count: s.count,
      levels: Object.fromEntries([...s.levels.entries()].sort()),
      features: Object.fromEntries([...s.feats.entries()].sort().map(([k, f]) => [k, { min: f.min, mean: Number((f.sum / f.n).toFixed(3)), max: f.max }])),
      topAnswers: answers.filter(([a]) => a.length <= 40).slice(0, 10),
      distinctAnswers: answers.length,
      answerImbalance: answers.length ? Number(((maxShare * answers.length) / s.count).toFixed(3)) : 0,
    };
  });
  return { dir, items, status: m.status, seed: m.plan.seed, tasks, duplicateCanonicals: dups };
}

export function formatSummary(s: DatasetSummary): string {
  const lines = [`${s.dir}: ${s.items} items, seed ${JSON.stringify(s.seed)}, ${s.status}, ${s.duplicateCanonicals} duplicate problems`];
  for (const t of s.tasks) {
    lines.push('', `${t.task} [${t.domain}]: ${t.count} items; levels ${Object.entries(t.levels).map(([l, n]) => `${l}:${n}`).join(' ')}`);
    for (const [k, f] of Object.entries(t.features)) lines.push(`  ${k.padEnd(16)} min ${f.min}  mean ${f.mean}  max ${f.max}`);
    lines.push(`  answers: ${t.distinctAnswers} distinct, imbalance ${t.answerImbalance} (max share / mean share)`);
    if (t.topAnswers.length) lines.push(`  top: ${t.topAnswers.map(([a, n]) => `${JSON.stringify(a)}×${n}`).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}
