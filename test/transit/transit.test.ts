import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import type { Box } from '../../core/scene.js';
import type { Level } from '../../core/task.js';
import { networkLevels, shapeOf } from '../../generators/transit/common.js';
import { buildMap } from '../../generators/transit/map.js';
import { crossings as crossings_ } from '../../generators/transit/network.js';
import { transitQa } from '../../generators/transit/transit-qa.js';
import { formatRoute, transitRoute, type TransitRouteTruth } from '../../generators/transit/transit-route.js';
import { drawScene } from '../../renderers/canvas.js';
import { verify } from '../../verifiers/index.js';

const route = (level: Level, i: number, extra: Record<string, unknown> = {}) =>
  transitRoute.generate(new Rng(deriveSeed('transit-test', 'transit-route', level * 1000 + i)), resolveParams(transitRoute.params, extra, 'params', transitRoute.levels[level]));
const ask = (truth: unknown, answer: string) => verify('transit-route', `<answer>${answer}</answer>`, JSON.parse(JSON.stringify(truth)));

/**
 * Independent optimum: Bellman–Ford relaxation over (station, line) pairs read from the truth's
 * station lists (not the generator's search), with costs compared as (primary, secondary) pairs.
 * Riding a line between two of its stations costs the fewest hops on one of its services.
 */
function resolve(t: TransitRouteTruth): { transfers: number; stops: number } {
  const hops = (line: TransitRouteTruth['lines'][number], a: string, b: string) => {
    let best = Infinity;
    for (const s of line.services) {
      const i = s.stations.indexOf(a);
      const j = s.stations.indexOf(b);
      if (i < 0 || j < 0) continue;
      const d = Math.abs(i - j);
      best = Math.min(best, s.loop ? Math.min(d, s.stations.length - d) : d);
    }
    return best;
  };
  const stations = [...new Set(t.lines.flatMap((l) => l.services.flatMap((s) => s.stations)))];
  const key = (c: { transfers: number; stops: number }) => (t.objective === 'transfers' ? [c.transfers, c.stops] : [c.stops, c.transfers]);
  const better = (a: { transfers: number; stops: number }, b?: { transfers: number; stops: number }) => {
    if (!b) return true;
    const [x, y] = [key(a), key(b)];
    return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
  };
  // best[s] = cheapest way to stand at s having just finished a leg (legs counted, not transfers).
  const best = new Map<string, { transfers: number; stops: number }>([[t.from, { transfers: -1, stops: 0 }]]);
  for (let round = 0; round < stations.length + 2; round++) {
    let changed = false;
    for (const [s, c] of [...best]) {
      for (const line of t.lines) {
        for (const d of stations) {
          const h = d === s ? Infinity : hops(line, s, d);
          if (!Number.isFinite(h)) continue;
          const next = { transfers: c.transfers + 1, stops: c.stops + h };
          if (better(next, best.get(d))) {
            best.set(d, next);
            changed = true;
          }
        }
      }
    }
    if (!changed) break;
  }
  return best.get(t.to)!;
}

