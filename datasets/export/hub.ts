/**
 * The Hugging Face Hub layout of `export --format hf --out DIR`: Parquet shards named as the Hub
 * names them (data/{split}-NNNNN-of-NNNNN.parquet, data/{task}/... per config with --split-by task)
 * and a README.md dataset card whose YAML front matter declares the configs, the features (the same
 * ones as the files' `huggingface` schema metadata) and the split sizes. `push_to_hub` /
 * `huggingface-cli upload` of the folder gives a working viewer; `datasets.load_dataset(DIR)` reads it.
 */
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Column } from './columns.js';
import type { ExportRow } from './layouts.js';
import { ParquetSink, type ParquetOptions } from './parquet.js';
import type { FileInfo, Sink } from './sink.js';
import type { Split } from './split.js';

export const DEFAULT_MAX_SHARD_BYTES = 500 << 20; // the Hub's own push_to_hub default

export interface Shard extends FileInfo {
  path: string;
  rows: number;
}

const pad = (n: number) => String(n).padStart(5, '0');
/** The Hub's shard name: {split}-00000-of-00003.parquet. */
export const shardName = (split: string, k: number, n: number) => `${split}-${pad(k)}-of-${pad(n)}.parquet`;
const SHARD = /^(train|test)-\d{5}-of-\d{5}\.parquet$/;

/**
 * Parquet rows of one split of one config, cut into shards of at most `maxShardBytes` (by the rows'
 * size estimate). Shards are written under provisional names; `closeShards` renames them to
 * {split}-k-of-n once n is known and removes shards of an earlier export that are not part of this one.
 */
export class ShardedParquetSink implements Sink<ExportRow> {
  rows = 0;
  private current: ParquetSink<ExportRow> | null = null;
  private currentBytes = 0;
  private readonly done: Shard[] = [];

  constructor(
    readonly path: string, // the folder: data/ or data/{task}/
    private readonly split: Split,
    private readonly columns: Column<ExportRow>[],
    private readonly sizeOf: (row: ExportRow) => number,
    private readonly opts: ParquetOptions & { maxShardBytes: number },
  ) {}

  private provisional(k: number): string {
    return join(this.path, `.${this.split}-${pad(k)}.parquet`);
  }

  async add(row: ExportRow): Promise<void> {
    const size = this.sizeOf(row);
    if (this.current && this.currentBytes + size > this.opts.maxShardBytes) await this.rotate();
    this.current ??= new ParquetSink(this.provisional(this.done.length), this.columns, this.sizeOf, this.opts);
    await this.current.add(row);
    this.currentBytes += size;
    this.rows++;
  }

  private async rotate(): Promise<void> {
    const s = this.current!;
    this.done.push({ path: s.path, rows: s.rows, ...(await s.close()) });
    this.current = null;
    this.currentBytes = 0;
  }

  /** Finishes every shard and gives each its final name; an empty split still gets one (schema only). */
  async closeShards(): Promise<Shard[]> {
    this.current ??= new ParquetSink(this.provisional(this.done.length), this.columns, this.sizeOf, this.opts);
    await this.rotate();
    const n = this.done.length;
    const final = this.done.map((s, k) => {
      const path = join(this.path, shardName(this.split, k, n));
      renameSync(s.path, path);
      return { ...s, path };
    });
    const keep = new Set(final.map((s) => s.path));
    for (const f of readdirSync(this.path)) {
      const p = join(this.path, f);
      if (SHARD.test(f) && f.startsWith(`${this.split}-`) && !keep.has(p)) rmSync(p);
    }
    return final;
  }

  async close(): Promise<FileInfo> {
    throw new Error('ShardedParquetSink: use closeShards()');
  }

  abort(): void {
    this.current?.abort();
    for (const s of this.done) rmSync(s.path, { force: true });
  }
}

/** A `datasets` feature (the JSON of the schema metadata) in the card's YAML form, as `datasets` writes it. */
export function yamlFeature(name: string, feature: unknown): Record<string, unknown> {
  return { name, ...yamlType(feature) };
}

function yamlType(f: unknown): Record<string, unknown> {
  if (Array.isArray(f)) {
    const inner = yamlType(f[0]);
    // `list: image` for a single dtype, `list: [fields]` for a struct, as `datasets` simplifies them.
    const keys = Object.keys(inner);
    return { list: keys.length === 1 && keys[0] === 'dtype' ? inner.dtype : keys.length === 1 && keys[0] === 'struct' ? inner.struct : inner };
  }
  const o = f as Record<string, unknown>;
  if (o._type === 'Value') return { dtype: o.dtype };
  if (o._type === 'Image') return { dtype: 'image' };
  if (o._type) throw new Error(`no YAML form for feature type ${String(o._type)}`);
  return { struct: Object.entries(o).map(([n, sub]) => yamlFeature(n, sub)) };
}

const SIZES: [number, string][] = [
  [1e3, 'n<1K'],
  [1e4, '1K<n<10K'],
  [1e5, '10K<n<100K'],
  [1e6, '100K<n<1M'],
  [1e7, '1M<n<10M'],
  [1e8, '10M<n<100M'],
];
export const sizeCategory = (n: number) => SIZES.find(([max]) => n < max)?.[1] ?? '100M<n<1B';

/** The folder of a config's shards: data/, or data/{task}/ with --split-by task. */
export const shardDir = (root: string, task: string | null) => (task ? join(root, 'data', task) : join(root, 'data'));
