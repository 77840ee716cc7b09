import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { stableStringify } from '../../core/canonical.js';
import { checkTemplate, exportDataset } from '../../datasets/export/index.js';
import type { DatasetRecord } from '../../datasets/record.js';
import { judgeItem } from '../../server/judge.js';
import { parseLabel } from '../../verifiers/label.js';
import { parseRewardSpec } from '../../verifiers/reward-spec.js';
import { verifierForTask, verify } from '../../verifiers/index.js';
import { makeDataset, readParquet, records, tempDir } from './fixtures.js';

const ROOT = resolve(__dirname, '../..');
const value = (dtype: string) => ({ dtype, _type: 'Value' });

let dir: string;
let recs: DatasetRecord[];
const byId = () => new Map(recs.map((r) => [r.id, r]));
/** What an exported label must hold: task, truth, the level, and the evidence boxes on the first image (for grounding rewards). */
const labelOf = (rec: DatasetRecord) => {
  const boxes = rec.evidence.filter((e) => e.image === 0).map((e) => e.box);
  return { task: rec.task, truth: rec.truth, level: rec.level, ...(boxes.length ? { evidence: boxes } : {}) };
};

beforeAll(async () => {
  dir = await makeDataset(11, [
    { task: 'sudoku', count: 14, level: 1 },
    { task: 'maze', count: 16, level: 2 },
  ]);
  recs = records(dir);
});

describe('hf format', () => {
  test('every column round-trips, image bytes exactly, with the huggingface features metadata', async () => {
    const out = join(tempDir('hf'), 'set.parquet');
    const s = await exportDataset({ dir, format: 'hf', out, rowGroupRows: 8 });
    expect(s.rows).toBe(30);
    const { rows: got, schema, rowGroups, hf } = await readParquet(out);
    expect(rowGroups).toBe(4); // 30 rows, 8 per group
    const featureKeys = [...new Set(recs.flatMap((r) => Object.keys(r.features)))].sort();
    expect(hf).toEqual({
      info: {
        features: {
          image: { _type: 'Image' },
          question: value('string'),
          answer: value('string'),
          task: value('string'),
          domain: value('string'),
          level: value('int32'),
          truth: value('string'),
          id: value('string'),
          canonical: value('string'),
          evidence: [{ id: value('string'), image: value('int32'), box: [value('float64')] }],
          features: Object.fromEntries(featureKeys.map((k) => [k, value('float64')])),
        },
      },
    });
    // `datasets` pairs features with columns by name and order.
    expect(schema.fields.map((f) => f.name)).toEqual(Object.keys(hf.info.features));
    expect(String(schema.fields[0].type)).toBe('Struct<{bytes:Binary, path:Utf8}>');
    expect(got.map((r) => r.id)).toEqual(recs.map((r) => r.id));
    for (const [i, r] of got.entries()) {
      const rec = recs[i];
      expect(Buffer.from(r.image.bytes).equals(readFileSync(join(dir, rec.images[0].path)))).toBe(true);
      expect(r.image.path).toBe(rec.images[0].path);
      expect([r.question, r.answer, r.task, r.domain, r.level, r.canonical]).toEqual([rec.question, rec.answer, rec.task, rec.domain, rec.level, rec.canonical]);
      expect(JSON.parse(r.truth)).toEqual(rec.truth);
      expect(r.evidence.map((e: { id: string; image: number; box: ArrayLike<number> }) => ({ ...e, box: Array.from(e.box) }))).toEqual(rec.evidence);
      for (const k of featureKeys) expect(r.features[k]).toBe(rec.features[k] ?? null);
    }
    const manifest = JSON.parse(readFileSync(`${out}.manifest.json`, 'utf8'));
    expect(manifest.files).toEqual([expect.objectContaining({ path: 'set.parquet', rows: 30, split: 'train' })]);
    expect(manifest.template).toBeNull();
  });

  test('is deterministic: the same export twice gives identical bytes', async () => {
    const a = join(tempDir('hf-a'), 'a.parquet');
    const b = join(tempDir('hf-b'), 'a.parquet');
    await exportDataset({ dir, format: 'hf', out: a });
    await exportDataset({ dir, format: 'hf', out: b });
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });
});

