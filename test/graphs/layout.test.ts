// Legibility of every graph task's drawing, checked on the scene geometry at every level: nodes
// apart, no edge through a node it does not join, weight labels on their own edge and clear of
// every other edge, node and label, arrowheads on directed edges.
import { describe, expect, it } from 'vitest';
import type { CanvasScene, Primitive } from '../../core/scene.js';
import { graphTasks } from '../../generators/graphs/index.js';
import { LEVELS, make } from './helpers.js';

type P = [number, number];
const segDist = (p: P, a: P, b: P) => {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
};
const cross = (o: P, a: P, b: P) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
const segsMeet = (a: P, b: P, c: P, d: P) => cross(c, d, a) * cross(c, d, b) <= 0 && cross(a, b, c) * cross(a, b, d) <= 0;
/** Does segment ab enter the rectangle grown by `m` pixels? (an end inside, or crossing a side) */
const segNearRect = (a: P, b: P, r: number[], m: number) => {
  const [x1, y1, x2, y2] = [r[0] - m, r[1] - m, r[2] + m, r[3] + m];
  const inside = (p: P) => p[0] > x1 && p[0] < x2 && p[1] > y1 && p[1] < y2;
  const corners: P[] = [[x1, y1], [x2, y1], [x2, y2], [x1, y2]];
  return inside(a) || inside(b) || corners.some((c, k) => segsMeet(a, b, c, corners[(k + 1) % 4]));
};

function parse(scene: CanvasScene) {
  const nodes = new Map<string, { c: P; r: number }>();
  const edges: { id: string; a: string; b: string; arrow: boolean }[] = [];
  const labels: { id: string; rect: number[] }[] = [];
  for (const el of scene.elements as (Primitive & { id?: string })[]) {
    const kids = el.type === 'group' ? el.children : [el];
    if (el.id?.startsWith('node-')) {
      const c = kids.find((k) => k.type === 'circle') as Extract<Primitive, { type: 'circle' }>;
      nodes.set(el.id.slice(5), { c: [c.cx, c.cy], r: c.r });
    } else if (el.id?.startsWith('edge-')) {
      const [a, b] = el.id.slice(5).split('-');
      edges.push({ id: el.id, a, b, arrow: kids.some((k) => k.type === 'polygon') });
    } else if (el.id?.startsWith('weight-')) {
      const r = kids.find((k) => k.type === 'rect') as Extract<Primitive, { type: 'rect' }>;
      labels.push({ id: el.id, rect: [r.x, r.y, r.x + r.w, r.y + r.h] });
    }
  }
  return { nodes, edges, labels };
}

// One graph per picture; graph-isomorphism draws two side by side (left, right truths), which these
// single-graph checks do not model: its pictures were checked by eye only (an open gap).
const ONE_GRAPH = graphTasks.filter((t) => t.name !== 'graph-isomorphism');

describe.each(ONE_GRAPH.map((t) => t.name))('%s drawing', (task) => {
  it('is legible at every level', () => {
    // Problems are collected and asserted once: thousands of expect() calls would dominate the run.
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => ok || problems.push(what);
    for (const level of LEVELS) {
      for (let i = 0; i < 10; i++) {
        const inst = make(task, level, `layout-${level}-${i}`);
        const scene = inst.scene as CanvasScene;
        const { nodes, edges, labels } = parse(scene);
        const where = `L${level} #${i}`;
        check(nodes.size === inst.truth.nodes.length, where);
        check(edges.length === inst.truth.edges.length, where);
        const list = [...nodes.entries()];
        for (const [x, nx] of list) {
          check(nx.c[0] - nx.r >= 0 && nx.c[1] - nx.r >= 0, `${where} ${x} off the top/left`);
          check(nx.c[0] + nx.r <= scene.width && nx.c[1] + nx.r <= scene.height, `${where} ${x} off the bottom/right`);
          for (const [y, ny] of list) if (x < y) check(Math.hypot(nx.c[0] - ny.c[0], nx.c[1] - ny.c[1]) > nx.r + ny.r + 10, `${where} ${x}/${y}`);
        }
        for (const e of edges) {
          const a = nodes.get(e.a)!.c;
          const b = nodes.get(e.b)!.c;
          check(e.arrow === inst.truth.directed, `${where} ${e.id}`);
          for (const [x, n] of list) if (x !== e.a && x !== e.b) check(segDist(n.c, a, b) > n.r + 5, `${where} ${e.id} vs node ${x}`);
        }
        for (const l of labels) {
          const [a, b] = l.id.slice(7).split('-');
          const own = edges.find((e) => e.a === a && e.b === b)!;
          const centre: P = [(l.rect[0] + l.rect[2]) / 2, (l.rect[1] + l.rect[3]) / 2];
          check(segDist(centre, nodes.get(own.a)!.c, nodes.get(own.b)!.c) < 1, `${where} ${l.id} on its edge`);
          for (const e of edges) if (e !== own) check(!segNearRect(nodes.get(e.a)!.c, nodes.get(e.b)!.c, l.rect, 2), `${where} ${l.id} vs ${e.id}`);
          for (const [x, n] of list) {
            const dx = Math.max(l.rect[0] - n.c[0], 0, n.c[0] - l.rect[2]);
            const dy = Math.max(l.rect[1] - n.c[1], 0, n.c[1] - l.rect[3]);
            check(Math.hypot(dx, dy) > n.r, `${where} ${l.id} vs node ${x}`);
          }
          for (const m of labels) if (m !== l) check(m.rect[0] >= l.rect[2] || l.rect[0] >= m.rect[2] || m.rect[1] >= l.rect[3] || l.rect[1] >= m.rect[3], `${where} ${l.id} vs ${m.id}`);
        }
        check(labels.length === inst.truth.edges.filter((e: unknown[]) => e.length === 3).length, where);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