describe('transit-route', () => {
  it('gives the same item for the same seed, and a known seed its known journey', () => {
    const a = route(3, 0);
    expect(JSON.stringify(route(3, 0))).toBe(JSON.stringify(a));
    expect([a.truth.from, a.truth.to, a.truth.objective, a.truth.optimum]).toMatchInlineSnapshot(`
      [
        "Moor Wharf",
        "Mill Green",
        "transfers",
        {
          "stops": 8,
          "transfers": 1,
        },
      ]
    `);
    expect(a.answer).toMatchInlineSnapshot(`"Line 5: Moor Wharf -> Wren Row; Line 1: Wren Row -> Mill Green"`);
  });

  it('certified optima agree with an independent search, and every listed optimal route scores 1 (60 items, levels 1–5)', () => {
    for (const level of [1, 2, 3, 4, 5] as Level[]) {
      for (let i = 0; i < 12; i++) {
        const inst = route(level, i);
        expect(resolve(inst.truth), `L${level} #${i}`).toEqual(inst.truth.optimum);
        for (const r of inst.truth.routes) expect(ask(inst.truth, formatRoute(r)).score).toBe(1);
      }
    }
  });

  it('rejects wrong routes: wrong line, missing leg, broken chain, reversed, suboptimal', () => {
    let suboptimal = 0;
    for (let i = 0; i < 30; i++) {
      const inst = route(3, i, { minTransfers: 1 });
      const t = inst.truth;
      const legs = t.routes[0];
      expect(legs.length).toBeGreaterThan(1);
      const other = t.lines.find((l) => l.name !== legs[0].line)!.name;
      const wrongLine = formatRoute([{ ...legs[0], line: other }, ...legs.slice(1)]);
      expect(ask(t, wrongLine).score).toBe(0);
      expect(ask(t, formatRoute(legs.slice(1))).score).toBe(0);
      expect(ask(t, formatRoute([legs[0], ...legs.slice(2)])).score).toBe(0);
      const back = legs.map((l) => ({ line: l.line, from: l.to, to: l.from })).reverse();
      const v = ask(t, formatRoute(back));
      expect(v.score).toBe(0);
      expect(v.parts?.endpoints).toBe(0);
      // Splitting the first leg at an intermediate station adds a transfer: a valid, worse route.
      const line = t.lines.find((l) => l.name === legs[0].line)!;
      const svc = line.services.find((s) => s.stations.includes(legs[0].from) && s.stations.includes(legs[0].to))!;
      const [x, y] = [svc.stations.indexOf(legs[0].from), svc.stations.indexOf(legs[0].to)];
      if (!svc.loop && Math.abs(x - y) >= 2) {
        const mid = svc.stations[(x + y) >> 1];
        const split = [{ ...legs[0], to: mid }, { ...legs[0], from: mid }, ...legs.slice(1)];
        const w = ask(t, formatRoute(split));
        expect(w.score).toBe(0);
        expect(w.parts).toMatchObject({ valid: 1, endpoints: 1, optimal: 0 });
        expect(w.reason).toMatch(/valid route/);
        suboptimal++;
      }
    }
    expect(suboptimal).toBeGreaterThan(5);
  });

  it('dense parts grade partial answers; partial credit only when asked for, never 1', () => {
    const inst = route(3, 1, { minTransfers: 1 });
    const legs = inst.truth.routes[0];
    const junk = ask(inst.truth, `${legs[0].line}: ${legs[0].from} -> Nowhere`);
    expect(junk.parts).toMatchObject({ valid: 0, endpoints: 0.5 });
    const opts = { partialCredit: true };
    const partial = verify('transit-route', `<answer>${formatRoute(legs.slice(0, 1))}</answer>`, inst.truth, opts);
    expect(partial.score).toBeGreaterThan(0);
    expect(partial.score).toBeLessThan(1);
    expect(ask(inst.truth, 'Line 1 Oak -> Elm').reason).toMatch(/LINE: FROM -> TO/);
    // Case and spacing of names do not matter; "(3 stops)" after a leg is allowed.
    const loose = legs.map((l) => `${l.line.toUpperCase()}:  ${l.from.toLowerCase()} → ${l.to} (3 stops)`).join('\n');
    expect(ask(inst.truth, loose).score).toBe(1);
  });
});

