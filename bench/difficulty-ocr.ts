/**
 * An honest test of the difficulty model: a policy that reads the pixels and that the features do
 * not encode. Tesseract OCR (Debian's tesseract-ocr) answers perception questions about rendered
 * items — on chart-qa, "is the title / category label X legible?"; on sudoku, "which digit is in
 * cell (r, c)?" — and the difficulty model, fitted on the rollouts of training items, predicts its
 * pass rate on held-out items next to the task-mean and task-and-level-mean baselines.
 *
 *   npx tsx bench/difficulty-ocr.ts --dataset DIR [--items N] [--probes 6] [--jobs 2] [--batch 40] [--rollouts FILE]
 *
 * DIR is any dataset with chart-qa and/or sudoku items (e.g. `generate --config` with both tasks at
 * levels 1–5). Every such item is read (or the first N in a seeded order that mixes tasks and
 * levels). Tesseract runs once per batch of images (a list file), not once per image: loading its
 * model costs more CPU than reading one small chart. The reads are written as a rollouts file (its
 * path is printed); `--rollouts FILE` refits on such a file without reading again.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { sha256Hex } from '../core/canonical.js';
import { auc, brier, type Scored } from '../datasets/difficulty/evaluate.js';
import { fitDifficulty, formatFitReport, scoreDifficulty } from '../datasets/difficulty/index.js';
import { isHeldOut } from '../datasets/difficulty/items.js';
import { readRecords } from '../datasets/read.js';
import type { DatasetRecord } from '../datasets/record.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const DATASET = arg('dataset', '');
const ITEMS = Number(arg('items', 'Infinity'));
const PROBES = Number(arg('probes', '6'));
const JOBS = Number(arg('jobs', '2'));
const BATCH = Number(arg('batch', '40'));
const ROLLOUTS = arg('rollouts', '');
if (!DATASET) throw new Error('--dataset DIR is required');
const work = mkdtempSync(join(tmpdir(), 'vf-ocr-'));

interface Word {
  text: string;
  box: [number, number, number, number];
}

/**
 * Tesseract over several PNGs in one process (a list file), its words with boxes from the TSV
 * output, one list per image. One thread per process (OMP_THREAD_LIMIT=1): the bench runs --jobs
 * processes side by side instead.
 */
let listNo = 0;
function ocrBatch(pngs: Buffer[], args: string[]): Promise<Word[][]> {
  const files = pngs.map((png, k) => {
    const f = join(work, `${listNo}-${k}.png`);
    writeFileSync(f, png);
    return f;
  });
  const list = join(work, `${listNo++}.txt`);
  writeFileSync(list, files.join('\n') + '\n');
  return new Promise((resolve, reject) => {
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    execFile('tesseract', [list, 'stdout', '-l', 'eng', ...args, 'tsv'], { env, maxBuffer: 64 << 20, timeout: 600_000 }, (err, stdout) => {
      for (const f of [list, ...files]) rmSync(f, { force: true });
      if (err) return reject(err);
      const pages: Word[][] = pngs.map(() => []);
      for (const line of stdout.split('\n')) {
        const f = line.split('\t');
        if (f.length < 12 || f[0] !== '5' || !f[11].trim()) continue;
        const [l, t, w, h] = f.slice(6, 10).map(Number);
        pages[Number(f[1]) - 1]?.push({ text: f[11].trim(), box: [l, t, l + w, t + h] });
      }
      resolve(pages);
    });
  });
}

const tokens = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length >= 2);

/** Deterministic choice of k of the probes (by the item id), so reruns ask the same questions. */
function pick<T>(id: string, all: T[], k: number): T[] {
  return all
    .map((p, i) => [sha256Hex(`${id}/${i}`), p] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([, p]) => p);
}

/** What one item asks of the reader: the image Tesseract sees (null: nothing to read) and how its words answer the probes. */
interface Reading {
  png: Buffer | null;
  answer(words: Word[]): boolean[];
}

const CHART_ARGS = ['--psm', '11'];
/** Block mode (psm 6) reads the cleaned grid row by row; sparse mode finds nothing with the digit whitelist. */
const SUDOKU_ARGS = ['--psm', '6', '-c', 'tessedit_char_whitelist=123456789'];

/** chart-qa: can the reader find the title and category labels (from the item's data table) in the picture? */
async function chartReading(r: DatasetRecord, png: Buffer): Promise<Reading> {
  const text = r.textOnly ?? '';
  const title = /The chart "([^"]+)"/.exec(text)?.[1] ?? '';
  const table = text.split('shows this data:\n')[1]?.split('\n\n')[0]?.split('\n') ?? [];
  const labels = [...new Set(table.slice(1).map((l) => l.split(',')[0].trim()).filter((v) => v && !/^[-+\d.,e]+$/i.test(v)))];
  const questions = pick(r.id, [title, ...labels].filter((q) => tokens(q).length), PROBES);
  if (!questions.length) return { png: null, answer: () => [] };
  // Charts are upscaled 2x: tesseract reads small text poorly at 1x.
  const big = await sharp(png).resize({ width: 2 * (r.images[0].width || 500) }).png().toBuffer();
  return {
    png: big,
    answer: (words) => {
      const seen = new Set(words.flatMap((w) => tokens(w.text)));
      return questions.map((q) => tokens(q).every((t) => seen.has(t)));
    },
  };
}

