import { admitFigure, type FigureExtract } from '../../engines/matplotlib/figure.js';
import { combineMpl, DATA_TOLERANCE, mplCorrect, structuralParts, type MplParts } from './matplotlib-score.js';

/**
 * Truth of a matplotlib chart-to-code item: the reference script, its figure as the extractor read
 * it and its render's grey thumbnail, both made once at generation (engines/matplotlib
 * renderReference), so verifying runs only the candidate.
 */
export interface MatplotlibTruth {
  target: 'matplotlib';
  script: string;
  reference: FigureExtract;
  /** Base64 grey PNG, 160 px wide. */
  thumb: string;
  /** Share of the reference axes' span within which data agree (default 0.01). */
  tolerance?: number;
}

/** Time limit of one candidate, wall clock (the sandbox also caps CPU at this many seconds); VerifyOptions.timeoutMs overrides it. */
export const MPL_TIMEOUT_MS = 10_000;

/**
 * What a server allows one item in all: the sandbox's wall limit, Node's grace before it kills a
 * zygote that stopped answering (engines/matplotlib/pool.ts GRACE_MS), and the scoring.
 */
export const MPL_ITEM_BUDGET_MS = MPL_TIMEOUT_MS + 5_000;

/** Starts this thread's sandbox pool and waits for its zygotes (2–8 s once); never rejects: judging reports a sandbox that cannot start. */
export async function warmMatplotlib(): Promise<void> {
  const { matplotlibPool } = await import('../../engines/matplotlib/index.js');
  try {
    await matplotlibPool().ready();
  } catch {
    /* SandboxUnavailableError or a zygote that cannot start: judgeMatplotlib answers with the reason */
  }
}

export const isMatplotlibTruth = (t: unknown): t is MatplotlibTruth => !!t && typeof t === 'object' && (t as { target?: unknown }).target === 'matplotlib';

export function checkMatplotlibTruth(t: MatplotlibTruth): string | undefined {
  if (typeof t.script !== 'string') return 'a matplotlib truth needs the reference script';
  if (!admitFigure(t.reference)) return 'a matplotlib truth needs the reference figure (renderReference().truth.reference)';
  if (typeof t.thumb !== 'string' || !t.thumb) return 'a matplotlib truth needs the reference thumbnail (renderReference().truth.thumb)';
  if (t.tolerance !== undefined && !(Number.isFinite(t.tolerance) && t.tolerance > 0 && t.tolerance < 1)) return 'tolerance must be a number in (0, 1)';
  return undefined;
}

/** The script in a response: the last fenced code block (```python … ```), else the whole answer. */
export function extractScript(answer: string): string {
  const blocks = [...answer.matchAll(/```[ \t]*(?:python|py|python3)?[ \t]*\r?\n([\s\S]*?)```/gi)];
  return (blocks.length ? blocks[blocks.length - 1][1] : answer).trim() + '\n';
}

const describe = (p: MplParts) => Object.entries(p).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
const zeroParts = (): MplParts => ({ executes: 0, text: 0, type: 0, layout: 0, color: 0, data: 0, visual: 0 });

/** Runs the candidate in the sandbox and scores its figure against the stored reference. Never rejects. */
export async function judgeMatplotlib(answer: string, t: MatplotlibTruth, opts: Record<string, unknown> = {}) {
  const timeoutMs = typeof opts.timeoutMs === 'number' && opts.timeoutMs > 0 ? Math.min(opts.timeoutMs, 60_000) : MPL_TIMEOUT_MS;
  const { decodeThumb, matplotlibPool, runMatplotlib, visualSimilarity } = await import('../../engines/matplotlib/index.js');
  try {
    matplotlibPool();
  } catch (e) {
    // Only SandboxUnavailableError: refuse, never run unsandboxed.
    return { correct: false, reason: (e as Error).message, parts: zeroParts() as Record<string, number>, partial: 0 };
  }
  let ref;
  try {
    ref = await decodeThumb(t.thumb);
  } catch {
    return { correct: false, reason: 'the truth\'s reference thumbnail is not a PNG', parts: zeroParts() as Record<string, number>, partial: 0 };
  }
  let run;
  try {
    run = await runMatplotlib(extractScript(answer), { timeoutMs, rgba: false, boxes: false, thumb: [ref.width, ref.height] });
  } catch (e) {
    // Only SandboxUnavailableError reaches here: refuse, never run unsandboxed.
    return { correct: false, reason: (e as Error).message, parts: zeroParts() as Record<string, number>, partial: 0 };
  }
  if (!run.ok || !run.figure || !run.thumb) {
    const why = (run.error ?? 'no figure').trim().split('\n').slice(-1)[0].slice(0, 300);
    return { correct: false, reason: `the script does not run: ${why}`, parts: zeroParts() as Record<string, number>, partial: 0 };
  }
  const reference = admitFigure(t.reference)!;
  const parts: MplParts = {
    executes: 1,
    ...structuralParts(reference, run.figure, t.tolerance ?? DATA_TOLERANCE),
    visual: visualSimilarity(ref, run.thumb),
  };
  const correct = mplCorrect(parts);
  return { correct, reason: correct ? 'equivalent figure' : describe(parts), parts: parts as Record<string, number>, partial: combineMpl(parts) };
}

/** Without running code (plain `verify`) a matplotlib answer cannot be judged: score 0 with the reason. */
export function judgeMatplotlibUnrun() {
  return {
    correct: false,
    reason: 'matplotlib answers are judged by running them: use verifyAsync (the CLI and the reward server do)',
    parts: zeroParts() as Record<string, number>,
    partial: 0,
  };
}
