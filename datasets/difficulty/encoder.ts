import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { VeriforgeError } from '../../core/errors.js';
import { EncoderPool } from './encoder-pool.js';
import { BUILTIN_FEATURES, ENCODER_SIZE, featuresOfGreys } from './filter-bank.js';
import { readGreys } from './grey.js';
import { tf } from './runtime.js';

/** An image encoder: the built-in filter bank, or a user's ONNX or TF.js model (user-encoder.ts). */
export interface ImageEncoder {
  name: string;
  dims: number;
  /** How many encode() calls it can run at once (its threads). */
  parallel: number;
  encode(paths: string[]): Promise<Float32Array[]>;
  /** Stops its threads, if any. */
  close(): Promise<void>;
}

/** n feature vectors laid end to end, one array each. */
export const split = (flat: Float32Array, n: number): Float32Array[] => {
  const d = flat.length / n;
  return Array.from({ length: n }, (_, i) => flat.slice(i * d, (i + 1) * d));
};

/**
 * The built-in filter bank (filter-bank.ts) on `threads` worker threads (default: one per core).
 * On the CPU backend each thread reads its images and runs the filter bank; on a GPU backend the
 * threads only read images to grey and the filter bank runs here, on the GPU.
 */
export function builtinEncoder(threads = availableParallelism()): ImageEncoder {
  if (!Number.isInteger(threads) || threads < 1) throw new VeriforgeError(`--threads: got ${threads}; allowed: a whole number ≥ 1`);
  // Each image inflates into a fresh 1 MB buffer, and that external memory makes V8 start a full
  // mark about every 40 images. Marking concurrently on helper threads then took a third of the CPU
  // on 2 cores (100,000-image bench: 1,596 → 2,455 items/s without it). The flag is process-wide and
  // read when marking starts, so it also holds for the encoder threads started below.
  setFlagsFromString('--no-concurrent-marking');
  const pool = threads > 1 ? new EncoderPool(threads) : null;
  const filterInThreads = tf.getBackend() === 'wasm';
  return {
    name: 'builtin-filterbank-v3',
    dims: BUILTIN_FEATURES,
    parallel: threads,
    async encode(paths) {
      if (pool && filterInThreads) return split(await pool.run(paths, true), paths.length);
      const greys = pool ? await pool.run(paths, false) : await readGreys(paths, ENCODER_SIZE);
      return split(await featuresOfGreys(greys, paths.length), paths.length);
    },
    close: async () => pool?.close(),
  };
}
