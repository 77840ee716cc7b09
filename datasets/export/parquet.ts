import * as arrow from 'apache-arrow';
import * as pw from 'parquet-wasm/node';
import { VeriforgeError } from '../../core/errors.js';
import { schemaOf, toRecordBatch, type Column } from './columns.js';
import { AtomicFileStream, type FileInfo, type Sink } from './sink.js';

const DEFAULT_BATCH_BYTES = 64 << 20;

export interface ParquetOptions {
  /** Rows per row group: `datasets` reads (and streams) a row group at a time. */
  rowGroupRows: number;
  /** A batch is handed to the writer once its rows' byte estimate reaches this (bounds memory). */
  batchBytes?: number;
}

/**
 * Streaming Parquet writer: rows are batched, converted to Arrow and fed to parquet-wasm's stream
 * writer, which emits each finished row group to the file. Memory stays at about one row group.
 */
export class ParquetSink<R> implements Sink<R> {
  rows = 0;
  private pending: R[] = [];
  private pendingBytes = 0;
  private readonly schema: arrow.Schema;
  private readonly file: AtomicFileStream;
  private controller!: ReadableStreamDefaultController<pw.RecordBatch>;
  private wake: (() => void) | undefined;
  private readonly written: Promise<void>;

  constructor(
    readonly path: string,
    private readonly columns: Column<R>[],
    private readonly sizeOf: (row: R) => number,
    private readonly opts: ParquetOptions,
  ) {
    this.schema = schemaOf(columns);
    this.file = new AtomicFileStream(path);
    const batches = new ReadableStream<pw.RecordBatch>(
      { start: (c) => void (this.controller = c), pull: () => this.resume() },
      { highWaterMark: 1 },
    );
    const props = new pw.WriterPropertiesBuilder()
      .setMaxRowGroupSize(opts.rowGroupRows)
      // Large images (multi-view CAD, big charts) close a row group early: it is buffered whole.
      .setMaxRowGroupBytes(opts.batchBytes ?? DEFAULT_BATCH_BYTES)
      .setCompression(pw.Compression.SNAPPY)
      // Image bytes are already compressed and unique: dictionaries only cost time there.
      .setDictionaryEnabled(false)
      .setCreatedBy('veriforge')
      .build();
    const file = this.file;
    this.written = (async () => {
      const out = await pw.transformParquetStream(batches, props);
      for await (const chunk of out as unknown as AsyncIterable<Uint8Array>) await file.write(chunk);
    })();
    this.written.catch(() => this.resume()); // a failed writer must not leave add() waiting forever
  }

  private resume(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  async add(row: R): Promise<void> {
    this.pending.push(row);
    this.rows++;
    this.pendingBytes += this.sizeOf(row);
    if (this.pending.length >= this.opts.rowGroupRows || this.pendingBytes >= (this.opts.batchBytes ?? DEFAULT_BATCH_BYTES)) await this.flush();
  }

  private async flush(): Promise<void> {
    const batch = toRecordBatch(this.columns, this.schema, this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    // Arrow JS → IPC → parquet-wasm; free the wasm table at once, or wasm memory grows per batch.
    const table = pw.Table.fromIPCStream(arrow.tableToIPC(new arrow.Table([batch]), 'stream'));
    const wasmBatch = table.recordBatch(0);
    table.free();
    if (!wasmBatch) throw new VeriforgeError(`${this.path}: the Parquet writer got an empty batch`);
    if ((this.controller.desiredSize ?? 1) <= 0) await Promise.race([new Promise<void>((r) => (this.wake = r)), this.written]);
    this.controller.enqueue(wasmBatch);
  }

  async close(): Promise<FileInfo> {
    // An empty split still gets a file with the schema (a zero-row batch), so pipelines find it.
    if (this.pending.length || this.rows === 0) await this.flush();
    this.controller.close();
    await this.written;
    return this.file.finish();
  }

  abort(): void {
    try {
      this.controller.error(new Error('export aborted'));
    } catch {
      // already closed
    }
    this.file.abort();
  }
}
