// Workplane.text: lettering from the DejaVu fonts setup installs, extruded on the workplane.
// The glyph "I" of DejaVu Sans is a plain rectangle: its area read from the font itself (shoelace
// over its outline) times the distance is the exact volume the kernel must build.
import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import { afterAll, describe, expect, it } from 'vitest';
import { closeKernel, runCad, type RunResult } from '../../generators/cad/kernel/index.js';

afterAll(() => closeKernel());

function solid(src: string): Extract<RunResult, { ok: true }> {
  const r = runCad(src);
  if (!r.ok) throw new Error(`${r.stage}: ${r.error}`);
  return r;
}

/** Area of a glyph outline made of straight lines (M/L/Z commands), at `size`. */
function lineGlyphArea(ch: string, size: number): { area: number; box: [number, number, number, number] } {
  const buf = readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
  const font = opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  const cmds = font.getPath(ch, 0, 0, size).commands;
  expect(cmds.every((c) => c.type === 'M' || c.type === 'L' || c.type === 'Z')).toBe(true);
  let area = 0;
  let start: [number, number] | null = null;
  let prev: [number, number] | null = null;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const c of cmds) {
    if (c.type === 'Z') {
      if (prev && start) area += prev[0] * -start[1] - start[0] * -prev[1];
      start = prev = null;
      continue;
    }
    const p: [number, number] = [c.x, c.y]; // font y grows downwards: flipped below
    xs.push(p[0]);
    ys.push(-p[1]);
    if (c.type === 'M') start = p;
    else if (prev) area += prev[0] * -p[1] - p[0] * -prev[1];
    prev = p;
  }
  return { area: Math.abs(area) / 2, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
}

describe('Workplane.text', () => {
  it('extrudes the glyph outline: volume = glyph area × distance, centred on the plane origin', () => {
    const g = lineGlyphArea('I', 20);
    const r = solid('import cadquery as cq\nresult = cq.Workplane("XY").text("I", 20, 3)');
    expect(Math.abs(r.volume - g.area * 3) / (g.area * 3)).toBeLessThan(1e-9);
    const [w, h] = [g.box[2] - g.box[0], g.box[3] - g.box[1]];
    // Boxes are reported to 4 decimals.
    expect(r.bbox[0][0]).toBeCloseTo(-w / 2, 3);
    expect(r.bbox[1][1]).toBeCloseTo(h / 2, 3);
    expect(r.bbox[1][2]).toBe(3);
  });

  it('cuts the lettering from the part by default (engraving), fuses it with cut=False, combine=True', () => {
    const g = lineGlyphArea('I', 10);
    const engraved = solid('import cadquery as cq\nresult = cq.Workplane("XY").box(30, 30, 4).faces(">Z").workplane().text("I", 10, -1)');
    expect(engraved.volume).toBeCloseTo(3600 - g.area, 6);
    const embossed = solid('import cadquery as cq\nresult = cq.Workplane("XY").box(30, 30, 4).faces(">Z").workplane().text("I", 10, 1, cut=False, combine=True)');
    expect(embossed.volume).toBeCloseTo(3600 + g.area, 6);
    expect(embossed.bbox[1][2]).toBe(3);
  });

  it('letters with counters keep their holes, and the run is byte-identical', () => {
    const src = 'import cadquery as cq\nresult = cq.Workplane("XZ").text("Ob8", 12, 2, halign="left", valign="bottom")';
    const [a, b] = [solid(src), solid(src)];
    expect(JSON.stringify([a.volume, a.area, a.bbox, a.faces])).toBe(JSON.stringify([b.volume, b.area, b.bbox, b.faces]));
    expect(a.solids).toBe(3);
    expect(a.bbox[0][0]).toBeCloseTo(0, 3);
    expect(a.bbox[0][2]).toBeCloseTo(0, 3);
  });

  it('refuses font files, overlong text and bad alignment with reasons', () => {
    const refuse = (src: string) => {
      const r = runCad(`import cadquery as cq\nresult = cq.Workplane("XY").${src}`);
      return r.ok ? 'ran' : r.error;
    };
    expect(refuse('text("A", 5, 1, fontPath="/etc/passwd")')).toMatch(/fontPath.*no files are read/);
    expect(refuse(`text("${'x'.repeat(65)}", 5, 1)`)).toMatch(/more than 64 characters/);
    expect(refuse('text("A", 5, 1, halign="middle")')).toMatch(/halign must be/);
    expect(refuse('text("A", 5, 1, kind="light")')).toMatch(/kind must be/);
  });
});
