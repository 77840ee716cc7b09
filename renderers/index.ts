import { VeriforgeError } from '../core/errors.js';
import type { Box, CanvasScene, RenderedImage, Scene } from '../core/scene.js';
import { renderCanvas, type EncodeOptions } from './canvas.js';

export type RenderFn = (scene: Scene, opts: EncodeOptions) => Promise<RenderedImage>;

interface RendererEntry {
  render: RenderFn;
  /** Boxes only, without drawing pixels, where that is cheaper (laid-out pages skip the screenshot). */
  layout?: (scene: Scene) => Promise<Record<string, Box>>;
  /** Releases pools (browser pages, wasm kernels) at the end of a run. */
  close?: () => Promise<void>;
}

const renderers = new Map<string, RendererEntry>([['canvas', { render: (s, o) => renderCanvas(s as CanvasScene, o) }]]);

/** Renderers for other scene kinds (chart specs, meshes) register here by kind. */
export function registerRenderer(kind: string, entry: RendererEntry): void {
  renderers.set(kind, entry);
}

// Charts draw in headless Chromium; puppeteer loads on the first chart, so canvas-only runs never start it.
registerRenderer('chart', {
  render: async (s, o) => (await import('./chart.js')).renderChart(s as never, o),
  close: async () => (await import('./chart.js')).closeCharts(),
});

// Charts drawn by matplotlib: the reference script runs in the sandboxed pool, started on the first one.
let matplotlibRenderer: Promise<typeof import('./matplotlib.js')> | undefined;
registerRenderer('matplotlib', {
  render: async (s, o) => (await (matplotlibRenderer ??= import('./matplotlib.js'))).renderMatplotlib(s as never, o),
  close: async () => (matplotlibRenderer ? (await import('../engines/matplotlib/pool.js')).closeMatplotlibPool() : undefined),
});

// Laid-out pages (UI screens, documents) in Chromium; the page pool starts on the first such scene.
let htmlRenderer: Promise<typeof import('./browser/html.js')> | undefined;
registerRenderer('html', {
  render: async (s, o) => (await (htmlRenderer ??= import('./browser/html.js'))).renderHtml(s as never, o),
  layout: async (s) => (await (htmlRenderer ??= import('./browser/html.js'))).layoutHtml(s as never),
  close: async () => (htmlRenderer ? (await htmlRenderer).closeHtmlPool() : undefined),
});

// CAD part views: a software rasteriser, loaded on the first mesh scene.
let meshRenderer: Promise<typeof import('./mesh/index.js')> | undefined;
registerRenderer('mesh', {
  // The module promise is kept: a dynamic import per view costs a loader round trip.
  render: async (s, o) => (await (meshRenderer ??= import('./mesh/index.js'))).renderMesh(s as never, o),
});

// Tabletop 3D scenes: three.js in pooled Chromium pages (WebGL2 through SwiftShader), loaded on the first one.
registerRenderer('scene3d', {
  render: async (s, o) => (await import('./scene3d/index.js')).renderScene3d(s as never, o),
  close: async () => (await import('./scene3d/index.js')).closeScene3d(),
});

export async function render(scene: Scene, opts: EncodeOptions = {}): Promise<RenderedImage> {
  const r = renderers.get(scene.kind);
  if (!r) throw new VeriforgeError(`no renderer for scene kind "${scene.kind}"; known: ${[...renderers.keys()].join(', ')}`);
  return r.render(scene, opts);
}

/**
 * The element boxes of a scene (what grounding an answer on the picture needs), equal to
 * `render(scene).boxes`: laid-out pages are laid out in the same page but not screenshotted.
 */
export async function layout(scene: Scene): Promise<Record<string, Box>> {
  const r = renderers.get(scene.kind);
  if (r?.layout) return r.layout(scene);
  return (await render(scene)).boxes;
}

export async function closeRenderers(): Promise<void> {
  for (const r of renderers.values()) await r.close?.();
}

export type { EncodeOptions, ImageFormat } from './canvas.js';
