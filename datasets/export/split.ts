import { VeriforgeError } from '../../core/errors.js';
import { readRecords } from '../read.js';

export type Split = 'train' | 'test';

/**
 * The split of an item, decided by its canonical hash alone: equal problems always land in the same
 * split, so no problem is in both train and test, across runs and machines.
 */
export function splitOf(canonical: string, testFraction: number): Split {
  if (testFraction <= 0) return 'train';
  if (!/^[0-9a-f]{13}/.test(canonical)) throw new VeriforgeError(`canonical hash "${canonical.slice(0, 20)}" is not hex: the dataset is damaged`);
  return parseInt(canonical.slice(0, 13), 16) / 2 ** 52 < testFraction ? 'test' : 'train';
}

/** Canonical hashes of every item in the given dataset folders (held-out sets to keep clean). */
export async function readCanonicals(dirs: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  for (const dir of dirs) {
    try {
      for await (const r of readRecords(dir)) seen.add(r.canonical);
    } catch (e) {
      if (e instanceof VeriforgeError) throw new VeriforgeError(`--exclude ${dir}: ${e.message}`);
      throw e;
    }
  }
  return seen;
}
