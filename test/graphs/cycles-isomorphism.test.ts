import { describe, expect, it } from 'vitest';
import { LEVELS, make, neighbours, permutations, score } from './helpers.js';

type Truth = { nodes: string[]; directed: boolean; edges: [string, string][] };
type IsoTruth = { left: Truth; right: Truth };

/** Items per level whose planted answer is re-checked by brute force (100 with the env flag). */
const PER_LEVEL = process.env.VERIFORGE_SLOW ? 100 : 20;

/** Every Eulerian circuit from `start` (as node lists), by plain edge-by-edge search: small graphs only. */
function circuits(t: Truth, start: string, cap = 200): string[][] {
  const out: string[][] = [];
  const used = new Set<number>();
  const seq = [start];
  const go = (v: string) => {
    if (out.length >= cap) return;
    if (used.size === t.edges.length) return void (v === start && out.push(seq.slice()));
    t.edges.forEach(([a, b], i) => {
      if (used.has(i) || (a !== v && b !== v)) return;
      used.add(i);
      seq.push(a === v ? b : a);
      go(seq[seq.length - 1]);
      seq.pop();
      used.delete(i);
    });
  };
  go(start);
  return out;
}

describe('hamiltonian-cycle', () => {
  it('planted cycles are real and the cycle count agrees with brute force over permutations', () => {
    for (let i = 0; i < 10; i++) {
      const inst = make('hamiltonian-cycle', (1 + (i % 2)) as 1 | 2, `brute-${i}`);
      const t = inst.truth as Truth;
      const adj = neighbours(t);
      const all = permutations(t.nodes);
      const good = all.filter((o) => [...o, o[0]].slice(1).every((v, k) => adj.get(o[k])!.has(v)));
      // Each cycle appears 2n times among permutations (n starts, two directions).
      expect(inst.features.hamiltonianCycles).toBe(good.length / (2 * t.nodes.length));
      for (const o of good) expect(score('hamiltonian-cycle', t, [...o, o[0]].join('-'))).toBe(1);
      for (const o of all.filter((x) => !good.includes(x)).slice(0, 60)) expect(score('hamiltonian-cycle', t, [...o, o[0]].join('-'))).toBeLessThan(1);
    }
  });

  it(`every level: ${PER_LEVEL} planted answers verify`, () => {
    for (const level of LEVELS) for (let i = 0; i < PER_LEVEL; i++) {
      const inst = make('hamiltonian-cycle', level, `lv-${i}`);
      expect(score('hamiltonian-cycle', inst.truth, inst.answer)).toBe(1);
    }
  });

  it('accepts any start, either direction, closing node implied; rejects open paths, repeats and stuffing', () => {
    const inst = make('hamiltonian-cycle', 3, 'forms');
    const t = inst.truth as Truth;
    const seq = inst.answer.split('-').slice(0, -1);
    const rotated = [...seq.slice(3), ...seq.slice(0, 3)];
    expect(score('hamiltonian-cycle', t, [...rotated, rotated[0]].reverse().join(' -> '))).toBe(1);
    expect(score('hamiltonian-cycle', t, seq.join(', '))).toBe(1);
    const bad = [seq.slice(0, -1).join('-'), [...seq, seq[1]].join('-'), `${inst.answer} or ${inst.answer}`, `${inst.answer}\n${inst.answer}`, ''];
    for (const b of bad) expect(score('hamiltonian-cycle', t, b), b).toBeLessThan(1);
    expect(score('hamiltonian-cycle', t, inst.question, true)).toBeLessThan(1);
    expect(score('hamiltonian-cycle', t, `${'A-'.repeat(5000)}A`)).toBe(0);
    // A Hamiltonian path whose ends are not joined (found by brute force on a small item) is no cycle.
    const small = make('hamiltonian-cycle', 2, 'open').truth as Truth;
    const near = neighbours(small);
    const notClosing = permutations(small.nodes).find((o) => o.slice(1).every((v, k) => near.get(o[k])!.has(v)) && !near.get(o[o.length - 1])!.has(o[0]));
    expect(notClosing).toBeDefined();
    expect(score('hamiltonian-cycle', small, notClosing!.join('-'))).toBeLessThan(1);
  });
});

