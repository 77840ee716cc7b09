// The corpus acceptance run, shared by test/charts/corpus.test.ts (a sample by default) and
// bench/chart-corpus.ts (all of it): import every script through `chart import`, score each
// reference against itself, and score every perturbed variant against its base.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importChartScripts, type ChartImportSummary } from '../../../datasets/chart-import.js';
import { verifyAsync } from '../../../verifiers/index.js';
import type { Perturbation } from './families.js';

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));

export interface PerturbationCase {
  base: string;
  file: string;
  perturbation: Perturbation;
  part: string;
}

export const perturbationCases = (): PerturbationCase[] => JSON.parse(readFileSync(join(CORPUS_DIR, 'perturbations.json'), 'utf8'));

export interface CorpusRun {
  summary: ChartImportSummary;
  /** Truth per imported script (relative path). */
  truths: Map<string, Record<string, unknown>>;
  /** Chart types the references contain (from their extraction). */
  types: Set<string>;
  selfScores: { path: string; score: number; reason: string }[];
}

/** Imports `scriptsDir` into `outDir` and scores each reference script against its own truth. */
export async function runCorpus(scriptsDir: string, outDir: string, onProgress?: (d: number, t: number) => void): Promise<CorpusRun> {
  const summary = await importChartScripts({ dir: scriptsDir, outDir, onProgress });
  const { truths, types } = readImported(outDir);
  return { summary, truths, types, selfScores: await selfScores(truths) };
}

/** Truths of an imported corpus dataset by source path, and the chart types of its references. */
export function readImported(outDir: string): { truths: Map<string, Record<string, unknown>>; types: Set<string> } {
  const truths = new Map<string, Record<string, unknown>>();
  const types = new Set<string>();
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as { parts: { file: string }[] };
  for (const part of manifest.parts) {
    for (const line of readFileSync(join(outDir, part.file), 'utf8').trim().split('\n')) {
      const r = JSON.parse(line);
      truths.set(r.truth.source, r.truth);
      for (const ax of r.truth.reference.axes) for (const t of ax.types) types.add(t);
    }
  }
  return { truths, types };
}

/** Each reference script scored against its own truth (must be 1). */
export async function selfScores(truths: Map<string, Record<string, unknown>>) {
  return Promise.all(
    [...truths].map(async ([path, truth]) => {
      const v = await verifyAsync('chart-to-code', `<answer>${truth.script as string}</answer>`, truth);
      return { path, score: v.score, reason: v.reason };
    }),
  );
}

export interface PerturbationResult extends PerturbationCase {
  score: number;
  partValue: number;
  ok: boolean;
  reason: string;
}

/** Scores each perturbed variant against its base's truth: its named part and its total must drop below 1. */
export async function runPerturbations(cases: PerturbationCase[], truths: Map<string, Record<string, unknown>>): Promise<PerturbationResult[]> {
  return Promise.all(
    cases.map(async (c) => {
      const truth = truths.get(c.base);
      if (!truth) return { ...c, score: NaN, partValue: NaN, ok: false, reason: `base ${c.base} was not imported` };
      const v = await verifyAsync('chart-to-code', `<answer>${readFileSync(join(CORPUS_DIR, 'perturbed', c.file), 'utf8')}</answer>`, truth);
      const partValue = v.parts?.[c.part] ?? NaN;
      return { ...c, score: v.score, partValue, ok: v.score < 1 && partValue < 1, reason: v.reason };
    }),
  );
}
