// Reward-server throughput on loopback: /get_reward with batches of 256 sudoku/maze responses
// (half right, half wrong), from a bounded load generator that stops by itself.
// Usage: npx tsx bench/server.ts [--batches 200] [--concurrency 1,2,4] [--workers 2]
import http from 'node:http';
import { parseArgs } from 'node:util';
import { freePort, pct, rewardBodies, startServe } from './reward-load.js';

const { values } = parseArgs({
  options: { batches: { type: 'string', default: '200' }, concurrency: { type: 'string', default: '1,2,4' }, workers: { type: 'string', default: '2' }, size: { type: 'string', default: '256' } },
});
const BATCHES = Number(values.batches);
const SIZE = Number(values.size);
const bodies = await rewardBodies(SIZE);
const port = await freePort();
const server = await startServe(port, Number(values.workers));

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
