// Legible node-link layout. Force-directed layouts place nodes nicely but do not promise that an
// edge never grazes a third node or that a weight label sits unambiguously on its own edge. We
// invert the order instead: nodes go first (one per cell of a jittered grid, so they never overlap),
// and a task may only use an edge that this module admits — a segment clear of every other node, at
// a readable angle to its neighbours, not crossing other edges unless allowed, and (when weighted)
// with a free spot on itself for the label. The drawing is legible by construction, not by luck.
import type { Rng } from '../../core/rng.js';
import type { Point } from '../../core/scene.js';
import {
  grow,
  lineAngle,
  pointRectDistance,
  pointSegmentDistance,
  rayAngle,
  rectsOverlap,
  segmentHitsRect,
  segmentsCross,
  type Rect,
} from './geometry.js';

export interface Layout {
  width: number;
  height: number;
  /** Node circle radius in pixels. */
  radius: number;
  /** Grid cell size in pixels (nodes are at least ~0.56 cell apart). */
  cell: number;
  pos: Point[];
}

export const NODE_RADIUS = 17;
const PAD = 28;
const JITTER = 0.22;
/** Gap kept between an edge and any node it does not touch. */
const NODE_CLEARANCE = 9;
const MIN_FAN_ANGLE = (20 * Math.PI) / 180;
const MIN_CROSS_ANGLE = (30 * Math.PI) / 180;
const LABEL_H = 20;
const LABEL_MARGIN = 4;
/** Space kept free at a directed edge's head for the arrow. */
const ARROW_ROOM = 16;

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * `n` nodes, one per randomly chosen cell of a grid with ~40% spare cells, jittered inside it.
 * `maxCell` caps the cell size: a task drawing two graphs side by side keeps its image small.
 */
export function placeNodes(rng: Rng, n: number, maxCell = 130): Layout {
  const slots = Math.ceil(n * 1.4);
  const cols = Math.max(2, Math.ceil(Math.sqrt(slots * 1.15)));
  const rows = Math.max(2, Math.ceil(slots / cols));
  const cell = Math.max(Math.min(92, maxCell), Math.min(maxCell, Math.floor(560 / Math.max(cols, rows))));
  const cells = rng.shuffle(Array.from({ length: cols * rows }, (_, i) => i)).slice(0, n);
  const pos = cells.map((k): Point => {
    const c = k % cols;
    const r = Math.floor(k / cols);
    return [round1(PAD + (c + 0.5 + rng.float(-JITTER, JITTER)) * cell), round1(PAD + (r + 0.5 + rng.float(-JITTER, JITTER)) * cell)];
  });
  return cropLayout({ width: 0, height: 0, radius: NODE_RADIUS, cell, pos });
}

/** Shifts nodes to a fixed margin and sizes the image to them: blank borders only cost PNG bytes. */
export function cropLayout(layout: Layout): Layout {
  const { pos, radius } = layout;
  const x0 = Math.min(...pos.map((p) => p[0])) - radius - PAD;
  const y0 = Math.min(...pos.map((p) => p[1])) - radius - PAD;
  const moved = pos.map(([x, y]): Point => [round1(x - x0), round1(y - y0)]);
  const width = Math.ceil(Math.max(...moved.map((p) => p[0])) + radius + PAD);
  const height = Math.ceil(Math.max(...moved.map((p) => p[1])) + radius + PAD);
  return { ...layout, width, height, pos: moved };
}

export interface EdgeRules {
  /** May edges cross each other (never through nodes)? */
  crossings: boolean;
  /** Longest edge in grid cells. */
  maxLength: number;
  /** Characters of the widest weight label; 0 = unweighted (no label spot needed). */
  labelChars: number;
  /** Directed edges keep room for an arrowhead at b. */
  directed: boolean;
}

interface Placed {
  a: number;
  b: number;
  label?: Rect;
}

/** Admits edges one by one under the legibility rules; remembers label boxes for drawing. */
export class EdgeBuilder {
  readonly placed: Placed[] = [];
  private readonly clear = new Set<string>();

  constructor(
    readonly layout: Layout,
    readonly rules: EdgeRules,
  ) {
    for (const [a, b] of this.candidates()) this.clear.add(`${a},${b}`);
  }

  /** Node pairs (a < b) whose straight segment is short enough and clear of every other node. */
  candidates(): [number, number][] {
    const { pos, radius, cell } = this.layout;
    const out: [number, number][] = [];
    for (let a = 0; a < pos.length; a++) {
      for (let b = a + 1; b < pos.length; b++) {
        const len = Math.hypot(pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]);
        if (len > this.rules.maxLength * cell || len < 2 * radius + 22) continue;
        let ok = true;
        for (let k = 0; k < pos.length && ok; k++) {
          if (k !== a && k !== b && pointSegmentDistance(pos[k], pos[a], pos[b]) < radius + NODE_CLEARANCE) ok = false;
        }
        if (ok) out.push([a, b]);
      }
    }
    return out;
  }

  has(a: number, b: number): boolean {
    return this.placed.some((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
  }

  labelOf(a: number, b: number): Rect | undefined {
    return this.placed.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.label;
  }

  /** Adds a → b when every rule holds; false (and nothing changes) otherwise. */
  tryAdd(a: number, b: number): boolean {
    if (a === b || this.has(a, b) || !this.clear.has(a < b ? `${a},${b}` : `${b},${a}`)) return false;
    const { pos } = this.layout;
    const pa = pos[a];
    const pb = pos[b];
    for (const e of this.placed) {
      const shared = e.a === a || e.b === a ? a : e.a === b || e.b === b ? b : -1;
      if (shared >= 0) {
        // Two edges leaving one node at a tiny angle read as one thick edge.
        const other = shared === a ? b : a;
        const far = e.a === shared ? e.b : e.a;
        if (rayAngle(pos[shared], pos[other], pos[far]) < MIN_FAN_ANGLE) return false;
      } else if (segmentsCross(pa, pb, pos[e.a], pos[e.b])) {
        if (!this.rules.crossings || lineAngle(pa, pb, pos[e.a], pos[e.b]) < MIN_CROSS_ANGLE) return false;
      }
      if (e.label && segmentHitsRect(pa, pb, grow(e.label, LABEL_MARGIN))) return false;
    }
    let label: Rect | undefined;
    if (this.rules.labelChars > 0) {
      label = this.findLabelSpot(a, b);
      if (!label) return false;
    }
    this.placed.push({ a, b, label });
    return true;
  }

  /** A label box centred on the edge itself, touching no other edge, node, label or arrowhead. */
  private findLabelSpot(a: number, b: number): Rect | undefined {
    const { pos, radius } = this.layout;
    const w = this.rules.labelChars * 9 + 10;
    for (const t of [0.5, 0.42, 0.58, 0.35, 0.65]) {
      const cx = pos[a][0] + t * (pos[b][0] - pos[a][0]);
      const cy = pos[a][1] + t * (pos[b][1] - pos[a][1]);
      const box: Rect = [round1(cx - w / 2), round1(cy - LABEL_H / 2), round1(cx + w / 2), round1(cy + LABEL_H / 2)];
      const wide = grow(box, LABEL_MARGIN);
      // Arrowheads sit next to nodes, so directed graphs keep labels a little farther from every node.
      const room = radius + (this.rules.directed ? ARROW_ROOM : LABEL_MARGIN);
      if (pos.some((p) => pointRectDistance(p, box) < room)) continue;
      if (this.placed.some((e) => segmentHitsRect(pos[e.a], pos[e.b], wide) || (e.label && rectsOverlap(e.label, wide)))) continue;
      return box;
    }
    return undefined;
  }
}
