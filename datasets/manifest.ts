import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stableStringify } from '../core/canonical.js';
import { VeriforgeError } from '../core/errors.js';
import { writeAtomic } from './atomic.js';
import type { Plan } from './layout.js';

export const FORMAT_VERSION = 1;
export const TOOL_VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

export interface PartInfo {
  index: number;
  file: string;
  items: number;
  sha256: string;
}

export interface Shard {
  index: number;
  count: number;
}

/** manifest.json: how the dataset was made and a checksum of every part. No timestamps: reruns are byte-identical. */
export interface Manifest {
  tool: 'veriforge';
  version: string;
  formatVersion: number;
  status: 'running' | 'complete';
  plan: Plan;
  /** Null for a whole dataset; set for one shard's folder. */
  shard: Shard | null;
  items: number;
  parts: PartInfo[];
  /** Extra sections written by later stages (export templates, mixture recipes, ...). */
  [section: string]: unknown;
}

export const manifestPath = (dir: string) => join(dir, 'manifest.json');

export function readManifest(dir: string): Manifest {
  const p = manifestPath(dir);
  if (!existsSync(p)) throw new VeriforgeError(`${dir} is not a veriforge dataset: ${p} is missing`);
  let m: Manifest;
  try {
    m = JSON.parse(readFileSync(p, 'utf8'));
  } catch (e) {
    throw new VeriforgeError(`${p}: not valid JSON (${(e as Error).message})`);
  }
  if (m.tool !== 'veriforge' || !Array.isArray(m.parts) || !m.plan) throw new VeriforgeError(`${p}: not a veriforge manifest`);
  return m;
}

export function writeManifest(dir: string, m: Manifest): void {
  writeAtomic(manifestPath(dir), JSON.stringify(JSON.parse(stableStringify(m)), null, 2) + '\n');
}
