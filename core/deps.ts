// Packages loaded from their CommonJS builds. Through the TypeScript loader (tsx) every file of
// an ES-module package is a round trip to the loader's thread: mathjs's ESM build is about 1,000
// files and cost each CLI start about 2 s, culori's 151 files about 0.25 s. Their CommonJS builds
// are the same code (culori's is one bundled file), required without the loader.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let math: typeof import('mathjs') | undefined;

/** mathjs, required on first use (≈0.7 s), so commands that never evaluate maths never pay for it. */
export function mathjs(): typeof import('mathjs') {
  return (math ??= require('mathjs') as typeof import('mathjs'));
}

export const culori = require('culori') as typeof import('culori');
