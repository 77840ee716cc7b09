import { describe, expect, it } from 'vitest';
import { make, neighbours, score } from './helpers.js';

type Truth = { nodes: string[]; directed: boolean; edges: [string, string][]; ask: 'count' | 'members'; node?: string };

/** Reachability by repeated relaxation (an independent fixed-point, not BFS or union–find). */
function reach(t: Truth): Map<string, Set<string>> {
  const adj = neighbours(t);
  const r = new Map(t.nodes.map((n) => [n, new Set([n])]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of t.nodes) {
      for (const m of [...r.get(n)!]) {
        for (const k of adj.get(m)!.keys()) {
          if (!r.get(n)!.has(k)) {
            r.get(n)!.add(k);
            changed = true;
          }
        }
      }
    }
  }
  return r;
}

describe('connected-components', () => {
  it('gives the exact ground truth for a known seed', () => {
    const inst = make('connected-components', 3, 'known-seed');
    expect(inst.answer).toBe('3');
    expect(inst.truth.ask).toBe('count');
    expect(inst.truth.edges).toContainEqual(['F', 'K']);
  });

  it('counts and member sets agree with an independent reachability closure', () => {
    for (let i = 0; i < 30; i++) {
      const level = (1 + (i % 5)) as 1 | 2 | 3 | 4 | 5;
      const ask = i % 2 ? 'count' : 'members';
      const inst = make('connected-components', level, `brute-${i}`, { ask });
      const t = inst.truth as Truth;
      const r = reach(t);
      const count = new Set(t.nodes.map((n) => [...r.get(n)!].sort().join())).size;
      expect(inst.features.components).toBe(count);
      if (ask === 'count') {
        expect(inst.answer).toBe(String(count));
        expect(score('connected-components', t, String(count))).toBe(1);
        expect(score('connected-components', t, String(count + 1))).toBeLessThan(1);
      } else {
        const members = [...r.get(t.node!)!];
        expect(inst.answer.split(', ').sort()).toEqual(members.sort());
        expect(score('connected-components', t, members.reverse().join(' '))).toBe(1);
      }
    }
  });

  it('accepts phrasing of the count; rejects wrong and several numbers', () => {
    const inst = make('connected-components', 4, 'count', { ask: 'count' });
    const t = inst.truth;
    const n = Number(inst.answer);
    for (const a of [`${n}`, `${n} components`, `There are ${n}.`]) expect(score('connected-components', t, a), a).toBe(1);
    expect(score('connected-components', t, `\\boxed{${n}}`, true)).toBe(1);
    for (const a of [`${n - 1}`, `${n} or ${n + 1}`, `${n}, ${n + 1}`, `${n}\n${n + 1}`, `${n}.5`, 'many', inst.question]) {
      expect(score('connected-components', t, a), a).toBeLessThan(1);
    }
  });

  it('member lists: any order accepted; missing, extra, repeated or stuffed lists rejected', () => {
    const inst = make('connected-components', 5, 'members', { ask: 'members' });
    const t = inst.truth as Truth;
    const members = inst.answer.split(', ');
    const outsider = t.nodes.find((n) => !members.includes(n))!;
    expect(score('connected-components', t, members.slice().reverse().join('-').toLowerCase())).toBe(1);
    const bad = [
      [...members, outsider].join(', '),
      t.nodes.join(', '),
      `${inst.answer}, ${members[0]}`,
      `${inst.answer} or ${outsider}`,
      inst.question,
    ];
    if (members.length > 1) bad.push(members.slice(1).join(', '));
    for (const a of bad) expect(score('connected-components', t, a), a).toBeLessThan(1);
  });
});
