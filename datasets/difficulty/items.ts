import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../../core/canonical.js';
import { writeAtomic } from '../atomic.js';
import { readRecords } from '../read.js';
import type { ImageEncoder } from './encoder.js';

/** What the difficulty model reads of a record: no truth, no answer. */
export interface ItemInfo {
  id: string;
  task: string;
  level: number | null;
  questionChars: number;
  features: Record<string, number>;
  /** First image, absolute path. */
  image: string | null;
  /** Verifier and truth, to judge raw responses in a rollouts file. */
  verifier: string;
  truth: unknown;
}

export async function readItems(dir: string): Promise<ItemInfo[]> {
  const out: ItemInfo[] = [];
  for await (const r of readRecords(dir)) {
    out.push({
      id: r.id,
      task: r.task,
      level: r.level,
      questionChars: r.question.length,
      features: r.features,
      image: r.images[0] ? join(dir, r.images[0].path) : null,
      verifier: r.verifier,
      truth: r.truth,
    });
  }
  return out;
}

/** Held-out items: a fixed 20 % chosen by a hash of the id, so every run holds out the same ones. */
export const isHeldOut = (id: string) => parseInt(sha256Hex(`heldout:${id}`).slice(0, 8), 16) % 5 === 0;

/**
 * Image features of every item, computed in batches and cached beside the dataset
 * (difficulty/image-features-<encoder hash>.json) so that fit and score encode each image once.
 */
export async function imageFeatures(
  dir: string,
  items: ItemInfo[],
  encoder: ImageEncoder,
  onProgress?: (done: number, total: number) => void,
  batch = 32,
): Promise<Map<string, Float32Array>> {
  const cache = join(dir, 'difficulty', `image-features-${sha256Hex(encoder.name).slice(0, 12)}.json`);
  const have = new Map<string, Float32Array>();
  if (existsSync(cache)) {
    const saved = JSON.parse(readFileSync(cache, 'utf8')) as { encoder: string; features: Record<string, number[]> };
    for (const [id, v] of Object.entries(saved.features)) have.set(id, Float32Array.from(v));
  }
  const todo = items.filter((it) => it.image && !have.has(it.id));
  const start = (i: number) => encoder.encode(todo.slice(i, i + batch).map((it) => it.image!));
  // Batches in flight: one per encoder thread and one more, so no thread waits for the next batch.
  const inFlight: Promise<Float32Array[]>[] = [];
  let sent = 0;
  for (let i = 0; i < todo.length; i += batch) {
    while (sent < todo.length && inFlight.length <= encoder.parallel) {
      const job = start(sent);
      job.catch(() => {}); // a failure surfaces at its await below, not as an unhandled rejection
      inFlight.push(job);
      sent += batch;
    }
    const feats = await inFlight.shift()!;
    todo.slice(i, i + batch).forEach((it, k) => have.set(it.id, feats[k]));
    onProgress?.(Math.min(i + batch, todo.length), todo.length);
  }
  if (todo.length) {
    const features = Object.fromEntries([...have.entries()].map(([id, v]) => [id, Array.from(v, (x) => Number(x.toPrecision(6)))]));
    writeAtomic(cache, JSON.stringify({ encoder: encoder.name, features }));
  }
  return have;
}
