import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { VeriforgeError } from '../core/errors.js';
import { readManifest, type Manifest } from './manifest.js';
import type { DatasetRecord } from './record.js';

/** Streams every record of a dataset folder in part order (constant memory). */
export async function* readRecords(dir: string, manifest: Manifest = readManifest(dir)): AsyncGenerator<DatasetRecord> {
  for (const part of manifest.parts) {
    const lines = createInterface({ input: createReadStream(join(dir, part.file), 'utf8'), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line) continue;
      try {
        yield JSON.parse(line) as DatasetRecord;
      } catch (e) {
        throw new VeriforgeError(`${join(dir, part.file)} line ${n}: not valid JSON (${(e as Error).message})`);
      }
    }
  }
}

export async function findRecord(dir: string, id: string): Promise<DatasetRecord> {
  for await (const r of readRecords(dir)) if (r.id === id) return r;
  throw new VeriforgeError(`--id ${id}: no such item in ${dir}`);
}

export function readImage(dir: string, path: string): Buffer {
  return readFileSync(join(dir, path));
}
