// Runs CadQuery programs from files, one at a time, in the same sandbox as the cad-code verifier
// (the kernel worker with its step, operation, CPU and wall-clock limits: a hostile file cannot
// hang a run) and reports what they built. `veriforge cad run` and `veriforge cad check` print
// these reports; the corpus test and bench use them too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runCad, type MeshData, type RunResult } from '../../generators/cad/kernel/index.js';

/** Files larger than this are refused unread: real CadQuery programs are a few kB. */
export const MAX_FILE_BYTES = 256 * 1024;

export type Outcome = 'executed' | 'refused' | 'failed';

export interface ProgramReport {
  file: string;
  outcome: Outcome;
  /** Kernel stage of a refusal or failure (syntax, unsupported, forbidden, limit, runtime, geometry). */
  stage?: string;
  /** The full message, with its line. */
  error?: string;
  /** The message reduced to what it is about (no line, numbers or details): tallies group by it. */
  reason?: string;
  volume?: number;
  area?: number;
  bbox?: [[number, number, number], [number, number, number]];
  solids?: number;
  faces?: number;
  edges?: number;
  /** OpenCascade's B-rep check (BRepCheck_Analyzer) passed. */
  valid?: boolean;
  ms: number;
}

/**
 * Refusals are the interpreter saying no on purpose (a construct outside the subset, a forbidden
 * name, a limit); failures are programs it accepted whose geometry or runtime went wrong.
 */
const REFUSED = new Set(['syntax', 'unsupported', 'forbidden', 'limit']);

/** A message without its line prefix, details after the first ';' and free-standing numbers. */
export function reasonOf(stage: string, error: string): string {
  const core = error.replace(/^line \d+: /, '').split('; ')[0];
  // Numbers outside quotes vary from file to file ("exceeded 4000 ms"); quoted text names the construct.
  const parts = core.split(/("[^"]*")/).map((s, i) => (i % 2 ? s : s.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, 'N')));
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return `${stage}: ${text.length > 90 ? `${text.slice(0, 87)}...` : text}`;
}

export interface RunOptionsCli {
  /** Tessellate (for views and STL). */
  mesh?: boolean;
  step?: boolean;
}

export interface RunOutput {
  report: ProgramReport;
  mesh?: MeshData;
  step?: string;
}

/** Reports a kernel result; `file` is the name shown. */
export function reportOf(file: string, r: RunResult): ProgramReport {
  if (!r.ok) return { file, outcome: REFUSED.has(r.stage) ? 'refused' : 'failed', stage: r.stage, error: r.error, reason: reasonOf(r.stage, r.error), ms: Math.round(r.ms) };
  return { file, outcome: 'executed', volume: r.volume, area: r.area, bbox: r.bbox, solids: r.solids, faces: r.faces, edges: r.edges, valid: r.valid, ms: Math.round(r.ms) };
}

/** Runs one program's source; never throws. */
export function runProgram(file: string, src: string, opts: RunOptionsCli = {}): RunOutput {
  const run = () => runCad(src, { check: true, step: opts.step, mesh: opts.mesh ? { relTolerance: 0.001, angularTolerance: 0.2 } : undefined });
  let r = run();
  // A kernel worker that could not load in time (a heavily loaded machine) says nothing about
  // the program: one more try with a fresh worker.
  if (!r.ok && r.stage === 'runtime' && /worker did not start/.test(r.error)) r = run();
  return { report: reportOf(file, r), mesh: r.ok ? r.mesh : undefined, step: r.ok ? r.step : undefined };
}

/** Reads and runs one file; unreadable or oversized files are refused with a reason. */
export function runFile(path: string, opts: RunOptionsCli = {}, shownAs = path): RunOutput {
  let src: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      const error = `file is ${size} bytes, more than the ${MAX_FILE_BYTES} bytes a program may have`;
      return { report: { file: shownAs, outcome: 'refused', stage: 'limit', error, reason: 'limit: file too large', ms: 0 } };
    }
    src = readFileSync(path, 'utf8');
  } catch (e) {
    const error = `cannot read the file: ${(e as Error).message}`;
    return { report: { file: shownAs, outcome: 'failed', stage: 'io', error, reason: 'io: unreadable file', ms: 0 } };
  }
  return runProgram(shownAs, src, opts);
}

/** The .py files under `dir`, recursively, in a stable (sorted) order. */
export function programFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.py')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export interface CheckSummary {
  total: number;
  executed: number;
  refused: number;
  failed: number;
  /** Programs whose solid failed OpenCascade's B-rep check (counted among the executed). */
  invalid: number;
  /** Counts by reason, most frequent first. */
  refusedBy: [string, number][];
  failedBy: [string, number][];
  /** Executed programs per folder directly under the checked one (styles of a corpus). */
  byFolder: Record<string, { total: number; executed: number }>;
  reports: ProgramReport[];
  seconds: number;
}

const tally = (reports: ProgramReport[], o: Outcome): [string, number][] => {
  const m = new Map<string, number>();
  for (const r of reports) if (r.outcome === o) m.set(r.reason!, (m.get(r.reason!) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
};

/** Runs every program under `dir` (or the given files); `onProgress` after each. */
export function checkPrograms(dir: string, onProgress?: (done: number, total: number) => void, files = programFiles(dir)): CheckSummary {
  const t0 = performance.now();
  const reports: ProgramReport[] = [];
  const byFolder: CheckSummary['byFolder'] = {};
  for (const f of files) {
    const rel = relative(dir, f);
    const r = runFile(f, {}, rel).report;
    reports.push(r);
    const folder = rel.includes('/') ? rel.split('/')[0] : '.';
    const b = (byFolder[folder] ??= { total: 0, executed: 0 });
    b.total++;
    if (r.outcome === 'executed') b.executed++;
    onProgress?.(reports.length, files.length);
  }
  const n = (o: Outcome) => reports.filter((r) => r.outcome === o).length;
  return {
    total: reports.length,
    executed: n('executed'),
    refused: n('refused'),
    failed: n('failed'),
    invalid: reports.filter((r) => r.outcome === 'executed' && r.valid === false).length,
    refusedBy: tally(reports, 'refused'),
    failedBy: tally(reports, 'failed'),
    byFolder,
    reports,
    seconds: (performance.now() - t0) / 1000,
  };
}

/** Binary STL of a triangle mesh (facet normals from the winding, counter-clockwise outside). */
export function stlOf(mesh: Pick<MeshData, 'positions' | 'indices'>, name = 'veriforge'): Buffer {
  const n = mesh.indices.length / 3;
  const buf = Buffer.alloc(84 + 50 * n);
  buf.write(name.slice(0, 79), 0, 'ascii');
  buf.writeUInt32LE(n, 80);
  const p = mesh.positions;
  for (let t = 0; t < n; t++) {
    const [a, b, c] = [0, 1, 2].map((k) => 3 * mesh.indices[3 * t + k]);
    const u = [p[b] - p[a], p[b + 1] - p[a + 1], p[b + 2] - p[a + 2]];
    const v = [p[c] - p[a], p[c + 1] - p[a + 1], p[c + 2] - p[a + 2]];
    const nx = u[1] * v[2] - u[2] * v[1];
    const ny = u[2] * v[0] - u[0] * v[2];
    const nz = u[0] * v[1] - u[1] * v[0];
    const l = Math.hypot(nx, ny, nz) || 1;
    let o = 84 + 50 * t;
    for (const x of [nx / l, ny / l, nz / l]) o = buf.writeFloatLE(x, o);
    for (const i of [a, b, c]) for (let k = 0; k < 3; k++) o = buf.writeFloatLE(p[i + k], o);
  }
  return buf;
}
