import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sandboxProblem } from '../../engines/matplotlib/index.js';

const ENGINE = fileURLToPath(new URL('../../engines/matplotlib/index.ts', import.meta.url));
const VERIFIERS = fileURLToPath(new URL('../../verifiers/index.ts', import.meta.url));
// `node --import tsx`, not the tsx CLI: the CLI runs the script in a child node, which a SIGKILL of the CLI would orphan.
const NODE = [process.execPath, '--import', 'tsx'];
const dir = mkdtempSync(join(tmpdir(), 'mpl-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, body: string): string {
  const file = join(dir, `${name}.mts`);
  writeFileSync(file, body);
  return file;
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(spawnSync('cat', [`/proc/${pid}/status`]).stdout?.toString() ?? '');

describe.skipIf(!!sandboxProblem())('matplotlib pool lifecycle', () => {
  it('its sandboxes die with the parent, also when the parent is SIGKILLed', async () => {
    // The parent starts a pool, runs a job that is still running (sleeping) when it is killed.
    const file = script('parent', `import { MatplotlibPool } from ${JSON.stringify(ENGINE)};
const pool = new MatplotlibPool({ size: 2 });
await pool.ready();
void pool.run('import time\\ntime.sleep(60)', { timeoutMs: 60000 });
setTimeout(() => console.log(JSON.stringify(pool.pids())), 300);
setInterval(() => {}, 1000);
`);
    const child = spawn(NODE[0], [...NODE.slice(1), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const pids: number[] = await new Promise((resolve) => child.stdout!.on('data', (b: Buffer) => resolve(JSON.parse(b.toString()))));
    expect(pids).toHaveLength(2);
    const inside = pids.flatMap((p) => spawnSync('pgrep', ['-P', String(p)]).stdout.toString().trim().split('\n').filter(Boolean).map(Number));
    expect(inside.length).toBeGreaterThanOrEqual(2);
    child.kill('SIGKILL');
    const deadline = Date.now() + 5000;
    while ([...pids, ...inside].some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect([...pids, ...inside].filter(alive)).toEqual([]);
  }, 60_000);

  it('without bubblewrap the reward refuses with a clear reason and runs nothing', () => {
    const file = script('nobwrap', `import { verifyAsync } from ${JSON.stringify(VERIFIERS)};
const truth = { target: 'matplotlib', script: '', reference: { figures: 1, size: [6, 4], dpi: 100, texts: [], axes: [] }, thumb: 'x' };
console.log(JSON.stringify(await verifyAsync('chart-to-code', 'open("/tmp/ran-unsandboxed", "w")', truth)));
`);
    const out = spawnSync(NODE[0], [...NODE.slice(1), file], { env: { ...process.env, VERIFORGE_BWRAP: '/nonexistent/bwrap' }, encoding: 'utf8' });
    const verdict = JSON.parse(out.stdout.trim().split('\n').pop()!);
    expect(verdict.score).toBe(0);
    expect(verdict.reason).toMatch(/sandbox is unavailable: \/nonexistent\/bwrap \(bubblewrap\) is missing.*never run outside the sandbox/);
    expect(existsSync('/tmp/ran-unsandboxed')).toBe(false);
  }, 60_000);
});