describe('transit maps', () => {
  it('no two labels overlap, nor a label a station, on 500 maps (boxes measured by the canvas renderer)', () => {
    const hit = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    for (let i = 0; i < 500; i++) {
      const level = ((i % 5) + 1) as Level;
      const map = buildMap(new Rng(`labels-${i}`), shapeOf(networkLevels[level], i % 3 === 0, i % 2 === 0));
      const { boxes } = drawScene(map.scene);
      const labels = map.stationNames.map((_, k) => boxes[`label:${k}`]);
      const stations = map.stationNames.map((_, k) => boxes[`station:${k}`]);
      for (let a = 0; a < labels.length; a++) {
        for (let b = a + 1; b < labels.length; b++) if (hit(labels[a], labels[b])) throw new Error(`map ${i}: labels ${map.stationNames[a]} and ${map.stationNames[b]} overlap`);
        for (let b = 0; b < stations.length; b++) if (hit(labels[a], stations[b])) throw new Error(`map ${i}: label ${map.stationNames[a]} covers station ${map.stationNames[b]}`);
      }
    }
  });
});

describe('transit map geometry', () => {
  it('drawn lines meet only at an interchange of both or at a crossing with no station; no line passes a station it does not serve; no shared track (100 maps)', () => {
    type P = [number, number];
    const cross = (o: P, a: P, b: P) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    const onSeg = (p: P, a: P, b: P) => Math.abs(cross(a, b, p)) < 1e-6 && Math.min(a[0], b[0]) - 1e-6 <= p[0] && p[0] <= Math.max(a[0], b[0]) + 1e-6 && Math.min(a[1], b[1]) - 1e-6 <= p[1] && p[1] <= Math.max(a[1], b[1]) + 1e-6;
    let crossings = 0;
    for (let i = 0; i < 100; i++) {
      const level = ((i % 3) + 3) as Level;
      const map = buildMap(new Rng(`geometry-${i}`), shapeOf(networkLevels[level], i % 2 === 0, i % 3 === 0));
      // Read from the scene: the coloured strokes of each line group and the station circles.
      const segs: { k: number; a: P; b: P }[] = [];
      const centres = new Map<string, number>();
      for (const el of map.scene.elements) {
        const k = el.id?.startsWith('line:') ? Number(el.id.slice(5)) : -1;
        if (k >= 0 && el.type === 'group') {
          const width = Math.min(...el.children.map((c) => (c as { lineWidth: number }).lineWidth));
          for (const c of el.children) if (c.type === 'polygon' && c.lineWidth === width) c.points.slice(1).forEach((q, j) => segs.push({ k, a: c.points[j] as P, b: q as P }));
        }
        if (el.type === 'circle' && el.id?.startsWith('station:')) centres.set(`${el.cx},${el.cy}`, Number(el.id.slice(8)));
      }
      for (const [at, st] of centres) {
        const c = at.split(',').map(Number) as P;
        for (const s of segs) if (onSeg(c, s.a, s.b)) expect(map.linesAt[st], `map ${i}: ${map.lineNames[s.k]} runs through ${map.stationNames[st]}`).toContain(s.k);
      }
      let found = 0;
      for (let x = 0; x < segs.length; x++) {
        for (let y = x + 1; y < segs.length; y++) {
          const [s, t] = [segs[x], segs[y]];
          if (s.k === t.k) continue;
          const d1 = cross(t.a, t.b, s.a), d2 = cross(t.a, t.b, s.b), d3 = cross(s.a, s.b, t.a), d4 = cross(s.a, s.b, t.b);
          if (d1 === 0 && d2 === 0) {
            // Collinear: they may touch at an end point (an interchange) but never share track.
            const len = Math.max(Math.abs(s.a[0] - s.b[0]), Math.abs(s.a[1] - s.b[1]));
            const overlap = [t.a, t.b].filter((p) => onSeg(p, s.a, s.b) && p.join() !== s.a.join() && p.join() !== s.b.join()).length + [s.a, s.b].filter((p) => onSeg(p, t.a, t.b) && p.join() !== t.a.join() && p.join() !== t.b.join()).length;
            expect(overlap, `map ${i}: shared track (${len})`).toBe(0);
            continue;
          }
          if ((d1 > 0 && d2 > 0) || (d1 < 0 && d2 < 0) || (d3 > 0 && d4 > 0) || (d3 < 0 && d4 < 0)) continue;
          const u = d1 / (d1 - d2);
          const p: P = [s.a[0] + u * (s.b[0] - s.a[0]), s.a[1] + u * (s.b[1] - s.a[1])];
          const st = centres.get(`${p[0]},${p[1]}`);
          if (st === undefined) {
            // Counted once per crossing point: the segments meeting there are two of each line when it lies on a grid point.
            if (u > 0 && u < 1 && d3 !== 0 && d4 !== 0) found++;
            else if (u === 0 || u === 1) found += 0.25;
          } else expect(map.linesAt[st], `map ${i}: ${map.lineNames[s.k]} and ${map.lineNames[t.k]} meet at ${map.stationNames[st]}`).toEqual(expect.arrayContaining([s.k, t.k]));
        }
      }
      expect(found, `map ${i}: crossings drawn vs counted`).toBe(crossings_(map.net));
      crossings += found;
    }
    // Crossings without interchange do occur (about 1.5 per map at level 3, 4.5 at level 5).
    expect(crossings).toBeGreaterThan(100);
  });
});