describe('eulerian-cycle', () => {
  it('every degree is even and the graph connected; brute force finds circuits the verifier accepts', () => {
    for (let i = 0; i < 8; i++) {
      const inst = make('eulerian-cycle', (1 + (i % 2)) as 1 | 2, `brute-${i}`);
      const t = inst.truth as Truth;
      for (const v of t.nodes) expect(t.edges.filter((e) => e.includes(v)).length % 2).toBe(0);
      const all = circuits(t, t.nodes[0]);
      expect(all.length).toBeGreaterThan(0);
      for (const c of all) expect(score('eulerian-cycle', t, c.join('-'))).toBe(1);
    }
  });

  it(`every level: ${PER_LEVEL} planted circuits verify`, () => {
    for (const level of LEVELS) for (let i = 0; i < PER_LEVEL; i++) {
      const inst = make('eulerian-cycle', level, `lv-${i}`);
      expect(score('eulerian-cycle', inst.truth, inst.answer)).toBe(1);
    }
  });

  it('rejects open trails, repeated edges and stuffing', () => {
    const inst = make('eulerian-cycle', 3, 'forms');
    const t = inst.truth as Truth;
    const seq = inst.answer.split('-');
    expect(score('eulerian-cycle', t, seq.slice().reverse().join(', '))).toBe(1);
    const open = seq.slice(0, -1).join('-');
    expect(score('eulerian-cycle', t, open)).toBeLessThan(1);
    for (const b of [`${inst.answer}-${seq[seq.length - 2]}-${seq[seq.length - 1]}`, `${inst.answer} or ${inst.answer}`, seq.slice(0, 3).join('-'), '']) expect(score('eulerian-cycle', t, b), b).toBeLessThan(1);
    expect(score('eulerian-cycle', t, inst.question, true)).toBeLessThan(1);
  });
});

describe('graph-isomorphism', () => {
  /** Every isomorphism by brute force over all bijections. */
  function isomorphisms(t: IsoTruth): string[] {
    const right = neighbours(t.right);
    const left = [...t.left.nodes];
    return permutations(t.right.nodes)
      .filter((img) => t.left.edges.every(([a, b]) => right.get(img[left.indexOf(a)])!.has(img[left.indexOf(b)])))
      .map((img) => left.map((x, k) => `${x}=${img[k]}`).join(', '));
  }

  it('brute force finds every isomorphism; each scores 1 and every other bijection < 1', () => {
    for (let i = 0; i < 8; i++) {
      const inst = make('graph-isomorphism', (1 + (i % 2)) as 1 | 2, `brute-${i}`);
      const t = inst.truth as IsoTruth;
      const good = isomorphisms(t);
      expect(good).toContain(inst.answer);
      for (const m of good) expect(score('graph-isomorphism', t, m)).toBe(1);
      const right = [...t.right.nodes];
      for (const img of permutations(right).slice(0, 40)) {
        const m = t.left.nodes.map((x, k) => `${x}=${img[k]}`).join(', ');
        if (!good.includes(m)) expect(score('graph-isomorphism', t, m)).toBeLessThan(1);
      }
    }
  });

  it(`every level: ${PER_LEVEL} planted mappings verify; both graphs have equal degree sequences`, () => {
    for (const level of LEVELS) for (let i = 0; i < PER_LEVEL; i++) {
      const inst = make('graph-isomorphism', level, `lv-${i}`);
      const t = inst.truth as IsoTruth;
      const degs = (g: Truth) => g.nodes.map((v) => g.edges.filter((e) => e.includes(v)).length).sort();
      expect(degs(t.left)).toEqual(degs(t.right));
      expect(score('graph-isomorphism', t, inst.answer)).toBe(1);
    }
  });

  it('accepts tolerant forms; rejects partial, non-injective, unknown nodes, stuffed and echoed answers', () => {
    const inst = make('graph-isomorphism', 3, 'forms');
    const t = inst.truth as IsoTruth;
    const pairs = inst.answer.split(', ');
    expect(score('graph-isomorphism', t, pairs.map((p) => p.replace('=', ' -> ')).reverse().join('; '))).toBe(1);
    expect(score('graph-isomorphism', t, `{${pairs.map((p) => `"${p.replace('=', '": "')}"`).join(', ')}}`)).toBe(1);
    const first = pairs[0].split('=');
    const second = pairs[1].split('=');
    const bad = [
      pairs.slice(1).join(', '),
      [`${first[0]}=${second[1]}`, ...pairs.slice(1)].join(', '),
      [...pairs, `${first[0]}=${second[1]}`].join(', '),
      `${inst.answer} or ${inst.answer}`,
      pairs.map((p) => p.replace('=', '=Q9')).join(', '),
      'A=B',
      '',
    ];
    for (const b of bad) expect(score('graph-isomorphism', t, b), b).toBeLessThan(1);
    expect(score('graph-isomorphism', t, inst.question, true)).toBeLessThan(1);
    expect(score('graph-isomorphism', t, `<answer>${inst.textOnly}</answer>`, true)).toBeLessThan(1);
  });
});
