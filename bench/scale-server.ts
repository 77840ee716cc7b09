// Reward-server replicas behind HAProxy (round robin, health checks on /health), as a Kubernetes
// Service spreads a trainer's requests over the Deployment's pods:
//   1. throughput through the proxy with 1, 2, ... N replicas (and one replica without the proxy);
//   2. N replicas under load, one SIGKILLed a third of the way through: the client retries a failed
//      batch (as trl_reward.py and verl_reward.py do) and no batch may be lost or scored differently.
// Usage: npx tsx bench/scale-server.ts [--replicas 3] [--batches 150] [--concurrency 6] [--size 256] [--workers 1] [--pin]
// --pin holds replica i to core i mod (cores) (taskset), as a pod is held to a one-core CPU limit: the
// rows then show how throughput grows with replicas while cores are free (on 2 cores: 1 → 2, not 3).
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, pct, rewardBodies, startServe } from './reward-load.js';

const { values } = parseArgs({
  options: {
    replicas: { type: 'string', default: '3' },
    batches: { type: 'string', default: '150' },
    concurrency: { type: 'string', default: '6' },
    size: { type: 'string', default: '256' },
    workers: { type: 'string', default: '1' },
    pin: { type: 'boolean', default: false },
  },
});
const REPLICAS = Number(values.replicas);
const BATCHES = Number(values.batches);
const CONC = Number(values.concurrency);
const SIZE = Number(values.size);
if (!(REPLICAS >= 2)) throw new Error('--replicas: at least 2 (one is killed while the others serve)');
const dir = mkdtempSync(join(tmpdir(), 'veriforge-scale-'));
const bodies = await rewardBodies(SIZE);
const children: ChildProcess[] = [];

interface Reply { status: number; rewards?: number[] }

function post(port: number, agent: http.Agent, body: Buffer): Promise<Reply> {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/get_reward', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, rewards: res.statusCode === 200 ? JSON.parse(Buffer.concat(chunks).toString()).rewards : undefined });
        } catch {
          resolve({ status: -1 });
        }
      });
      res.on('error', () => resolve({ status: -1 }));
    });
    req.on('error', () => resolve({ status: -1 }));
    req.end(body);
  });
}

/** HAProxy in front of `ports`; killed with this process (setpriv's parent-death signal). */
async function proxy(ports: number[]): Promise<{ port: number; stop: () => void }> {
  const port = await freePort();
  const cfg = join(dir, `haproxy-${ports.length}.cfg`);
  writeFileSync(cfg, [
    'global', '  maxconn 2048',
    'defaults', '  mode http', '  timeout connect 1s', '  timeout client 60s', '  timeout server 60s',
    // Connection failures are retried on another replica; a reply cut off mid-way goes back to the client as a 502.
    '  retries 3', '  option redispatch 1', '  retry-on conn-failure empty-response',
    'frontend rewards', `  bind 127.0.0.1:${port}`, '  default_backend replicas',
    'backend replicas', '  balance roundrobin', '  option httpchk GET /health', '  http-check expect status 200',
    ...ports.map((p, i) => `  server r${i} 127.0.0.1:${p} check inter 500 fall 2 rise 1`),
    '',
  ].join('\n'));
  const hp = spawn('setpriv', ['--pdeathsig', 'SIGKILL', '--', 'haproxy', '-f', cfg, '-db'], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(hp);
  let err = '';
  hp.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  for (let i = 0; ; i++) {
    const agent = new http.Agent();
    const r = await post(port, agent, bodies[0]);
    agent.destroy();
    if (r.status === 200) break;
    if (hp.exitCode !== null || i > 100) throw new Error(`haproxy did not come up: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, stop: () => hp.kill('SIGKILL') };
}

/** CONC clients send BATCHES batches in turn, retrying a failed one up to 5 times; per-batch checks. */
async function load(port: number, expected: (number[] | undefined)[], onProgress?: (done: number) => void) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONC });
  let next = 0;
  let done = 0;
  let failures = 0;
  let lost = 0;
  let wrong = 0;
  const lat: number[] = [];
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONC }, async () => {
    while (next < BATCHES) {
      const b = next++ % bodies.length;
      const t = performance.now();
      let r = await post(port, agent, bodies[b]);
      for (let attempt = 1; r.status !== 200 && attempt <= 5; attempt++) {
        failures++;
        await new Promise((res) => setTimeout(res, 50 * attempt));
        r = await post(port, agent, bodies[b]);
      }
      lat.push(performance.now() - t);
      if (r.status !== 200) lost++;
      else if (expected[b] === undefined) expected[b] = r.rewards;
      else if (JSON.stringify(expected[b]) !== JSON.stringify(r.rewards)) wrong++;
      onProgress?.(++done);
    }
  }));
  agent.destroy();
  const secs = (performance.now() - t0) / 1000;
  return { rps: Math.round((BATCHES * SIZE) / secs), p50: pct(lat, 50), p99: pct(lat, 99), failures, lost, wrong };
}

try {
  console.log(`/get_reward batches of ${SIZE} (sudoku + maze, half right), ${BATCHES} batches per row, ${CONC} clients, ` +
    `replicas with --workers ${values.workers}${values.pin ? ', each pinned to one core' : ''}, ${cpus().length} cores, load avg ${loadavg()[0].toFixed(1)} at start`);
  const ports: number[] = [];
  for (let i = 0; i < REPLICAS; i++) {
    ports.push(await freePort());
    children.push(await startServe(ports[i], Number(values.workers), values.pin ? i % cpus().length : undefined));
  }
  const expected: (number[] | undefined)[] = [];
  console.log('setup                 responses/s  p50 ms  p99 ms  failed tries  lost  wrong');
  const row = (name: string, r: Awaited<ReturnType<typeof load>>) =>
    console.log(`${name.padEnd(20)} ${String(r.rps).padStart(12)} ${r.p50.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(7)} ${String(r.failures).padStart(13)} ${String(r.lost).padStart(5)} ${String(r.wrong).padStart(6)}`);
  row('1 replica, direct', await load(ports[0], expected));
  for (let k = 1; k <= REPLICAS; k++) {
    const hp = await proxy(ports.slice(0, k));
    row(`${k} replica${k > 1 ? 's' : ''}, haproxy`, await load(hp.port, expected));
    hp.stop();
  }
  const hp = await proxy(ports);
  const victim = children[REPLICAS - 1]; // the last replica (children[0..REPLICAS-1] are the servers)
  const killed = load(hp.port, expected, (done) => {
    if (done === Math.floor(BATCHES / 3) && victim.exitCode === null) victim.kill('SIGKILL');
  });
  row(`kill 1 of ${REPLICAS} mid-load`, await killed);
  hp.stop();
  console.log(`load avg ${loadavg()[0].toFixed(1)} at the end`);
} finally {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}
