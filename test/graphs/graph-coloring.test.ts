import { describe, expect, it } from 'vitest';
import { assignments, make, score } from './helpers.js';

type Truth = { nodes: string[]; edges: [string, string][]; colors: number };
const proper = (t: Truth, c: number[]) => t.edges.every(([a, b]) => c[t.nodes.indexOf(a)] !== c[t.nodes.indexOf(b)]);
const write = (t: Truth, c: number[]) => t.nodes.map((n, i) => `${n}=${c[i]}`).join(', ');
const colouringOf = (answer: string) => new Map(answer.split(', ').map((p) => [p.split('=')[0], Number(p.split('=')[1])]));

describe('graph-coloring', () => {
  it('gives the exact ground truth for a known seed', () => {
    const inst = make('graph-coloring', 3, 'known-seed');
    expect(inst.answer).toBe('A=3, B=2, C=1, D=2, E=1, F=2, G=3, H=3, I=1');
    expect(inst.truth.edges).toContainEqual(['A', 'C']);
    expect(inst.features).toMatchObject({ chromatic: 3, colors: 3 });
  });

  it('agrees with brute force: k colours suffice, k-1 do not on tight levels, and every proper colouring scores 1', () => {
    for (let i = 0; i < 24; i++) {
      const level = (1 + (i % 3)) as 1 | 2 | 3;
      const inst = make('graph-coloring', level, `brute-${i}`);
      const t = inst.truth as Truth;
      let chromatic = 0;
      for (let k = 1; !chromatic; k++) for (const c of assignments(t.nodes.length, k)) if (proper(t, c)) { chromatic = k; break; }
      expect(inst.features.chromatic).toBe(chromatic);
      expect(chromatic).toBeLessThanOrEqual(t.colors);
      if (level === 3) expect(chromatic).toBe(t.colors);
      let tried = 0;
      for (const c of assignments(t.nodes.length, t.colors)) {
        if (tried++ > 400) break;
        const s = score('graph-coloring', t, write(t, c));
        if (proper(t, c)) expect(s, write(t, c)).toBe(1);
        else expect(s, write(t, c)).toBeLessThan(1);
      }
    }
  });

  it('accepts a colouring with the colour names permuted, in any order and format', () => {
    const inst = make('graph-coloring', 4, 'permuted');
    const t = inst.truth as Truth;
    const c = colouringOf(inst.answer);
    const perm = [0, 2, 3, 4, 1]; // colour 1→2, 2→3, 3→4, 4→1
    const permuted = t.nodes.map((n) => `${n}=${perm[c.get(n)!]}`);
    expect(permuted.join(', ')).not.toBe(inst.answer);
    expect(score('graph-coloring', t, permuted.join(', '))).toBe(1);
    expect(score('graph-coloring', t, permuted.slice().reverse().join('; '))).toBe(1);
    expect(score('graph-coloring', t, t.nodes.map((n) => `${n.toLowerCase()}: ${c.get(n)}`).join('\n'))).toBe(1);
    expect(score('graph-coloring', t, `{${t.nodes.map((n) => `"${n}": ${c.get(n)}`).join(', ')}}`)).toBe(1);
  });

  it('rejects clashes, missing nodes, out-of-range colours and stuffed answers', () => {
    const inst = make('graph-coloring', 3, 'corrupt');
    const t = inst.truth as Truth;
    const c = colouringOf(inst.answer);
    const [a, b] = t.edges[0];
    const clash = t.nodes.map((n) => `${n}=${n === a ? c.get(b) : c.get(n)}`).join(', ');
    const bad = [
      clash,
      t.nodes.slice(1).map((n) => `${n}=${c.get(n)}`).join(', '), // a node left out
      t.nodes.map((n, i) => `${n}=${i + 1}`).join(', '), // colours beyond k
      t.nodes.map((n) => `${n}=1`).join(', '),
      `${inst.answer}, ${t.nodes[0]}=${(c.get(t.nodes[0])! % t.colors) + 1}`, // one node twice
      `${inst.answer}\n${clash}`,
      `${inst.answer} or ${clash}`,
      inst.question,
    ];
    for (const x of bad) expect(score('graph-coloring', t, x), x).toBeLessThan(1);
  });
});
