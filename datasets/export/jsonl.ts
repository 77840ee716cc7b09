import { stableStringify } from '../../core/canonical.js';
import { AtomicFileStream, type FileInfo, type Sink } from './sink.js';

/** JSONL export: one stable-key JSON object per line, buffered into ~1 MB writes. */
export class JsonlSink<R> implements Sink<R> {
  rows = 0;
  private buffer: string[] = [];
  private bufferChars = 0;
  private readonly file: AtomicFileStream;

  constructor(
    readonly path: string,
    private readonly toJson: (row: R) => unknown,
  ) {
    this.file = new AtomicFileStream(path);
  }

  async add(row: R): Promise<void> {
    const line = stableStringify(this.toJson(row)) + '\n';
    this.buffer.push(line);
    this.bufferChars += line.length;
    this.rows++;
    if (this.bufferChars >= 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.buffer.join('');
    this.buffer = [];
    this.bufferChars = 0;
    await this.file.write(text);
  }

  async close(): Promise<FileInfo> {
    await this.flush();
    return this.file.finish();
  }

  abort(): void {
    this.file.abort();
  }
}
