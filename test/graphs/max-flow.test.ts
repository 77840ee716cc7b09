import { describe, expect, it } from 'vitest';
import { make, score } from './helpers.js';

type Truth = { nodes: string[]; edges: [string, string, number][]; source: string; sink: string; value: number };

/** Minimum S–T cut capacity over every subset of inner nodes on the source side (= max flow). */
function minCut(t: Truth): number {
  const inner = t.nodes.filter((n) => n !== t.source && n !== t.sink);
  let best = Infinity;
  for (let mask = 0; mask < 1 << inner.length; mask++) {
    const side = new Set([t.source, ...inner.filter((_, i) => mask & (1 << i))]);
    const cap = t.edges.filter(([a, b]) => side.has(a) && !side.has(b)).reduce((s, e) => s + e[2], 0);
    best = Math.min(best, cap);
  }
  return best;
}

describe('max-flow', () => {
  it('gives the exact ground truth for a known seed', () => {
    const inst = make('max-flow', 2, 'known-seed');
    expect(inst.answer).toBe('7');
    expect(inst.truth.edges).toContainEqual(['S', 'B', 8]);
    expect(inst.evidence).toEqual(['node-S', 'node-T', 'edge-B-A', 'weight-B-A', 'edge-C-T', 'weight-C-T']);
  });

  it('equals the minimum cut found by enumerating every cut, and the evidence cut has that capacity', () => {
    for (let i = 0; i < 25; i++) {
      const inst = make('max-flow', (1 + (i % 4)) as 1 | 2 | 3 | 4, `brute-${i}`);
      const t = inst.truth as Truth;
      expect(t.value).toBe(minCut(t));
      const cut = inst.evidence.filter((id) => id.startsWith('edge-')).map((id) => id.slice(5).split('-'));
      const cap = cut.reduce((s, [a, b]) => s + t.edges.find((e) => e[0] === a && e[1] === b)![2], 0);
      expect(cap).toBe(t.value);
      expect(cut.length).toBeGreaterThanOrEqual(inst.features.cutEdges);
    }
  });

  it('accepts the number however phrased; rejects wrong, several or fractional numbers', () => {
    const inst = make('max-flow', 3, 'answers');
    const t = inst.truth;
    const v = t.value;
    for (const a of [`${v}`, ` ${v} `, `max flow = ${v}`]) expect(score('max-flow', t, a), a).toBe(1);
    for (const a of [`${v + 1}`, `${v - 1}`, `${v} or ${v + 1}`, `${v}, ${v + 2}`, `${v}\n${v + 1}`, `${v}.5`, '', inst.question]) {
      expect(score('max-flow', t, a), a).toBeLessThan(1);
    }
  });
});
