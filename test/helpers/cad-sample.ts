// Shared by the CAD corpus and held-out suites: run a sample of program files and hold each to the
// volume (and bounding box) derived by hand for it.
import { join } from 'node:path';
import { expect } from 'vitest';
import { checkPrograms } from '../../verifiers/cad/run-program.js';

export type HandDerived = Record<string, { volume: number; bbox?: number[][] }>;

export function expectHandDerivedVolumes(dir: string, sample: HandDerived): void {
  const s = checkPrograms(dir, undefined, Object.keys(sample).map((f) => join(dir, f)));
  expect(s.reports.length).toBe(Object.keys(sample).length);
  for (const r of s.reports) {
    const want = sample[r.file];
    expect(r.outcome, `${r.file}: ${r.error}`).toBe('executed');
    expect(r.valid, r.file).toBe(true);
    expect(Math.abs(r.volume! - want.volume) / want.volume, r.file).toBeLessThan(1e-6);
    if (want.bbox) expect(r.bbox, r.file).toEqual(want.bbox);
  }
}
