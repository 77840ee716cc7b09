import { sha256Hex } from '../../core/canonical.js';

/** What selection needs to know of a record: light enough to hold a million in memory. */
export interface Candidate {
  source: number;
  id: string;
  task: string;
  domain: string;
  level: number | null;
  /** Canonical hash plus variant: counterfactual variants of one problem are distinct items. */
  key: string;
  /** Predicted pass rate for the band's policy, when scored. */
  p?: number;
}

export type Curriculum = 'shuffle' | 'easy-to-hard' | 'interleave';
export const CURRICULA: readonly Curriculum[] = ['shuffle', 'easy-to-hard', 'interleave'];

export interface SelectOptions {
  total: number;
  /** Weights per task or per domain (by `weightBy`); empty: every group in proportion to what it has. */
  weights: Record<string, number>;
  weightBy: 'task' | 'domain';
  band?: { min: number; max: number };
  /** Canonical keys of held-out sets: never selected. */
  exclude: Set<string>;
  curriculum: Curriculum;
  seed: string | number;
}

export interface Selection {
  chosen: Candidate[];
  groups: { group: string; weight: number; quota: number; available: number; chosen: number }[];
  dropped: { excluded: number; outOfBand: number; unscored: number; duplicates: number };
}

const order = (seed: string | number, c: Candidate) => sha256Hex(`${seed}\u0000${c.source}\u0000${c.id}`).slice(0, 12);

/** Largest-remainder split of `total` by weights: counts add up exactly. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  const rest = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < total - out.reduce((a, b) => a + b, 0); k++) out[rest[k][1]]++;
  return out;
}

/**
 * Picks a training mixture: drops held-out problems, items outside the pass-rate band and
 * duplicate problems; fills each group's quota (by weight) in a seeded order; then orders the
 * result by the curriculum.
 */
export function selectMixture(all: Candidate[], o: SelectOptions): Selection {
  const dropped = { excluded: 0, outOfBand: 0, unscored: 0, duplicates: 0 };
  const seen = new Set<string>();
  const ranked = all.map((c) => ({ c, r: order(o.seed, c) })).sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0));
  const byGroup = new Map<string, Candidate[]>();
  for (const { c } of ranked) {
    if (o.exclude.has(c.key)) {
      dropped.excluded++;
      continue;
    }
    if (o.band) {
      if (c.p === undefined) {
        dropped.unscored++;
        continue;
      }
      if (c.p < o.band.min || c.p > o.band.max) {
        dropped.outOfBand++;
        continue;
      }
    }
    if (seen.has(c.key)) {
      dropped.duplicates++;
      continue;
    }
    seen.add(c.key);
    const g = o.weightBy === 'task' ? c.task : c.domain;
    if (!byGroup.has(g)) byGroup.set(g, []);
    byGroup.get(g)!.push(c);
  }
  const names = Object.keys(o.weights).length ? Object.keys(o.weights).sort() : [...byGroup.keys()].sort();
  const weights = names.map((n) => (Object.keys(o.weights).length ? o.weights[n] : byGroup.get(n)!.length));
  const quotas = apportion(o.total, weights);
  const groups = names.map((group, i) => {
    const avail = byGroup.get(group) ?? [];
    return { group, weight: weights[i], quota: quotas[i], available: avail.length, chosen: Math.min(quotas[i], avail.length) };
  });
  const chosen = groups.flatMap((g) => (byGroup.get(g.group) ?? []).slice(0, g.chosen));
  return { chosen: arrange(chosen, o.curriculum), groups, dropped };
}

function arrange(items: Candidate[], curriculum: Curriculum): Candidate[] {
  if (curriculum === 'easy-to-hard') {
    // Highest predicted pass rate first; an unscored item stands in by its level (1 easiest).
    const ease = (c: Candidate) => c.p ?? 1 - ((c.level ?? 3) - 1) / 5;
    return [...items].sort((a, b) => ease(b) - ease(a));
  }
  if (curriculum === 'interleave') {
    const levels = new Map<number, Candidate[]>();
    for (const c of items) {
      const l = c.level ?? 0;
      if (!levels.has(l)) levels.set(l, []);
      levels.get(l)!.push(c);
    }
    const queues = [...levels.entries()].sort((a, b) => a[0] - b[0]).map(([, q]) => q);
    const out: Candidate[] = [];
    for (let i = 0; out.length < items.length; i++) for (const q of queues) if (i < q.length) out.push(q[i]);
    return out;
  }
  return items; // already in the seeded order
}
