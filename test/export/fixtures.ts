import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as arrow from 'apache-arrow';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { generateDataset } from '../../datasets/generate.js';
import { buildPlan } from '../../datasets/plan.js';
import type { DatasetRecord } from '../../datasets/record.js';

export const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `vf-${name}-`));

/** A small real dataset (sudoku and maze) in a temp folder. */
export async function makeDataset(seed: number, tasks: { task: string; count: number; level?: number }[]): Promise<string> {
  const dir = join(tempDir('ds'), 'set');
  await generateDataset(buildPlan({ seed, partSize: 16, tasks }), { outDir: dir });
  return dir;
}

export function records(dir: string): DatasetRecord[] {
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return m.parts.flatMap((p: { file: string }) =>
    readFileSync(join(dir, p.file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)),
  );
}

/**
 * Reads a Parquet file back with hyparquet, an implementation independent of the writer, and takes
 * the Arrow schema (and its `huggingface` metadata) from the file's `ARROW:schema` entry, as pyarrow
 * and `datasets` do.
 */
export async function readParquet(path: string): Promise<{ rows: any[]; schema: arrow.Schema; rowGroups: number; hf: any }> {
  const bytes = readFileSync(path);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const meta = parquetMetadata(file);
  const stored = meta.key_value_metadata?.find((kv) => kv.key === 'ARROW:schema')?.value;
  if (!stored) throw new Error(`${path}: no ARROW:schema entry`);
  const reader = arrow.RecordBatchReader.from(Buffer.from(stored, 'base64'));
  reader.open();
  const rows = await parquetReadObjects({ file, utf8: false });
  return { rows, schema: reader.schema, rowGroups: meta.row_groups.length, hf: JSON.parse(reader.schema.metadata.get('huggingface') ?? 'null') };
}
