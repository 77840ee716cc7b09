import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { BWRAP, bwrapArgs, SANDBOX_UID, SandboxUnavailableError, sandboxProblem } from './bwrap.js';
import { admitFigure, type FigureExtract } from './figure.js';

export interface RunOptions {
  /** Wall-clock limit of the candidate, from fork to captured figure (default 10 000 ms). */
  timeoutMs?: number;
  /** CPU seconds (RLIMIT_CPU; default: the wall limit rounded up). */
  cpuSeconds?: number;
  /** Address space the candidate may add to the pre-imported zygote, in MiB (RLIMIT_AS; default 1024). */
  memoryMB?: number;
  /** Largest file the candidate may write, in MiB (RLIMIT_FSIZE; default 16). */
  fileMB?: number;
  /** Processes and threads of the sandbox user (RLIMIT_NPROC; default 64). */
  processes?: number;
  /** A bigger figure is rendered at a lower dpi so it has at most this many pixels (default 4 000 000). */
  maxPixels?: number;
  /** Return the full RGBA render (default true; verification needs only the thumbnail). */
  rgba?: boolean;
  /** Also encode the render as PNG (generation wants it; verification does not). Needs rgba. */
  png?: boolean;
  /** Measure every text's box (`size`, `quad`; default true): legibility checks need them, scoring does not. */
  boxes?: boolean;
  /** Also return a grey thumbnail area-averaged to [width, height] (height 0: keep the aspect). */
  thumb?: [number, number];
}

/** A grey image, one byte per pixel. */
export interface Grey {
  width: number;
  height: number;
  data: Buffer;
}

export interface Raster {
  width: number;
  height: number;
  /** RGBA, row-major, 4 bytes per pixel. */
  data: Buffer;
}

export interface RunResult {
  /** True when the script ran to its end without an error and a figure was captured. */
  ok: boolean;
  /** Why not: the script's traceback (its own frames only), a limit, or no figure. */
  error?: string;
  /** The script's stdout and stderr, first 16 KiB. Never parsed: printing cannot forge a result. */
  stdout: string;
  timeMs: number;
  figure?: FigureExtract;
  raster?: Raster;
  thumb?: Grey;
  png?: Buffer;
  /** Where the job's time went, as the sandbox measured it (benches read it; not part of any score). */
  cost?: JobCost;
}

/** CPU milliseconds of one job's child, by phase, and its page faults (copy-on-write of the zygote). */
export interface JobCost {
  /** The whole child: set-up after the fork, script, render, extraction, result. */
  cpuMs: number;
  setupCpuMs: number;
  scriptCpuMs: number;
  drawCpuMs: number;
  extractCpuMs: number;
  minorFaults: number;
}

export interface PoolOptions {
  /** Zygotes (default: one per core in the main thread, one in a worker thread). */
  size?: number;
  /** Modules each zygote imports once (default numpy, matplotlib, pandas, seaborn, scipy.stats). */
  preload?: string[];
  /** Private /tmp of each zygote, bytes (default 64 MiB). */
  tmpBytes?: number;
  /**
   * Fork each job's child ahead, while the last result is scored (default true): the fork and the
   * child's set-up leave the job's path. Each job still gets a fresh child. Off only to measure it.
   */
  prefork?: boolean;
  /**
   * Have each spare child take its copies of the pages children write (learnt once per zygote) in one
   * madvise call per run, instead of one page fault each. 'auto' (the default): only where the host
   * charges clearly more for a fault than for a populated page (measured once per zygote); true or
   * false force it, to measure it.
   */
  populate?: boolean | 'auto';
}

const DEFAULT_PRELOAD = ['pandas', 'seaborn', 'scipy.stats', 'matplotlib.gridspec', 'matplotlib.ticker', 'mpl_toolkits.mplot3d'];
/** How long past the job's own limit Node waits for the zygote before killing the whole sandbox. */
const GRACE_MS = 3000;
const MAX_RESULT_BYTES = 64 * 1024 * 1024;

interface Job {
  code: string;
  opts: RunOptions;
  resolve(r: RunResult): void;
}

