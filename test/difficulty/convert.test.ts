// Rollouts from trainer logs: hand-written samples in the forms verl (rollout_data_dir step files)
// and OpenRLHF (eval_samples_step_N.jsonl) write, converted and read back as `difficulty fit` does.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { convertLogs } from '../../datasets/difficulty/convert.js';
import { formatFitReport, type FitReport } from '../../datasets/difficulty/index.js';
import { readItems, type ItemInfo } from '../../datasets/difficulty/items.js';
import { readRollouts } from '../../datasets/difficulty/rollouts.js';
import { simulateRollouts } from '../../datasets/difficulty/simulate.js';
import { makeLabel } from '../../verifiers/label.js';
import { makeDataset, tempDir } from '../export/fixtures.js';

let dir: string;
let items: ItemInfo[];
let logs: string;
const label = (it: ItemInfo) => makeLabel(it.task, it.truth);
const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

beforeAll(async () => {
  dir = await makeDataset(7, [
    { task: 'sudoku', count: 3, level: 1 },
    { task: 'maze', count: 3, level: 1 },
  ]);
  items = await readItems(dir);
  logs = tempDir('logs');
  const [a, b, c] = items;
  // verl's RayPPOTrainer._dump_generations: one file per step, extra keys from the reward function's dict.
  mkdirSync(join(logs, 'verl'));
  writeFileSync(join(logs, 'verl', '2.jsonl'), jsonl([
    { input: 'system\nYou are a helpful assistant.\nuser\n<image>Solve...', output: '<answer>...</answer>', gts: label(a), score: 0.9, step: 2, correct: 1, format: 1 },
    { input: 'user\n<image>...', output: 'no idea', gts: label(a), score: 0, step: 2, correct: 0, format: 0 },
    { input: 'user\n<image>...', output: '...', gts: label(b), score: 1, step: 2, correct: 1, format: 1 },
  ]));
  writeFileSync(join(logs, 'verl', '10.jsonl'), jsonl([
    { input: 'user\n<image>...', output: '...', gts: label(c), score: 1, step: 10, correct: 1, format: 1 },
    { input: 'user\n<image>...', output: '...', gts: makeLabel('sudoku', { size: 4, boxRows: 2, boxCols: 2, givens: '0'.repeat(16), solution: '1'.repeat(16) }), score: 0, step: 10, correct: 0, format: 1 },
  ]));
  // OpenRLHF's save_eval_samples: build_eval_records fields plus per-sample info (extra_logs) keys.
  mkdirSync(join(logs, 'openrlhf'));
  writeFileSync(join(logs, 'openrlhf', 'eval_samples_step_40.jsonl'), jsonl([
    { prompt: '<|im_start|>user\n<image>...<|im_end|>', label: label(b), reward: 1, response_length: 120, total_length: 400, truncated: false, score: 1, datasource: 'veriforge/maze', eval_index: 0, correct: 1 },
    { prompt: '<|im_start|>user\n<image>...<|im_end|>', label: label(b), reward: 0, response_length: 800, total_length: 1080, truncated: true, score: 0, datasource: 'veriforge/maze', eval_index: 0, correct: 0 },
  ]));
});

