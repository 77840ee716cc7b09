// `veriforge cad run` and `cad check` through the real CLI: measured values, the files written
// (four PNG views, STEP, STL), and a check table where hostile programs are refused with reasons
// in bounded time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { reasonOf, stlOf } from '../../verifiers/cad/run-program.js';

const CLI = join(import.meta.dirname, '../../bin/veriforge.mjs');
const cli = (args: string[]) => spawnSync('node', [CLI, ...args], { encoding: 'utf8', timeout: 240_000 });

const PLATE = `import cadquery as cq
result = (
    cq.Workplane("XY")
    .box(80, 60, 10)
    .faces(">Z").workplane()
    .rect(60, 40, forConstruction=True).vertices()
    .hole(6)
)
`;

describe('veriforge cad', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vf-cad-cli-'));

  it('cad run prints the measurements and writes views, STEP and STL', async () => {
    const file = join(dir, 'plate.py');
    writeFileSync(file, PLATE);
    const out = join(dir, 'out');
    const r = cli(['cad', 'run', file, '--json', '--png', out, '--size', '256', '--step', join(dir, 'p.step'), '--stl', join(dir, 'p.stl')]);
    expect(r.status, r.stderr).toBe(0);
    const rep = JSON.parse(r.stdout);
    expect(rep.outcome).toBe('executed');
    expect(rep.volume).toBeCloseTo(80 * 60 * 10 - 4 * Math.PI * 9 * 10, 6);
    expect(rep.bbox).toEqual([[-40, -30, -5], [40, 30, 5]]);
    expect(rep).toMatchObject({ solids: 1, faces: 10, valid: true });
    expect(rep.area).toBeCloseTo(2 * (80 * 60 + 80 * 10 + 60 * 10) - 2 * 4 * Math.PI * 9 + 4 * 2 * Math.PI * 3 * 10, 6);
    for (const v of ['iso', 'front', 'top', 'right']) {
      const m = await sharp(join(out, `${v}.png`)).metadata();
      expect([m.width, m.height]).toEqual([256, 256]);
    }
    const step = readFileSync(join(dir, 'p.step'), 'utf8');
    expect(step.startsWith('ISO-10303-21;')).toBe(true);
    expect(step).toContain('MANIFOLD_SOLID_BREP');
    const stl = readFileSync(join(dir, 'p.stl'));
    expect(stl.length).toBe(84 + 50 * stl.readUInt32LE(80));
  });

  it('cad run exits 1 with the reason for a refused program', () => {
    const file = join(dir, 'bad.py');
    writeFileSync(file, 'import os\nresult = os.system("ls")\n');
    const r = cli(['cad', 'run', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/refused \(forbidden\)/);
    expect(r.stdout).toMatch(/line 1: .*os/);
  });

  it('cad check tabulates a folder with hostile programs refused by reason, in bounded time', () => {
    const d = join(dir, 'set');
    mkdirSync(join(d, 'good'), { recursive: true });
    writeFileSync(join(d, 'good', 'a.py'), PLATE);
    writeFileSync(join(d, 'good', 'b.py'), 'import cadquery as cq\nresult = cq.Workplane("XY").circle(10).extrude(5)\n');
    writeFileSync(join(d, 'loop.py'), 'import cadquery as cq\nwhile True:\n    pass\n');
    writeFileSync(join(d, 'dunder.py'), 'import cadquery as cq\nresult = cq.__class__\n');
    writeFileSync(join(d, 'huge.py'), `import cadquery as cq\nx = [${'1,'.repeat(200_000)}]\n`);
    writeFileSync(join(d, 'cut-all.py'), 'import cadquery as cq\nresult = cq.Workplane("XY").box(5, 5, 5).cut(cq.Workplane("XY").box(9, 9, 9))\n');
    writeFileSync(join(d, 'notes.txt'), 'not a program');
    const t0 = Date.now();
    const r = cli(['cad', 'check', d, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Date.now() - t0).toBeLessThan(200_000);
    expect(s).toMatchObject({ total: 6, executed: 2, refused: 3, failed: 1 });
    expect(s.byFolder).toEqual({ '.': { total: 4, executed: 0 }, good: { total: 2, executed: 2 } });
    const by = Object.fromEntries(s.reports.map((x: { file: string; stage: string }) => [x.file, x.stage]));
    expect(by).toMatchObject({ 'loop.py': 'limit', 'dunder.py': 'forbidden', 'huge.py': 'limit', 'cut-all.py': 'geometry' });
    expect(s.refusedBy.map(([k]: [string]) => k)).toContain('limit: file too large');
    // The table and the exit status with --min.
    const table = cli(['cad', 'check', d, '--min', '50']);
    expect(table.status).toBe(1);
    expect(table.stdout).toMatch(/executed\s+2\s+33\.3 %/);
    expect(table.stdout).toMatch(/good\s+2 \/ 2/);
  });

  it('a clear error for a missing folder', () => {
    const r = cli(['cad', 'check', join(dir, 'nope')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/<dir>.*nope/);
  });

  it('reasons group messages without lines or numbers; STL of a tetrahedron', () => {
    expect(reasonOf('limit', 'line 3: program exceeded 100000 evaluation steps')).toBe('limit: program exceeded N evaluation steps');
    expect(reasonOf('unsupported', 'line 9: selector ">Z[-2]"; supported: ...')).toBe('unsupported: selector ">Z[-2]"');
    const stl = stlOf({ positions: [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1], indices: [0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3] });
    expect(stl.readUInt32LE(80)).toBe(4);
    // First facet (0, 2, 1) faces −Z.
    expect([stl.readFloatLE(84), stl.readFloatLE(88), stl.readFloatLE(92)]).toEqual([0, 0, -1]);
  });
});
