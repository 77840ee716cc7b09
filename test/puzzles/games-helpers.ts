// Shared by the games tests (hanoi, lights-out, sokoban, ...): make an item of a registered task
// and verify a response against its truth.
import { resolveParams } from '../../core/params.js';
import { Rng } from '../../core/rng.js';
import type { Instance, Level, TaskDefinition } from '../../core/task.js';
import '../../generators/index.js';
import { tasks } from '../../core/registry.js';
import { verify, type VerifyOptions } from '../../verifiers/index.js';

export function makeItem<T = any>(task: string, seed: string, level: Level = 3, params: Record<string, unknown> = {}): Instance<T> {
  const def = tasks.get(task) as TaskDefinition<any, T>;
  return def.generate(new Rng(seed), resolveParams(def.params, params, 'params', def.levels[level]));
}

export function score(task: string, response: string, truth: unknown, opts: VerifyOptions = {}) {
  return verify(tasks.get(task).verifier, response, JSON.parse(JSON.stringify(truth)), opts);
}

export const tagged = (s: string) => `<answer>${s}</answer>`;
