// The matplotlib corpus (test/charts/corpus: 175 scripts, 25 families, four public styles, written
// here by make-corpus.ts): scripts import through `chart import`, each reference scores 1 against
// itself, and each documented perturbation lowers its own part and the total. A sample runs by
// default (one script per family, perturbations of six families); VERIFORGE_MPL_CORPUS=1 runs all.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeMatplotlibPool } from '../../engines/matplotlib/index.js';
import { CORPUS_DIR, perturbationCases, runCorpus, runPerturbations, type CorpusRun } from './corpus/check.js';
import { FAMILIES } from './corpus/families.js';

const FULL = process.env.VERIFORGE_MPL_CORPUS === '1';
const ALL = readdirSync(join(CORPUS_DIR, 'scripts')).filter((f) => f.endsWith('.py'));
const SAMPLE_FAMILIES = ['bar_grouped', 'line_multi', 'pie', 'box', 'heatmap', 'panels'];
const scripts = FULL ? ALL : FAMILIES.map((f) => `${f.name}_0.py`);
const cases = perturbationCases().filter((c) => FULL || (SAMPLE_FAMILIES.some((f) => c.base === `${f}_0.py`)));

const work = mkdtempSync(join(tmpdir(), 'vf-corpus-'));
afterAll(async () => {
  await closeMatplotlibPool();
  rmSync(work, { recursive: true, force: true });
});

describe(`matplotlib corpus (${FULL ? 'all' : 'sample'}: ${scripts.length} scripts, ${cases.length} perturbations)`, () => {
  let run: CorpusRun;

  it('has ≥ 150 scripts over ≥ 15 families, and every perturbation on disk', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(150);
    expect(new Set(FAMILIES.map((f) => f.type)).size).toBeGreaterThanOrEqual(15);
    expect(perturbationCases().map((c) => c.perturbation)).toEqual(expect.arrayContaining(['color', 'data', 'title', 'swap', 'drop']));
  });

  it('imports ≥ 90 % of the scripts, over ≥ 15 chart types, and each reference scores 1 against itself', async () => {
    const src = join(work, 'scripts');
    for (const f of scripts) cpSync(join(CORPUS_DIR, 'scripts', f), join(src, f));
    run = await runCorpus(src, join(work, 'set'));
    expect(run.summary.imported / run.summary.scripts, JSON.stringify(run.summary.failed)).toBeGreaterThanOrEqual(0.9);
    expect([...run.types].filter((t) => !['3d', 'polar'].includes(t)).length, [...run.types].join(',')).toBeGreaterThanOrEqual(15);
    expect(run.selfScores.filter((s) => s.score !== 1)).toEqual([]);
  }, FULL ? 1_800_000 : 300_000);

  it('each perturbation lowers its own part (color, data, text, type, layout) and the total', async () => {
    const results = await runPerturbations(cases, run.truths);
    expect(results.filter((r) => !r.ok).map((r) => `${r.file}: ${r.part} ${r.partValue}, total ${r.score} (${r.reason})`)).toEqual([]);
  }, FULL ? 1_800_000 : 300_000);
});
