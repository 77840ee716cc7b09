import type { Box } from '../core/scene.js';

export interface ImageRef {
  /** Path relative to the dataset folder. */
  path: string;
  width: number;
  height: number;
  sha256: string;
}

export interface EvidenceBox {
  id: string;
  /** Index into `images`. */
  image: number;
  box: Box;
}

/** One line of data/part-*.jsonl. Key order is fixed by stableStringify when written. */
export interface DatasetRecord {
  id: string;
  task: string;
  domain: string;
  verifier: string;
  seed: string;
  index: number;
  level: number | null;
  params: Record<string, unknown>;
  question: string;
  textOnly: string | null;
  images: ImageRef[];
  answer: string;
  truth: unknown;
  evidence: EvidenceBox[];
  features: Record<string, number>;
  /** sha256 of the instance's canonical form: dedup and leakage checks compare these. */
  canonical: string;
  /** Counterfactual variants: the base item's id, shared by its variants. */
  group?: string;
  variant?: 'positive' | 'masked' | 'random';
  /** Masks drawn on this variant's images. */
  masks?: { image: number; box: Box; style: string }[];
  /** On the group's first record: variants not emitted, with the reason. */
  skipped?: Record<string, string>;
}

export const itemId = (task: string, index: number) => `${task}-${String(index).padStart(7, '0')}`;
export const partFile = (p: number) => `data/part-${String(p).padStart(5, '0')}.jsonl`;
