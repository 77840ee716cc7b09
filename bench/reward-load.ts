// Shared by the reward-server benches: the request bodies (OpenRLHF /get_reward batches of sudoku and
// maze responses, half right), a free port, and starting `veriforge serve` in its own process.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { generateDataset } from '../datasets/generate.js';
import { buildPlan } from '../datasets/plan.js';
import { readRecords } from '../datasets/read.js';
import type { DatasetRecord } from '../datasets/record.js';
import { makeLabel } from '../verifiers/label.js';

export const ROOT = join(import.meta.dirname, '..');

/** Eight distinct /get_reward bodies of `size` items each, serialised once up front. */
export async function rewardBodies(size: number): Promise<Buffer[]> {
  const data = join(ROOT, 'bench/out/server-set');
  if (!existsSync(join(data, 'manifest.json'))) {
    const plan = buildPlan({ seed: 'bench-server', tasks: [{ task: 'sudoku', count: 64, level: 3 }, { task: 'maze', count: 64, level: 3 }] });
    await generateDataset(plan, { outDir: data });
  }
  const recs: DatasetRecord[] = [];
  for await (const r of readRecords(data)) recs.push(r);
  return Array.from({ length: 8 }, (_, b) => {
    const query: string[] = [];
    const prompts: string[] = [];
    const labels: string[] = [];
    for (let i = 0; i < size; i++) {
      const r = recs[(b * size + i * 7) % recs.length];
      const other = recs[(b * size + i * 7 + 2) % recs.length]; // same task, another item: a wrong answer
      const prompt = `<|im_start|>user\n<image>${r.question}<|im_end|>\n<|im_start|>assistant\n`;
      prompts.push(prompt);
      query.push(`${prompt}Let me work through the picture step by step.\n<answer>${i % 2 ? r.answer : other.answer}</answer>`);
      labels.push(makeLabel(r.task, r.truth));
    }
    return Buffer.from(JSON.stringify({ query, prompts, labels }));
  });
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * `veriforge serve` on 127.0.0.1:port; resolves once it listens (its workers are loaded). With `cpu`,
 * the server is pinned to that core (taskset), as a pod is held to its CPU limit.
 */
export async function startServe(port: number, workers: number, cpu?: number): Promise<ChildProcess> {
  const args = [join(ROOT, 'bin/veriforge.mjs'), 'serve', '--host', '127.0.0.1', '--port', String(port), '--workers', String(workers)];
  const server = cpu === undefined
    ? spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn('taskset', ['-c', String(cpu), process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    server.stderr!.on('data', (d: Buffer) => d.toString().includes('veriforge serve:') && resolve());
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return server;
}

/** Percentile of a list of numbers. */
export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
