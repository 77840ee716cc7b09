import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import { generateDataset, parseShard, shardFromEnv } from '../../datasets/generate.js';
import { readManifest } from '../../datasets/manifest.js';
import { mergeShards } from '../../datasets/merge.js';
import { buildPlan, type PlanInput } from '../../datasets/plan.js';
import { readRecords } from '../../datasets/read.js';
import { tasks } from '../../generators/index.js';
import { folderDigest } from '../helpers/folder.js';

const root = mkdtempSync(join(tmpdir(), 'vf-pipeline-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = (name: string) => join(root, name);
const CLI = join(__dirname, '../../bin/veriforge.mjs');

const mix: PlanInput = {
  seed: 11,
  partSize: 7,
  tasks: [
    { task: 'sudoku', count: 20, level: 2 },
    { task: 'maze', count: 15, level: 1 },
    { task: 'sudoku', count: 6, level: 1 },
  ],
};

describe('dataset pipeline', () => {
  it('writes the DESIGN folder layout with one record per item', async () => {
    const plan = buildPlan(mix);
    const s = await generateDataset(plan, { outDir: dir('a') });
    expect(s.items).toBe(41);
    const m = readManifest(dir('a'));
    expect(m.status).toBe('complete');
    expect(m.parts.map((p) => p.file)).toEqual([0, 1, 2, 3, 4, 5].map((p) => `data/part-0000${p}.jsonl`));
    const recs = [];
    for await (const r of readRecords(dir('a'))) recs.push(r);
    expect(recs.map((r) => r.id)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `sudoku-${String(i).padStart(7, '0')}`),
      ...Array.from({ length: 15 }, (_, i) => `maze-${String(i).padStart(7, '0')}`),
      ...Array.from({ length: 6 }, (_, i) => `sudoku-${String(20 + i).padStart(7, '0')}`),
    ]);
    for (const r of recs) {
      expect(existsSync(join(dir('a'), r.images[0].path))).toBe(true);
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(r.level).toBe(r.task === 'maze' ? 1 : r.index < 20 ? 2 : 1);
    }
    expect(readdirSync(join(dir('a'), 'images'))).toEqual(['maze', 'sudoku']);
  });

  it('is byte-identical across two runs', async () => {
    await generateDataset(buildPlan(mix), { outDir: dir('b') });
    expect(folderDigest(dir('b'))).toEqual(folderDigest(dir('a')));
  });

  it('2 worker threads write the same bytes as one', async () => {
    await generateDataset(buildPlan(mix), { outDir: dir('workers'), workers: 2 });
    expect(folderDigest(dir('workers'))).toEqual(folderDigest(dir('a')));
  });

  it('3 shards merged equal the one-process run byte for byte', async () => {
    const plan = buildPlan(mix);
    for (let k = 0; k < 3; k++) await generateDataset(plan, { outDir: dir(`shard${k}`), shard: { index: k, count: 3 } });
    const sizes = [0, 1, 2].map((k) => readManifest(dir(`shard${k}`)).parts.length);
    expect(sizes.reduce((a, b) => a + b)).toBe(6);
    await expect(mergeShards([dir('shard0'), dir('shard2')], dir('partial'))).rejects.toThrow(/parts 2, 3 are missing/);
    await mergeShards([dir('shard2'), dir('shard0'), dir('shard1')], dir('merged'));
    expect(folderDigest(dir('merged'))).toEqual(folderDigest(dir('a')));
  });

  it('reads the shard from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID', () => {
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '2' }, 4)).toEqual({ index: 2, count: 4 });
    expect(shardFromEnv({ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '3' })).toEqual({ index: 2, count: 3 });
    expect(shardFromEnv({})).toBeNull();
    expect(() => shardFromEnv({ JOB_COMPLETION_INDEX: '0' })).toThrow(/--shards/);
    expect(() => parseShard('3/3')).toThrow('--shard: got "3/3"; allowed: "k/n" with 0 ≤ k < n');
  });

  it('refuses to mix a different plan into an existing folder', async () => {
    await expect(generateDataset(buildPlan({ ...mix, seed: 12 }), { outDir: dir('a') })).rejects.toThrow(/already holds a different dataset/);
  });

  it.each(['SIGKILL', 'SIGINT'] as const)('resumes after %s: nothing lost, duplicated or half-written; byte-identical', async (signal) => {
    const out = dir(`killed-${signal}`);
    const args = [CLI, 'generate', '--task', 'sudoku', '--count', '120', '--level', '3', '--seed', '5', '--part-size', '10', '--out', out];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (existsSync(join(out, 'data/part-00002.jsonl'))) {
          clearInterval(timer);
          child.kill(signal);
          resolve();
        }
      }, 5);
      child.on('exit', () => (clearInterval(timer), reject(new Error('finished before it could be killed'))));
    });
    await new Promise((r) => child.on('exit', r));
    expect(readManifest(out).status).toBe('running');
    const parts = readdirSync(join(out, 'data'));
    expect(parts.length).toBeLessThan(12);
    const again = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/120 items in .* parts kept from an earlier run/);
    const clean = spawnSync(process.execPath, [...args.slice(0, -1), dir(`clean-${signal}`)], { encoding: 'utf8' });
    expect(clean.status, clean.stderr).toBe(0);
    expect(folderDigest(out)).toEqual(folderDigest(dir(`clean-${signal}`)));
  });
});

