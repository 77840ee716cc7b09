import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VeriforgeError } from '../../core/errors.js';
import { writeAtomic } from '../atomic.js';
import type { Tally } from './rollouts.js';
import { schemaWidth, type FeatureSchema } from './schema.js';
import { tf } from './runtime.js';

/**
 * Item-response model: P(policy solves item) = sigmoid(ability[policy] − difficulty(item)), with
 * difficulty(item) = −(w · x(item) + b) linear in the item's features. Policies share the item
 * side, so rollouts of several policies pool. Saved as one JSON file.
 */
export interface DifficultyModel {
  format: 'veriforge-difficulty/1';
  encoder: string;
  schema: FeatureSchema;
  weights: number[];
  bias: number;
  abilities: Record<string, number>;
}

export interface FitOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  onEpoch?: (epoch: number, loss: number) => void;
}

export const DEFAULT_EPOCHS = 400;

/** Full-batch Adam on the binomial log-likelihood of the tallies, with L2 on the weights. */
export async function fitModel(schema: FeatureSchema, encoder: string, vectors: Map<string, Float32Array>, tallies: Tally[], o: FitOptions = {}): Promise<DifficultyModel> {
  const policies = [...new Set(tallies.map((t) => t.policy))].sort();
  const d = schemaWidth(schema);
  const X = new Float32Array(tallies.length * d);
  tallies.forEach((t, i) => X.set(vectors.get(t.id)!, i * d));
  const x = tf.tensor2d(X, [tallies.length, d]);
  // Policy indicators built here: tf.oneHot refuses a depth of 1, and one policy is the common case.
  const P = new Float32Array(tallies.length * policies.length);
  tallies.forEach((t, i) => (P[i * policies.length + policies.indexOf(t.policy)] = 1));
  const pol = tf.tensor2d(P, [tallies.length, policies.length]);
  const s = tf.tensor1d(tallies.map((t) => t.successes));
  const n = tf.tensor1d(tallies.map((t) => t.trials));
  const total = tallies.reduce((a, t) => a + t.trials, 0);
  const w = tf.variable(tf.zeros([d, 1]));
  const ability = tf.variable(tf.zeros([policies.length, 1]));
  const bias = tf.variable(tf.scalar(0));
  const l2 = o.l2 ?? 1e-3;
  const opt = tf.train.adam(o.learningRate ?? 0.05);
  const epochs = o.epochs ?? DEFAULT_EPOCHS;
  const lossFn = () =>
    tf.tidy(() => {
      const logit = tf.add(tf.add(tf.matMul(x, w), tf.matMul(pol, ability)), bias).reshape([-1]);
      // −[s·log σ(z) + (n−s)·log σ(−z)] = n·softplus(z) − s·z
      const nll = tf.sum(tf.sub(tf.mul(n, tf.softplus(logit)), tf.mul(s, logit))).div(total);
      return nll.add(tf.mul(l2, tf.sum(tf.square(w)))) as tf.Scalar;
    });
  for (let e = 0; e < epochs; e++) {
    const loss = opt.minimize(lossFn, true)!;
    if (o.onEpoch && (e % 50 === 0 || e === epochs - 1)) o.onEpoch(e, (await loss.data())[0]);
    loss.dispose();
  }
  const ab = await ability.data();
  const model: DifficultyModel = {
    format: 'veriforge-difficulty/1',
    encoder,
    schema,
    weights: Array.from(await w.data()),
    bias: (await bias.data())[0],
    abilities: Object.fromEntries(policies.map((p, i) => [p, ab[i]])),
  };
  tf.dispose([x, pol, s, n, w, ability, bias]);
  opt.dispose();
  return model;
}

/** Item difficulty on the logit scale (higher is harder), independent of the policy. */
export function itemDifficulty(m: DifficultyModel, v: Float32Array): number {
  let z = m.bias;
  for (let i = 0; i < v.length; i++) z += m.weights[i] * v[i];
  return -z;
}

export function passProbability(m: DifficultyModel, v: Float32Array, policy: string): number {
  const a = policyAbility(m, policy);
  return 1 / (1 + Math.exp(-(a - itemDifficulty(m, v))));
}

/** A named policy's ability; "mean" averages the fitted ones. */
export function policyAbility(m: DifficultyModel, policy: string): number {
  if (policy === 'mean') {
    const xs = Object.values(m.abilities);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  }
  if (!(policy in m.abilities)) throw new VeriforgeError(`--policy: got "${policy}"; allowed: mean or one of ${Object.keys(m.abilities).join(', ')}`);
  return m.abilities[policy];
}

export function saveModel(dir: string, m: DifficultyModel): string {
  const path = join(dir, 'difficulty-model.json');
  writeAtomic(path, JSON.stringify(m, null, 1) + '\n');
  return path;
}

export function loadModel(dir: string): DifficultyModel {
  const path = dir.endsWith('.json') ? dir : join(dir, 'difficulty-model.json');
  let m: DifficultyModel;
  try {
    m = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new VeriforgeError(`--model ${path}: cannot read a difficulty model (${(e as Error).message})`);
  }
  if (m.format !== 'veriforge-difficulty/1') throw new VeriforgeError(`--model ${path}: not a veriforge difficulty model`);
  return m;
}
