import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as arrow from 'apache-arrow';
import * as pw from 'parquet-wasm/node';
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

/** Reads a Parquet file back with parquet-wasm into an Arrow JS table, plus its row-group count. */
export async function readParquet(path: string): Promise<{ table: arrow.Table; rowGroups: number; hf: any }> {
  const bytes = readFileSync(path);
  const table = arrow.tableFromIPC(pw.readParquet(bytes).intoIPCStream());
  const file = await pw.ParquetFile.fromFile(new Blob([bytes]));
  const rowGroups = file.metadata().numRowGroups();
  const hf = JSON.parse(table.schema.metadata.get('huggingface') ?? 'null');
  return { table, rowGroups, hf };
}

/** Rows as plain objects (structs and lists converted). */
export function rows(table: arrow.Table): any[] {
  const plain = (v: unknown): unknown => {
    if (v instanceof Uint8Array) return v;
    if (v instanceof arrow.Vector) return [...v].map(plain);
    if (v && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      return Object.fromEntries(Object.entries((v as { toJSON(): object }).toJSON()).map(([k, x]) => [k, plain(x)]));
    }
    return v;
  };
  return table.toArray().map((r) => plain(r));
}
