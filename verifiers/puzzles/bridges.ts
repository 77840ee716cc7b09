import { ParseError } from '../parse/grid.js';
import type { VerifierDefinition } from '../registry.js';

interface BridgesTruth {
  rows: number;
  cols: number;
  islands: [number, number, number][];
  bridges: [number, number, number][];
}

// (r,c)-(r,c)x2, [r, c] to [r, c] double, (r,c)->(r,c): 2, ... ; the count defaults to 1.
const PAIR =
  /[([]\s*(\d+)\s*,\s*(\d+)\s*[)\]]\s*(?:-+>?|<-+>|–|—|→|↔|\bto\b|\band\b)\s*[([]\s*(\d+)\s*,\s*(\d+)\s*[)\]](?:\s*(?:[x×*:=]\s*|,\s*)?([12])(?!\s*,\s*\d)|\s*(?:[x×*:=]\s*|,\s*)?\b(double|single|two|one)\b)?/gi;
const WORD_COUNT: Record<string, number> = { double: 2, two: 2, single: 1, one: 1 };

/** Bridge counts by island pair "a-b" (a < b); repeated pairs add up. */
export function parseBridges(text: string, t: BridgesTruth): Map<string, number> {
  const index = new Map(t.islands.map(([r, c], k) => [`${r + 1},${c + 1}`, k]));
  const out = new Map<string, number>();
  for (const m of text.matchAll(PAIR)) {
    const a = index.get(`${Number(m[1])},${Number(m[2])}`);
    const b = index.get(`${Number(m[3])},${Number(m[4])}`);
    if (a === undefined || b === undefined) throw new ParseError(`(${m[1]},${m[2]})-(${m[3]},${m[4]}) does not join two islands`);
    if (a === b) throw new ParseError(`(${m[1]},${m[2]}) is joined to itself`);
    const k = m[5] ? Number(m[5]) : m[6] ? WORD_COUNT[m[6].toLowerCase()] : 1;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    out.set(key, (out.get(key) ?? 0) + k);
  }
  const rest = text.replace(PAIR, ' ');
  if (/\d/.test(rest)) throw new ParseError(`unreadable text "${rest.trim().slice(0, 40)}": write each bridge as (row,column)-(row,column)x1 or x2`);
  if (!out.size) throw new ParseError('no bridges found');
  return out;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as BridgesTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.rows) || !Number.isInteger(x.cols) || x.rows < 2 || x.cols < 2 || x.rows * x.cols > 2500) return 'rows and cols must be integers from 2 (at most 2500 cells)';
  const isl = (v: unknown) => Array.isArray(v) && v.length === 3 && v.every(Number.isInteger) && v[0] >= 0 && v[0] < x.rows && v[1] >= 0 && v[1] < x.cols && v[2] >= 1 && v[2] <= 8;
  if (!Array.isArray(x.islands) || x.islands.length < 2 || !x.islands.every(isl)) return 'islands must be [row, col, number 1-8] inside the grid';
  const br = (v: unknown) => Array.isArray(v) && v.length === 3 && v.every(Number.isInteger) && v[0] >= 0 && v[1] < x.islands.length && v[0] < v[1] && (v[2] === 1 || v[2] === 2);
  if (!Array.isArray(x.bridges) || !x.bridges.every(br)) return 'bridges must be [island a, island b > a, 1 or 2]';
  return undefined;
}

/** Checks the hashi rules on the listed bridges, not a stored list. */
export const bridgesVerifier: VerifierDefinition<BridgesTruth> = {
  name: 'bridges',
  describe: 'bridges (hashi) list: straight, uncrossed, numbers met, all connected; parts.bridges = share of island pairs with the right count',
  tasks: ['bridges'],
  checkTruth,
  judge(answer, t) {
    let got: Map<string, number>;
    try {
      got = parseBridges(answer, t);
    } catch (e) {
      if (e instanceof ParseError) return { correct: false, reason: e.message, parts: { bridges: 0 } };
      throw e;
    }
    const want = new Map(t.bridges.map(([a, b, k]) => [`${a}-${b}`, k]));
    const keys = new Set([...want.keys(), ...got.keys()]);
    const right = [...keys].filter((k) => want.get(k) === got.get(k)).length;
    const parts = { bridges: right / keys.size };
    const parsed = [...got].map(([k, v]) => `${k}x${v}`).join(' ');
    const fail = (reason: string) => ({ correct: false, reason, parts, partial: parts.bridges, parsed });
    const name = (k: number) => `(${t.islands[k][0] + 1},${t.islands[k][1] + 1})`;
    const at = new Map(t.islands.map(([r, c], k) => [r * t.cols + c, k]));
    const covered = new Map<number, { dir: 'h' | 'v'; pair: string }>();
    const degree = new Array<number>(t.islands.length).fill(0);
    const adj: number[][] = t.islands.map(() => []);
    for (const [key, k] of got) {
      const [a, b] = key.split('-').map(Number);
      const pair = `${name(a)}-${name(b)}`;
      if (k > 2) return fail(`${pair} has ${k} bridges; at most 2 are allowed`);
      const [ra, ca] = t.islands[a];
      const [rb, cb] = t.islands[b];
      if (ra !== rb && ca !== cb) return fail(`${pair} is not a straight row or column line`);
      const dir = ra === rb ? 'h' : 'v';
      const steps = Math.abs(ra - rb) + Math.abs(ca - cb);
      for (let s = 1; s < steps; s++) {
        const i = (ra + Math.sign(rb - ra) * s) * t.cols + ca + Math.sign(cb - ca) * s;
        if (at.has(i)) return fail(`${pair} passes over the island ${name(at.get(i)!)}`);
        const other = covered.get(i);
        if (other) return fail(`${pair} ${other.dir === dir ? 'overlaps' : 'crosses'} ${other.pair}`);
        covered.set(i, { dir, pair });
      }
      degree[a] += k;
      degree[b] += k;
      adj[a].push(b);
      adj[b].push(a);
    }
    const off = degree.findIndex((d, k) => d !== t.islands[k][2]);
    if (off >= 0) return fail(`island ${name(off)} has ${degree[off]} bridges; its number is ${t.islands[off][2]}`);
    const seen = new Set([0]);
    const stack = [0];
    while (stack.length) for (const y of adj[stack.pop()!]) if (!seen.has(y) && seen.add(y)) stack.push(y);
    if (seen.size !== t.islands.length) return fail('the islands are not all connected');
    return { correct: true, reason: 'every island has its number of bridges, none crossing, all connected', parts, parsed };
  },
};
