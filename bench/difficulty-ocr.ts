/**
 * An honest test of the difficulty model: a policy that reads the pixels and that the features do
 * not encode. Tesseract OCR (Debian's tesseract-ocr) answers perception questions about rendered
 * items — on chart-qa, "is the title / category label X legible?"; on sudoku, "which digit is in
 * cell (r, c)?" — and the difficulty model, fitted on the rollouts of training items, predicts its
 * pass rate on held-out items next to the task-mean and task-and-level-mean baselines.
 *
 *   npx tsx bench/difficulty-ocr.ts --dataset DIR [--minutes 10] [--probes 6] [--jobs 2]
 *
 * DIR is any dataset with chart-qa and/or sudoku items (e.g. `generate --config` with both tasks at
 * levels 1–5). Items are read in a seeded order until the time budget runs out; the size is printed.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { sha256Hex } from '../core/canonical.js';
import { fitDifficulty, formatFitReport } from '../datasets/difficulty/index.js';
import { readRecords } from '../datasets/read.js';
import type { DatasetRecord } from '../datasets/record.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const DATASET = arg('dataset', '');
const MINUTES = Number(arg('minutes', '10'));
const PROBES = Number(arg('probes', '6'));
const JOBS = Number(arg('jobs', '2'));
if (!DATASET) throw new Error('--dataset DIR is required');

interface Word {
  text: string;
  box: [number, number, number, number];
}

/** Tesseract on PNG bytes (stdin), its words with boxes from the TSV output. */
function ocr(png: Buffer, args: string[]): Promise<Word[]> {
  return new Promise((resolve, reject) => {
    const child = execFile('tesseract', ['stdin', 'stdout', '-l', 'eng', ...args, 'tsv'], { maxBuffer: 16 << 20, timeout: 60_000 }, (err, stdout) => {
      if (err) return reject(err);
      const words: Word[] = [];
      for (const line of stdout.split('\n').slice(1)) {
        const f = line.split('\t');
        if (f.length < 12 || f[0] !== '5' || !f[11].trim()) continue;
        const [l, t, w, h] = f.slice(6, 10).map(Number);
        words.push({ text: f[11].trim(), box: [l, t, l + w, t + h] });
      }
      resolve(words);
    });
    child.stdin!.end(png);
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

/** chart-qa: can the reader find the title and category labels (from the item's data table) in the picture? */
async function chartProbes(r: DatasetRecord, png: Buffer): Promise<boolean[]> {
  const text = r.textOnly ?? '';
  const title = /The chart "([^"]+)"/.exec(text)?.[1] ?? '';
  const table = text.split('shows this data:\n')[1]?.split('\n\n')[0]?.split('\n') ?? [];
  const labels = [...new Set(table.slice(1).map((l) => l.split(',')[0].trim()).filter((v) => v && !/^[-+\d.,e]+$/i.test(v)))];
  const questions = pick(r.id, [title, ...labels].filter((q) => tokens(q).length), PROBES);
  if (!questions.length) return [];
  // Charts are upscaled 2x: tesseract reads small text poorly at 1x.
  const big = await sharp(png).resize({ width: 2 * (r.images[0].width || 500) }).png().toBuffer();
  const seen = new Set((await ocr(big, ['--psm', '11'])).flatMap((w) => tokens(w.text)));
  return questions.map((q) => tokens(q).every((t) => seen.has(t)));
}

/**
 * sudoku: the grid lines (rows and columns that are mostly dark) are found and painted white, then
 * every digit tesseract reads is placed in the cell its centre falls in. A probe asks one given cell.
 */
async function sudokuProbes(r: DatasetRecord, png: Buffer): Promise<boolean[]> {
  const truth = r.truth as { size: number; givens: string };
  const n = truth.size;
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
  const clean = Buffer.from(data);
  for (const y of lineRows) for (let d = -1; d <= 1; d++) if (y + d >= 0 && y + d < H) clean.fill(255, (y + d) * W, (y + d + 1) * W);
  for (const x of lineCols) for (let y = 0; y < H; y++) for (let d = -1; d <= 1; d++) if (x + d >= 0 && x + d < W) clean[y * W + x + d] = 255;
  const read = new Map<number, string>();
  if (ys.length === n + 1 && xs.length === n + 1) {
    const cleaned = await sharp(clean, { raw: { width: W, height: H, channels: 1 } }).png().toBuffer();
    // Block mode (psm 6) reads the cleaned grid row by row; sparse mode finds nothing with the digit whitelist.
    for (const w of await ocr(cleaned, ['--psm', '6', '-c', 'tessedit_char_whitelist=123456789'])) {
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
  }
  const givens = [...truth.givens].map((d, i) => [i, d] as const).filter(([, d]) => d !== '0');
  return pick(r.id, givens, PROBES).map(([i, d]) => read.get(i) === d);
}

const t0 = performance.now();
const deadline = t0 + MINUTES * 60_000;
const records: DatasetRecord[] = [];
for await (const r of readRecords(DATASET)) if (r.task === 'chart-qa' || r.task === 'sudoku') records.push(r);
// A seeded order mixes tasks and levels, so a time budget cuts a fair sample.
records.sort((a, b) => (sha256Hex(`order/${a.id}`) < sha256Hex(`order/${b.id}`) ? -1 : 1));

const rows: { id: string; policy: string; correct: boolean; source: string }[] = [];
const done: Record<string, { items: number; probes: number; right: number }> = {};
let next = 0;
async function worker(): Promise<void> {
  while (next < records.length && performance.now() < deadline) {
    const r = records[next++];
    const png = readFileSync(join(DATASET, r.images[0].path));
    const answers = r.task === 'sudoku' ? await sudokuProbes(r, png) : await chartProbes(r, png);
    const key = `${r.task} L${r.level}`;
    const d = (done[key] ??= { items: 0, probes: 0, right: 0 });
    d.items++;
    for (const ok of answers) {
      rows.push({ id: r.id, policy: 'tesseract', correct: ok, source: 'ocr' });
      d.probes++;
      d.right += ok ? 1 : 0;
    }
    const total = Object.values(done).reduce((s, x) => s + x.items, 0);
    if (total % 25 === 0) process.stderr.write(`  ${total} items read, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  }
}
await Promise.all(Array.from({ length: JOBS }, worker));
const seconds = (performance.now() - t0) / 1000;
const items = Object.values(done).reduce((s, x) => s + x.items, 0);
console.log(`OCR policy: ${items} of ${records.length} items read in ${seconds.toFixed(0)} s (${rows.length} probes; ${JOBS} tesseract jobs)`);
console.log('pass rate by task and level:');
for (const [k, d] of Object.entries(done).sort()) console.log(`  ${k.padEnd(14)} ${d.items} items, ${d.probes} probes, ${(d.right / Math.max(1, d.probes)).toFixed(3)} read right`);

const dir = mkdtempSync(join(tmpdir(), 'vf-ocr-'));
const rollouts = join(dir, 'rollouts.jsonl');
writeFileSync(rollouts, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
for (const [name, encoder] of [['image features (built-in filter bank)', undefined], ['no image features', null]] as const) {
  const { report } = await fitDifficulty(DATASET, rollouts, join(dir, name.replace(/\W+/g, '-')), { encoder, threads: JOBS });
  console.log(`\n== difficulty model with ${name} ==`);
  process.stdout.write(formatFitReport(report));
}
