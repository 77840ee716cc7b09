import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../..');

/**
 * Every project module the entry loads at start (type-only imports are erased, and lazy `import()`s
 * load only when a verifier that renders is used, so neither is followed).
 */
function runtimeImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gm)].map((m) => m[1] ?? m[2]);
    for (const spec of specs) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  };
  visit(join(ROOT, entry));
  return new Set([...seen].map((f) => relative(ROOT, f)));
}

// The CAD code verifier runs candidate programs on the CAD kernel, which lives with the CAD generator.
// engines/words: the word lists and ladder graph that the word-ladder verifier recomputes shortest ladders on.
// engines/matplotlib/figure.ts: the type checks of a sandbox's extraction, no imports; the sandbox pool itself loads on first use.
const ALLOWED = /^(server|verifiers|core|generators\/cad\/kernel)\/|^datasets\/(manifest|read|record|atomic)\.ts$|^engines\/matplotlib\/figure\.ts$|^engines\/words\//;

test('the reward server and its workers load only verifiers, core and the dataset readers at start', () => {
  for (const entry of ['server/start.ts', 'server/worker-main.ts']) {
    const files = [...runtimeImports(entry)];
    expect(files.filter((f) => !ALLOWED.test(f))).toEqual([]);
    expect(files.some((f) => f.startsWith('verifiers/'))).toBe(true);
  }
});
