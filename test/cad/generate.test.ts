// Every family builds at every level, its program re-executes to the recorded solid, and the four
// views are byte-identical across runs with a box for every feature.
import { afterAll, describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng.js';
import type { Level } from '../../core/task.js';
import { FAMILY_NAMES } from '../../generators/cad/families.js';
import { closeKernel, runCad } from '../../generators/cad/kernel/index.js';
import { buildPart, partScenes } from '../../generators/cad/part.js';
import { renderMesh } from '../../renderers/mesh/index.js';

afterAll(() => closeKernel());

describe.each(FAMILY_NAMES)('family %s', (family) => {
  it.each([1, 3, 5] as Level[])('level %i: the program re-executes to the recorded volume and renders deterministically', async (level) => {
    const p = buildPart(new Rng(`gen-test-${family}-${level}`), family, level);
    expect(p.ops).toBeGreaterThanOrEqual(level === 1 ? 1 : level);
    const again = runCad(p.program);
    expect(again.ok, JSON.stringify(again)).toBe(true);
    if (!again.ok) return;
    expect(again.volume).toBeCloseTo(p.run.volume, 6);
    expect(again.faces).toBe(p.run.faces);
    expect(again.bbox).toEqual(p.run.bbox);
    const scenes = partScenes(p, 256, true);
    expect(scenes.map((s) => s.view)).toEqual(['iso', 'front', 'top', 'right']);
    const a = await renderMesh(scenes[0]);
    const b = await renderMesh(JSON.parse(JSON.stringify(scenes[0])));
    expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
    expect(a.boxes.part).toBeDefined();
    for (const f of p.features) expect(a.boxes[f.id], f.id).toBeDefined();
    // The part's box must be well inside the frame: same scale for every part.
    const [x1, y1, x2, y2] = a.boxes.part;
    expect(x1).toBeGreaterThan(0);
    expect(y1).toBeGreaterThan(0);
    expect(x2).toBeLessThan(256);
    expect(y2).toBeLessThan(256);
  });
});
