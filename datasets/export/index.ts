import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { sha256Hex, stableStringify } from '../../core/canonical.js';
import { FieldError, VeriforgeError } from '../../core/errors.js';
import { writeAtomic } from '../atomic.js';
import { readManifest, TOOL_VERSION } from '../manifest.js';
import { readRecords } from '../read.js';
import { hfColumns, jsonlRow, verlColumns, type ExportFormat, type ExportRow, type Shape } from './layouts.js';
import { JsonlSink } from './jsonl.js';
import { ParquetSink } from './parquet.js';
import type { Sink } from './sink.js';
import { buildCard } from './card.js';
import { DEFAULT_MAX_SHARD_BYTES, shardDir, ShardedParquetSink } from './hub.js';
import { readCanonicals, splitOf, type Split } from './split.js';
import { buildMessages, DEFAULT_TEMPLATE, type PromptTemplate } from './template.js';

export { DEFAULT_ROW_GROUP_ROWS, FORMATS, type ExportFormat } from './options.js';
import { DEFAULT_ROW_GROUP_ROWS } from './options.js';
export { DEFAULT_TEMPLATE, checkTemplate, readTemplate, type PromptTemplate } from './template.js';

export interface ExportOptions {
  dir: string;
  format: ExportFormat;
  /** A file (`.parquet` / `.jsonl`) for one unsplit output, else a folder. */
  out: string;
  splitBy?: 'task';
  /** Share of distinct problems held out as the test split, in [0, 1). */
  testFraction?: number;
  /** Dataset folders whose problems must not appear in this export (held-out sets). */
  exclude?: string[];
  template?: PromptTemplate;
  /** verl: the name of a multi-turn Interaction; each row's extra_info gets `interaction_kwargs: {name, ground_truth}`. */
  interaction?: string;
  rowGroupRows?: number;
  /** Hub layout (hf into a folder): the largest shard, by the rows' size estimate (default 500 MiB). */
  maxShardBytes?: number;
  /** Hub layout: the dataset card's licence (a Hub licence id, default cc-by-4.0) and name (default: the folder's). */
  license?: string;
  name?: string;
  /** Hub layout: the export command recorded in the card (the CLI passes its own). */
  command?: string;
  /** Records read so far (held-out ones included) of the dataset's total. */
  onProgress?(read: number, total: number): void;
}

