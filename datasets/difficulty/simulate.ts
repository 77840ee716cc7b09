import { Rng } from '../../core/rng.js';
import type { ItemInfo } from './items.js';

/**
 * A stand-in policy for tests and demos without a VLM: a PIPELINE CHECK ONLY. Its hidden difficulty
 * is a function of the same solver features the model is fitted on, so a model fitted to these
 * rollouts scores well by construction; the figures say nothing about a real policy. Each item has a hidden true difficulty: a
 * cubic (monotone, so ranks survive but a linear model cannot fit it exactly) of a weighted sum of
 * its solver features, with fixed random weights per task and feature, plus a small item-specific
 * noise the model never sees. Policy k solves it with probability sigmoid(ability_k − difficulty).
 */
export function hiddenDifficulty(it: ItemInfo, seed = 'hidden'): number {
  let z = 0.3 * (it.level ?? 3);
  for (const [name, value] of Object.entries(it.features).sort()) {
    const c = new Rng(`${seed}/${it.task}/${name}`).float(0.05, 0.6);
    z += c * Math.log1p(Math.abs(value));
  }
  const noise = new Rng(`${seed}/noise/${it.id}`).float(-0.15, 0.15);
  const centred = z - 3;
  return 0.4 * centred + 0.05 * centred ** 3 + noise;
}

export interface SimulatedRow {
  id: string;
  policy: string;
  correct: boolean;
  /** Always "simulated": `difficulty fit` then says its figures check the pipeline only. */
  source: 'simulated';
}

export function simulateRollouts(items: ItemInfo[], policies: Record<string, number>, samples: number, seed = 'sim'): SimulatedRow[] {
  const hidden = new Map(items.map((it) => [it.id, hiddenDifficulty(it)]));
  const mean = [...hidden.values()].reduce((a, b) => a + b, 0) / items.length;
  const rows: SimulatedRow[] = [];
  for (const it of items) {
    const rng = new Rng(`${seed}/${it.id}`);
    for (const [policy, ability] of Object.entries(policies)) {
      const p = 1 / (1 + Math.exp(-(ability - (hidden.get(it.id)! - mean))));
      for (let k = 0; k < samples; k++) rows.push({ id: it.id, policy, correct: rng.next() < p, source: 'simulated' });
    }
  }
  return rows;
}