interface Zygote {
  proc: ChildProcess;
  ready: Promise<void>;
  job: (Job & { id: string; timer: NodeJS.Timeout }) | null;
  /** Bytes read from the zygote and not yet parsed (chunks, joined only when a frame is complete). */
  chunks: Buffer[];
  have: number;
  /** The header of a frame whose raster is still arriving. */
  pending: { head: Record<string, any>; start: number; total: number } | null;
  stderr: string;
  /** Has imported matplotlib and said so. */
  up: boolean;
  dead: boolean;
}

const living = new Set<ChildProcess>();
let exitHook = false;
/** Kills every zygote's process group when Node exits normally; bwrap's --die-with-parent covers SIGKILL. */
function killAllOnExit(): void {
  if (exitHook) return;
  exitHook = true;
  process.on('exit', () => {
    for (const p of living) killGroup(p);
  });
}

function killGroup(p: ChildProcess): void {
  try {
    if (p.pid) process.kill(-p.pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

/**
 * A pool of sandboxed matplotlib zygotes. Each zygote is one bubblewrap sandbox holding a python
 * that imported matplotlib once and forks a child per job; jobs queue for a free zygote. A zygote
 * that dies (a candidate killed it, or it overran its limit) is replaced; if none can start at all,
 * every job is answered with the reason. Processes never keep Node alive and die with it.
 */
export class MatplotlibPool {
  readonly size: number;
  readonly stats = { jobs: 0, timeouts: 0, restarts: 0 };
  private readonly zygotes: Zygote[] = [];
  private readonly queue: Job[] = [];
  private readonly preload: string[];
  private readonly tmpBytes: number;
  private readonly prefork: boolean;
  private readonly populate: boolean | 'auto';
  private broken: string | null = null;
  private closed = false;
  /** A referenced timer while zygotes start or jobs run: the processes themselves never hold Node open. */
  private hold: NodeJS.Timeout | null = null;

  constructor(opts: PoolOptions = {}) {
    const problem = sandboxProblem();
    if (problem) throw new SandboxUnavailableError(problem);
    this.size = Math.max(1, opts.size ?? (isMainThread ? availableParallelism() : 1));
    this.preload = opts.preload ?? DEFAULT_PRELOAD;
    this.tmpBytes = opts.tmpBytes ?? 64 * 1024 * 1024;
    this.prefork = opts.prefork !== false;
    this.populate = opts.populate ?? 'auto';
    killAllOnExit();
    for (let i = 0; i < this.size; i++) this.zygotes.push(this.spawn());
    this.updateHold();
  }

  /** Resolves when every zygote has imported matplotlib; rejects with the reason when they cannot start. */
  async ready(): Promise<void> {
    await Promise.all(this.zygotes.map((z) => z.ready));
  }

  /** Process ids of the bubblewrap processes (for tests that check nothing is left behind). */
  pids(): number[] {
    return this.zygotes.map((z) => z.proc.pid!).filter(Boolean);
  }

  /** Runs one script. Never rejects: every failure is a result with ok false and an error. */
  run(code: string, opts: RunOptions = {}): Promise<RunResult> {
    return new Promise((resolve) => {
      if (this.closed || this.broken) return resolve(failure(this.broken ?? 'the matplotlib pool is closed'));
      if (typeof code !== 'string') return resolve(failure('the script must be a string'));
      this.queue.push({ code, opts, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const z of this.zygotes) this.retire(z);
    for (const j of this.queue.splice(0)) j.resolve(failure('the matplotlib pool is closed'));
    this.updateHold();
  }

  private spawn(): Zygote {
    const asRoot = process.getuid?.() === 0;
    const proc = spawn(BWRAP, bwrapArgs({ tmpBytes: this.tmpBytes, preload: this.preload, prefork: this.prefork, populate: this.populate }), {
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true, // its own process group, so the whole sandbox is killed at once
      env: {},
      ...(asRoot ? { uid: SANDBOX_UID, gid: SANDBOX_UID } : {}),
    });
    living.add(proc);
    proc.unref();
    for (const s of [proc.stdin, proc.stdout, proc.stderr]) (s as unknown as { unref?(): void })?.unref?.();
    let onReady!: () => void;
    let onFail!: (e: Error) => void;
    const z: Zygote = { proc, ready: new Promise((res, rej) => ((onReady = res), (onFail = rej))), job: null, chunks: [], have: 0, pending: null, stderr: '', up: false, dead: false };
    z.ready.catch(() => {});
    proc.stderr!.on('data', (b: Buffer) => (z.stderr = (z.stderr + b.toString()).slice(-2000)));
    proc.stdout!.on('data', (b: Buffer) => {
      z.chunks.push(b);
      z.have += b.length;
      for (let frame = this.frame(z); frame; frame = this.frame(z)) {
        if (frame.head.ready) {
          z.up = true;
          onReady();
          this.pump();
        } else this.finish(z, frame.head, frame.raster);
      }
    });
    proc.stdin!.on('error', () => {});
    proc.on('error', (e) => this.died(z, e.message, onFail));
    proc.on('exit', (code, sig) => this.died(z, `exited (${sig ?? `status ${code}`})`, onFail));
    return z;
  }

  /** One complete frame off the zygote's stdout: 4-byte length, JSON header, then the raster if any. */
  private frame(z: Zygote): { head: Record<string, any>; raster: Buffer } | null {
    const take = (n: number): Buffer | null => {
      if (z.have < n) return null;
      if (z.chunks[0].length < n) z.chunks = [Buffer.concat(z.chunks)];
      return z.chunks[0].subarray(0, n);
    };
    if (!z.pending) {
      const len = take(4);
      if (!len) return null;
      const n = len.readUInt32BE(0);
      const headBytes = take(4 + n);
      if (!headBytes) return null;
      const head = JSON.parse(headBytes.subarray(4).toString('utf8'));
      const rasterBytes = head.ok && head.result ? Number(head.result.rasterBytes) || 0 : 0;
      // Parsed once: while the raster streams in, only the byte count is checked.
      z.pending = { head, start: 4 + n, total: 4 + n + rasterBytes };
    }
    const { head, start, total } = z.pending;
    const all = take(total);
    if (!all) return null;
    const raster = all.subarray(start);
    z.pending = null;
    z.chunks[0] = z.chunks[0].subarray(total);
    z.have -= total;
    if (!z.chunks[0].length) z.chunks.shift();
    return { head, raster };
  }

  private died(z: Zygote, why: string, onFail: (e: Error) => void): void {
    if (z.dead) return;
    z.dead = true;
    living.delete(z.proc);
    killGroup(z.proc);
    const job = z.job;
    z.job = null;
    if (job) {
      clearTimeout(job.timer);
      job.resolve(failure('the sandbox died while running the script (it was restarted)'));
    }
    if (this.closed) return;
    if (!z.up) {
      const stderr = z.stderr.trim().split('\n').slice(-3).join(' | ');
      this.broken = `the matplotlib sandbox cannot start: bwrap ${why}${stderr ? `: ${stderr}` : ''}`;
      onFail(new Error(this.broken));
      for (const j of this.queue.splice(0)) j.resolve(failure(this.broken));
      this.updateHold();
      return;
    }
    this.stats.restarts++;
    const i = this.zygotes.indexOf(z);
    if (i >= 0) this.zygotes[i] = this.spawn();
    this.pump();
  }

  private retire(z: Zygote): void {
    z.dead = true;
    living.delete(z.proc);
    killGroup(z.proc);
    if (z.job) {
      clearTimeout(z.job.timer);
      z.job.resolve(failure('the matplotlib pool is closed'));
      z.job = null;
    }
  }

  private updateHold(): void {
    const busy = !this.closed && !this.broken && (this.queue.length > 0 || this.zygotes.some((z) => z.job || !z.up));
    if (busy && !this.hold) this.hold = setInterval(() => {}, 1 << 30);
    if (!busy && this.hold) {
      clearInterval(this.hold);
      this.hold = null;
    }
  }

  private pump(): void {
    this.pumpJobs();
    this.updateHold();
  }

  private pumpJobs(): void {
    for (const z of this.zygotes) {
      if (!this.queue.length) return;
      // A zygote still importing is skipped: its 'ready' frame calls pump again.
      if (z.job || z.dead || !z.up) continue;
      const job = this.queue.shift()!;
      const timeoutMs = clamp(job.opts.timeoutMs ?? 10_000, 100, 600_000);
      const header = {
        id: randomUUID(),
        code: job.code,
        timeoutMs,
        cpuSeconds: clamp(job.opts.cpuSeconds ?? Math.ceil(timeoutMs / 1000), 1, 600),
        memoryMB: clamp(job.opts.memoryMB ?? 1024, 64, 65536),
        fileMB: clamp(job.opts.fileMB ?? 16, 1, 4096),
        processes: clamp(job.opts.processes ?? 64, 8, 4096),
        maxPixels: clamp(job.opts.maxPixels ?? 4_000_000, 10_000, 40_000_000),
        maxResultBytes: MAX_RESULT_BYTES,
        rgba: job.opts.rgba !== false,
        boxes: job.opts.boxes !== false,
        thumb: job.opts.thumb ? [clamp(job.opts.thumb[0], 8, 2048), job.opts.thumb[1] ? clamp(job.opts.thumb[1], 8, 2048) : 0] : null,
      };
      // The zygote enforces the limit itself; this timer is for a zygote that no longer answers.
      const timer = setTimeout(() => {
        this.stats.timeouts++;
        killGroup(z.proc);
      }, timeoutMs + GRACE_MS);
      z.job = { ...job, id: header.id, timer };
      const body = Buffer.from(JSON.stringify(header));
      const len = Buffer.alloc(4);
      len.writeUInt32BE(body.length);
      z.proc.stdin!.write(Buffer.concat([len, body]));
    }
  }

  private finish(z: Zygote, head: Record<string, any>, raster: Buffer): void {
    const job = z.job;
    if (!job || head.id !== job.id) return;
    clearTimeout(job.timer);
    z.job = null;
    this.stats.jobs++;
    void this.result(head, raster, job.opts).then(job.resolve);
    this.pump();
  }

  private async result(head: Record<string, any>, raster: Buffer, opts: RunOptions): Promise<RunResult> {
    const stdout = typeof head.stdout === 'string' ? head.stdout : '';
    const timeMs = Number(head.timeMs) || 0;
    if (!head.ok) return { ok: false, error: String(head.error ?? 'failed'), stdout, timeMs };
    const r = head.result ?? {};
    const figure = admitFigure(r.figure);
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
    const width = Number(r.width);
    const height = Number(r.height);
    const cost: JobCost = {
      cpuMs: num(head.child?.cpuMs),
      setupCpuMs: num(r.cpuMs?.setup),
      scriptCpuMs: num(r.cpuMs?.script),
      drawCpuMs: num(r.phases?.drawCpuMs),
      extractCpuMs: num(r.phases?.extractCpuMs),
      minorFaults: num(head.child?.minorFaults),
    };
    const out: RunResult = { ok: false, stdout, timeMs, cost };
    const rgbaBytes = r.rgba ? width * height * 4 : 0;
    const tw = Number(r.thumbWidth) || 0;
    const th = Number(r.thumbHeight) || 0;
    const sized = Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0 && Number.isInteger(tw * th);
    if (figure && sized && raster.length === rgbaBytes + tw * th) {
      out.figure = figure;
      if (rgbaBytes) out.raster = { width, height, data: Buffer.from(raster.subarray(0, rgbaBytes)) };
      if (tw * th) out.thumb = { width: tw, height: th, data: Buffer.from(raster.subarray(rgbaBytes)) };
      if (opts.png && out.raster) {
        const { default: sharp } = await import('sharp');
        out.png = await sharp(out.raster.data, { raw: { width, height, channels: 4 } }).png().toBuffer();
      }
    }
    if (typeof r.error === 'string' && r.error) out.error = r.error;
    else if (!out.figure) out.error = typeof r.captureError === 'string' ? `the figure could not be captured: ${r.captureError}` : 'the script drew no figure';
    else out.ok = true;
    return out;
  }
}

const clamp = (v: number, lo: number, hi: number) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : lo);
const failure = (error: string): RunResult => ({ ok: false, error, stdout: '', timeMs: 0 });

let shared: MatplotlibPool | null = null;

/**
 * The process's (or worker thread's) shared pool, started on first use. Throws
 * SandboxUnavailableError when bubblewrap or matplotlib is missing: code is never run unsandboxed.
 */
export function matplotlibPool(): MatplotlibPool {
  if (!shared) shared = new MatplotlibPool();
  return shared;
}

/** Runs a script in the shared pool. */
export function runMatplotlib(code: string, opts?: RunOptions): Promise<RunResult> {
  return matplotlibPool().run(code, opts);
}

/** Closes the shared pool (its processes also die with this process on their own). */
export async function closeMatplotlibPool(): Promise<void> {
  const p = shared;
  shared = null;
  await p?.close();
}