/**
 * sudoku: the grid lines (rows and columns that are mostly dark) are found and painted white, then
 * every digit tesseract reads is placed in the cell its centre falls in. A probe asks one given cell.
 */
async function sudokuReading(r: DatasetRecord, png: Buffer): Promise<Reading> {
  const truth = r.truth as { size: number; givens: string };
  const n = truth.size;
  const givens = pick(r.id, [...truth.givens].map((d, i) => [i, d] as const).filter(([, d]) => d !== '0'), PROBES);
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const { width: W, height: H } = info;
  // Thin grid lines are drawn grey and anti-aliased: anything clearly darker than the paper counts.
  const dark = (x: number, y: number) => data[y * W + x] < 200;
  const lineRows: number[] = [];
  const lineCols: number[] = [];
  for (let y = 0; y < H; y++) {
    let c = 0;
    for (let x = 0; x < W; x++) c += dark(x, y) ? 1 : 0;
    if (c > 0.5 * W) lineRows.push(y);
  }
  for (let x = 0; x < W; x++) {
    let c = 0;
    for (let y = 0; y < H; y++) c += dark(x, y) ? 1 : 0;
    if (c > 0.5 * H) lineCols.push(x);
  }
  const centres = (px: number[]) => {
    const out: number[] = [];
    let run: number[] = [];
    for (const p of px) {
      if (run.length && p > run[run.length - 1] + 1) {
        out.push((run[0] + run[run.length - 1]) / 2);
        run = [];
      }
      run.push(p);
    }
    if (run.length) out.push((run[0] + run[run.length - 1]) / 2);
    return out;
  };
  const ys = centres(lineRows);
  const xs = centres(lineCols);
  // No grid found: nothing is read, every probe fails.
  if (ys.length !== n + 1 || xs.length !== n + 1) return { png: null, answer: () => givens.map(() => false) };
  const clean = Buffer.from(data);
  for (const y of lineRows) for (let d = -1; d <= 1; d++) if (y + d >= 0 && y + d < H) clean.fill(255, (y + d) * W, (y + d + 1) * W);
  for (const x of lineCols) for (let y = 0; y < H; y++) for (let d = -1; d <= 1; d++) if (x + d >= 0 && x + d < W) clean[y * W + x + d] = 255;
  return {
    png: await sharp(clean, { raw: { width: W, height: H, channels: 1 } }).png().toBuffer(),
    answer: (words) => {
      const read = new Map<number, string>();
      for (const w of words) {
        const digits = w.text.replace(/\D/g, '');
        const step = (w.box[2] - w.box[0]) / Math.max(1, digits.length);
        [...digits].forEach((d, k) => {
          const cx = w.box[0] + step * (k + 0.5);
          const cy = (w.box[1] + w.box[3]) / 2;
          const col = xs.findIndex((x, i) => i < n && cx >= x && cx < xs[i + 1]);
          const row = ys.findIndex((y, i) => i < n && cy >= y && cy < ys[i + 1]);
          if (row >= 0 && col >= 0) read.set(row * n + col, d);
        });
      }
      return givens.map(([i, d]) => read.get(i) === d);
    },
  };
}

const t0 = performance.now();
const all: DatasetRecord[] = [];
for await (const r of readRecords(DATASET)) if (r.task === 'chart-qa' || r.task === 'sudoku') all.push(r);
// A seeded order mixes tasks and levels, so --items cuts a fair sample.
all.sort((a, b) => (sha256Hex(`order/${a.id}`) < sha256Hex(`order/${b.id}`) ? -1 : 1));
const records = all.slice(0, ITEMS);

// Batches of one task each (one Tesseract mode per process), handed to --jobs workers.
const batches: DatasetRecord[][] = [];
for (const task of ['chart-qa', 'sudoku']) {
  const mine = records.filter((r) => r.task === task);
  for (let i = 0; i < mine.length; i += BATCH) batches.push(mine.slice(i, i + BATCH));
}

