import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { VeriforgeError } from '../../core/errors.js';
import { split, type ImageEncoder } from './encoder.js';
import { tf } from './runtime.js';

/**
 * A user's image encoder by path: an ONNX model (`.onnx`, run by onnxruntime-node, input
 * [n, 3, H, W]) or a TF.js model (`model.json` of a graph or layers model, input [n, H, W, 3]).
 * Images are resized to the model's input size (224² when the model leaves it open), RGB in [0, 1].
 */
export async function userEncoder(path: string): Promise<ImageEncoder> {
  if (!existsSync(path)) throw new VeriforgeError(`--encoder ${path}: no such file`);
  if (path.endsWith('.onnx')) return onnxEncoder(path);
  if (path.endsWith('.json')) return tfjsEncoder(path);
  throw new VeriforgeError(`--encoder ${path}: expected an ONNX model (.onnx) or a TF.js model.json`);
}

/** The model path inside an encoder name that userEncoder made (`onnx:…`, `tfjs:…`), else undefined. */
export function userEncoderPath(name: string): string | undefined {
  return /^(onnx|tfjs):/.test(name) ? name.slice(5) : undefined;
}

/** RGB in [0, 1], channels first (chw) or last (hwc), of each image resized to w×h, end to end. */
async function rgbBatch(paths: string[], h: number, w: number, layout: 'chw' | 'hwc'): Promise<Float32Array> {
  const plane = h * w;
  const out = new Float32Array(paths.length * 3 * plane);
  await Promise.all(
    paths.map(async (p, k) => {
      const raw = await sharp(readFileSync(p)).removeAlpha().resize(w, h, { fit: 'fill' }).raw().toBuffer();
      const base = k * 3 * plane;
      for (let i = 0; i < plane; i++) for (let c = 0; c < 3; c++) out[base + (layout === 'chw' ? c * plane + i : i * 3 + c)] = raw[i * 3 + c] / 255;
    }),
  );
  return out;
}

/** An input side the model fixes, or 224 where it is open (-1, null or a name). */
const side = (d: unknown) => (typeof d === 'number' && d > 0 ? d : 224);

async function onnxEncoder(path: string): Promise<ImageEncoder> {
  const ort = await import('onnxruntime-node');
  let session: import('onnxruntime-node').InferenceSession;
  try {
    session = await ort.InferenceSession.create(path);
  } catch (e) {
    throw new VeriforgeError(`--encoder ${path}: onnxruntime could not load it (${(e as Error).message.split('\n')[0]})`);
  }
  const input = session.inputNames[0];
  const output = session.outputNames[0];
  const meta = session.inputMetadata?.[0] as { shape?: unknown[] } | undefined;
  const [h, w] = [side(meta?.shape?.[2]), side(meta?.shape?.[3])];
  async function run(data: Float32Array, n: number): Promise<Float32Array[]> {
    const res = await session.run({ [input]: new ort.Tensor('float32', data, [n, 3, h, w]) });
    return split(res[output].data as Float32Array, n);
  }
  const probe = await run(new Float32Array(3 * h * w), 1);
  return {
    name: `onnx:${path}`,
    dims: probe[0].length,
    parallel: 1,
    encode: async (paths) => run(await rgbBatch(paths, h, w, 'chw'), paths.length),
    close: async () => session.release(),
  };
}

interface TfjsModelJson {
  format?: string;
  modelTopology: object;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  [key: string]: unknown;
}

/** A TF.js graph or layers model from its model.json and the weight files it names beside it. */
async function tfjsEncoder(path: string): Promise<ImageEncoder> {
  let json: TfjsModelJson;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
    if (!json.modelTopology || !Array.isArray(json.weightsManifest)) throw new Error('it has no modelTopology or weightsManifest');
  } catch (e) {
    throw new VeriforgeError(`--encoder ${path}: not a TF.js model.json (${(e as Error).message})`);
  }
  const files = json.weightsManifest.flatMap((g) => g.paths.map((p) => join(dirname(path), p)));
  const missing = files.find((f) => !existsSync(f));
  if (missing) throw new VeriforgeError(`--encoder ${path}: weight file ${missing} is missing`);
  const weights = Buffer.concat(files.map((f) => readFileSync(f)));
  const artifacts: tf.io.ModelArtifacts = {
    ...(json as object),
    modelTopology: json.modelTopology,
    weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
    weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
  };
  let model: tf.GraphModel | tf.LayersModel;
  try {
    model = json.format === 'layers-model' ? await tf.loadLayersModel(tf.io.fromMemory(artifacts)) : await tf.loadGraphModel(tf.io.fromMemory(artifacts));
  } catch (e) {
    throw new VeriforgeError(`--encoder ${path}: TF.js could not load it (${(e as Error).message.split('\n')[0]})`);
  }
  const shape = model.inputs[0].shape ?? [];
  const [h, w] = [side(shape[1]), side(shape[2])];
  async function run(data: Float32Array, n: number): Promise<Float32Array[]> {
    const out = tf.tidy(() => {
      const y = model.predict(tf.tensor4d(data, [n, h, w, 3])) as tf.Tensor | tf.Tensor[];
      return (Array.isArray(y) ? y[0] : y).reshape([n, -1]);
    });
    try {
      return split((await out.data()) as Float32Array, n);
    } finally {
      out.dispose();
    }
  }
  const probe = await run(new Float32Array(h * w * 3), 1);
  return {
    name: `tfjs:${path}`,
    dims: probe[0].length,
    parallel: 1,
    encode: async (paths) => run(await rgbBatch(paths, h, w, 'hwc'), paths.length),
    close: async () => {
      model.dispose();
    },
  };
}