describe('transit-qa', () => {
  const qa = (kind: string, i: number) => transitQa.generate(new Rng(`qa-${kind}-${i}`), resolveParams(transitQa.params, { kind }, 'params', transitQa.levels[3]));
  const check = (truth: unknown, answer: string) => verify('transit-qa', `<answer>${answer}</answer>`, truth).score;

  it('lines-at wants exactly the set of lines, in any order', () => {
    for (let i = 0; i < 10; i++) {
      const inst = qa('lines-at', i);
      const lines = inst.truth.value as string[];
      expect(check(inst.truth, [...lines].reverse().join(' and '))).toBe(1);
      expect(check(inst.truth, lines.slice(1).join(', ') || 'Nothing')).toBe(0);
      const extra = inst.truth.lineNames.find((n) => !lines.includes(n))!;
      expect(check(inst.truth, [...lines, extra].join(', '))).toBe(0);
      expect(check(inst.truth, [...lines, lines[0]].join(', '))).toBe(0);
    }
  });

  it('counts by value and yes/no answers; several numbers or both words are wrong', () => {
    for (const kind of ['stops-between', 'line-stations']) {
      const inst = qa(kind, 0);
      const n = inst.truth.value as number;
      expect(check(inst.truth, `${n}`)).toBe(1);
      expect(check(inst.truth, `${n + 1}`)).toBe(0);
      expect(check(inst.truth, `${n} or ${n + 1}`)).toBe(0);
    }
    const yes = [0, 1, 2, 3, 4, 5].map((i) => qa('interchange', i));
    expect(new Set(yes.map((q) => q.truth.value)).size).toBe(2);
    for (const q of yes) {
      expect(check(q.truth, q.truth.value ? 'Yes.' : 'no')).toBe(1);
      expect(check(q.truth, q.truth.value ? 'no' : 'yes')).toBe(0);
      expect(check(q.truth, 'yes or no')).toBe(0);
    }
  });

  it('stops-between agrees with the station lists, both ways round a circle line', () => {
    for (let i = 0; i < 20; i++) {
      const inst = qa('stops-between', i);
      const m = /Riding (.+) from (.+) to (.+?)( going the shorter way round)?, how many/.exec(inst.question)!;
      const hop = inst.textOnly!.split('\n').filter((l) => l.startsWith(`${m[1]}:`) || l.startsWith(`${m[1]} (`)).map((l) => {
        const st = l.slice(l.indexOf(': ') + 2).split(' - ');
        const [a, b] = [st.indexOf(m[2]), st.indexOf(m[3])];
        if (a < 0 || b < 0) return Infinity;
        return l.includes('(circle') ? Math.min(Math.abs(a - b), st.length - Math.abs(a - b)) : Math.abs(a - b);
      });
      expect(Math.min(...hop)).toBe(inst.truth.value);
    }
  });
});
