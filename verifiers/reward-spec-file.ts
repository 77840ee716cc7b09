import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { FieldError, VeriforgeError } from '../core/errors.js';
import { parseRewardSpec, type RewardSpec } from './reward-spec.js';

/**
 * Reads a reward spec from a JSON or YAML file. A mix config (`generate --config`: "tasks" is a list
 * of entries) works too: its top-level "reward" is the default rule and each entry's "reward" the
 * rule of that entry's task.
 */
export function readRewardSpec(path: string): RewardSpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new VeriforgeError(`--reward-spec ${path}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 100 });
  } catch (e) {
    throw new VeriforgeError(`--reward-spec ${path}: not valid JSON or YAML (${(e as Error).message.split('\n')[0]})`);
  }
  try {
    return parseRewardSpec(fromMixConfig(doc));
  } catch (e) {
    if (e instanceof VeriforgeError) throw new VeriforgeError(`--reward-spec ${path}: ${e.message}`);
    throw e;
  }
}

/** A mix config's rewards as a spec; any other document as it is. */
export function fromMixConfig(doc: unknown): unknown {
  const o = doc as Record<string, unknown>;
  if (!o || typeof o !== 'object' || !Array.isArray(o.tasks)) return doc;
  if (o.reward !== undefined && (!o.reward || typeof o.reward !== 'object')) throw new FieldError('reward', o.reward, 'a reward rule object');
  const spec: Record<string, unknown> = { ...((o.reward as object) ?? {}) };
  const tasks: Record<string, unknown> = {};
  o.tasks.forEach((e: unknown, i: number) => {
    const entry = e as Record<string, unknown>;
    if (!entry || typeof entry !== 'object' || entry.reward === undefined) return;
    const name = String(entry.task);
    if (name in tasks) throw new FieldError(`tasks[${i}].reward`, entry.reward, `one reward rule per task ("${name}" has one already)`);
    tasks[name] = entry.reward;
  });
  if (Object.keys(tasks).length) spec.tasks = tasks;
  return spec;
}
