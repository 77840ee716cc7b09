import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const TMP = '.tmp-';

/** Writes a file so that readers see either nothing or the whole file: temp file + rename. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}${TMP}${process.pid}-${Math.floor(performance.now() * 1000)}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Removes temp files a killed run left behind, anywhere under `dir`. */
export function removeStaleTemps(dir: string): number {
  let removed = 0;
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) removed += removeStaleTemps(p);
    else if (e.name.includes(TMP)) {
      rmSync(p, { force: true });
      removed++;
    }
  }
  return removed;
}