describe('verl format', () => {
  test('--interaction: extra_info.interaction_kwargs names the multi-turn Interaction and carries the label', async () => {
    const out = join(tempDir('verl-mt'), 'train.parquet');
    await exportDataset({ dir, format: 'verl', out, interaction: 'veriforge' });
    const { rows: got } = await readParquet(out);
    expect(got).toHaveLength(recs.length);
    for (const r of got) {
      expect(r.extra_info.interaction_kwargs).toEqual({ name: 'veriforge', ground_truth: r.reward_model.ground_truth });
      expect(parseLabel(r.extra_info.interaction_kwargs.ground_truth)).toEqual(labelOf(byId().get(r.extra_info.id)!));
    }
  });

  test('columns verl expects; one <image> per image; ground truth judges the answer as correct', async () => {
    const out = tempDir('verl');
    const template = checkTemplate({ system: 'You solve visual puzzles.', user: 'Look: {images}\nTask: {question}\nReply as <answer>...</answer>.' });
    const s = await exportDataset({ dir, format: 'verl', out, testFraction: 0.3, template });
    expect(s.files.map((f) => f.path)).toEqual([join(out, 'train.parquet'), join(out, 'test.parquet')]);
    const index = byId();
    let seen = 0;
    for (const split of ['train', 'test'] as const) {
      const { rows: got, schema, hf } = await readParquet(join(out, `${split}.parquet`));
      expect(schema.fields.map((f) => f.name)).toEqual(['data_source', 'prompt', 'images', 'ability', 'reward_model', 'extra_info']);
      expect(hf.info.features.images).toEqual([{ _type: 'Image' }]);
      expect(hf.info.features.prompt).toEqual([{ role: value('string'), content: value('string') }]);
      expect(got.length).toBeGreaterThan(0);
      for (const [i, r] of got.entries()) {
        const rec = index.get(r.extra_info.id)!;
        seen++;
        expect(r.data_source).toBe(`veriforge/${rec.task}`);
        expect(r.prompt).toEqual([
          { role: 'system', content: 'You solve visual puzzles.' },
          { role: 'user', content: `Look: <image>\nTask: ${rec.question}\nReply as <answer>...</answer>.` },
        ]);
        const tokens = r.prompt.map((m: { content: string }) => m.content.split('<image>').length - 1).reduce((a: number, b: number) => a + b, 0);
        expect(tokens).toBe(r.images.length);
        expect(r.images).toHaveLength(rec.images.length);
        rec.images.forEach((ref, k) => {
          expect(Buffer.from(r.images[k].bytes).equals(readFileSync(join(dir, ref.path)))).toBe(true);
          expect(r.images[k].path).toBe(ref.path);
        });
        expect(r.ability).toBe(rec.domain);
        expect(r.reward_model.style).toBe('rule');
        expect(parseLabel(r.reward_model.ground_truth)).toEqual(labelOf(rec));
        expect(r.extra_info).toEqual({ split, index: i, id: rec.id, task: rec.task, level: rec.level, answer: rec.answer });
        // The label carries everything a reward function needs: the stored answer scores 1, a wrong one 0.
        const { task, truth } = parseLabel(r.reward_model.ground_truth);
        const v = verifierForTask(task);
        expect(verify(v.name, `<answer>${rec.answer}</answer>`, truth).score).toBe(1);
        expect(verify(v.name, '<answer>R</answer>', truth).score).toBe(0);
      }
    }
    expect(seen).toBe(recs.length);
    const manifest = JSON.parse(readFileSync(join(out, 'export-manifest.json'), 'utf8'));
    expect(manifest.template).toEqual(template);
    expect(manifest.testFraction).toBe(0.3);
    expect(manifest.files.map((f: { path: string; rows: number }) => f.path)).toEqual(['train.parquet', 'test.parquet']);
  });

  test('--split-by task writes one train/test pair per task holding only that task', async () => {
    const out = tempDir('verl-task');
    await exportDataset({ dir, format: 'verl', out, splitBy: 'task', testFraction: 0.25 });
    let total = 0;
    for (const task of ['maze', 'sudoku']) {
      for (const split of ['train', 'test']) {
        const got = (await readParquet(join(out, task, `${split}.parquet`))).rows;
        expect(new Set(got.map((r) => r.extra_info.task))).toEqual(got.length ? new Set([task]) : new Set());
        total += got.length;
      }
    }
    expect(total).toBe(recs.length);
  });
});

