import { join } from 'node:path';
import { VeriforgeError } from '../../core/errors.js';
import { stableStringify } from '../../core/canonical.js';
import { writeAtomic } from '../atomic.js';
import { builtinEncoder, type ImageEncoder } from './encoder.js';
import { calibration, evaluateAll, meanBaseline, type CalibrationBin, type EvalRow, type Scored } from './evaluate.js';
import { imageFeatures, isHeldOut, readItems, type ItemInfo } from './items.js';
import { DEFAULT_EPOCHS, fitModel, itemDifficulty, passProbability, policyAbility, saveModel, type DifficultyModel } from './model.js';
import { readRollouts, type Tally } from './rollouts.js';
import { useDevice, type Device } from './runtime.js';
import { userEncoder, userEncoderPath } from './user-encoder.js';
import { buildSchema, vectorize } from './schema.js';

export interface CommonOptions {
  device?: Device;
  /** Path of a user's image encoder (.onnx or TF.js model.json); undefined: the built-in filter bank; null: no image features. */
  encoder?: string | null;
  /** Threads of the built-in encoder (default: one per core). */
  threads?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
}

async function encoderFor(path: string | null | undefined, threads?: number): Promise<ImageEncoder | null> {
  if (path === null) return null;
  return path ? userEncoder(path) : builtinEncoder(threads);
}

async function vectorsFor(dir: string, items: ItemInfo[], encoder: ImageEncoder | null, o: CommonOptions) {
  if (!encoder) return new Map<string, Float32Array>();
  try {
    return await imageFeatures(dir, items, encoder, (d, t) => o.onProgress?.('images', d, t));
  } finally {
    await encoder.close();
  }
}

export interface FitReport {
  rows: number;
  /** Rows made by `difficulty simulate`: with any, the figures check the pipeline, not the model. */
  simulated: number;
  unknownIds: number;
  items: { train: number; heldOut: number };
  policies: string[];
  heldOut: EvalRow[];
  calibration: CalibrationBin[];
  seconds: number;
}

/**
 * Fits the difficulty model on a dataset and a rollouts file, and evaluates it on held-out items
 * (a fixed 20 % by id hash) next to two baselines: the task's mean pass rate and the task-and-level mean.
 */
export async function fitDifficulty(dataset: string, rolloutsPath: string, outDir: string, o: CommonOptions = {}): Promise<{ model: DifficultyModel; report: FitReport; path: string }> {
  const t0 = performance.now();
  await useDevice(o.device ?? 'cpu');
  const items = await readItems(dataset);
  const byId = new Map(items.map((it) => [it.id, it]));
  const { tallies, rows, unknownIds, simulated } = await readRollouts(rolloutsPath, byId);
  const train = tallies.filter((t) => !isHeldOut(t.id));
  const held = tallies.filter((t) => isHeldOut(t.id));
  if (!train.length || !held.length) throw new VeriforgeError(`--rollouts: need rollouts on both training and held-out items (have ${train.length} and ${held.length} item/policy pairs)`);
  const encoder = await encoderFor(o.encoder, o.threads);
  const images = await vectorsFor(dataset, items, encoder, o);
  const trainItems = items.filter((it) => !isHeldOut(it.id));
  const schema = buildSchema(trainItems, images, encoder?.dims ?? 0);
  const vectors = new Map(items.map((it) => [it.id, vectorize(schema, it, images.get(it.id))]));
  const model = await fitModel(schema, encoder?.name ?? 'none', vectors, train, { onEpoch: (e) => o.onProgress?.('fit', e + 1, DEFAULT_EPOCHS) });

  const task = (t: Tally) => byId.get(t.id)!.task;
  const taskMean = meanBaseline(train, (t) => `${task(t)}\u0000${t.policy}`);
  const taskLevelMean = meanBaseline(train, (t) => `${task(t)}\u0000${byId.get(t.id)!.level}\u0000${t.policy}`);
  const scoredBy = (f: (t: Tally) => number): Scored[] => held.map((t) => ({ p: f(t), successes: t.successes, trials: t.trials }));
  const modelRows = scoredBy((t) => passProbability(model, vectors.get(t.id)!, t.policy));
  const report: FitReport = {
    rows,
    simulated,
    unknownIds,
    items: { train: new Set(train.map((t) => t.id)).size, heldOut: new Set(held.map((t) => t.id)).size },
    policies: Object.keys(model.abilities),
    heldOut: evaluateAll([
      ['model', modelRows],
      ['task mean', scoredBy(taskMean)],
      ['task+level mean', scoredBy(taskLevelMean)],
    ]),
    calibration: calibration(modelRows),
    seconds: (performance.now() - t0) / 1000,
  };
  const path = saveModel(outDir, model);
  writeAtomic(join(outDir, 'fit-report.json'), JSON.stringify(report, null, 1) + '\n');
  return { model, report, path };
}