type Row = { id: string; policy: string; correct: boolean; source: string };
let rows: Row[] = [];
let items = 0;
let next = 0;
async function worker(): Promise<void> {
  while (next < batches.length) {
    const batch = batches[next++];
    const readings = await Promise.all(
      batch.map((r) => {
        const png = readFileSync(join(DATASET, r.images[0].path));
        return r.task === 'sudoku' ? sudokuReading(r, png) : chartReading(r, png);
      }),
    );
    const toRead = readings.filter((x) => x.png);
    const words = toRead.length ? await ocrBatch(toRead.map((x) => x.png!), batch[0].task === 'sudoku' ? SUDOKU_ARGS : CHART_ARGS) : [];
    batch.forEach((r, k) => {
      const reading = readings[k];
      for (const ok of reading.answer(reading.png ? words[toRead.indexOf(reading)] : [])) rows.push({ id: r.id, policy: 'tesseract', correct: ok, source: 'ocr' });
    });
    items += batch.length;
    process.stderr.write(`  ${items}/${records.length} items read, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  }
}
let rollouts: string;
if (ROLLOUTS) {
  // The reads of an earlier run (OCR is deterministic): refit and re-evaluate without reading again.
  rollouts = ROLLOUTS;
  rows = readFileSync(ROLLOUTS, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
  console.log(`OCR policy: ${rows.length} probes read from ${ROLLOUTS} (not timed here)`);
} else {
  await Promise.all(Array.from({ length: JOBS }, worker));
  const seconds = (performance.now() - t0) / 1000;
  console.log(`OCR policy: ${items} of ${all.length} items read in ${seconds.toFixed(0)} s (${rows.length} probes; ${JOBS} tesseract jobs, batches of ${BATCH})`);
  rollouts = join(work, 'rollouts.jsonl');
  writeFileSync(rollouts, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}
const byId = new Map(records.map((r) => [r.id, r]));
const done: Record<string, { items: Set<string>; probes: number; right: number }> = {};
for (const row of rows) {
  const r = byId.get(row.id);
  if (!r) continue;
  const d = (done[`${r.task} L${r.level}`] ??= { items: new Set(), probes: 0, right: 0 });
  d.items.add(r.id);
  d.probes++;
  d.right += row.correct ? 1 : 0;
}
console.log('pass rate by task and level:');
for (const [k, d] of Object.entries(done).sort()) console.log(`  ${k.padEnd(14)} ${d.items.size} items, ${d.probes} probes, ${(d.right / Math.max(1, d.probes)).toFixed(3)} read right`);
console.log(`rollouts: ${rollouts}`);
// Within one task: the pooled AUC also ranks chart-qa against the near-perfect sudoku reads, which
// any per-task mean does; this asks whether the model orders items inside a task better than its level.
const tally = new Map<string, { task: string; level: number | null; successes: number; trials: number }>();
for (const r of records) tally.set(r.id, { task: r.task, level: r.level, successes: 0, trials: 0 });
for (const row of rows) {
  const t = tally.get(row.id)!;
  t.trials++;
  t.successes += row.correct ? 1 : 0;
}
function perTask(scores: Map<string, number>): void {
  console.log('\nwithin each task, held-out items   AUC (model | task+level mean)   Brier (model | task+level mean)   probes');
  for (const task of ['chart-qa', 'sudoku']) {
    const mine = [...tally.entries()].filter(([, t]) => t.task === task && t.trials);
    const levelMean = new Map<string, [number, number]>();
    for (const [id, t] of mine) {
      if (isHeldOut(id)) continue;
      const m = levelMean.get(String(t.level)) ?? [0, 0];
      levelMean.set(String(t.level), [m[0] + t.successes, m[1] + t.trials]);
    }
    const held = mine.filter(([id]) => isHeldOut(id));
    if (!held.length) continue;
    const as = (p: (id: string, level: string) => number): Scored[] => held.map(([id, t]) => ({ p: p(id, String(t.level)), successes: t.successes, trials: t.trials }));
    const model = as((id) => scores.get(id)!);
    const base = as((_, l) => (levelMean.get(l) ? levelMean.get(l)![0] / levelMean.get(l)![1] : 0.5));
    // AUC needs both outcomes: with no miss (or no hit) among the held-out probes it is undefined.
    const f = (x: number) => (Number.isNaN(x) ? '  n/a ' : x.toFixed(4));
    console.log(`  ${task.padEnd(9)} ${String(held.length).padStart(4)} items   ${f(auc(model))} | ${f(auc(base))}   ${f(brier(model))} | ${f(brier(base))}   ${held.reduce((s, [, t]) => s + t.trials, 0)}`);
  }
}

for (const [name, encoder] of [['image features (built-in filter bank)', undefined], ['no image features', null]] as const) {
  const { report, model } = await fitDifficulty(DATASET, rollouts, join(work, name.replace(/\W+/g, '-')), { encoder, threads: JOBS });
  console.log(`\n== difficulty model with ${name} ==`);
  process.stdout.write(formatFitReport(report));
  // scoreDifficulty writes DIR/difficulty/scores-tesseract.jsonl: the bench's dataset is its own.
  const { scores } = await scoreDifficulty(model, DATASET, 'tesseract', { threads: JOBS });
  perTask(new Map(scores.map((x) => [x.id, x.p])));
}
