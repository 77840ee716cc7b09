// Helper processes die with their parent, even when the parent gets SIGKILL and cleans up nothing:
// Chromium is launched with its DevTools connection on a pipe, and exits when that pipe closes.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = join(__dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'veriforge-sigkill-'));
// Every process started under the test inherits this variable: that is how ours are told from the
// Chromium processes of anything else running on the machine (re-parented ones included).
const MARK = `VERIFORGE_SIGKILL_TEST_${process.pid}`;

/** Processes (pid, name) whose environment carries the mark. */
function marked(): { pid: number; name: string }[] {
  const found: { pid: number; name: string }[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/environ`, 'latin1').includes(`${MARK}=`)) found.push({ pid: Number(d), name: readFileSync(`/proc/${d}/comm`, 'utf8').trim() });
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

async function waitFor<T>(what: string, get: () => T, ok: (v: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(v)} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

afterAll(() => {
  for (const p of marked()) process.kill(p.pid, 'SIGKILL'); // only if the test failed
  rmSync(out, { recursive: true, force: true });
});

test('SIGKILL of `veriforge generate` on a chart task leaves no Chromium (or any other child) behind', async () => {
  const child = spawn(process.execPath, [join(ROOT, 'bin/veriforge.mjs'), 'generate', '--task', 'chart-qa', '--count', '2000', '--workers', '2', '--out', join(out, 'charts')], {
    cwd: ROOT,
    env: { ...process.env, [MARK]: '1' },
    stdio: 'ignore',
  });
  const exited = new Promise((r) => child.on('exit', r));
  // Chromium is up before the kill, and has had a moment to start its helpers and render. Starting
  // the CLI and its two workers took 45 s on the shared 2-core machine at load 25: wait up to 3 minutes.
  const before = await waitFor('Chromium started by generate', marked, (ps) => ps.some((p) => /chrom/.test(p.name)), 180_000);
  expect(before.some((p) => p.pid === child.pid)).toBe(true);
  await new Promise((r) => setTimeout(r, 1000));
  child.kill('SIGKILL');
  await exited;
  const after = await waitFor('processes left after SIGKILL', marked, (ps) => ps.length === 0, 15_000);
  expect(after).toEqual([]);
}, 240_000);
