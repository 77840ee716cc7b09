// The recipes run for real on this machine: the Indexed Job simulation (shards SIGKILLed and retried)
// must merge byte-identical to one process, and the Slurm scripts must work as array tasks when bash
// runs them with Slurm's environment.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderDigest } from '../helpers/folder.js';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'veriforge-deploy-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Six CLI processes and a SIGKILL: about a minute on a quiet 2-core machine, so behind VERIFORGE_SLOW=1
// (the Slurm test below always runs and covers sharding, waiting and merging).
describe.skipIf(!process.env.VERIFORGE_SLOW)('local Indexed Job', () => {
  it('shards killed mid-run and retried merge byte-identical to a one-process run', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'deploy/simulate/indexed-job.ts'), '--shards', '3', '--kill', '1', '--count', '60', '--part-size', '4', '--work', join(work, 'job')], { encoding: 'utf8', timeout: 540_000 });
    if (r.status !== 0) console.error(r.stdout, r.stderr);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/shard 1: (SIGKILLed with \d+ part files written; retrying|finished before the kill landed)/);
    expect(r.stdout).toMatch(/byte-identical: \d+ files/);
  }, 600_000);
});

describe('Slurm recipe', () => {
  const out = join(work, 'slurm');
  const mix = join(work, 'mix.json');
  const env = (extra: Record<string, string>) => ({ ...process.env, VERIFORGE_DIR: ROOT, MIX: mix, OUT: out, ...extra });

  it('array tasks write their shards, wait-for-shards sees them, merge.sbatch merges and exports', () => {
    writeFileSync(mix, JSON.stringify({ seed: 3, count: 40, partSize: 8, tasks: [{ task: 'sudoku', weight: 1, level: 1 }, { task: 'maze', weight: 1 }] }));
    const wait = (timeout: string) => spawnSync(process.execPath, [join(ROOT, 'deploy/wait-for-shards.mjs'), out, '2', '--interval-s', '0.2', '--timeout-s', timeout], { encoding: 'utf8' });
    const early = wait('0.5');
    expect(early.status).toBe(1);
    expect(early.stderr).toMatch(/unfinished shards: 0 \(no manifest yet\), 1 \(no manifest yet\)/);
    for (const id of ['0', '1']) {
      const r = spawnSync('bash', [join(ROOT, 'deploy/slurm/generate.sbatch')], { env: env({ SLURM_ARRAY_TASK_ID: id, SLURM_ARRAY_TASK_COUNT: '2', SLURM_ARRAY_TASK_MIN: '0' }), encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
    }
    expect(wait('5').stderr).toMatch(/all 2 shards .* are complete/);
    const m = spawnSync('bash', [join(ROOT, 'deploy/slurm/merge.sbatch')], { env: env({ SHARDS: '2' }), encoding: 'utf8', timeout: 120_000 });
    expect(m.status, m.stderr).toBe(0);
    expect(existsSync(join(out, 'verl'))).toBe(true);
    const one = spawnSync(process.execPath, [join(ROOT, 'bin/veriforge.mjs'), 'generate', '--config', mix, '--out', join(work, 'one')], { encoding: 'utf8', timeout: 120_000 });
    expect(one.status, one.stderr).toBe(0);
    expect(folderDigest(join(out, 'merged'))).toEqual(folderDigest(join(work, 'one')));
  }, 600_000);

  it('refuses to run outside an array task', () => {
    const r = spawnSync('bash', [join(ROOT, 'deploy/slurm/generate.sbatch')], { env: env({}), encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/SLURM_ARRAY_TASK_ID: run as a Slurm array task/);
  });
});
