// The CadQuery corpus (test/cad/corpus/<style>/NNN.py, written here in the styles of CAD-Recode,
// SketchGraphs, DeepCAD/GenCAD, Text2CAD, CadQuery's examples and ExeCAD outputs) run through
// `cad check`'s library. Always: a sample whose solids are derived by hand. With
// VERIFORGE_CAD_CORPUS=1: the whole corpus, which must execute ≥ 95 % to valid solids.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectHandDerivedVolumes, type HandDerived } from '../helpers/cad-sample.js';
import { closeKernel } from '../../generators/cad/kernel/index.js';
import { checkPrograms, programFiles } from '../../verifiers/cad/run-program.js';

const DIR = join(import.meta.dirname, 'corpus');
const PI = Math.PI;

/** Hand-derived volume (and box where it is telling) of sampled programs. */
const SAMPLE: HandDerived = {
  // CAD-Recode: 74 × 188 plate 25 thick with four r9 holes, touching a hexagon (circumradius 38) prism 39 long.
  'recode/003.py': { volume: 74 * 188 * 25 - 4 * PI * 81 * 25 + 1.5 * Math.sqrt(3) * 38 ** 2 * 39 },
  // CAD-Recode: a D (segment + 3-point arc: half disc of radius 33) on XZ, extruded 20 along −Y.
  'recode/077.py': { volume: (PI * 33 ** 2 * 20) / 2, bbox: [[-52, -68, -31], [-19, -48, 35]] },
  // CadQuery example: I-beam, flanges 10 × 1, web 1 × 28, 100 long on the "front" plane.
  'examples/009.py': { volume: (2 * 10 * 1 + 1 * 28) * 100, bbox: [[-5, -15, 0], [5, 15, 100]] },
  // ExeCAD: tube Ø23 / Ø13 × 84.
  'execad/002.py': { volume: PI * (11.5 ** 2 - 6.5 ** 2) * 84 },
  // ExeCAD: right-triangle ramp 69 × 20 on XZ, extruded 12 both ways.
  'execad/011.py': { volume: ((69 * 20) / 2) * 24, bbox: [[0, -12, 0], [69, 12, 20]] },
};

afterAll(() => closeKernel());

describe('CadQuery corpus', () => {
  it('holds at least 300 programs in six styles', () => {
    const files = programFiles(DIR);
    expect(files.length).toBeGreaterThanOrEqual(300);
    const styles = new Set(files.map((f) => f.slice(DIR.length + 1).split('/')[0]));
    expect([...styles].sort()).toEqual(['deepcad', 'examples', 'execad', 'recode', 'sketchgraphs', 'text2cad']);
  });

  it('a sample executes to valid solids whose volumes are derived by hand', () => {
    expectHandDerivedVolumes(DIR, SAMPLE);
  });

  it.runIf(process.env.VERIFORGE_CAD_CORPUS === '1')('the whole corpus executes ≥ 95 % (VERIFORGE_CAD_CORPUS=1)', () => {
    const s = checkPrograms(DIR);
    const failing = s.reports.filter((r) => r.outcome !== 'executed').map((r) => `${r.file}: ${r.reason}`);
    expect(s.executed / s.total, failing.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.invalid, 'executed programs whose solid fails the B-rep check').toBe(0);
  }, 1_800_000);
});
