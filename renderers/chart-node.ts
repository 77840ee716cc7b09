import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import type { Box, RenderedImage } from '../core/scene.js';
import { encodeRgba, type EncodeOptions } from './canvas.js';
import { ensureFonts } from './fonts.js';

/**
 * Fast path for Vega-Lite charts without a browser: vega lays the chart out in Node (text measured
 * with the same DejaVu faces through @napi-rs/canvas), writes SVG, and sharp (librsvg) rasterises it,
 * finding the DejaVu family by name through fontconfig (fonts-dejavu-core, checked by ensureFonts).
 * resvg was measured too: it re-parses its font files for every image (≈ 60 ms of CPU per chart).
 * Boxes come from the scenegraph bounds. ECharts and the chart-to-code comparison stay in the
 * browser. Select with VERIFORGE_CHART_RENDERER=node.
 */
const FONT_DIR = process.env.VERIFORGE_FONT_DIR ?? '/usr/share/fonts/truetype/dejavu';
const FAMILY = 'DejaVu Sans';
/** The faces fonts-dejavu-core ships; their internal family names are what resvg matches. */
const FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf'].map((f) => `${FONT_DIR}/${f}`);
const FAMILY_OF: Record<string, string> = { 'DejaVuSans': 'DejaVu Sans', 'DejaVuSerif': 'DejaVu Serif', 'DejaVuSansMono': 'DejaVu Sans Mono' };

type Vega = typeof import('vega');
type VegaLite = typeof import('vega-lite');
let libs: Promise<{ vega: Vega; vl: VegaLite }> | null = null;

/** Loads vega once and points its text measurement at the pinned faces. */
function load() {
  if (!libs) {
    libs = (async () => {
      const vega = await import('vega');
      const vl = await import('vega-lite');
      for (const f of FILES) GlobalFonts.registerFromPath(f, FAMILY_OF[f.replace(/^.*\/|(-Bold)?\.ttf$/g, '')]);
      ensureFonts();
      const ctx = createCanvas(8, 8).getContext('2d');
      const cache = new Map<string, number>();
      // vega's documented hook for a custom measure (vl-convert uses it too); not in its type declarations.
      ((vega as any).textMetrics as { width: (item: any, text: string) => number }).width = (item, text) => {
        const t = text == null ? '' : String(text).trim();
        const size = item.fontSize != null ? +item.fontSize || 0 : 11;
        if (!t || size <= 0) return 0;
        const font = `${item.fontStyle ?? ''} ${item.fontWeight ?? ''} ${size}px "${item.font ?? FAMILY}"`.trim();
        const key = `${font}\u0000${t}`;
        let w = cache.get(key);
        if (w === undefined) {
          ctx.font = font;
          w = ctx.measureText(t).width;
          if (cache.size > 20_000) cache.clear();
          cache.set(key, w);
        }
        return w;
      };
      return { vega, vl };
    })();
  }
  return libs;
}

/**
 * Maps the spec's generic font (config.font, as our generators write it) to its DejaVu face, the
 * same mapping as the browser page. This path draws only our own specs, never candidates'.
 */
function pinFonts(spec: Record<string, any>) {
  const n = String(spec.config?.font ?? '').toLowerCase();
  const font = n.includes('mono') ? 'DejaVu Sans Mono' : n.includes('serif') && !n.includes('sans') ? 'DejaVu Serif' : FAMILY;
  return { ...spec, config: { ...(spec.config ?? {}), font } };
}

function boxesOf(root: any, width: number, height: number, ox: number, oy: number): Record<string, Box> {
  const boxes: Record<string, [number, number, number, number]> = {};
  const add = (id: string, b: [number, number, number, number]) => {
    const o = boxes[id];
    boxes[id] = o ? [Math.min(o[0], b[0]), Math.min(o[1], b[1]), Math.max(o[2], b[2]), Math.max(o[3], b[3])] : b;
  };
  const SHARED = new Set(['text', 'line', 'area', 'trail']);
  const walk = (mark: any, x: number, y: number) => {
    for (const item of mark.items ?? []) {
      const b = item.bounds;
      if (b && !b.empty?.()) {
        const box: [number, number, number, number] = [x + b.x1, y + b.y1, x + b.x2, y + b.y2];
        const id = item.datum?._id;
        if (id && mark.role === 'mark' && !SHARED.has(mark.marktype)) add(String(id), box);
        else if (mark.role === 'title-text') add('title', box);
      }
      if (mark.marktype === 'group') for (const child of item.items ?? []) walk(child, x + (item.x ?? 0), y + (item.y ?? 0));
    }
  };
  walk(root, ox, oy);
  const c = (v: number, m: number) => Math.max(0, Math.min(m, v));
  const out: Record<string, Box> = {};
  for (const [k, b] of Object.entries(boxes)) out[k] = [c(Math.floor(b[0]), width), c(Math.floor(b[1]), height), c(Math.ceil(b[2]), width), c(Math.ceil(b[3]), height)];
  return out;
}

export async function renderVegaLiteNode(spec: Record<string, unknown>, opts: EncodeOptions = {}): Promise<RenderedImage> {
  const { vega, vl } = await load();
  const pinned = pinFonts(spec);
  const view = new vega.View(vega.parse(vl.compile(pinned as any).spec), { renderer: 'none', logLevel: vega.None });
  try {
    await view.runAsync();
    const svg = await view.toSVG();
    const [ox, oy] = view.origin();
    const pad = view.padding() as { left: number; top: number };
    const raw = await sharp(Buffer.from(svg), { density: 72 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const { width, height } = raw.info;
    const format = opts.format ?? 'png';
    const bytes = await encodeRgba(raw.data, width, height, opts);
    return { bytes, format, width, height, boxes: boxesOf((view.scenegraph() as any).root, width, height, ox + pad.left, oy + pad.top) };
  } finally {
    view.finalize();
  }
}
