import { VeriforgeError } from '../core/errors.js';
import type { RenderedImage, TextBox } from '../core/scene.js';
import type { FigureExtract } from '../engines/matplotlib/figure.js';
import { encodeRgba, type EncodeOptions } from './canvas.js';

/**
 * Scene of a chart drawn by matplotlib: the reference script itself (generators write it, the
 * sandboxed pool runs it). The picture is that script's render, so the script in the truth
 * reproduces it exactly.
 */
export interface MatplotlibScene {
  kind: 'matplotlib';
  script: string;
  /** false: a picture only (chart questions), no reference extraction merged into the truth. */
  measure?: boolean;
}

/** Our reference scripts are small; a generous limit still catches a runaway one. */
const TIMEOUT_MS = 20_000;

/** The texts matplotlib drew, with the boxes and sizes the extractor measured (legibility check). */
export function figureTexts(figure: FigureExtract): TextBox[] {
  return figure.texts.flatMap((t) => (t.quad && t.size !== undefined ? [{ text: t.text, size: t.size, quad: t.quad as TextBox['quad'] }] : []));
}

/**
 * Runs a reference script in the sandbox once and returns its PNG, its drawn texts and, as `truth`,
 * what the chart-to-code scorer compares candidates with (the extraction and a grey thumbnail), so
 * verifying never reruns the reference.
 */
export async function renderMatplotlib(scene: MatplotlibScene, opts: EncodeOptions = {}): Promise<RenderedImage> {
  const { renderReference } = await import('../engines/matplotlib/index.js');
  const r = await renderReference(scene.script, { timeoutMs: TIMEOUT_MS });
  if (!r.ok || !r.raster || !r.figure || !r.truth) throw new VeriforgeError(`matplotlib reference script failed: ${(r.error ?? 'no figure').trim().split('\n').slice(-1)[0]}`);
  const { width, height, data } = r.raster;
  const format = opts.format ?? 'png';
  const bytes = format === 'png' && r.png ? r.png : await encodeRgba(data, width, height, opts);
  return { bytes, format, width, height, boxes: {}, texts: figureTexts(r.figure), ...(scene.measure === false ? {} : { truth: { ...r.truth } }) };
}
