import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitDifficulty, scoreDifficulty } from '../../datasets/difficulty/index.js';
import { readItems } from '../../datasets/difficulty/items.js';
import { loadModel } from '../../datasets/difficulty/model.js';
import { tf, useDevice } from '../../datasets/difficulty/runtime.js';
import { simulateRollouts } from '../../datasets/difficulty/simulate.js';
import { userEncoder } from '../../datasets/difficulty/user-encoder.js';
import { generateDataset } from '../../datasets/generate.js';
import { buildPlan } from '../../datasets/plan.js';

const root = mkdtempSync(join(tmpdir(), 'vf-user-enc-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// --- a minimal ONNX model, protobuf-encoded here (no ONNX tooling in Node): x → GlobalAveragePool → Flatten → y
const varint = (n: number): number[] => {
  const out: number[] = [];
  for (; n > 127; n = Math.floor(n / 128)) out.push((n % 128) | 128);
  return [...out, n];
};
const field = (no: number, v: number | string | Buffer): Buffer =>
  typeof v === 'number'
    ? Buffer.from([...varint(no * 8), ...varint(v)])
    : Buffer.concat([Buffer.from([...varint(no * 8 + 2), ...varint(Buffer.byteLength(v))]), Buffer.from(v)]);
const msg = (...parts: Buffer[]) => Buffer.concat(parts);
const dim = (d: number | string) => field(1, typeof d === 'number' ? field(1, d) : field(2, d));
const tensorInfo = (name: string, dims: (number | string)[]) => msg(field(1, name), field(2, field(1, msg(field(1, 1), field(2, msg(...dims.map(dim)))))));
const node = (op: string, input: string, output: string) => msg(field(1, input), field(2, output), field(4, op));

function meanColourOnnx(h: number, w: number): Buffer {
  const graph = msg(
    field(1, node('GlobalAveragePool', 'x', 'pooled')),
    field(1, node('Flatten', 'pooled', 'y')),
    field(2, 'mean-colour'),
    field(11, tensorInfo('x', ['n', 3, h, w])),
    field(12, tensorInfo('y', ['n', 3])),
  );
  return msg(field(1, 8), field(2, 'veriforge-test'), field(7, graph), field(8, field(2, 13)));
}

/** Mean R, G, B in [0, 1] of an image resized to w×h as the encoders resize it. */
async function meanColour(path: string, h: number, w: number): Promise<number[]> {
  const raw = await sharp(path).removeAlpha().resize(w, h, { fit: 'fill' }).raw().toBuffer();
  const sum = [0, 0, 0];
  for (let i = 0; i < raw.length; i++) sum[i % 3] += raw[i] / 255;
  return sum.map((s) => s / (h * w));
}

const images: string[] = [];
beforeAll(async () => {
  for (const [i, colour] of ['#d04010', '#10a0f0', '#f0f0f0'].entries()) {
    const path = join(root, `img-${i}.png`);
    await sharp({ create: { width: 90 + i * 30, height: 70, channels: 4, background: colour } })
      .composite([{ input: { create: { width: 20, height: 20, channels: 4, background: '#000000' } }, left: 10, top: 10 }])
      .png()
      .toFile(path);
    images.push(path);
  }
});

describe('user image encoders', () => {
  it('runs an ONNX model at its declared input size', async () => {
    const path = join(root, 'mean.onnx');
    writeFileSync(path, meanColourOnnx(32, 48));
    const enc = await userEncoder(path);
    try {
      expect(enc.name).toBe(`onnx:${path}`);
      expect(enc.dims).toBe(3);
      const feats = await enc.encode(images);
      for (const [i, f] of feats.entries()) {
        const want = await meanColour(images[i], 32, 48);
        [...f].forEach((v, c) => expect(v).toBeCloseTo(want[c], 5));
      }
    } finally {
      await enc.close();
    }
  });

  it('runs a TF.js layers model from model.json and its weight file', async () => {
    await useDevice('cpu');
    const m = tf.sequential({ layers: [tf.layers.globalAveragePooling2d({ inputShape: [24, 16, 3] }), tf.layers.dense({ units: 2, useBias: true })] });
    m.layers[1].setWeights([tf.tensor2d([[1, 0], [0, 1], [1, 1]]), tf.tensor1d([0.5, -0.5])]);
    const dir = join(root, 'tfjs');
    await m.save(
      tf.io.withSaveHandler(async (a) => {
        const { mkdirSync } = await import('node:fs');
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'weights.bin'), Buffer.from(a.weightData as ArrayBuffer));
        writeFileSync(join(dir, 'model.json'), JSON.stringify({ format: 'layers-model', modelTopology: a.modelTopology, weightsManifest: [{ paths: ['weights.bin'], weights: a.weightSpecs }] }));
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
    const enc = await userEncoder(join(dir, 'model.json'));
    try {
      expect(enc.dims).toBe(2);
      const feats = await enc.encode(images);
      for (const [i, f] of feats.entries()) {
        const [r, g, b] = await meanColour(images[i], 24, 16);
        expect(f[0]).toBeCloseTo(r + b + 0.5, 4);
        expect(f[1]).toBeCloseTo(g + b - 0.5, 4);
      }
    } finally {
      await enc.close();
    }
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ format: 'layers-model', modelTopology: {}, weightsManifest: [{ paths: ['gone.bin'], weights: [] }] }));
    await expect(userEncoder(join(dir, 'broken.json'))).rejects.toThrow(`weight file ${join(dir, 'gone.bin')} is missing`);
  });

  it('refuses missing files, unknown kinds and files that are not models, naming them', async () => {
    await expect(userEncoder(join(root, 'nope.onnx'))).rejects.toThrow(`--encoder ${join(root, 'nope.onnx')}: no such file`);
    writeFileSync(join(root, 'model.pt'), 'x');
    await expect(userEncoder(join(root, 'model.pt'))).rejects.toThrow('expected an ONNX model (.onnx) or a TF.js model.json');
    writeFileSync(join(root, 'junk.onnx'), 'not protobuf');
    await expect(userEncoder(join(root, 'junk.onnx'))).rejects.toThrow('onnxruntime could not load it');
    writeFileSync(join(root, 'junk.json'), '{"hello": 1}');
    await expect(userEncoder(join(root, 'junk.json'))).rejects.toThrow('not a TF.js model.json (it has no modelTopology or weightsManifest)');
  });

  it('fits and scores with an ONNX encoder; the model names it and score uses it again', async () => {
    const data = join(root, 'data');
    await generateDataset(buildPlan({ seed: 'user-encoder', tasks: [1, 3, 5].map((level) => ({ task: 'maze', level, count: 30 })) }), { outDir: data });
    const items = await readItems(data);
    writeFileSync(join(root, 'roll.jsonl'), simulateRollouts(items, { p: 0 }, 4).map((r) => JSON.stringify(r)).join('\n'));
    const encoder = join(root, 'mean.onnx');
    const { model } = await fitDifficulty(data, join(root, 'roll.jsonl'), join(root, 'model'), { encoder });
    expect(model.encoder).toBe(`onnx:${encoder}`);
    expect(model.schema.imageDims).toBe(3);
    const { scores } = await scoreDifficulty(loadModel(join(root, 'model')), data, 'p');
    expect(scores).toHaveLength(items.length);
    expect(scores.every((s) => s.p > 0 && s.p < 1)).toBe(true);
  });
});
