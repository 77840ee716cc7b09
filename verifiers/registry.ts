import { FieldError } from '../core/errors.js';
import { Registry } from '../core/registry.js';
import type { Verdict } from '../core/task.js';
import type { ExtractMode } from './extract.js';

export interface VerifyOptions {
  extract?: ExtractMode;
  /** When true, a wrong answer earns a share of its partial credit (always < 1); default false: 0 or 1. */
  partialCredit?: boolean;
  /** Task-specific switches recorded with the truth may be overridden here (e.g. requireShortest). */
  [key: string]: unknown;
}

export interface VerifierDefinition<T = any> {
  name: string;
  describe: string;
  /** Tasks this verifier judges; the reward server finds a task's verifier through this list. */
  tasks: string[];
  /** Returns why `truth` is not a valid truth for this verifier, or undefined when it is. */
  checkTruth(truth: unknown): string | undefined;
  /**
   * Judges an extracted answer. May throw on malformed input: the `verify` wrapper turns any throw
   * into score 0. `format` is 1 when the response used an explicit answer form.
   */
  judge(answer: string, truth: T, opts: VerifyOptions): Omit<Verdict, 'score'> & { partial?: number };
  /** Optional slower judgement (e.g. rendering a candidate); `verifyAsync` prefers it, `verify` uses `judge`. */
  judgeAsync?(answer: string, truth: T, opts: VerifyOptions): Promise<Omit<Verdict, 'score'> & { partial?: number }>;
  /**
   * When true `judge` receives the whole visible response (thinking removed) instead of an extracted
   * answer, and scores the format itself: for answers made of several tagged parts (<answer> and <box>).
   */
  wholeResponse?: boolean;
  /** When true a wrong answer scores its partial credit (kept below 1) even without opts.partialCredit. */
  dense?: boolean;
  /**
   * Time an item may take (ms) before a server stops it, when more than the server's per-item
   * limit: verifiers that bound their own work and need a slow first load (the CAD kernel loads
   * OpenCascade on its first item) say so here.
   */
  timeoutMs?: number;
  /**
   * True when this truth can be judged only by running the candidate (`judgeAsync`): the reward
   * server then awaits `judgeAsync` for the item instead of calling `judge` (matplotlib scripts).
   */
  runsCandidate?(truth: T): boolean;
  /**
   * Starts what `judgeAsync` needs (a sandbox pool) and resolves once it is up, or once it is known
   * it cannot start (`judgeAsync` then reports why). The server calls it before an item's clock runs.
   */
  warmUp?(): Promise<void>;
}

export const verifiers = new Registry<VerifierDefinition>('verifier');

/** The verifier that judges `task`; a FieldError naming the known tasks when there is none. */
export function verifierForTask(task: string, field = 'task'): VerifierDefinition {
  const hit = verifiers.list().find((v) => v.tasks.includes(task));
  if (hit) return hit;
  const known = verifiers.list().flatMap((v) => v.tasks).sort();
  throw new FieldError(field, task, `one of ${known.join(', ')}`);
}
