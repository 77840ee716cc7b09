import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import { VeriforgeError } from '../../core/errors.js';
import { EncoderPool } from './encoder-pool.js';
import { BUILTIN_FEATURES, ENCODER_SIZE, featuresOfGreys } from './filter-bank.js';
import { readGreys } from './grey.js';
import { tf } from './runtime.js';

/** An image encoder: the built-in filter bank, or a user's ONNX model. */
export interface ImageEncoder {
  name: string;
  dims: number;
  /** How many encode() calls it can run at once (its threads). */
  parallel: number;
  encode(paths: string[]): Promise<Float32Array[]>;
  /** Stops its threads, if any. */
  close(): Promise<void>;
}

const split = (flat: Float32Array, n: number): Float32Array[] => {
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

/** Loads an ONNX vision encoder (e.g. an exported CLIP vision tower) from a file path. */
export async function onnxEncoder(path: string, size = 224): Promise<ImageEncoder> {
  const ort = await import('onnxruntime-node');
  let session: import('onnxruntime-node').InferenceSession;
  try {
    session = await ort.InferenceSession.create(path);
  } catch (e) {
    throw new VeriforgeError(`--encoder ${path}: onnxruntime could not load it (${(e as Error).message.split('\n')[0]})`);
  }
  const input = session.inputNames[0];
  const output = session.outputNames[0];
  const probe = await run([new Float32Array(3 * size * size)]);
  async function run(images: Float32Array[]): Promise<Float32Array[]> {
    const data = new Float32Array(images.length * 3 * size * size);
    images.forEach((im, i) => data.set(im, i * im.length));
    const res = await session.run({ [input]: new ort.Tensor('float32', data, [images.length, 3, size, size]) });
    return split(res[output].data as Float32Array, images.length);
  }
  return {
    name: `onnx:${path}`,
    dims: probe[0].length,
    parallel: 1,
    close: async () => session.release(),
    async encode(paths) {
      const images = await Promise.all(
        paths.map(async (p) => {
          const raw = await sharp(readFileSync(p)).removeAlpha().resize(size, size, { fit: 'fill' }).raw().toBuffer();
          const chw = new Float32Array(3 * size * size);
          for (let i = 0; i < size * size; i++) for (let c = 0; c < 3; c++) chw[c * size * size + i] = raw[i * 3 + c] / 255;
          return chw;
        }),
      );
      return run(images);
    },
  };
}
