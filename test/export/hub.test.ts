// `export --format hf --out DIR`: the Hub's layout and dataset card, checked against the Hub's
// documented forms (data/{split}-NNNNN-of-NNNNN.parquet; README.md YAML with configs/data_files and
// dataset_info features as `datasets` writes them).
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { stableStringify } from '../../core/canonical.js';
import { exportDataset } from '../../datasets/export/index.js';
import type { DatasetRecord } from '../../datasets/record.js';
import { makeDataset, readParquet, records, tempDir } from './fixtures.js';

let dir: string;
let recs: DatasetRecord[];

beforeAll(async () => {
  dir = await makeDataset(11, [
    { task: 'sudoku', count: 14, level: 1 },
    { task: 'maze', count: 16, level: 2 },
  ]);
  recs = records(dir);
});

function card(out: string): { front: any; body: string } {
  const text = readFileSync(join(out, 'README.md'), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('README.md has no YAML front matter');
  return { front: parse(m[1]), body: m[2] };
}

/** The card's YAML features back in `datasets`' JSON form, by the Hub's documented rules (independent of the writer). */
function fromYaml(list: any[]): Record<string, unknown> {
  const one = (f: any): unknown => {
    if ('dtype' in f) return f.dtype === 'image' ? { _type: 'Image' } : { dtype: f.dtype, _type: 'Value' };
    if ('struct' in f) return fromYaml(f.struct);
    if ('list' in f) return [typeof f.list === 'string' ? one({ dtype: f.list }) : Array.isArray(f.list) ? fromYaml(f.list) : one(f.list)];
    throw new Error(`unknown YAML feature ${JSON.stringify(f)}`);
  };
  return Object.fromEntries(list.map((f) => [f.name, one(f)]));
}

const shardFiles = (out: string) =>
  readdirSync(join(out, 'data'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(out, join(e.parentPath, e.name)))
    .sort();

describe('hf export into a folder: Hub layout and dataset card', () => {
  test('shards named {split}-k-of-n, a card whose configs, features and sizes match the files', async () => {
    const out = tempDir('hub');
    // Tiny shards: several per split.
    const s = await exportDataset({ dir, format: 'hf', out, testFraction: 0.3, maxShardBytes: 60_000, license: 'mit' });
    const files = shardFiles(out);
    expect(files.every((f) => /^data\/(train|test)-\d{5}-of-\d{5}\.parquet$/.test(f))).toBe(true);
    for (const split of ['train', 'test']) {
      const mine = files.filter((f) => f.startsWith(`data/${split}-`));
      const n = mine.length;
      expect(n).toBeGreaterThan(1);
      expect(mine).toEqual(Array.from({ length: n }, (_, k) => `data/${split}-${String(k).padStart(5, '0')}-of-${String(n).padStart(5, '0')}.parquet`));
    }
    expect(s.card).toBe(join(out, 'README.md'));

    const { front, body } = card(out);
    expect(front).toMatchObject({ license: 'mit', task_categories: ['visual-question-answering', 'image-text-to-text'], size_categories: ['n<1K'] });
    expect(front.tags).toEqual(expect.arrayContaining(['veriforge', 'puzzle']));
    expect(front.configs).toEqual([
      {
        config_name: 'default',
        default: true,
        data_files: [
          { split: 'train', path: files.filter((f) => f.includes('/train-')) },
          { split: 'test', path: files.filter((f) => f.includes('/test-')) },
        ],
      },
    ]);
    // Every shard's `huggingface` schema metadata is exactly what the card declares.
    const declared = fromYaml(front.dataset_info.features);
    const rows: Record<string, any[]> = { train: [], test: [] };
    let bytes = 0;
    for (const f of files) {
      const { rows: got, hf } = await readParquet(join(out, f));
      expect(hf.info.features).toEqual(declared);
      rows[f.includes('/train-') ? 'train' : 'test'].push(...got);
      bytes += readFileSync(join(out, f)).length;
    }
    expect(declared.image).toEqual({ _type: 'Image' });
    expect(front.dataset_info.splits).toEqual([
      { name: 'train', num_examples: rows.train.length },
      { name: 'test', num_examples: rows.test.length },
    ]);
    expect(front.dataset_info.download_size).toBe(bytes);
    // All items, once; no problem in both splits.
    expect([...rows.train, ...rows.test].map((r) => r.id).sort()).toEqual(recs.map((r) => r.id).sort());
    const trainHashes = new Set(rows.train.map((r) => r.canonical));
    expect(rows.test.filter((r) => trainHashes.has(r.canonical))).toEqual([]);

    // Body: counts per task and level, seed, version, the command that makes it again.
    const count = (task: string, split: string) => rows[split].filter((r) => r.task === task).length;
    expect(body).toContain(`| sudoku | 1 | ${count('sudoku', 'train')} | ${count('sudoku', 'test')} |`);
    expect(body).toContain(`| maze | 2 | ${count('maze', 'train')} | ${count('maze', 'test')} |`);
    expect(body).toContain('seed `11`');
    expect(body).toMatch(/veriforge \d+\.\d+\.\d+/);
    const config = JSON.parse(/cat > mix.json <<'JSON'\n(.*)\nJSON/.exec(body)![1]);
    expect(config).toMatchObject({ seed: 11, tasks: [{ task: 'sudoku', count: 14, level: 1 }, { task: 'maze', count: 16, level: 2 }] });
    expect(body).toContain('npx veriforge generate --config mix.json --out dataset');
  });

  test('byte-identical on a rerun; a rerun with fewer shards removes the old ones', async () => {
    // The card names the folder: same name, other place.
    const out = join(tempDir('hub-rerun'), 'vf-set');
    await exportDataset({ dir, format: 'hf', out, maxShardBytes: 60_000 });
    const first = shardFiles(out);
    const a = readFileSync(join(out, 'README.md'));
    const b = join(tempDir('hub-rerun-b'), 'vf-set');
    await exportDataset({ dir, format: 'hf', out: b, maxShardBytes: 60_000 });
    expect(readFileSync(join(b, 'README.md')).equals(a)).toBe(true);
    for (const f of first) expect(readFileSync(join(b, f)).equals(readFileSync(join(out, f)))).toBe(true);
    await exportDataset({ dir, format: 'hf', out });
    expect(shardFiles(out)).toEqual(['data/train-00000-of-00001.parquet']);
    expect(first.length).toBeGreaterThan(1);
  });

  test('--split-by task: one config per task (data/{task}/...) beside the default config of all files', async () => {
    const out = tempDir('hub-tasks');
    await exportDataset({ dir, format: 'hf', out, splitBy: 'task', testFraction: 0.3 });
    const files = shardFiles(out);
    expect(files).toEqual([
      'data/maze/test-00000-of-00001.parquet',
      'data/maze/train-00000-of-00001.parquet',
      'data/sudoku/test-00000-of-00001.parquet',
      'data/sudoku/train-00000-of-00001.parquet',
    ]);
    const { front } = card(out);
    expect(front.configs.map((c: any) => c.config_name)).toEqual(['default', 'maze', 'sudoku']);
    expect(front.configs[1]).toEqual({ config_name: 'maze', data_files: [{ split: 'train', path: ['data/maze/train-00000-of-00001.parquet'] }, { split: 'test', path: ['data/maze/test-00000-of-00001.parquet'] }] });
    expect(front.dataset_info.map((i: any) => i.config_name)).toEqual(['default', 'maze', 'sudoku']);
    const maze = front.dataset_info[1].splits.reduce((s: number, x: any) => s + x.num_examples, 0);
    expect(maze).toBe(16);
  });

  test('items with several images: an `images` list of Image, declared as `list: image`', async () => {
    // Issue 17's multi-image items: the same record shape with an ordered image list.
    const multi = join(tempDir('multi'), 'set');
    cpSync(dir, multi, { recursive: true });
    const m = JSON.parse(readFileSync(join(multi, 'manifest.json'), 'utf8'));
    for (const p of m.parts) {
      const path = join(multi, p.file);
      const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
      writeFileSync(path, lines.map((r, i) => stableStringify(i % 2 ? { ...r, images: [r.images[0], r.images[0]] } : r)).join('\n') + '\n');
    }
    const out = tempDir('hub-multi');
    await exportDataset({ dir: multi, format: 'hf', out });
    const { front } = card(out);
    expect(front.dataset_info.features[0]).toEqual({ name: 'images', list: 'image' });
    const { rows, hf } = await readParquet(join(out, 'data/train-00000-of-00001.parquet'));
    expect(hf.info.features.images).toEqual([{ _type: 'Image' }]);
    expect(fromYaml(front.dataset_info.features)).toEqual(hf.info.features);
    expect(rows.map((r) => r.images.length).sort()).toEqual([...Array(15).fill(1), ...Array(15).fill(2)]);
  });

  test('a single .parquet file stays one file with no card; bad options are refused', async () => {
    const out = tempDir('hub-file');
    const s = await exportDataset({ dir, format: 'hf', out: join(out, 'all.parquet') });
    expect(s.card).toBeUndefined();
    expect(existsSync(join(out, 'README.md'))).toBe(false);
    await expect(exportDataset({ dir, format: 'hf', out, license: 'CC BY' })).rejects.toThrow(/--license: got "CC BY"; allowed: a Hub licence id/);
  });
});
