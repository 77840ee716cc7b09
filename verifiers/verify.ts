import type { Verdict } from '../core/task.js';
import { judgeCounterfactual, isCounterfactualTruth } from './counterfactual/judge.js';
import { extractAnswer } from './extract.js';
import { verifiers, type VerifyOptions } from './registry.js';

/** Responses longer than this are refused unread: bounds time and memory of every verifier. */
export const MAX_RESPONSE_CHARS = 200_000;

function zero(reason: string, parts: Record<string, number> = {}): Verdict {
  return { score: 0, correct: false, reason, parts };
}

/**
 * Judges `response` against `truth` with the named verifier. Never throws: any bad input or
 * internal failure is a verdict with score 0 and a reason.
 */
export function verify(verifierName: string, response: unknown, truth: unknown, opts: VerifyOptions = {}): Verdict {
  try {
    if (!verifiers.has(verifierName)) return zero(`unknown verifier "${String(verifierName).slice(0, 60)}"`);
    if (typeof response !== 'string') return zero(`response must be a string, got ${response === null ? 'null' : typeof response}`);
    if (response.length > MAX_RESPONSE_CHARS) return zero(`response has ${response.length} characters; at most ${MAX_RESPONSE_CHARS} are read`);
    if (isCounterfactualTruth(truth)) return judgeCounterfactual((r, t, o) => verify(verifierName, r, t, o), response, truth, opts);
    const v = verifiers.get(verifierName);
    const bad = v.checkTruth(truth);
    if (bad) return zero(`truth does not match verifier "${verifierName}": ${bad}`);
    const ex = extractAnswer(response, opts.extract);
    if (ex.text === null) return zero(`no answer found (${opts.extract} form expected)`, { format: 0 });
    const j = v.judge(ex.text, truth, opts);
    const parts = { format: ex.format, ...j.parts };
    const partial = Math.max(0, Math.min(1, j.partial ?? 0));
    const score = j.correct ? 1 : opts.partialCredit ? 0.5 * partial : 0;
    return { score, correct: j.correct, reason: j.reason, parts, parsed: j.parsed };
  } catch (e) {
    return zero(`could not judge the response: ${(e as Error)?.message ?? String(e)}`.slice(0, 300));
  }
}
