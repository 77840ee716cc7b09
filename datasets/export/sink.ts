import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';

/** Where export rows go: a Parquet or JSONL file written to a temp name and renamed when complete. */
export interface Sink<R> {
  readonly path: string;
  rows: number;
  add(row: R): Promise<void>;
  /** Finishes the file and renames it into place. */
  close(): Promise<FileInfo>;
  /** Removes the temp file after a failure. */
  abort(): void;
}

export interface FileInfo {
  bytes: number;
  sha256: string;
}

export const tempPath = (path: string) => `${path}.tmp-${process.pid}`;

/** A file written through a stream with back-pressure, renamed into place when complete. */
export class AtomicFileStream {
  private readonly out;
  private bytes = 0;
  private readonly hash = createHash('sha256');

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.out = createWriteStream(tempPath(path));
  }

  async write(chunk: Uint8Array | string): Promise<void> {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.bytes += buf.byteLength;
    this.hash.update(buf);
    // once() rejects when the stream emits 'error' while we wait.
    if (!this.out.write(buf)) await once(this.out, 'drain');
  }

  async finish(): Promise<FileInfo> {
    this.out.end();
    await once(this.out, 'close');
    renameSync(tempPath(this.path), this.path);
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  abort(): void {
    this.out.destroy();
    rmSync(tempPath(this.path), { force: true });
  }
}
