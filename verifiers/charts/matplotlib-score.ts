import { munkres } from 'munkres';
import type { ArtistExtract, AxesExtract, FigureExtract } from '../../engines/matplotlib/figure.js';
import { textF1 } from './code.js';
import { colorScore } from './colors.js';

/**
 * Weights of the matplotlib chart-to-code parts (they sum to 1); `executes` gates them all: a script
 * that fails or draws nothing scores 0. Data weighs most, as in the Vega-Lite path: a chart with the
 * right look and wrong numbers is a wrong chart. The visual part alone can never lift a picture
 * pasted as an image above an honest attempt: an image has no texts, types, colours or data.
 */
export const MPL_WEIGHTS = { text: 0.2, type: 0.1, layout: 0.1, color: 0.15, data: 0.3, visual: 0.15 } as const;
/** Data points agree when within this share of the reference axes' span on every axis. */
export const DATA_TOLERANCE = 0.01;
/** Renders at least this similar (SSIM of the grey thumbnails) count as the same picture. */
export const VISUAL_PASS = 0.95;

export type MplParts = { executes: number } & { [K in keyof typeof MPL_WEIGHTS]: number };

const normText = (s: string) => s.replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();

/** Multiset F1 of every visible text (titles, labels, ticks, legends, annotations), role-blind. */
export function textPart(ref: FigureExtract, cand: FigureExtract): number {
  return textF1(ref.texts.map((t) => normText(t.text)), cand.texts.map((t) => normText(t.text)));
}

/** Multiset F1 of chart types over the plotting axes (colorbars left out). */
export function typePart(ref: FigureExtract, cand: FigureExtract): number {
  const types = (f: FigureExtract) => f.axes.filter((a) => a.role === 'axes').flatMap((a) => a.types);
  return textF1(types(ref), types(cand));
}

const iou = (a: number[], b: number[]) => {
  const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const inter = w * h;
  const union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
  return union > 0 ? inter / union : 0;
};

/** How well two axes sit at the same place: 1 for the same subplot cell (or ≥ 0.8 overlap), else their overlap. */
function place(a: AxesExtract, b: AxesExtract): number {
  if (a.role !== b.role) return 0;
  if (a.grid && b.grid && a.grid.every((v, i) => v === b.grid![i])) return 1;
  const o = iou(a.bbox, b.bbox);
  return o >= 0.8 ? 1 : o;
}

/** Axes of the two figures paired by an optimal matching on placement. */
export function pairAxes(ref: FigureExtract, cand: FigureExtract): { pairs: [number, number, number][]; layout: number } {
  const n = Math.max(ref.axes.length, cand.axes.length);
  if (!n) return { pairs: [], layout: 1 };
  if (!ref.axes.length || !cand.axes.length) return { pairs: [], layout: 0 };
  const quality = ref.axes.map((a) => cand.axes.map((b) => place(a, b)));
  const pairs = munkres(quality.map((row) => row.map((q) => 1 - q))).map(([i, j]) => [i, j, quality[i][j]] as [number, number, number]);
  return { pairs, layout: pairs.reduce((s, p) => s + p[2], 0) / n };
}

/** Distinct colours of a figure's artists, most used first (at most 32). */
function colorsOf(f: FigureExtract): string[] {
  const count = new Map<string, number>();
  for (const ax of f.axes) for (const a of ax.artists) for (const c of a.colors) count.set(c, (count.get(c) ?? 0) + 1);
  return [...count.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 32).map(([c]) => c);
}

/** Hungarian matching of the figures' colours on CIEDE2000 (verifiers/charts/colors.ts). */
export function colorPart(ref: FigureExtract, cand: FigureExtract): number {
  return colorScore(colorsOf(ref), colorsOf(cand));
}

// ---------------------------------------------------------------------------------------------------
// Data. Artists are pooled by kind on each axes (which call drew a bar matters less than its value),
// every coordinate scaled by the tolerance, so "within tolerance" is distance ≤ 1 on every axis.

type Scale = number[];

