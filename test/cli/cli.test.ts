import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRecord } from '../../datasets/read.js';

const CLI = join(__dirname, '../../bin/veriforge.mjs');
const root = mkdtempSync(join(tmpdir(), 'vf-cli-'));
const data = join(root, 'sudoku');
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: '' });

beforeAll(() => {
  const r = cli('generate', '--task', 'sudoku', '--count', '6', '--seed', '7', '--level', '3', '--out', data);
  expect(r.status, r.stderr).toBe(0);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('veriforge CLI', () => {
  it('tasks lists every task with parameters, defaults and bounds', () => {
    const r = cli('tasks');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^sudoku\s+\[puzzle\] Classic sudoku/m);
    expect(r.stdout).toContain('--param size=9  grid side (one of 4, 6, 9)');
    expect(r.stdout).toContain('--param width=12  cells across (an integer from 3 to 40)');
  });

  it('verify against a dataset item, from a file and from stdin', async () => {
    const rec = await findRecord(data, 'sudoku-0000000');
    const file = join(root, 'response.txt');
    writeFileSync(file, `I solved it.\n<answer>\n${rec.answer}\n</answer>`);
    const ok = JSON.parse(cli('verify', '--dataset', data, '--id', 'sudoku-0000000', '--response', file).stdout);
    expect(ok).toMatchObject({ score: 1, correct: true, parts: { format: 1, cells: 1 } });
    const wrong = spawnSync(process.execPath, [CLI, 'verify', '--dataset', data, '--id', 'sudoku-0000001', '--response', '-'], { encoding: 'utf8', input: `<answer>${rec.answer}</answer>` });
    expect(JSON.parse(wrong.stdout)).toMatchObject({ score: 0, correct: false });
  });

  it('verify against a task and a truth given inline', async () => {
    const rec = await findRecord(data, 'sudoku-0000002');
    const r = cli('verify', '--task', 'sudoku', '--truth', JSON.stringify(rec.truth), '--response', `\\boxed{${rec.answer.replace(/\n/g, '')}}`);
    expect(JSON.parse(r.stdout)).toMatchObject({ score: 1, parts: { format: 1 } });
    expect(cli('verify', '--task', 'sudoku', '--truth', '{bad', '--response', 'x').stderr).toMatch(/--truth: got "\{bad"; allowed: valid JSON/);
    expect(cli('verify', '--task', 'chess', '--truth', '{}', '--response', 'x').stderr).toMatch(/--task: got "chess"; allowed: one of .*sudoku/);
    expect(cli('verify', '--dataset', data, '--id', 'nope', '--response', 'x').stderr).toMatch(/--id nope: no such item/);
  });

  it('inspect summarises a dataset and shows one record', () => {
    const s = cli('inspect', data);
    expect(s.stdout).toMatch(/6 items, seed 7, complete, 0 duplicate problems/);
    expect(s.stdout).toMatch(/sudoku \[puzzle\]: 6 items; levels 3:6/);
    expect(s.stdout).toMatch(/clues\s+min 36\s+mean 36\s+max 36/);
    const one = JSON.parse(cli('inspect', data, '--id', 'sudoku-0000003').stdout);
    expect(one).toMatchObject({ id: 'sudoku-0000003', task: 'sudoku', level: 3 });
    expect(cli('inspect', join(root, 'missing')).stderr).toMatch(/is not a veriforge dataset/);
  });
});
