/**
 * The shape of a figure read by extract.py, and its admission on the Node side. What comes out of the
 * sandbox was written by a process that ran the candidate, so it is treated as the candidate's own
 * claim: every field is type-checked and bounded here, anything else is dropped, and nothing in it
 * can make the scorer slow or throw.
 */

export type ArtistKind = 'line' | 'rect' | 'wedge' | 'poly' | 'points' | 'segments' | 'arrows' | 'image';

export interface ArtistExtract {
  kind: ArtistKind;
  /** Chart type of the plotting call that drew it: bar, line, scatter, pie, hist, box, heatmap, ... */
  type: string;
  /** Distinct colours as #rrggbb, blended over white (at most 8). */
  colors: string[];
  label: string | null;
  /** True number of points (d is sampled evenly when longer). */
  n: number;
  /** Points in data coordinates: line/points/poly/segments [x, y(, z) in 3D], rect [x0, y0, x1, y1], wedge [θ1, θ2, r], arrows [x, y, u, v]. */
  d: number[][];
  /** Images and meshes: the array block-averaged to at most 32 × 32 (null cells were not finite). */
  image?: { shape: [number, number]; grid: (number | null)[][] } | null;
}

export interface AxesExtract {
  role: 'axes' | 'colorbar';
  projection: string;
  /** Position in figure fractions [x0, y0, x1, y1] (after layout). */
  bbox: [number, number, number, number];
  /** Subplot grid: [nrows, ncols, rowStart, rowStop, colStart, colStop]; null for free axes. */
  grid: [number, number, number, number, number, number] | null;
  xlim: [number, number];
  ylim: [number, number];
  xscale: string;
  yscale: string;
  types: string[];
  artists: ArtistExtract[];
}

export interface TextExtract {
  role: string;
  text: string;
  size?: number;
  quad?: [number, number][];
}

export interface FigureExtract {
  /** How many figures the script made (the extracted one is the last saved, else the active one). */
  figures: number;
  size: [number, number];
  dpi: number;
  /**
   * Every visible text with its role (axes0.title, axes0.xtick, axes1.legend, suptitle, ...), its font
   * size in image pixels and its layout box as four corners in image pixels (y down), rotated as drawn.
   */
  texts: TextExtract[];
  axes: AxesExtract[];
}

const LIMITS = { axes: 64, artists: 400, points: 1000, texts: 400, text: 200, colors: 8, grid: 32 };

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const str = (x: unknown, max = LIMITS.text): string | null => (typeof x === 'string' ? x.slice(0, max) : null);
const arr = (x: unknown, max: number): unknown[] => (Array.isArray(x) ? x.slice(0, max) : []);
const nums = (x: unknown, len: number): number[] | null => {
  if (!Array.isArray(x) || x.length !== len) return null;
  const out = x.map(num);
  return out.every((v) => v !== null) ? (out as number[]) : null;
};
const COLOR = /^#[0-9a-f]{6}$/;
const KINDS = new Set<ArtistKind>(['line', 'rect', 'wedge', 'poly', 'points', 'segments', 'arrows', 'image']);
const DIMS: Record<ArtistKind, number[]> = { line: [2, 3], rect: [4], wedge: [3], poly: [2, 3], points: [2, 3], segments: [2, 3], arrows: [4], image: [] };

function admitArtist(x: unknown): ArtistExtract | null {
  if (!isObj(x) || !KINDS.has(x.kind as ArtistKind)) return null;
  const kind = x.kind as ArtistKind;
  const dims = DIMS[kind];
  const d: number[][] = [];
  for (const row of arr(x.d, LIMITS.points)) {
    const r = Array.isArray(row) && dims.includes(row.length) ? nums(row, row.length) : null;
    if (r) d.push(r);
  }
  const out: ArtistExtract = {
    kind,
    type: str(x.type, 32) ?? 'patch',
    colors: arr(x.colors, LIMITS.colors).filter((c): c is string => typeof c === 'string' && COLOR.test(c)),
    label: str(x.label),
    n: Math.max(d.length, Math.min(num(x.n) ?? 0, 1e9)),
    d,
  };
  if (kind === 'image') {
    const img = isObj(x.image) ? x.image : null;
    const shape = img ? nums(img.shape, 2) : null;
    const grid = img ? arr(img.grid, LIMITS.grid).map((row) => arr(row, LIMITS.grid).map(num)) : [];
    const width = grid[0]?.length ?? 0;
    out.image = shape && grid.length && width && grid.every((r) => r.length === width) ? { shape: shape as [number, number], grid } : null;
  }
  return out;
}

function admitAxes(x: unknown): AxesExtract | null {
  if (!isObj(x)) return null;
  const bbox = nums(x.bbox, 4);
  if (!bbox) return null;
  const grid = nums(x.grid, 6);
  return {
    role: x.role === 'colorbar' ? 'colorbar' : 'axes',
    projection: str(x.projection, 32) ?? 'rectilinear',
    bbox: bbox as AxesExtract['bbox'],
    grid: grid as AxesExtract['grid'],
    xlim: (nums(x.xlim, 2) ?? [0, 1]) as [number, number],
    ylim: (nums(x.ylim, 2) ?? [0, 1]) as [number, number],
    xscale: str(x.xscale, 16) ?? 'linear',
    yscale: str(x.yscale, 16) ?? 'linear',
    types: [...new Set(arr(x.types, 32).filter((t): t is string => typeof t === 'string').map((t) => t.slice(0, 32)))].sort(),
    artists: arr(x.artists, LIMITS.artists).map(admitArtist).filter((a): a is ArtistExtract => a !== null),
  };
}

/** The figure as far as it is well-formed, or null when it is not a figure at all. Never throws. */
export function admitFigure(x: unknown): FigureExtract | null {
  if (!isObj(x)) return null;
  const size = nums(x.size, 2);
  if (!size) return null;
  const texts: FigureExtract['texts'] = [];
  for (const t of arr(x.texts, LIMITS.texts)) {
    const role = isObj(t) ? str(t.role, 40) : null;
    const text = isObj(t) ? str(t.text) : null;
    if (!role || text === null) continue;
    const rec: TextExtract = { role, text };
    const size = num((t as Record<string, unknown>).size);
    const quad = arr((t as Record<string, unknown>).quad, 4).map((p) => nums(p, 2));
    if (size !== null) rec.size = size;
    if (quad.length === 4 && quad.every((p) => p)) rec.quad = quad as [number, number][];
    texts.push(rec);
  }
  return {
    figures: Math.max(1, Math.min(num(x.figures) ?? 1, 1000)),
    size: size as [number, number],
    dpi: num(x.dpi) ?? 100,
    texts,
    axes: arr(x.axes, LIMITS.axes).map(admitAxes).filter((a): a is AxesExtract => a !== null),
  };
}
