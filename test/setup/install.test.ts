// The committed lock installs with `npm ci` as is (no fallback that rewrites it), with no npm
// warnings, and every dependency install script is declared in package.json's allowScripts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const npm = (...args: string[]) => spawnSync('npm', args, { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('clean install', () => {
  it('npm ci accepts the committed lock and warns about nothing', () => {
    const r = npm('ci', '--dry-run', '--no-audit', '--no-fund');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/npm warn/i);
  });

  it('every dependency with an install script is declared in allowScripts', () => {
    const r = npm('install-scripts', 'ls');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/No packages with unreviewed install scripts/);
  });

  it('the setup script never falls back to npm install', () => {
    const src = readFileSync(join(root, 'scripts', 'setup.mjs'), 'utf8');
    expect(src).not.toMatch(/run\(['"`]npm install/);
  });
});
