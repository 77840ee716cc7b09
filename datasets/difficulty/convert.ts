/**
 * Rollouts from trainer logs, in the format `difficulty fit` reads: one JSON line per rollout
 * `{id, policy, correct | score, source}`.
 *
 * - verl writes one JSONL file per step to `trainer.rollout_data_dir` (and validation to
 *   `trainer.validation_data_dir`): `{input, output, gts, score, step, <reward extra info>...}`.
 * - OpenRLHF writes `eval_samples_step_<N>.jsonl` to its eval save folder: `{prompt, label, reward,
 *   score, response_length, truncated, datasource, <info keys>...}`.
 *
 * Both carry the ground-truth label veriforge exported (verl's `gts`, OpenRLHF's `label`), which
 * names the item: the label's task and truth select the dataset item with that truth. The outcome
 * is the first of `correct` (what veriforge's reward reports), `acc`, `score`, `reward` present in
 * the row (or `--outcome KEY`), and must lie in [0, 1].
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { stableStringify } from '../../core/canonical.js';
import { FieldError, VeriforgeError } from '../../core/errors.js';
import { parseLabel } from '../../verifiers/label.js';
import type { ItemInfo } from './items.js';

export const LOG_FORMATS = ['verl', 'openrlhf'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface ConvertOptions {
  format: LogFormat;
  /** Policy name for every row (default: the format's name). */
  policy?: string;
  /** When set, rollouts of steps [k·n, (k+1)·n) are policy `<policy>@<k·n>`: the policy changes while it trains. */
  stepsPerPolicy?: number;
  /** Row key holding the outcome (default: the first of correct, acc, score, reward). */
  outcome?: string;
}

export interface ConvertedRow {
  id: string;
  policy: string;
  score: number;
  /** Where the row came from: "verl" or "openrlhf" logs (never "simulated"). */
  source: LogFormat;
}

export interface ConvertSummary {
  rows: ConvertedRow[];
  read: number;
  /** Rows whose label names no item of the dataset. */
  unmatched: number;
  files: string[];
}

const OUTCOME_KEYS = ['correct', 'acc', 'score', 'reward'];
const FIELDS: Record<LogFormat, { label: string; step: string }> = {
  verl: { label: 'gts', step: 'step' },
  openrlhf: { label: 'label', step: 'global_step' },
};

const labelKey = (task: string, truth: unknown) => `${task}\u0000${stableStringify(truth)}`;

/** Every .jsonl file of the given files and folders, folders in name order (verl's step files by number). */
export function logFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new VeriforgeError(`${p}: no such file or folder`);
    if (statSync(p).isDirectory()) {
      const names = readdirSync(p).filter((f) => f.endsWith('.jsonl'));
      names.sort((a, b) => (parseInt(a.replace(/\D+/g, ''), 10) || 0) - (parseInt(b.replace(/\D+/g, ''), 10) || 0) || a.localeCompare(b));
      out.push(...names.map((f) => join(p, f)));
    } else out.push(p);
  }
  if (!out.length) throw new VeriforgeError(`no .jsonl log files in ${paths.join(', ')}`);
  return out;
}

function outcomeOf(row: Record<string, unknown>, key: string | undefined, where: string): number {
  const k = key ?? OUTCOME_KEYS.find((c) => row[c] !== undefined && row[c] !== null);
  if (!k || row[k] === undefined || row[k] === null) throw new VeriforgeError(`${where}: no outcome (${key ? `"${key}"` : OUTCOME_KEYS.join(', ')}) in the row`);
  const v = row[k] === true ? 1 : row[k] === false ? 0 : Number(row[k]);
  if (!(v >= 0 && v <= 1)) throw new VeriforgeError(`${where}: outcome "${k}" must be in [0, 1] (a pass or a pass rate), got ${JSON.stringify(row[k])}; pick another key with --outcome`);
  return v;
}

/** The step of a row: its own field, else the number in an OpenRLHF file name (eval_samples_step_40.jsonl). */
function stepOf(row: Record<string, unknown>, format: LogFormat, file: string): number | null {
  const v = row[FIELDS[format].step] ?? row.step;
  if (typeof v === 'number') return v;
  const m = /step_?(\d+)/.exec(basename(file)) ?? /^(\d+)\.jsonl$/.exec(basename(file));
  return m ? Number(m[1]) : null;
}

/** Converts verl or OpenRLHF rollout logs to rollout rows for the items of a dataset. */
export async function convertLogs(paths: string[], items: ItemInfo[], o: ConvertOptions): Promise<ConvertSummary> {
  if (!LOG_FORMATS.includes(o.format)) throw new FieldError('--from', o.format, LOG_FORMATS.join(', '));
  if (o.stepsPerPolicy !== undefined && !(Number.isInteger(o.stepsPerPolicy) && o.stepsPerPolicy >= 1)) throw new FieldError('--steps-per-policy', o.stepsPerPolicy, 'a whole number of steps, at least 1');
  const byLabel = new Map<string, string>();
  // Equal truths are the same problem (a duplicate in the dataset): the first item stands for it.
  for (const it of items) if (!byLabel.has(labelKey(it.task, it.truth))) byLabel.set(labelKey(it.task, it.truth), it.id);
  const policy = o.policy ?? o.format;
  const files = logFiles(paths);
  const rows: ConvertedRow[] = [];
  let read = 0;
  let unmatched = 0;
  for (const file of files) {
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      n++;
      if (!line.trim()) continue;
      const where = `${file} line ${n}`;
      let row: Record<string, unknown>;
      try {
        row = JSON.parse(line);
      } catch (e) {
        throw new VeriforgeError(`${where}: not valid JSON (${(e as Error).message})`);
      }
      read++;
      const raw = row[FIELDS[o.format].label];
      if (raw === undefined || raw === null) throw new VeriforgeError(`${where}: no "${FIELDS[o.format].label}" (the ground-truth label veriforge exported)${o.format === 'verl' ? '; verl writes it from version 0.4 on' : ''}`);
      const label = parseLabel(typeof raw === 'string' ? raw : JSON.stringify(raw), `${where}: ${FIELDS[o.format].label}`);
      const id = byLabel.get(labelKey(label.task, label.truth));
      if (!id) {
        unmatched++;
        continue;
      }
      let name = policy;
      if (o.stepsPerPolicy) {
        const step = stepOf(row, o.format, file);
        if (step === null) throw new VeriforgeError(`${where}: no step (field "${FIELDS[o.format].step}" or a step number in the file name) for --steps-per-policy`);
        name = `${policy}@${Math.floor(step / o.stepsPerPolicy) * o.stepsPerPolicy}`;
      }
      rows.push({ id, policy: name, score: outcomeOf(row, o.outcome, where), source: o.format });
    }
  }
  return { rows, read, unmatched, files };
}
