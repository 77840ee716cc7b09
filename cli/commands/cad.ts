import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { FieldError } from '../../core/errors.js';
import type { CheckSummary, ProgramReport } from '../../verifiers/cad/run-program.js';
import { progressBar } from '../progress.js';

const fx = (x: number) => (Math.abs(x) >= 1e6 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toExponential(4) : String(Math.round(x * 1e4) / 1e4));

function printReport(r: ProgramReport): void {
  const out: string[] = [];
  if (r.outcome !== 'executed') {
    out.push(`${r.file}: ${r.outcome} (${r.stage}) in ${r.ms} ms`, `  ${r.error}`);
  } else {
    const [lo, hi] = r.bbox!;
    out.push(
      `${r.file}: executed in ${r.ms} ms`,
      `  volume        ${fx(r.volume!)} mm³`,
      `  surface area  ${fx(r.area!)} mm²`,
      `  bounding box  (${lo.map(fx).join(', ')}) – (${hi.map(fx).join(', ')})  size ${[0, 1, 2].map((k) => fx(hi[k] - lo[k])).join(' × ')} mm`,
      `  solids ${r.solids}   faces ${r.faces}   edges ${r.edges}`,
      `  valid         ${r.valid ? 'yes (OpenCascade B-rep check passed)' : 'NO: the B-rep check failed'}`,
    );
  }
  process.stdout.write(out.join('\n') + '\n');
}

function printSummary(s: CheckSummary, dir: string): void {
  const pct = (n: number) => (s.total ? `${((100 * n) / s.total).toFixed(1)} %` : '-');
  const rows: string[] = [`${dir}: ${s.total} programs in ${s.seconds.toFixed(1)} s`, ''];
  const line = (label: string, n: number) => rows.push(`  ${label.padEnd(72)} ${String(n).padStart(5)}  ${pct(n).padStart(7)}`);
  line('executed', s.executed);
  if (s.invalid) line('  of which fail the B-rep check', s.invalid);
  line('refused', s.refused);
  for (const [r, n] of s.refusedBy) line(`  ${r}`, n);
  line('failed', s.failed);
  for (const [r, n] of s.failedBy) line(`  ${r}`, n);
  const folders = Object.entries(s.byFolder);
  if (folders.length > 1) {
    rows.push('', '  by folder');
    for (const [f, b] of folders) rows.push(`    ${f.padEnd(30)} ${String(b.executed).padStart(5)} / ${String(b.total).padEnd(5)} executed`);
  }
  process.stdout.write(rows.join('\n') + '\n');
}

interface RunFlags {
  json?: boolean;
  png?: string;
  size: string;
  step?: string;
  stl?: string;
}

export function registerCad(program: Command): void {
  const cad = program.command('cad').description('run CadQuery programs in the sandboxed interpreter (the cad-code verifier runs candidates the same way)');
  cad
    .command('run <file>')
    .description('execute one CadQuery program: volume, area, bounding box, solid/face/edge counts, validity; optionally the four views, STEP and STL')
    .option('--json', 'print the report as JSON')
    .option('--png <dir>', 'write the four views (iso, front, top, right) as PNG files into this folder')
    .option('--size <px>', 'pixel size of each view', '512')
    .option('--step <file>', 'write the solid as STEP (AP214)')
    .option('--stl <file>', 'write the solid as binary STL')
    .action(async (file: string, o: RunFlags) => {
      const size = Number(o.size);
      if (!Number.isInteger(size) || size < 64 || size > 4096) throw new FieldError('--size', o.size, 'an integer from 64 to 4096');
      const { runFile, stlOf } = await import('../../verifiers/cad/run-program.js');
      const { closeKernel } = await import('../../generators/cad/kernel/index.js');
      const { report, mesh, step } = runFile(file, { mesh: !!(o.png || o.stl), step: !!o.step });
      closeKernel();
      const written: string[] = [];
      if (report.outcome === 'executed') {
        if (o.step && step) writeFileSync(o.step, step), written.push(o.step);
        if (o.stl && mesh) writeFileSync(o.stl, stlOf(mesh)), written.push(o.stl);
        if (o.png && mesh) {
          const { meshScenes } = await import('../../generators/cad/part.js');
          const { renderMesh } = await import('../../renderers/mesh/index.js');
          mkdirSync(o.png, { recursive: true });
          for (const scene of meshScenes(mesh, report.bbox!, size)) {
            const path = join(o.png, `${scene.view}.png`);
            writeFileSync(path, (await renderMesh(scene)).bytes);
            written.push(path);
          }
        }
      }
      if (o.json) process.stdout.write(JSON.stringify({ ...report, written }, null, 2) + '\n');
      else {
        printReport(report);
        for (const w of written) process.stdout.write(`  wrote ${w}\n`);
      }
      process.exitCode = report.outcome === 'executed' ? 0 : 1;
    });
  cad
    .command('check <dir>')
    .description('run every .py program under a folder and tabulate: executed / refused by reason / failed by reason')
    .option('--json', 'print the summary (and one report per program) as JSON')
    .option('--min <percent>', 'exit with status 1 when fewer than this share of the programs execute')
    .action(async (dir: string, o: { json?: boolean; min?: string }) => {
      const min = o.min === undefined ? undefined : Number(o.min);
      if (min !== undefined && !(min >= 0 && min <= 100)) throw new FieldError('--min', o.min, 'a percentage from 0 to 100');
      const { checkPrograms, programFiles } = await import('../../verifiers/cad/run-program.js');
      const { closeKernel } = await import('../../generators/cad/kernel/index.js');
      let files: string[];
      try {
        files = programFiles(dir);
      } catch (e) {
        throw new FieldError('<dir>', dir, `a readable folder (${(e as Error).message})`);
      }
      if (!files.length) throw new FieldError('<dir>', dir, 'a folder holding .py programs');
      const bar = progressBar('cad check');
      const s = checkPrograms(dir, (d, t) => bar.update(d, t), files);
      bar.stop();
      closeKernel();
      if (o.json) process.stdout.write(JSON.stringify(s, null, 2) + '\n');
      else printSummary(s, dir);
      if (min !== undefined && (100 * s.executed) / s.total < min) process.exitCode = 1;
    });
}