function scales(ax: AxesExtract, kind: ArtistExtract['kind'], tol: number, pts: number[][]): Scale {
  const sx = Math.max(Math.abs(ax.xlim[1] - ax.xlim[0]), 1e-12) * tol;
  const sy = Math.max(Math.abs(ax.ylim[1] - ax.ylim[0]), 1e-12) * tol;
  const spread = (k: number) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of pts) (lo = Math.min(lo, p[k])), (hi = Math.max(hi, p[k]));
    return Math.max(hi - lo, Math.abs(hi), 1e-12) * tol;
  };
  switch (kind) {
    case 'rect':
      return [sx, sy, sx, sy];
    case 'wedge':
      return [1, 1, spread(2)]; // degrees
    case 'arrows':
      return [sx, sy, spread(2), spread(3)];
    default:
      return pts[0]?.length === 3 ? [spread(0), spread(1), spread(2)] : ax.projection === 'polar' ? [spread(0), spread(1)] : [sx, sy];
  }
}

const within = (p: number[], q: number[], s: Scale) => p.length === q.length && p.every((v, k) => Math.abs(v - q[k]) <= s[k] + 1e-12);

/**
 * Points of `a` and `b` paired one to one within tolerance: each point of `a` takes the nearest free
 * point of `b` in its neighbourhood (a hash grid of tolerance-sized cells), so identical sets pair fully.
 */
function matchPoints(a: number[][], b: number[][], s: Scale): number {
  const cell = (p: number[]) => `${Math.floor(p[0] / s[0])},${Math.floor(p[1] / s[1])}`;
  const grid = new Map<string, number[]>();
  b.forEach((q, j) => {
    const k = cell(q);
    const list = grid.get(k);
    if (list) list.push(j);
    else grid.set(k, [j]);
  });
  const used = new Uint8Array(b.length);
  let hit = 0;
  for (const p of a) {
    const cx = Math.floor(p[0] / s[0]);
    const cy = Math.floor(p[1] / s[1]);
    let best = -1;
    let bestD = Infinity;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (used[j] || !within(p, b[j], s)) continue;
          const d = p.reduce((sum, v, k) => sum + ((v - b[j][k]) / s[k]) ** 2, 0);
          if (d < bestD) (bestD = d), (best = j);
        }
      }
    }
    if (best >= 0) {
      used[best] = 1;
      hit++;
    }
  }
  return hit;
}

/** Share of `pts` lying within tolerance of one of `lines` (polylines), in tolerance units. */
function coverage(pts: number[][], lines: number[][][], s: Scale): number {
  if (!pts.length) return 1;
  const sc = (p: number[]) => [p[0] / s[0], p[1] / s[1]];
  const segs = lines.map((l) => l.map(sc));
  let hit = 0;
  for (const p0 of pts) {
    const [px, py] = sc(p0);
    let ok = false;
    for (const l of segs) {
      for (let i = 0; i < l.length && !ok; i++) {
        const [ax, ay] = l[i];
        const [bx, by] = l[Math.min(i + 1, l.length - 1)];
        const dx = bx - ax;
        const dy = by - ay;
        const len = dx * dx + dy * dy;
        const t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
        ok = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2 <= 1.0001;
      }
      if (ok) break;
    }
    if (ok) hit++;
  }
  return hit / pts.length;
}

/** Agreement of two images' block-averaged grids: share of reference cells within tolerance of the value range. */
function imageScore(a: ArtistExtract, b: ArtistExtract, tol: number): number {
  const ga = a.image?.grid;
  const gb = b.image?.grid;
  if (!ga || !gb) return 0;
  if (a.image!.shape[0] !== b.image!.shape[0] || a.image!.shape[1] !== b.image!.shape[1]) return 0;
  const vals = ga.flat().filter((v): v is number => v !== null);
  const span = Math.max(Math.max(...vals) - Math.min(...vals), Math.abs(Math.max(...vals)), 1e-12);
  let hit = 0;
  let n = 0;
  ga.forEach((row, i) =>
    row.forEach((v, j) => {
      const w = gb[Math.floor((i * gb.length) / ga.length)]?.[Math.floor((j * gb[0].length) / row.length)];
      n++;
      if ((v === null && w === null) || (v !== null && w !== null && w !== undefined && Math.abs(v - w) <= span * tol * 2)) hit++;
    }),
  );
  return n ? hit / n : 0;
}