describe('difficulty convert', () => {
  test('verl step dumps: items found by their gts label, outcome from "correct", unknown labels counted', async () => {
    const s = await convertLogs([join(logs, 'verl')], items, { format: 'verl' });
    expect(s.files.map((f) => f.split('/').pop())).toEqual(['2.jsonl', '10.jsonl']); // by step number, not name
    expect(s).toMatchObject({ read: 5, unmatched: 1 });
    expect(s.rows).toEqual([
      { id: items[0].id, policy: 'verl', score: 1, source: 'verl' },
      { id: items[0].id, policy: 'verl', score: 0, source: 'verl' },
      { id: items[1].id, policy: 'verl', score: 1, source: 'verl' },
      { id: items[2].id, policy: 'verl', score: 1, source: 'verl' },
    ]);
    const bySteps = await convertLogs([join(logs, 'verl')], items, { format: 'verl', policy: 'qwen', stepsPerPolicy: 5 });
    expect(bySteps.rows.map((r) => r.policy)).toEqual(['qwen@0', 'qwen@0', 'qwen@0', 'qwen@10']);
    // What fit reads back: tallies per item and policy.
    const out = join(logs, 'verl-rollouts.jsonl');
    writeFileSync(out, jsonl(s.rows));
    const { tallies, simulated } = await readRollouts(out, new Map(items.map((it) => [it.id, it])));
    expect(simulated).toBe(0);
    expect(tallies.find((t) => t.id === items[0].id)).toEqual({ id: items[0].id, policy: 'verl', successes: 1, trials: 2 });
  });

  test('OpenRLHF eval samples: items found by label, the step from the file name, --outcome picks a key', async () => {
    const s = await convertLogs([join(logs, 'openrlhf', 'eval_samples_step_40.jsonl')], items, { format: 'openrlhf', stepsPerPolicy: 20 });
    expect(s.rows).toEqual([
      { id: items[1].id, policy: 'openrlhf@40', score: 1, source: 'openrlhf' },
      { id: items[1].id, policy: 'openrlhf@40', score: 0, source: 'openrlhf' },
    ]);
    const byReward = await convertLogs([join(logs, 'openrlhf')], items, { format: 'openrlhf', outcome: 'reward' });
    expect(byReward.rows.map((r) => r.score)).toEqual([1, 0]);
    await expect(convertLogs([join(logs, 'openrlhf')], items, { format: 'openrlhf', outcome: 'response_length' })).rejects.toThrow(/line 1: outcome "response_length" must be in \[0, 1\].*got 120/);
  });

  test('clear errors: a log of the other format, bad JSON, no files', async () => {
    await expect(convertLogs([join(logs, 'openrlhf')], items, { format: 'verl' })).rejects.toThrow(/eval_samples_step_40\.jsonl line 1: no "gts" \(the ground-truth label veriforge exported\); verl writes it from version 0\.4 on/);
    const bad = join(logs, 'bad.jsonl');
    writeFileSync(bad, '{"gts": \n');
    await expect(convertLogs([bad], items, { format: 'verl' })).rejects.toThrow(/bad\.jsonl line 1: not valid JSON/);
    await expect(convertLogs([tempDir('empty')], items, { format: 'verl' })).rejects.toThrow(/no \.jsonl log files/);
    await expect(convertLogs([bad], items, { format: 'tensorboard' as 'verl' })).rejects.toThrow(/--from: got "tensorboard"; allowed: verl, openrlhf/);
  });

  test('the CLI writes the rollouts file and says what it matched', async () => {
    const out = join(logs, 'cli.jsonl');
    const { stderr } = await promisify(execFile)('node', [join(resolve(__dirname, '../..'), 'bin/veriforge.mjs'), 'difficulty', 'convert', join(logs, 'verl'), '--from', 'verl', '--dataset', dir, '--out', out]);
    expect(stderr).toMatch(/4 rollouts \(5 rows read from 2 files; 1 with labels of no item in .*\) of 1 policy/);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(4);
  }, 60_000);
});

describe('simulated rollouts are labelled a pipeline check', () => {
  test('simulate marks its rows; the fit report says the figures check the pipeline only', () => {
    const rows = simulateRollouts(items, { p: 0 }, 1);
    expect(rows.every((r) => r.source === 'simulated')).toBe(true);
    const report: FitReport = { rows: 10, simulated: 10, unknownIds: 0, items: { train: 4, heldOut: 2 }, policies: ['p'], heldOut: [{ name: 'model', auc: 0.9, brier: 0.1 }], calibration: [], seconds: 1 };
    expect(formatFitReport(report)).toMatch(/^10 of 10 rollouts are simulated\. PIPELINE CHECK ONLY: .*say nothing about how well the model predicts a real policy/);
    expect(formatFitReport({ ...report, simulated: 0 })).not.toMatch(/PIPELINE CHECK/);
  });
});