describe('seeds', () => {
  it('seeds 42 and 43 share no canonical hash over 1,000 items per task', () => {
    for (const name of ['sudoku', 'maze']) {
      const def = tasks.get(name);
      const params = resolveParams(def.params, {}, 'params', def.levels[name === 'sudoku' ? 3 : 2]);
      const canon = (seed: number) => new Set(Array.from({ length: 1000 }, (_, i) => def.generate(new Rng(deriveSeed(seed, name, i)), params).canonical));
      const a = canon(42);
      const b = canon(43);
      expect(a.size).toBe(1000);
      expect([...b].filter((c) => a.has(c))).toEqual([]);
    }
  });
});

describe('config errors', () => {
  const bad: [string, unknown, string][] = [
    ['not an object', [], 'config: got []; allowed: a JSON object with "seed" and "tasks"'],
    ['unknown key', { seed: 1, tasks: [], extra: 1 }, 'extra: got 1; allowed: known keys are seed, count, partSize, imageFormat, tasks'],
    ['no tasks', { seed: 1, tasks: [] }, 'tasks: got []; allowed: a non-empty list'],
    ['unknown task', { tasks: [{ task: 'sudok', count: 1 }] }, 'tasks[0].task: got "sudok"; allowed: one of'],
    ['bad level', { tasks: [{ task: 'maze', count: 1, level: 7 }] }, 'tasks[0].level: got 7; allowed: an integer from 1 to 5'],
    ['bad param', { tasks: [{ task: 'maze', count: 1, params: { width: 1 } }] }, 'tasks[0].params.width: got 1; allowed: an integer from 3 to 40'],
    ['cross-field check', { tasks: [{ task: 'sudoku', count: 1, params: { size: 4, clues: 30 } }] }, 'tasks[0].params.clues: got 30; allowed for size 4: 4 to 15'],
    ['count and weight', { tasks: [{ task: 'maze', count: 1, weight: 2 }] }, 'exactly one of "count" or "weight"'],
    ['weights without total', { tasks: [{ task: 'maze', weight: 2 }] }, 'count: got nothing; allowed: a total item count when tasks have weights'],
    ['bad seed', { seed: 1.5, tasks: [{ task: 'maze', count: 1 }] }, 'seed: got 1.5; allowed: an integer or a non-empty string'],
    ['bad image format', { imageFormat: 'gif', tasks: [{ task: 'maze', count: 1 }] }, 'imageFormat: got "gif"; allowed: png, jpeg, webp'],
  ];
  it.each(bad)('%s', (_label, input, message) => {
    expect(() => buildPlan(input as PlanInput)).toThrow(message);
  });

  it('splits a total by weights exactly (largest remainder)', () => {
    const plan = buildPlan({ count: 10, tasks: [{ task: 'sudoku', weight: 1 }, { task: 'maze', weight: 2 }] });
    expect(plan.entries.map((e) => e.count)).toEqual([3, 7]);
  });

  it('the CLI prints config errors clearly and exits 2, writing nothing', () => {
    const cfg = join(root, 'bad.json');
    writeFileSync(cfg, JSON.stringify({ seed: 1, tasks: [{ task: 'maze', count: 5, params: { loops: 2 } }] }));
    const r = spawnSync(process.execPath, [CLI, 'generate', '--config', cfg, '--out', dir('never')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('veriforge: tasks[0].params.loops: got 2; allowed: a number from 0 to 0.5');
    expect(existsSync(dir('never'))).toBe(false);
    writeFileSync(cfg, '{ "seed": 1, ');
    const r2 = spawnSync(process.execPath, [CLI, 'generate', '--config', cfg, '--out', dir('never')], { encoding: 'utf8' });
    expect(r2.stderr).toMatch(/--config .*bad\.json: not valid JSON/);
    const r3 = spawnSync(process.execPath, [CLI, 'generate', '--task', 'maze', '--param', 'width', '--out', dir('never')], { encoding: 'utf8' });
    expect(r3.stderr).toContain('--param: got "width"; allowed: name=value');
  });

  it('a mix config builds several tasks in one run', () => {
    const cfg = join(root, 'mix.json');
    writeFileSync(cfg, JSON.stringify({ seed: 3, count: 12, tasks: [{ task: 'sudoku', weight: 1, level: 1 }, { task: 'maze', weight: 1, params: { width: 6, height: 5 } }] }));
    const r = spawnSync(process.execPath, [CLI, 'generate', '--config', cfg, '--out', dir('mix')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^12 items in .* \(12 generated in [\d.]+ s, [\d.]+ items\/s\)/m);
    const lines = readFileSync(join(dir('mix'), 'data/part-00000.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((r) => r.task === 'maze').every((r) => r.params.width === 6 && r.level === null)).toBe(true);
  });
});
