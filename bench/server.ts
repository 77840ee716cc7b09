// Reward-server throughput on loopback: /get_reward with batches of 256 sudoku/maze responses
// (half right, half wrong), from a bounded load generator that stops by itself.
// Usage: npx tsx bench/server.ts [--batches 200] [--concurrency 1,2,4] [--workers 2]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset } from '../datasets/generate.js';
import { buildPlan } from '../datasets/plan.js';
import { readRecords } from '../datasets/read.js';
import type { DatasetRecord } from '../datasets/record.js';
import { makeLabel } from '../verifiers/label.js';

const { values } = parseArgs({
  options: { batches: { type: 'string', default: '200' }, concurrency: { type: 'string', default: '1,2,4' }, workers: { type: 'string', default: '2' }, size: { type: 'string', default: '256' } },
});
const BATCHES = Number(values.batches);
const SIZE = Number(values.size);
const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, 'bench/out/server-set');

if (!existsSync(join(DATA, 'manifest.json'))) {
  const plan = buildPlan({ seed: 'bench-server', tasks: [{ task: 'sudoku', count: 64, level: 3 }, { task: 'maze', count: 64, level: 3 }] });
  await generateDataset(plan, { outDir: DATA });
}
const recs: DatasetRecord[] = [];
for await (const r of readRecords(DATA)) recs.push(r);

/** Distinct batch bodies (prompt + response as OpenRLHF sends them), serialised once up front. */
const bodies = Array.from({ length: 8 }, (_, b) => {
  const query: string[] = [];
  const prompts: string[] = [];
  const labels: string[] = [];
  for (let i = 0; i < SIZE; i++) {
    const r = recs[(b * SIZE + i * 7) % recs.length];
    const other = recs[(b * SIZE + i * 7 + 2) % recs.length]; // same task, another item: a wrong answer
    const prompt = `<|im_start|>user\n<image>${r.question}<|im_end|>\n<|im_start|>assistant\n`;
    prompts.push(prompt);
    query.push(`${prompt}Let me work through the picture step by step.\n<answer>${i % 2 ? r.answer : other.answer}</answer>`);
    labels.push(makeLabel(r.task, r.truth));
  }
  return Buffer.from(JSON.stringify({ query, prompts, labels }));
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const port = await freePort();
const server = spawn(process.execPath, [join(ROOT, 'bin/veriforge.mjs'), 'serve', '--host', '127.0.0.1', '--port', String(port), '--workers', values.workers!], { stdio: ['ignore', 'ignore', 'pipe'] });
await new Promise<void>((resolve, reject) => {
  server.stderr!.on('data', (d: Buffer) => d.toString().includes('veriforge serve:') && resolve());
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

function postBatch(agent: http.Agent, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request({ host: '127.0.0.1', port, path: '/get_reward', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const out = JSON.parse(Buffer.concat(chunks).toString());
        if (res.statusCode !== 200 || out.rewards.length !== SIZE) return reject(new Error(`bad reply ${res.statusCode}`));
        resolve(performance.now() - t0);
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

console.log(`/get_reward, batches of ${SIZE} (sudoku 9×9 + maze 12×12, half right), ${BATCHES} batches per row, server --workers ${values.workers}, node ${process.version}`);
console.log('concurrency  responses/s  batches/s  p50 ms  p99 ms  max ms');
try {
  const warm = new http.Agent({ keepAlive: true });
  for (let i = 0; i < 10; i++) await postBatch(warm, bodies[i % bodies.length]);
  warm.destroy();
  for (const c of values.concurrency!.split(',').map(Number)) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: c });
    const lat: number[] = [];
    let next = 0;
    const t0 = performance.now();
    // c clients, each sending its next batch when the previous one is answered, until BATCHES are sent.
    await Promise.all(
      Array.from({ length: c }, async () => {
        while (next < BATCHES) lat.push(await postBatch(agent, bodies[next++ % bodies.length]));
      }),
    );
    const secs = (performance.now() - t0) / 1000;
    agent.destroy();
    const row = [c, Math.round((BATCHES * SIZE) / secs), (BATCHES / secs).toFixed(1), pct(lat, 50).toFixed(1), pct(lat, 99).toFixed(1), Math.max(...lat).toFixed(1)];
    console.log(row.map((x, i) => String(x).padStart(i ? 11 : 11)).join(' '));
  }
} finally {
  server.kill('SIGTERM');
}
