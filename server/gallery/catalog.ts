import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { VeriforgeError } from '../../core/errors.js';
import { readManifest } from '../../datasets/manifest.js';
import type { DatasetRecord } from '../../datasets/record.js';

/** Where one record lives: enough to filter without keeping records in memory. */
interface Entry {
  id: string;
  task: string;
  level: number | null;
  file: string;
  offset: number;
  length: number;
}

export interface Facets {
  tasks: { task: string; count: number; levels: (number | null)[] }[];
}

const MIME: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.svg': 'image/svg+xml' };

/**
 * A read-only index of a dataset folder for the gallery: one scan at start keeps each record's id,
 * task, level and byte range; pages read their records from disk, so memory stays small.
 */
export class Catalog {
  private readonly entries: Entry[] = [];
  private readonly byId = new Map<string, Entry>();
  readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
    const manifest = readManifest(dir);
    for (const part of manifest.parts) {
      const file = join(this.dir, part.file);
      const buf = readFileSync(file);
      let start = 0;
      let line = 0;
      while (start < buf.length) {
        let end = buf.indexOf(10, start);
        if (end < 0) end = buf.length;
        line++;
        if (end > start) {
          let r: DatasetRecord;
          try {
            r = JSON.parse(buf.toString('utf8', start, end));
          } catch (e) {
            throw new VeriforgeError(`${file} line ${line}: not valid JSON (${(e as Error).message})`);
          }
          const entry = { id: r.id, task: r.task, level: r.level, file, offset: start, length: end - start };
          this.entries.push(entry);
          this.byId.set(r.id, entry);
        }
        start = end + 1;
      }
    }
  }

  get size(): number {
    return this.entries.length;
  }

  facets(): Facets {
    const m = new Map<string, { count: number; levels: Set<number | null> }>();
    for (const e of this.entries) {
      const f = m.get(e.task) ?? { count: 0, levels: new Set() };
      f.count++;
      f.levels.add(e.level);
      m.set(e.task, f);
    }
    return {
      tasks: [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([task, f]) => ({ task, count: f.count, levels: [...f.levels].sort((a, b) => (a ?? 0) - (b ?? 0)) })),
    };
  }

  /** A page of records matching the filters (null = any). */
  page(task: string | null, level: number | null, offset: number, limit: number): { total: number; records: DatasetRecord[] } {
    const hits = this.entries.filter((e) => (task === null || e.task === task) && (level === null || e.level === level));
    return { total: hits.length, records: hits.slice(offset, offset + limit).map((e) => this.read(e)) };
  }

  get(id: string): DatasetRecord | undefined {
    const e = this.byId.get(id);
    return e && this.read(e);
  }

  private read(e: Entry): DatasetRecord {
    const fd = openSync(e.file, 'r');
    try {
      const buf = Buffer.alloc(e.length);
      readSync(fd, buf, 0, e.length, e.offset);
      return JSON.parse(buf.toString('utf8'));
    } finally {
      closeSync(fd);
    }
  }

  /** Bytes and type of image `k` of a record; undefined when absent or outside the dataset folder. */
  image(r: DatasetRecord, k: number): { bytes: Buffer; type: string } | undefined {
    const ref = r.images[k];
    if (!ref) return undefined;
    const path = resolve(this.dir, ref.path);
    const rel = relative(this.dir, path);
    if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
    try {
      return { bytes: readFileSync(path), type: MIME[extname(path).toLowerCase()] ?? 'application/octet-stream' };
    } catch {
      return undefined;
    }
  }
}
