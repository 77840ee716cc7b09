// cad-code rewards: the field's parts (executes, iou, chamfer, bbox), the absolute default kept
// as before, and the normalised alignment (CAD-Recode / cadrille) as a truth field or option.
import { afterAll, describe, expect, it } from 'vitest';
import { closeKernel, runCad } from '../../generators/cad/kernel/index.js';
import { VerifierPool } from '../../server/pool.js';
import { cadCodeVerifier, type CadCodeTruth } from '../../verifiers/cad/code.js';
import { verify } from '../../verifiers/index.js';

const BRACKET = `import cadquery as cq
result = cq.Workplane("XZ").polyline([(0, 0), (40, 0), (40, 5), (5, 5), (5, 30), (0, 30)]).close().extrude(-20)`;

function truthOf(src: string, extra: Partial<CadCodeTruth> = {}): CadCodeTruth {
  const r = runCad(src, { mesh: { relTolerance: 0.002, angularTolerance: 0.3 } });
  if (!r.ok || !r.mesh) throw new Error(`truth failed: ${JSON.stringify(r)}`);
  return { program: src, volume: r.volume, area: r.area, bbox: r.bbox, mesh: { positions: r.mesh.positions, indices: r.mesh.indices }, ...extra };
}

const judge = (src: string, truth: CadCodeTruth, opts: Record<string, unknown> = {}) => verify('cad-code', `<answer>${src}</answer>`, truth, { partialCredit: true, ...opts });

afterAll(() => closeKernel());

describe('cad-code rewards', () => {
  const truth = truthOf(BRACKET);
  // The same bracket moved 7 mm along x and scaled ×2: right shape, wrong place and size.
  const movedScaled = BRACKET.replace('.extrude(-20)', '.extrude(-20).translate((7, 0, 0))').replace(/\((\d+), (\d+)\)/g, (_, a, b) => `(${2 * +a}, ${2 * +b})`).replace('-20', '-40');

  it('reports the field parts for the target itself and scores it 1 in both alignments', () => {
    for (const align of ['absolute', 'normalized']) {
      const v = judge(BRACKET, truth, { align });
      expect(v.score, v.reason).toBe(1);
      expect(v.parts).toMatchObject({ executes: 1, exec: 1 });
      expect(v.parts!.iou).toBeGreaterThan(0.999);
      expect(v.parts!.chamfer).toBeGreaterThan(0.98);
      expect(v.parts!.bbox).toBeCloseTo(1, 6);
    }
  });

  it('absolute (default): a moved and scaled copy is not the part; normalized: it is', () => {
    const abs = judge(movedScaled, truth);
    expect(abs.correct).toBe(false);
    expect(abs.score).toBeLessThanOrEqual(0.9);
    expect(abs.parts!.iou).toBeGreaterThan(0.99);
    expect(abs.parts!.iouAbs).toBeLessThan(0.3);
    const norm = judge(movedScaled, truth, { align: 'normalized' });
    expect(norm.score, norm.reason).toBe(1);
    expect(norm.reason).toMatch(/normalisation/);
    // The same through the truth field rather than the option.
    expect(judge(movedScaled, { ...truth, align: 'normalized' }).score).toBe(1);
    // The option overrides the truth's field.
    expect(judge(movedScaled, { ...truth, align: 'normalized' }, { align: 'absolute' }).score).toBeLessThanOrEqual(0.9);
  });

  it('normalized still rejects a different shape and grades it by IoU and Chamfer distance', () => {
    // A thicker bracket: in the unit cube it is another shape.
    const thick = BRACKET.replace('(40, 5), (5, 5), (5, 30)', '(40, 12), (12, 12), (12, 30)');
    const v = judge(thick, truth, { align: 'normalized' });
    expect(v.correct).toBe(false);
    expect(v.score).toBeLessThanOrEqual(0.9);
    expect(v.parts!.iou).toBeLessThan(0.9);
    // A box is further from the bracket than the thicker bracket is.
    const box = judge('import cadquery as cq\nresult = cq.Workplane("XY").box(40, 20, 30)', truth, { align: 'normalized' });
    expect(box.score).toBeLessThan(v.score);
    expect(box.parts!.chamferDistance).toBeGreaterThan(v.parts!.chamferDistance);
  });

  it('a program that does not run scores 0 with executes 0 and the reason, in both alignments', () => {
    for (const align of ['absolute', 'normalized']) {
      const v = judge('import cadquery as cq\nresult = cq.Workplane("XY").box(1, 1', truth, { align });
      expect(v.score).toBe(0);
      expect(v.parts).toMatchObject({ executes: 0 });
      expect(v.reason).toMatch(/syntax/);
    }
  });

  it('refuses a bad align in the truth and in the option', () => {
    expect(cadCodeVerifier.checkTruth({ ...truth, align: 'unit' })).toMatch(/align/);
    const v = judge(BRACKET, truth, { align: 'unit-cube' });
    expect(v.score).toBe(0);
    expect(v.reason).toMatch(/align/);
  });

  it('the reward server gives cad-code its own time allowance: the kernel\'s first load is not cut off', async () => {
    // 300 ms per item would stop OpenCascade's first load; cad-code declares 60 s (its kernel bounds each program).
    const pool = new VerifierPool({ workers: 1, itemTimeoutMs: 300 });
    try {
      await pool.ready();
      const [v] = await pool.run([{ where: 'items[0]', responseField: 'items[0].response', response: `<answer>${BRACKET}</answer>`, task: 'cad-code', truth }], {});
      expect(v.score, v.reason).toBe(1);
      expect(pool.stats.timeouts).toBe(0);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
