import { readFileSync } from 'node:fs';
import { VeriforgeError } from '../core/errors.js';
import type { RenderedImage, TextBox } from '../core/scene.js';
import { runMatplotlib } from '../engines/matplotlib/pool.js';
import { encodeRgba, type EncodeOptions } from './canvas.js';

/**
 * Scene of a chart drawn by matplotlib: the reference script itself (generators write it, the
 * sandboxed pool runs it). The picture is that script's render, so the script in the truth
 * reproduces it exactly.
 */
export interface MatplotlibScene {
  kind: 'matplotlib';
  script: string;
}

const MARKER = '@@veriforge-texts@@';
const TEXT_BOXES = readFileSync(new URL('./matplotlib-texts.py', import.meta.url), 'utf8');
/** Our reference scripts are small; a generous limit still catches a runaway one. */
const TIMEOUT_MS = 20_000;

/** The text boxes the appended snippet printed, or an error naming what went wrong. */
function parseTexts(stdout: string): TextBox[] {
  const at = stdout.lastIndexOf(MARKER);
  if (at < 0) throw new VeriforgeError('matplotlib render: the text boxes were not reported (stdout cut at 16 KiB?)');
  return JSON.parse(stdout.slice(at + MARKER.length).trim()) as TextBox[];
}

/**
 * Runs a reference script in the sandbox and returns its PNG, the drawn texts (for the legibility
 * check) and, as `truth`, the extraction of the figure: the reference side the chart-to-code
 * scorer compares candidates with, so verifying never reruns the reference.
 */
export async function renderMatplotlib(scene: MatplotlibScene, opts: EncodeOptions = {}): Promise<RenderedImage & { truth: Record<string, unknown> }> {
  const r = await runMatplotlib(`${scene.script}\n\n${TEXT_BOXES}`, { png: (opts.format ?? 'png') === 'png', timeoutMs: TIMEOUT_MS });
  if (!r.ok || !r.raster || !r.figure) throw new VeriforgeError(`matplotlib reference script failed: ${r.error ?? 'no figure'}`);
  const { width, height, data } = r.raster;
  const format = opts.format ?? 'png';
  const bytes = format === 'png' && r.png ? r.png : await encodeRgba(data, width, height, opts);
  return { bytes, format, width, height, boxes: {}, texts: parseTexts(r.stdout), truth: { reference: r.figure } };
}
