import { FieldError } from '../core/errors.js';
import type { Verdict } from '../core/task.js';
import { evidenceOf, levelOf, parseLabel } from '../verifiers/label.js';
import { composeReward, type RewardSpec } from '../verifiers/reward-spec.js';
import { verifierForTask, verify, verifyAsync, type VerifyOptions } from '../verifiers/index.js';
import type { VerifierDefinition } from '../verifiers/registry.js';

/** One thing to judge: either a label (OpenRLHF/verl ground-truth JSON) or a task with its truth. */
export interface JudgeItem {
  /** Where the item's truth and response sit in the request, for reasons ("labels[3]", "items[0]"). */
  where: string;
  responseField: string;
  response: unknown;
  /** With `label`: the prompt; the response is what follows it (OpenRLHF sends padding + prompt + response). */
  prompt?: unknown;
  label?: unknown;
  task?: unknown;
  truth?: unknown;
  /** The item's level and evidence boxes, for a reward spec (a label may carry them too). */
  level?: unknown;
  evidence?: unknown;
}

/** A verdict, and with a reward spec the spec's components; `score` is then the composed reward. */
export interface Judged extends Verdict {
  components?: Record<string, number>;
  /** The verifier's own score, when a reward spec replaced `score`. */
  verifierScore?: number;
}

/** Judging options: the verifier's, plus the reward spec every response is composed with. */
export interface JudgeOptions extends VerifyOptions {
  rewardSpec?: RewardSpec;
}

/** Task → verifier, remembered: the registry lookup lists and sorts every verifier on each call. */
const known = new Map<string, VerifierDefinition>();
function verifierOf(task: string, field: string): VerifierDefinition {
  let v = known.get(task);
  if (!v) known.set(task, (v = verifierForTask(task, field)));
  return v;
}

/** Time a verifier's warm-up (a sandbox pool importing matplotlib) may take before its worker is replaced. */
export const WARM_UP_MS = 120_000;

export const zeroVerdict = (reason: string): Verdict => ({ score: 0, correct: false, reason, parts: {} });

/**
 * Never throws: a bad item is a verdict with score 0 and a reason that names the field. `budget`
 * hears the item's verifier's own time allowance (VerifierDefinition.timeoutMs) before it runs; each
 * call starts the item's clock again. Items whose truth needs the candidate run (a matplotlib
 * script) come back as a promise, which never rejects; every other item is judged synchronously.
 */
export function judgeItem(item: JudgeItem, opts: JudgeOptions, budget?: (ms: number) => void): Judged | Promise<Judged> {
  try {
    let task: unknown;
    let truth: unknown;
    let level = item.level === undefined ? undefined : levelOf(item.level, `${item.where}.level`);
    let evidence = item.evidence === undefined ? undefined : evidenceOf(item.evidence, `${item.where}.evidence`);
    if (item.label !== undefined) {
      const l = parseLabel(item.label, item.where);
      ({ task, truth } = l);
      level ??= l.level;
      evidence ??= l.evidence;
    } else {
      task = item.task;
      truth = item.truth;
      if (typeof task !== 'string') throw new FieldError(`${item.where}.task`, task, 'a task name (GET /tasks lists them)');
    }
    const v = verifierOf(task as string, `${item.where}.task`);
    if (v.timeoutMs) budget?.(v.timeoutMs);
    const sent = item.response;
    if (typeof sent !== 'string') throw new FieldError(item.responseField, sent, 'the model response as a string');
    // OpenRLHF sends prompt + response, left-padded: judge only what follows the prompt's first occurrence.
    const at = typeof item.prompt === 'string' && item.prompt ? sent.indexOf(item.prompt) : -1;
    const response = at >= 0 ? sent.slice(at + (item.prompt as string).length) : sent;
    const { rewardSpec, ...verifyOpts } = opts;
    const compose = (verdict: Verdict): Judged => {
      if (!rewardSpec) return verdict;
      const r = composeReward(rewardSpec, { task: task as string, response, verdict, level, evidence });
      return { ...verdict, score: r.reward, verifierScore: verdict.score, components: r.components };
    };
    if (!v.runsCandidate?.(truth)) return compose(verify(v.name, response, truth, verifyOpts));
    return (async () => {
      try {
        // The sandbox's start (seconds once per worker; tens of seconds on a loaded machine) has its
        // own allowance, and the item's clock starts again after it.
        if (v.warmUp) {
          budget?.(WARM_UP_MS);
          await v.warmUp();
        }
        if (v.timeoutMs) budget?.(v.timeoutMs);
        return compose(await verifyAsync(v.name, response, truth, verifyOpts));
      } catch (e) {
        return failed(e);
      }
    })();
  } catch (e) {
    return failed(e);
  }
}

const failed = (e: unknown) => zeroVerdict(String((e as Error)?.message ?? e).slice(0, 2000));