/**
 * Data agreement of two paired axes in [0, 1]: the mean over artist kinds present on either side
 * (bars, lines, points, wedges, images...), each the share of its points matched over the larger side,
 * so one wrong bar among eight counts the same whether or not a long line shares the axes.
 */
function axesData(ref: AxesExtract, cand: AxesExtract, tol: number): number {
  const scores: number[] = [];
  const kinds = new Set([...ref.artists, ...cand.artists].map((a) => a.kind));
  for (const kind of kinds) {
    const ra = ref.artists.filter((a) => a.kind === kind);
    const ca = cand.artists.filter((a) => a.kind === kind);
    if (kind === 'image') {
      scores.push(ra.reduce((s, a, i) => s + (ca[i] ? imageScore(a, ca[i], tol) : 0), 0) / Math.max(ra.length, ca.length));
      continue;
    }
    const rp = ra.flatMap((a) => a.d);
    const cp = ca.flatMap((a) => a.d);
    const n = Math.max(rp.length, cp.length);
    if (!n) continue;
    const s = scales(ref, kind, tol, rp.length ? rp : cp);
    if (kind === 'line' && rp.length && cp.length && rp[0].length === 2 && cp[0].length === 2) {
      // Curves: each side's vertices must lie on the other's polylines (sampling may differ).
      scores.push(Math.min(coverage(rp, ca.map((x) => x.d), s), coverage(cp, ra.map((x) => x.d), s)));
    } else scores.push(matchPoints(rp, cp, s) / n);
  }
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 1;
}

/** Data agreement of the figures: the mean over axes (paired or not; an unpaired axes with data scores 0). */
export function dataPart(ref: FigureExtract, cand: FigureExtract, pairs: [number, number, number][], tol = DATA_TOLERANCE): number {
  const hasData = (ax: AxesExtract) => ax.artists.length > 0;
  let sum = 0;
  let count = 0;
  const seenR = new Set<number>();
  const seenC = new Set<number>();
  for (const [i, j, q] of pairs) {
    if (q <= 0 || (!hasData(ref.axes[i]) && !hasData(cand.axes[j]))) continue;
    seenR.add(i);
    seenC.add(j);
    sum += axesData(ref.axes[i], cand.axes[j], tol);
    count++;
  }
  count += ref.axes.filter((a, i) => !seenR.has(i) && hasData(a)).length + cand.axes.filter((a, j) => !seenC.has(j) && hasData(a)).length;
  return count ? sum / count : 1;
}

/** Every structural part of a candidate figure against the reference (visual is added by the caller). */
export function structuralParts(ref: FigureExtract, cand: FigureExtract, tol = DATA_TOLERANCE): Omit<MplParts, 'visual' | 'executes'> {
  const { pairs, layout } = pairAxes(ref, cand);
  return { text: textPart(ref, cand), type: typePart(ref, cand), layout, color: colorPart(ref, cand), data: dataPart(ref, cand, pairs, tol) };
}

/** The documented combined score: executes × Σ weight × part. */
export function combineMpl(parts: MplParts): number {
  if (!parts.executes) return 0;
  let s = 0;
  for (const [k, w] of Object.entries(MPL_WEIGHTS)) s += w * (parts[k as keyof typeof MPL_WEIGHTS] ?? 0);
  return Math.max(0, Math.min(1, s));
}

/** Fully correct: every structural part exact and the pictures alike. */
export const mplCorrect = (p: MplParts) => p.executes === 1 && p.text === 1 && p.type === 1 && p.layout === 1 && p.data === 1 && p.color >= 0.99 && p.visual >= VISUAL_PASS;
