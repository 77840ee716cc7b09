import { VeriforgeError } from '../core/errors.js';
import type { CanvasScene, RenderedImage, Scene } from '../core/scene.js';
import { renderCanvas, type EncodeOptions } from './canvas.js';

export type RenderFn = (scene: Scene, opts: EncodeOptions) => Promise<RenderedImage>;

interface RendererEntry {
  render: RenderFn;
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

// CAD part views: a software rasteriser, loaded on the first mesh scene.
let meshRenderer: Promise<typeof import('./mesh/index.js')> | undefined;
registerRenderer('mesh', {
  // The module promise is kept: a dynamic import per view costs a loader round trip.
  render: async (s, o) => (await (meshRenderer ??= import('./mesh/index.js'))).renderMesh(s as never, o),
});

export async function render(scene: Scene, opts: EncodeOptions = {}): Promise<RenderedImage> {
  const r = renderers.get(scene.kind);
  if (!r) throw new VeriforgeError(`no renderer for scene kind "${scene.kind}"; known: ${[...renderers.keys()].join(', ')}`);
  return r.render(scene, opts);
}

export async function closeRenderers(): Promise<void> {
  for (const r of renderers.values()) await r.close?.();
}

export type { EncodeOptions, ImageFormat } from './canvas.js';