export interface ExportedFile {
  path: string;
  split: Split;
  task: string | null;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface ExportSummary {
  /** Hub layout: the dataset card (README.md). */
  card?: string;
  files: ExportedFile[];
  rows: number;
  excluded: number;
  bytes: number;
  manifest: string;
}

const EXT: Record<ExportFormat, string> = { hf: 'parquet', verl: 'parquet', jsonl: 'jsonl' };


function checkOptions(o: ExportOptions): { fraction: number; singleFile: boolean } {
  const fraction = o.testFraction ?? 0;
  if (typeof fraction !== 'number' || !(fraction >= 0 && fraction < 1)) throw new FieldError('--test-fraction', o.testFraction, 'a number from 0 (no test split) up to, not including, 1');
  const rg = o.rowGroupRows ?? DEFAULT_ROW_GROUP_ROWS;
  if (!Number.isInteger(rg) || rg < 1 || rg > 1_000_000) throw new FieldError('--row-group-rows', o.rowGroupRows, 'an integer from 1 to 1000000');
  const ext = EXT[o.format];
  const singleFile = /\.(parquet|jsonl)$/.test(o.out);
  if (singleFile && !o.out.endsWith(`.${ext}`)) throw new FieldError('--out', o.out, `a .${ext} file or a folder for --format ${o.format}`);
  if (singleFile && (o.splitBy || fraction > 0)) throw new FieldError('--out', o.out, 'a folder (not a file) with --split-by or --test-fraction');
  if (o.maxShardBytes !== undefined && !(Number.isInteger(o.maxShardBytes) && o.maxShardBytes >= 1)) throw new FieldError('maxShardBytes', o.maxShardBytes, 'a positive whole number of bytes');
  if (o.license !== undefined && !/^[a-z0-9][a-z0-9.+-]*$/.test(o.license)) throw new FieldError('--license', o.license, 'a Hub licence id in lower case, e.g. cc-by-4.0, apache-2.0, mit, other');
  for (const x of o.exclude ?? []) {
    if (resolve(x) === resolve(o.dir)) throw new FieldError('--exclude', x, 'another dataset folder than the one exported');
  }
  return { fraction, singleFile };
}

/** A pre-pass over the records (no images): the schema's shape, the row count and the groups. */
async function survey(dir: string, held: Set<string>): Promise<Shape & { rows: number; tasks: string[] }> {
  const keys = new Set<string>();
  const tasks = new Set<string>();
  let maxImages = 0;
  let rows = 0;
  for await (const r of readRecords(dir)) {
    if (held.has(r.canonical)) continue;
    rows++;
    tasks.add(r.task);
    maxImages = Math.max(maxImages, r.images.length);
    for (const k of Object.keys(r.features)) keys.add(k);
  }
  return { featureKeys: [...keys].sort(), maxImages, rows, tasks: [...tasks].sort() };
}

function readImages(dir: string, r: ExportRow['record']): Buffer[] {
  return r.images.map((ref) => {
    const p = join(dir, ref.path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(p);
    } catch (e) {
      throw new VeriforgeError(`item ${r.id}: cannot read its image ${p} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    if (sha256Hex(bytes) !== ref.sha256) throw new VeriforgeError(`item ${r.id}: image ${p} does not match the sha256 in its record (changed or damaged)`);
    return bytes;
  });
}

/**
 * Exports a dataset folder to Parquet (Hugging Face or verl columns) or JSONL, streaming: one row
 * group per output is in memory at a time. Every file is written to a temp name and renamed when
 * complete; the export manifest is written last.
 */
export async function exportDataset(o: ExportOptions): Promise<ExportSummary> {
  const { fraction, singleFile } = checkOptions(o);
  const source = readManifest(o.dir);
  if (source.status !== 'complete') throw new VeriforgeError(`${o.dir}: manifest status is "${source.status}"; finish \`veriforge generate\` (rerun it to resume) before exporting`);
  const held = await readCanonicals(o.exclude ?? []);
  // Only the hf schema and per-task files depend on the records; verl and jsonl skip the pre-pass.
  const shape = o.format === 'hf' || o.splitBy === 'task' ? await survey(o.dir, held) : null;
  const template = o.template ?? DEFAULT_TEMPLATE;
  const rowGroupRows = o.rowGroupRows ?? DEFAULT_ROW_GROUP_ROWS;
  const columns = o.format === 'hf' ? hfColumns(shape!) : o.format === 'verl' ? verlColumns(o.interaction) : null;
  const splits: Split[] = fraction > 0 ? ['train', 'test'] : ['train'];
  const groups: (string | null)[] = o.splitBy === 'task' ? shape!.tasks : [null];
  const fileOf = (split: Split, task: string | null) => (singleFile ? o.out : join(o.out, ...(task ? [task] : []), `${split}.${EXT[o.format]}`));

  const sinks = new Map<string, { sink: Sink<ExportRow>; split: Split; task: string | null }>();
  const key = (split: Split, task: string | null) => `${task ?? ''}/${split}`;
  // A row group holds at most 64 MB, and concurrent outputs share a 256 MB budget (4 MB at least each).
  const batchBytes = Math.min(64 << 20, Math.max(4 << 20, Math.floor((256 << 20) / (groups.length * splits.length))));
  const sizeOf = (r: ExportRow) => r.images.reduce((s, b) => s + b.length, 0) + r.record.question.length + 512;
  // hf into a folder: the Hub's layout (data/ shards and a README.md card), see hub.ts.
  const hub = o.format === 'hf' && !singleFile;
  const maxShardBytes = o.maxShardBytes ?? DEFAULT_MAX_SHARD_BYTES;
  for (const task of groups) {
    for (const split of splits) {
      const sink: Sink<ExportRow> = hub
        ? new ShardedParquetSink(shardDir(o.out, task), split, columns!, sizeOf, { rowGroupRows, batchBytes, maxShardBytes })
        : columns
          ? new ParquetSink(fileOf(split, task), columns, sizeOf, { rowGroupRows, batchBytes })
          : new JsonlSink(fileOf(split, task), jsonlRow);
      sinks.set(key(split, task), { sink, split, task });
    }
  }
  const counts = new Map<string, Map<string, Record<Split, number>>>();
  const domains = new Set<string>();

  let done = 0;
  let excluded = 0;
  const files: ExportedFile[] = [];
  try {
    for await (const record of readRecords(o.dir, source)) {
      if (held.has(record.canonical)) {
        excluded++;
        o.onProgress?.(done + excluded, source.items);
        continue;
      }
      const split = splitOf(record.canonical, fraction);
      const { sink } = sinks.get(key(split, o.splitBy === 'task' ? record.task : null))!;
      const outDir = dirname(resolve(sink.path));
      await sink.add({
        record,
        split,
        index: sink.rows,
        images: columns ? readImages(o.dir, record) : [],
        messages: o.format === 'hf' ? [] : buildMessages(template, record.question, record.images.length, record.id),
        imagePaths: columns ? [] : record.images.map((ref) => relative(outDir, resolve(o.dir, ref.path))),
      });
      done++;
      if (hub) {
        const byLevel = counts.get(record.task) ?? counts.set(record.task, new Map()).get(record.task)!;
        const level = record.level === null ? 'none' : String(record.level);
        const n = byLevel.get(level) ?? byLevel.set(level, { train: 0, test: 0 }).get(level)!;
        n[split]++;
        domains.add(record.domain);
      }
      o.onProgress?.(done + excluded, source.items);
    }
    for (const { sink, split, task } of sinks.values()) {
      if (sink instanceof ShardedParquetSink) {
        for (const shard of await sink.closeShards()) files.push({ split, task, ...shard });
      } else {
        const info = await sink.close();
        files.push({ path: sink.path, split, task, rows: sink.rows, ...info });
      }
    }
  } catch (e) {
    // Files already renamed into place stay (each is complete); the manifest is not written.
    for (const { sink } of sinks.values()) sink.abort();
    throw e;
  }
  const manifest = singleFile ? `${o.out}.manifest.json` : join(o.out, 'export-manifest.json');
  const base = dirname(resolve(manifest));
  const card = hub ? join(o.out, 'README.md') : undefined;
  if (card) {
    const rel = (p: string) => relative(base, resolve(p)).split(sep).join('/');
    const text = buildCard({
      name: o.name ?? basename(resolve(o.out)),
      license: o.license ?? 'cc-by-4.0',
      columns: columns!,
      files: files.map((f) => ({ ...f, path: rel(f.path) })),
      counts,
      domains: [...domains].sort(),
      source,
      exportCommand: o.command ?? `npx veriforge export dataset --format hf --out ${basename(resolve(o.out))}${fraction ? ` --test-fraction ${fraction}` : ''}${o.splitBy ? ` --split-by ${o.splitBy}` : ''}`,
    });
    writeAtomic(card, text);
  }
  writeAtomic(
    manifest,
    JSON.stringify(
      JSON.parse(
        stableStringify({
          tool: 'veriforge',
          version: TOOL_VERSION,
          kind: 'export',
          format: o.format,
          source: { dir: o.dir, items: source.items, plan: source.plan },
          template: o.format === 'hf' ? null : template,
          testFraction: fraction,
          splitBy: o.splitBy ?? null,
          exclude: o.exclude ?? [],
          excluded,
          rowGroupRows: columns ? rowGroupRows : null,
          ...(hub ? { card: 'README.md', maxShardBytes } : {}),
          columns: columns ? columns.map((c) => c.name) : null,
          files: files.map((f) => ({ ...f, path: relative(base, resolve(f.path)) })),
        }),
      ),
      null,
      2,
    ) + '\n',
  );
  return { files, rows: done, excluded, bytes: files.reduce((s, f) => s + f.bytes, 0), manifest, card };
}
