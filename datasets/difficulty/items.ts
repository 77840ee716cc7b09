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
  /** Every image of the item in order, absolute paths (several for multi-image items). */
  images: string[];
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
      images: r.images.map((im) => join(dir, im.path)),
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
  const todo = items.filter((it) => it.images.length && !have.has(it.id));
  // Images are encoded one by one in a flat list; an item with several gets the mean of its vectors
  // (a single image's vector is itself, so single-image items score as before).
  const paths = todo.flatMap((it) => it.images);
  const start = (i: number) => encoder.encode(paths.slice(i, i + batch));
  // Batches in flight: one per encoder thread and one more, so no thread waits for the next batch.
  const inFlight: Promise<Float32Array[]>[] = [];
  let sent = 0;
  let item = 0;
  let pending: Float32Array[] = [];
  for (let i = 0; i < paths.length; i += batch) {
    while (sent < paths.length && inFlight.length <= encoder.parallel) {
      const job = start(sent);
      job.catch(() => {}); // a failure surfaces at its await below, not as an unhandled rejection
      inFlight.push(job);
      sent += batch;
    }
    for (const f of await inFlight.shift()!) {
      pending.push(f);
      if (pending.length === todo[item].images.length) {
        have.set(todo[item++].id, meanOf(pending));
        pending = [];
      }
    }
    onProgress?.(item, todo.length);
  }
  if (todo.length) {
    const features = Object.fromEntries([...have.entries()].map(([id, v]) => [id, Array.from(v, (x) => Number(x.toPrecision(6)))]));
    writeAtomic(cache, JSON.stringify({ encoder: encoder.name, features }));
  }
  return have;
}

function meanOf(vs: Float32Array[]): Float32Array {
  if (vs.length === 1) return vs[0];
  const m = new Float32Array(vs[0].length);
  for (const v of vs) for (let d = 0; d < m.length; d++) m[d] += v[d] / vs.length;
  return m;
}
