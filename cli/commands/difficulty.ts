import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DEVICES, type Device } from '../../datasets/difficulty/devices.js';
import { intFlag } from '../flags.js';
import { progressBar } from '../progress.js';

interface DeviceFlags {
  device: Device;
  encoder?: string;
  images?: boolean;
  threads?: string;
}

const threadsOf = (o: DeviceFlags) => (o.threads === undefined ? undefined : intFlag('--threads', o.threads, 1, 256));

/** One bar per stage (images, fit, score), on stderr when it is a terminal. */
function stagedProgress(): { update(stage: string, done: number, total: number): void; stop(): void } {
  let stage = '';
  let bar = progressBar('');
  return {
    update(s, done, total) {
      if (s !== stage) {
        bar.stop();
        bar = progressBar(s);
        stage = s;
      }
      bar.update(done, total);
    },
    stop: () => bar.stop(),
  };
}

export function registerDifficulty(program: Command): void {
  const cmd = program.command('difficulty').description('predict pass rates: fit on rollouts, score items, or rank by solver features');
  const deviceOption = (c: Command) =>
    c
      .option('--device <device>', `${DEVICES.join(' | ')}: where TF.js runs (auto falls back to the CPU with a notice)`, 'cpu')
      .option('--encoder <file>', 'your own image encoder: an ONNX model (.onnx, input [n,3,H,W]) or a TF.js model.json (input [n,H,W,3]); RGB in [0,1] (default: the built-in filter bank)')
      .option('--no-images', 'no image features')
      .option('--threads <n>', 'threads of the built-in image encoder (default: one per core)');

  deviceOption(
    cmd
      .command('fit')
      .description('fit the model on rollouts and evaluate on held-out items. Rollouts: JSONL or CSV, one row per rollout {id, policy?, correct | score | response, source?}: id an item id of the dataset, policy a name (default "default"), correct true/false or 1/0, or score in [0, 1], or the raw response (judged by the item\'s verifier); several rows per item. `difficulty convert` makes them from verl or OpenRLHF logs')
      .requiredOption('--dataset <dir>', 'dataset folder')
      .requiredOption('--rollouts <file>', 'rollouts file (.jsonl or .csv)')
      .requiredOption('--out <dir>', 'model folder (difficulty-model.json, fit-report.json)'),
  ).action(async (o: DeviceFlags & { dataset: string; rollouts: string; out: string }) => {
    const { fitDifficulty, formatFitReport } = await import('../../datasets/difficulty/index.js');
    const bar = stagedProgress();
    const { report, path } = await fitDifficulty(o.dataset, o.rollouts, o.out, { device: o.device, encoder: o.images === false ? null : o.encoder, threads: threadsOf(o), onProgress: bar.update });
    bar.stop();
    process.stdout.write(formatFitReport(report));
    process.stderr.write(`model written to ${path}\n`);
  });

  deviceOption(
    cmd
      .command('score')
      .description("write each item's predicted pass rate and difficulty beside the dataset (difficulty/scores-<policy>.jsonl)")
      .requiredOption('--model <dir>', 'model folder or difficulty-model.json')
      .requiredOption('--dataset <dir>', 'dataset folder')
      .option('--policy <name>', 'a fitted policy, or mean', 'mean'),
  ).action(async (o: DeviceFlags & { model: string; dataset: string; policy: string }) => {
    const { scoreDifficulty } = await import('../../datasets/difficulty/index.js');
    const { loadModel } = await import('../../datasets/difficulty/model.js');
    const bar = stagedProgress();
    const t0 = performance.now();
    const { path, scores } = await scoreDifficulty(loadModel(o.model), o.dataset, o.policy, { device: o.device, threads: threadsOf(o), onProgress: bar.update });
    bar.stop();
    const s = (performance.now() - t0) / 1000;
    process.stderr.write(`${scores.length} items scored in ${s.toFixed(1)} s (${(scores.length / s).toFixed(0)} items/s) → ${path}\n`);
  });

  cmd
    .command('rank')
    .description('no rollouts: rank items within each task by solver features alone (difficulty/feature-rank.jsonl)')
    .requiredOption('--dataset <dir>', 'dataset folder')
    .action(async (o: { dataset: string }) => {
      const { rankByFeatures } = await import('../../datasets/difficulty/index.js');
      const { path, ranks } = await rankByFeatures(o.dataset);
      process.stderr.write(`${ranks.length} items ranked → ${path}\n`);
    });

  cmd
    .command('simulate')
    .description('PIPELINE CHECK ONLY: rollouts of simulated policies whose hidden difficulty is a function of the solver features the model is fitted on (to try fit without a VLM; its figures say nothing about a real policy)')
    .requiredOption('--dataset <dir>', 'dataset folder')
    .requiredOption('--out <file>', 'rollouts JSONL to write')
    .option('--samples <n>', 'samples per item and policy', '4')
    .action(async (o: { dataset: string; out: string; samples: string }) => {
      const { readItems } = await import('../../datasets/difficulty/items.js');
      const { simulateRollouts } = await import('../../datasets/difficulty/simulate.js');
      const rows = simulateRollouts(await readItems(o.dataset), { weak: -0.8, mid: 0, strong: 0.9 }, Number(o.samples));
      writeFileSync(o.out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
      process.stderr.write(`${rows.length} simulated rollouts of policies weak, mid, strong → ${o.out}\n`);
      const { SIMULATED_NOTE } = await import('../../datasets/difficulty/index.js');
      process.stderr.write(`${SIMULATED_NOTE}\n`);
    });

  cmd
    .command('convert')
    .description("rollouts for `difficulty fit` from trainer logs: verl's rollout/validation dumps (trainer.rollout_data_dir: {input, output, gts, score, step, ...}) or OpenRLHF's eval samples (eval_samples_step_N.jsonl: {prompt, label, reward, score, ...}); items are found by the exported ground-truth label")
    .argument('<logs...>', '.jsonl log files or folders of them')
    .requiredOption('--from <format>', 'verl | openrlhf')
    .requiredOption('--dataset <dir>', 'the dataset the trainer was fed (its labels name the items)')
    .requiredOption('--out <file>', 'rollouts JSONL to write')
    .option('--policy <name>', 'policy name (default: the format)')
    .option('--steps-per-policy <n>', 'rollouts of steps [k·n, (k+1)·n) become policy NAME@k·n (the policy changes as it trains)')
    .option('--outcome <key>', 'row key of the outcome in [0, 1] (default: the first of correct, acc, score, reward)')
    .action(async (logs: string[], o: { from: string; dataset: string; out: string; policy?: string; stepsPerPolicy?: string; outcome?: string }) => {
      const { readItems } = await import('../../datasets/difficulty/items.js');
      const { convertLogs } = await import('../../datasets/difficulty/convert.js');
      const stepsPerPolicy = o.stepsPerPolicy === undefined ? undefined : intFlag('--steps-per-policy', o.stepsPerPolicy, 1, 1e9);
      const s = await convertLogs(logs, await readItems(o.dataset), { format: o.from as 'verl', policy: o.policy, stepsPerPolicy, outcome: o.outcome });
      writeFileSync(o.out, s.rows.map((r) => JSON.stringify(r)).join('\n') + (s.rows.length ? '\n' : ''));
      const policies = [...new Set(s.rows.map((r) => r.policy))];
      process.stderr.write(`${s.rows.length} rollouts (${s.read} rows read from ${s.files.length} files; ${s.unmatched} with labels of no item in ${o.dataset}) of ${policies.length} ${policies.length === 1 ? 'policy' : 'policies'} → ${o.out}\n`);
    });
}
