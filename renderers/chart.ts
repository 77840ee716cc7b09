import type { RenderedImage } from '../core/scene.js';
import type { ChartScene } from './browser/charts.js';
import type { EncodeOptions } from './canvas.js';

/**
 * Chart scenes: Chromium by default (the faithful renderer for both libraries, and the one the
 * chart-to-code verifier compares in). VERIFORGE_CHART_RENDERER=node draws Vega-Lite scenes in Node
 * instead (vega → SVG → resvg); ECharts scenes always use the browser. See BENCHMARKS.md.
 */
export async function renderChart(scene: ChartScene, opts: EncodeOptions = {}): Promise<RenderedImage> {
  if (scene.library === 'vega-lite' && process.env.VERIFORGE_CHART_RENDERER === 'node') {
    return (await import('./chart-node.js')).renderVegaLiteNode(scene.spec, opts);
  }
  return (await import('./browser/charts.js')).renderChartBrowser(scene, opts);
}

export async function closeCharts(): Promise<void> {
  await (await import('./browser/charts.js')).closeChartPool();
}
