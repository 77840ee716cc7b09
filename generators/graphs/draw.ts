import type { CanvasScene, Point, Primitive } from '../../core/scene.js';
import { edgeId, nodeId, weightId, type Graph, type GraphEdge } from './graph.js';
import type { EdgeBuilder } from './layout.js';

const INK = '#1f2937';
const EDGE = '#4b5563';
const ARROW_LEN = 13;
const ARROW_HALF = 5.5;

/** Fills of marked nodes; questions name them ("S (green)", "T (red)", "shaded blue"). */
export const START_FILL = '#bbf7d0';
export const GOAL_FILL = '#fecaca';
export const MARK_FILL = '#bfdbfe';

/** A marked node (source, target, asked-about node) is drawn with its own fill. */
export interface NodeMark {
  fill: string;
}

/**
 * The node-link drawing: edges (with arrowheads when directed) first, then weight labels on their
 * own edges, then nodes on top. Ids: `node-<X>`, `edge-<X>-<Y>`, `weight-<X>-<Y>`.
 */
export function graphScene(g: Graph, built: EdgeBuilder, marks: Record<number, NodeMark> = {}): CanvasScene {
  const { pos, radius, width, height } = built.layout;
  const els: Primitive[] = [];
  for (const e of g.edges) els.push(edgePrimitive(g, e, pos[e.a], pos[e.b], radius));
  for (const e of g.edges) {
    if (e.w === undefined) continue;
    const box = built.labelOf(e.a, e.b);
    if (!box) throw new Error(`edge ${edgeId(g, e)} has a weight but no label spot`);
    els.push({
      type: 'group',
      id: weightId(g, e),
      children: [
        { type: 'rect', x: box[0], y: box[1], w: box[2] - box[0], h: box[3] - box[1], radius: 4, fill: '#ffffff', stroke: '#9ca3af', lineWidth: 1 },
        { type: 'text', x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2 + 1, text: String(e.w), size: 14, weight: 'bold', align: 'center', baseline: 'middle', fill: '#111827' },
      ],
    });
  }
  g.labels.forEach((label, i) => {
    const [cx, cy] = pos[i];
    els.push({
      type: 'group',
      id: nodeId(label),
      children: [
        { type: 'circle', cx, cy, r: radius, fill: marks[i]?.fill ?? '#ffffff', stroke: INK, lineWidth: 2 },
        { type: 'text', x: cx, y: cy + 1, text: label, size: 16, weight: 'bold', align: 'center', baseline: 'middle', fill: INK },
      ],
    });
  });
  return { kind: 'canvas', width, height, background: '#ffffff', elements: els };
}

function edgePrimitive(g: Graph, e: GraphEdge, pa: Point, pb: Point, radius: number): Primitive {
  const len = Math.hypot(pb[0] - pa[0], pb[1] - pa[1]);
  const ux = (pb[0] - pa[0]) / len;
  const uy = (pb[1] - pa[1]) / len;
  const at = (p: Point, d: number): Point => [p[0] + ux * d, p[1] + uy * d];
  if (!g.directed) {
    return { type: 'line', id: edgeId(g, e), x1: pa[0], y1: pa[1], x2: pb[0], y2: pb[1], stroke: EDGE, lineWidth: 2 };
  }
  const start = at(pa, radius);
  const tip = at(pb, -radius - 1);
  const base = at(tip, -ARROW_LEN);
  const head: Point[] = [tip, [base[0] - uy * ARROW_HALF, base[1] + ux * ARROW_HALF], [base[0] + uy * ARROW_HALF, base[1] - ux * ARROW_HALF]];
  return {
    type: 'group',
    id: edgeId(g, e),
    children: [
      { type: 'line', x1: start[0], y1: start[1], x2: base[0] + ux * 2, y2: base[1] + uy * 2, stroke: EDGE, lineWidth: 2 },
      { type: 'polygon', points: head, fill: EDGE },
    ],
  };
}
