import type { Verdict } from '../core/task.js';
import { judgeCounterfactual, isCounterfactualTruth } from './counterfactual/judge.js';
import { extractAnswer, visibleText } from './extract.js';
import { verifiers, type VerifierDefinition, type VerifyOptions } from './registry.js';

/** Responses longer than this are refused unread: bounds time and memory of every verifier. */
export const MAX_RESPONSE_CHARS = 200_000;

function zero(reason: string, parts: Record<string, number> = {}): Verdict {
  return { score: 0, correct: false, reason, parts };
}

type Judged = ReturnType<VerifierDefinition['judge']>;

/** Checks shared by verify and verifyAsync: a verdict to return at once, or the verifier and answer. */
function prepare(verifierName: string, response: unknown, truth: unknown, opts: VerifyOptions): { done: Verdict } | { v: VerifierDefinition; text: string; format: number } {
  if (!verifiers.has(verifierName)) return { done: zero(`unknown verifier "${String(verifierName).slice(0, 60)}"`) };
  if (typeof response !== 'string') return { done: zero(`response must be a string, got ${response === null ? 'null' : typeof response}`) };
  if (response.length > MAX_RESPONSE_CHARS) return { done: zero(`response has ${response.length} characters; at most ${MAX_RESPONSE_CHARS} are read`) };
  if (isCounterfactualTruth(truth)) return { done: judgeCounterfactual((r, t, o) => verify(verifierName, r, t, o), response, truth, opts) };
  const v = verifiers.get(verifierName);
  const bad = v.checkTruth(truth);
  if (bad) return { done: zero(`truth does not match verifier "${verifierName}": ${bad}`) };
  if (v.wholeResponse) return { v, text: visibleText(response), format: NaN };
  const ex = extractAnswer(response, opts.extract);
  if (ex.text === null) return { done: zero(`no answer found (${opts.extract} form expected)`, { format: 0 }) };
  return { v, text: ex.text, format: ex.format };
}

/** Score from a judgement: 1 when correct; else partial credit when asked for, or always for dense verifiers (below 1). */
function finish(v: VerifierDefinition, j: Judged, format: number, opts: VerifyOptions): Verdict {
  // A whole-response verifier reports its own format part.
  const parts = Number.isNaN(format) ? { ...j.parts } : { format, ...j.parts };
  const partial = Math.max(0, Math.min(1, j.partial ?? 0));
  const score = j.correct ? 1 : v.dense ? Math.min(0.99, partial) : opts.partialCredit ? 0.5 * partial : 0;
  return { score, correct: j.correct, reason: j.reason, parts, parsed: j.parsed };
}

const failed = (e: unknown) => zero(`could not judge the response: ${(e as Error)?.message ?? String(e)}`.slice(0, 300));

/**
 * Judges `response` against `truth` with the named verifier. Never throws: any bad input or
 * internal failure is a verdict with score 0 and a reason.
 */
export function verify(verifierName: string, response: unknown, truth: unknown, opts: VerifyOptions = {}): Verdict {
  try {
    const p = prepare(verifierName, response, truth, opts);
    if ('done' in p) return p.done;
    return finish(p.v, p.v.judge(p.text, truth, opts), p.format, opts);
  } catch (e) {
    return failed(e);
  }
}

/**
 * Like verify, with the verifier's slower judgement where it has one (chart-to-code renders the
 * candidate); falls back to the synchronous judge. Never rejects.
 */
export async function verifyAsync(verifierName: string, response: unknown, truth: unknown, opts: VerifyOptions = {}): Promise<Verdict> {
  try {
    const p = prepare(verifierName, response, truth, opts);
    if ('done' in p) return p.done;
    const j = p.v.judgeAsync ? await p.v.judgeAsync(p.text, truth, opts) : p.v.judge(p.text, truth, opts);
    return finish(p.v, j, p.format, opts);
  } catch (e) {
    return failed(e);
  }
}