describe('splits without leakage', () => {
  test('duplicated problems (same canonical hash, other ids) never straddle train and test', async () => {
    const dup = await makeDataset(11, [
      { task: 'sudoku', count: 14, level: 1 },
      { task: 'maze', count: 16, level: 2 },
    ]);
    const m = JSON.parse(readFileSync(join(dup, 'manifest.json'), 'utf8'));
    const part = join(dup, m.parts[0].file);
    // Same problems under new ids: a leak-prone split (by id or position) would separate them.
    for (const r of records(dup)) appendFileSync(part, stableStringify({ ...r, id: `${r.id}-copy`, index: r.index + 1000 }) + '\n');
    const out = tempDir('dup');
    const s = await exportDataset({ dir: dup, format: 'hf', out, testFraction: 0.5 });
    // hf into a folder is the Hub layout (test/export/hub.test.ts).
    const train = (await readParquet(join(out, 'data/train-00000-of-00001.parquet'))).rows;
    const test = (await readParquet(join(out, 'data/test-00000-of-00001.parquet'))).rows;
    expect(train.length + test.length).toBe(s.rows);
    expect(s.rows).toBe(2 * recs.length);
    expect(train.length).toBeGreaterThan(0);
    expect(test.length).toBeGreaterThan(0);
    const trainHashes = new Set(train.map((r) => r.canonical));
    expect(test.filter((r) => trainHashes.has(r.canonical))).toEqual([]);
  });

  test('--exclude keeps a held-out dataset made in another run out of the export', async () => {
    // Same seed and task: the held-out set's 6 items are the first 6 of this 16-item set.
    const held = await makeDataset(11, [{ task: 'maze', count: 6, level: 2 }]);
    const heldHashes = new Set(records(held).map((r) => r.canonical));
    expect(heldHashes.size).toBe(6);
    const out = tempDir('excl');
    const s = await exportDataset({ dir, format: 'jsonl', out, exclude: [held] });
    expect(s.excluded).toBe(6);
    const lines = readFileSync(join(out, 'train.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(recs.length - 6);
    const index = byId();
    expect(lines.filter((l) => heldHashes.has(index.get(l.id)!.canonical))).toEqual([]);
  });
});

describe('jsonl format', () => {
  test('image paths resolve from the output file; the label names its task', async () => {
    const out = join(tempDir('jl'), 'nested', 'set.jsonl');
    await exportDataset({ dir, format: 'jsonl', out });
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const index = byId();
    expect(lines).toHaveLength(recs.length);
    for (const l of lines) {
      const rec = index.get(l.id)!;
      expect(readFileSync(resolve(dirname(out), l.images[0])).equals(readFileSync(join(dir, rec.images[0].path)))).toBe(true);
      expect(parseLabel(l.label)).toEqual(labelOf(rec));
      expect(l.prompt[0].content.startsWith(`<image>${rec.question}`)).toBe(true);
    }
  });

  test('the label alone gives a reward spec its level weight and grounding boxes (OpenRLHF sends nothing else)', async () => {
    const out = join(tempDir('jl-spec'), 'set.jsonl');
    await exportDataset({ dir, format: 'jsonl', out });
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const spec = parseRewardSpec({ weights: { accuracy: 1, grounding: 1 }, difficulty: { levels: { '1': 0.5, '2': 2 } } });
    const withBoxes = lines.filter((l) => byId().get(l.id)!.evidence.some((e) => e.image === 0));
    expect(withBoxes.length).toBeGreaterThan(0);
    for (const l of withBoxes) {
      const rec = byId().get(l.id)!;
      const box = rec.evidence.find((e) => e.image === 0)!.box;
      const judged = judgeItem({ where: 'labels[0]', responseField: 'query[0]', response: `<answer>${rec.answer}</answer><box>${box.join(',')}</box>`, label: l.label }, { rewardSpec: spec });
      expect(judged).toMatchObject({ score: rec.level === 1 ? 0.5 : 2, components: { accuracy: 1, grounding: 1, difficulty: rec.level === 1 ? 0.5 : 2 } });
    }
  });
});

describe('bad input', () => {
  test('options are refused with the field, the value and what is allowed', async () => {
    const out = tempDir('bad');
    await expect(exportDataset({ dir, format: 'hf', out, testFraction: 1 })).rejects.toThrow(/--test-fraction: got 1; allowed: a number from 0/);
    await expect(exportDataset({ dir, format: 'hf', out: join(out, 'x.parquet'), testFraction: 0.1 })).rejects.toThrow(/--out: .*allowed: a folder \(not a file\)/);
    await expect(exportDataset({ dir, format: 'verl', out: join(out, 'x.jsonl') })).rejects.toThrow(/--out: .*allowed: a \.parquet file or a folder/);
    await expect(exportDataset({ dir, format: 'hf', out, exclude: [dir] })).rejects.toThrow(/--exclude: .*another dataset folder/);
    await expect(exportDataset({ dir, format: 'hf', out, exclude: [out] })).rejects.toThrow(new RegExp(`--exclude ${out}: ${out} is not a veriforge dataset`));
    expect(() => checkTemplate({ system: null, user: 'no placeholder' })).toThrow(/template\.user: got "no placeholder"; allowed: a string containing \{question\}/);
    expect(() => checkTemplate({ system: null, user: '<image>{question}' })).toThrow(/template\.user: .*without a literal <image>/);
    expect(() => checkTemplate({ user: '{question}', extra: 1 })).toThrow(/template\.extra: got 1; allowed: known keys are system, user/);
    expect(readdirSync(out)).toEqual([]);
  });

  test('a damaged image stops the export naming the item and file, and leaves no partial output', async () => {
    const broken = await makeDataset(5, [{ task: 'maze', count: 20, level: 1 }]);
    const victim = records(broken)[17];
    writeFileSync(join(broken, victim.images[0].path), 'not a png');
    const out = tempDir('dmg');
    await expect(exportDataset({ dir: broken, format: 'verl', out, rowGroupRows: 4, testFraction: 0.2 })).rejects.toThrow(
      new RegExp(`item ${victim.id}: image .*${victim.images[0].path} does not match the sha256`),
    );
    expect(readdirSync(out)).toEqual([]);
  });

  test('an unfinished dataset is refused', async () => {
    const d = await makeDataset(6, [{ task: 'maze', count: 2, level: 1 }]);
    const mp = join(d, 'manifest.json');
    writeFileSync(mp, readFileSync(mp, 'utf8').replace('"complete"', '"running"'));
    await expect(exportDataset({ dir: d, format: 'hf', out: tempDir('run') })).rejects.toThrow(/status is "running"; finish `veriforge generate`/);
  });

  test('the CLI reports a bad flag with exit code 2', async () => {
    const run = promisify(execFile);
    const err = await run('node', [join(ROOT, 'bin/veriforge.mjs'), 'export', dir, '--format', 'parquet', '--out', tempDir('cli')]).catch((e) => e);
    expect(err.code).toBe(2);
    expect(err.stderr).toContain('--format: got "parquet"; allowed: hf, verl, jsonl');
    const hfInteraction = await run('node', [join(ROOT, 'bin/veriforge.mjs'), 'export', dir, '--format', 'hf', '--interaction', 'veriforge', '--out', tempDir('cli')]).catch((e) => e);
    expect(hfInteraction.stderr).toContain('--interaction: got "veriforge"; allowed: only with --format verl');
    const ok = await run('node', [join(ROOT, 'bin/veriforge.mjs'), 'export', dir, '--format', 'hf', '--out', join(tempDir('cli'), 'x.parquet')]);
    expect(ok.stderr).toMatch(/exported 30 rows/);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });
});
