// The matplotlib sandbox: run a script (trusted or not) in bubblewrap, get its figure read out and
// its render. README.md in this folder states the API, the guarantees and the limits.
import type { FigureExtract } from './figure.js';
import { runMatplotlib, type RunOptions, type RunResult } from './pool.js';
import { encodeThumb, THUMB_WIDTH } from './visual.js';

export { admitFigure, type ArtistExtract, type AxesExtract, type FigureExtract, type TextExtract } from './figure.js';
export { closeMatplotlibPool, matplotlibPool, MatplotlibPool, runMatplotlib, type Grey, type JobCost, type PoolOptions, type Raster, type RunOptions, type RunResult } from './pool.js';
export { SandboxUnavailableError, sandboxProblem } from './bwrap.js';
export { decodeThumb, encodeThumb, THUMB_WIDTH, visualSimilarity } from './visual.js';

/** What a chart-to-code truth needs to judge matplotlib candidates without re-running the reference. */
export interface MatplotlibReference {
  /** The reference figure read by the extractor (the scorer's reference side). */
  reference: FigureExtract;
  /** The reference render as a 160-px-wide grey PNG, base64 (the visual part's reference). */
  thumb: string;
}

export interface ReferenceRun extends RunResult {
  /** Set when ok: the fields to store in the truth. */
  truth?: MatplotlibReference;
}

/** Runs a reference script once (generation, `chart import`): its PNG, its extraction and the truth fields. */
export async function renderReference(script: string, opts: RunOptions = {}): Promise<ReferenceRun> {
  const run = await runMatplotlib(script, { ...opts, rgba: true, png: true, thumb: [THUMB_WIDTH, 0] });
  if (!run.ok || !run.figure || !run.thumb) return run;
  return { ...run, truth: { reference: run.figure, thumb: await encodeThumb(run.thumb) } };
}
