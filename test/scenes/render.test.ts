// The 3D renderer and the multi-image path through every output, on real scene items: exact masks
// from the id pass (visibility rule, boxes, no clipping), byte-identical PNGs, then a dataset of
// three-image scene-transform items through records, counterfactual masks, HF/verl/JSONL export,
// difficulty inputs and the gallery API. One file: one Chromium start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import type { Scene3D } from '../../core/scene3d.js';
import { scenesOf, type Level } from '../../core/task.js';
import { readItems } from '../../datasets/difficulty/items.js';
import { exportDataset } from '../../datasets/export/index.js';
import { generateDataset } from '../../datasets/generate.js';
import { buildPlan } from '../../datasets/plan.js';
import { tasks } from '../../generators/index.js';
import { minPixels } from '../../generators/scenes/layout.js';
import { visibility } from '../../generators/scenes/visibility.js';
import { closeRenderers } from '../../renderers/index.js';
import { renderScene3d } from '../../renderers/scene3d/index.js';
import { startServer } from '../../server/start.js';
import { iou } from '../../verifiers/scenes/scene-ground.js';
import { readParquet, records, tempDir } from '../export/fixtures.js';

const make = (task: string, level: Level, i: number) => {
  const def = tasks.get(task);
  return def.generate(new Rng(deriveSeed(3, task, i)), resolveParams(def.params, {}, 'p', def.levels[level]), { index: i });
};

afterAll(async () => {
  await closeRenderers();
});

describe('scene3d renderer', () => {
  it('masks from the id pass: every object visible by ≥ minPixels, in frame, boxes match the masks and the CPU estimate; same PNG twice', async () => {
    const scenes = [...(scenesOf(make('scene-transform', 4, 0)) as Scene3D[]), make('scene-qa', 5, 1).scene as Scene3D];
    for (const s of scenes) {
      const r = await renderScene3d(s, {}, { ids: true });
      const meta = await sharp(r.bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 480, 320]);
      const est = visibility(s, 1);
      s.objects.forEach((o, k) => {
        // Count and box straight from the mask.
        let n = 0, x1 = 1e9, y1 = 1e9, x2 = -1, y2 = -1;
        for (let p = 0; p < r.ids!.length; p++) {
          if (r.ids![p] !== k + 1) continue;
          n++;
          const x = p % s.width, y = Math.floor(p / s.width);
          x1 = Math.min(x1, x); y1 = Math.min(y1, y); x2 = Math.max(x2, x + 1); y2 = Math.max(y2, y + 1);
        }
        expect(n, `${o.id} visible pixels`).toBe(r.pixels[o.id]);
        expect(n).toBeGreaterThanOrEqual(minPixels(s));
        expect(r.boxes[o.id]).toEqual([x1, y1, x2, y2]);
        expect(x1 > 0 && y1 > 0 && x2 < s.width && y2 < s.height, `${o.id} touches the border`).toBe(true);
        expect(iou(r.boxes[o.id], est.boxes[o.id])).toBeGreaterThan(0.9);
        expect(Math.abs(est.pixels[o.id] - n) / n).toBeLessThan(0.1);
      });
      const again = await renderScene3d(s);
      expect(Buffer.compare(again.bytes, r.bytes)).toBe(0);
    }
  });

  it("scene-ground's target box is the rendered object's box (IoU > 0.9)", async () => {
    for (let i = 0; i < 3; i++) {
      const inst = make('scene-ground', 3, i);
      const r = await renderScene3d(inst.scene as Scene3D);
      expect(iou(r.boxes[inst.evidence[0]], inst.truth.box)).toBeGreaterThan(0.9);
    }
  });
});

describe('several images per item, through every output', () => {
  let dir: string;
  beforeAll(async () => {
    dir = join(tempDir('scenes'), 'set');
    const plan = buildPlan({ seed: 4, partSize: 8, tasks: [{ task: 'scene-transform', count: 2, level: 4, counterfactual: 'positive,masked' }, { task: 'sudoku', count: 1, level: 1 }] });
    await generateDataset(plan, { outDir: dir });
  }, 180_000);

  it('records list one image per scene and evidence boxes per image; masked variants mask every image', () => {
    const recs = records(dir).filter((r) => r.task === 'scene-transform');
    expect(recs.map((r) => r.variant)).toEqual(['positive', 'masked', 'positive', 'masked']);
    for (const r of recs) {
      expect(r.images.map((im) => im.path)).toEqual([0, 1, 2].map((k) => `images/scene-transform/${r.group}-${k}-${r.variant}.png`));
      expect(new Set(r.evidence.map((e) => e.image)).size).toBeGreaterThanOrEqual(2);
    }
    const masked = recs.find((r) => r.variant === 'masked')!;
    expect(new Set(masked.masks!.map((m) => m.image)).size).toBeGreaterThanOrEqual(2);
    const positive = recs.find((r) => r.variant === 'positive' && r.group === masked.group)!;
    for (const k of new Set(masked.masks!.map((m) => m.image))) expect(masked.images[k].sha256).not.toBe(positive.images[k].sha256);
  });

  it('HF export: an images list column; verl: one <image> per image; JSONL: every path', async () => {
    const recs = records(dir);
    const hf = join(tempDir('hf'), 'set.parquet');
    await exportDataset({ dir, format: 'hf', out: hf });
    const { rows, hf: meta } = await readParquet(hf);
    expect(meta.info.features.images).toEqual([{ _type: 'Image' }]);
    for (const row of rows) {
      const rec = recs.find((r) => r.id === row.id)!;
      expect(row.images).toHaveLength(rec.images.length);
      row.images.forEach((im: { bytes: Uint8Array }, k: number) => expect(Buffer.from(im.bytes).equals(readFileSync(join(dir, rec.images[k].path)))).toBe(true));
    }
    expect(rows.filter((r) => r.images.length >= 2)).toHaveLength(4);
    const verl = join(tempDir('verl'), 'set.parquet');
    await exportDataset({ dir, format: 'verl', out: verl });
    for (const row of (await readParquet(verl)).rows) {
      const tokens = row.prompt.map((m: { content: string }) => m.content.split('<image>').length - 1).reduce((a: number, b: number) => a + b, 0);
      expect(tokens).toBe(row.images.length);
    }
    const jsonl = join(tempDir('jsonl'), 'set.jsonl');
    await exportDataset({ dir, format: 'jsonl', out: jsonl });
    const lines = readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.images.length).sort()).toEqual([1, 3, 3, 3, 3]);
    expect(lines.every((l) => l.prompt[l.prompt.length - 1].content.split('<image>').length - 1 === l.images.length)).toBe(true);
  });

  it('difficulty reads every image; the gallery serves every image with its evidence', async () => {
    const items = await readItems(dir);
    expect(items.filter((it) => it.task === 'scene-transform').every((it) => it.images.length === 3)).toBe(true);
    const server = await startServer({ port: 0, dataset: dir, workers: 1 });
    try {
      const rec = records(dir).find((r) => r.task === 'scene-transform')!;
      const one = await (await fetch(`${server.url}/api/items/${rec.id}`)).json();
      expect(one.images).toHaveLength(3);
      const img = await fetch(`${server.url}${one.images[2].url}`);
      expect(Buffer.from(await img.arrayBuffer()).equals(readFileSync(join(dir, rec.images[2].path)))).toBe(true);
      expect(one.evidence).toEqual(rec.evidence);
    } finally {
      await server.close();
    }
  });
});