export interface ItemScore {
  id: string;
  task: string;
  level: number | null;
  /** Predicted pass probability for the policy. */
  p: number;
  /** Item difficulty on the logit scale (policy-free; higher is harder). */
  difficulty: number;
}

/** Scores every item of a dataset for a policy; writes DIR/difficulty/scores-<policy>.jsonl. */
export async function scoreDifficulty(model: DifficultyModel, dataset: string, policy = 'mean', o: CommonOptions = {}): Promise<{ path: string; scores: ItemScore[] }> {
  policyAbility(model, policy); // a clear error for an unknown policy before any work
  await useDevice(o.device ?? 'cpu');
  const items = await readItems(dataset);
  const encoder = model.encoder === 'none' ? null : await encoderFor(userEncoderPath(model.encoder), o.threads);
  if (encoder && encoder.name !== model.encoder) throw new VeriforgeError(`the model was fitted with encoder ${model.encoder}; this one is ${encoder.name}`);
  const images = await vectorsFor(dataset, items, encoder, o);
  const scores = items.map((it, i) => {
    const v = vectorize(model.schema, it, images.get(it.id));
    o.onProgress?.('score', i + 1, items.length);
    return { id: it.id, task: it.task, level: it.level, p: Number(passProbability(model, v, policy).toFixed(6)), difficulty: Number(itemDifficulty(model, v).toFixed(6)) };
  });
  const path = join(dataset, 'difficulty', `scores-${policy}.jsonl`);
  writeAtomic(path, scores.map((s) => stableStringify(s)).join('\n') + '\n');
  return { path, scores };
}

/**
 * No rollouts: ranks items within each task by their solver features alone — the mean of the
 * features' signed-log z-scores within the task — as a percentile (0 easiest, 1 hardest).
 * Writes DIR/difficulty/feature-rank.jsonl.
 */
export async function rankByFeatures(dataset: string): Promise<{ path: string; ranks: { id: string; task: string; rank: number }[] }> {
  const items = await readItems(dataset);
  const ranks: { id: string; task: string; rank: number }[] = [];
  for (const task of [...new Set(items.map((i) => i.task))].sort()) {
    const group = items.filter((i) => i.task === task);
    const schema = buildSchema(group, new Map(), 0);
    const score = group.map((it) => {
      const v = vectorize(schema, it, undefined);
      let s = 0;
      for (let k = schema.tasks.length; k < v.length; k++) s += v[k];
      return s;
    });
    const order = score.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
    const pct = new Array<number>(group.length);
    order.forEach(([, i], r) => (pct[i] = group.length > 1 ? r / (group.length - 1) : 0.5));
    group.forEach((it, i) => ranks.push({ id: it.id, task, rank: Number(pct[i].toFixed(6)) }));
  }
  const path = join(dataset, 'difficulty', 'feature-rank.jsonl');
  writeAtomic(path, ranks.map((r) => stableStringify(r)).join('\n') + '\n');
  return { path, ranks };
}

export const SIMULATED_NOTE =
  'PIPELINE CHECK ONLY: these rollouts come from `difficulty simulate`, whose hidden difficulty is a function of the same solver features the model is fitted on. The figures below show the pipeline runs end to end; they say nothing about how well the model predicts a real policy (see BENCHMARKS.md for a pixel-reading policy).';

export function formatFitReport(r: FitReport): string {
  const lines = [
    ...(r.simulated ? [`${r.simulated} of ${r.rows} rollouts are simulated. ${SIMULATED_NOTE}`, ''] : []),
    `rollouts: ${r.rows} rows (${r.unknownIds} with ids not in the dataset); items: ${r.items.train} train, ${r.items.heldOut} held out; policies: ${r.policies.join(', ')}`,
    '',
    'held-out items     AUC     Brier',
    ...r.heldOut.map((e) => `${e.name.padEnd(16)} ${e.auc.toFixed(4).padStart(6)}  ${e.brier.toFixed(4).padStart(7)}`),
    '',
    'calibration (model, held out): predicted → observed (trials)',
    ...r.calibration.map((b) => `  ${b.from.toFixed(1)}–${b.to.toFixed(1)}: ${b.predicted.toFixed(3)} → ${b.observed.toFixed(3)} (${b.trials})`),
    '',
    `fitted in ${r.seconds.toFixed(1)} s`,
  ];
  return lines.join('\n') + '\n';
}
