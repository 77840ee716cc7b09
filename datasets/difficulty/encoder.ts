import { availableParallelism } from 'node:os';
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
