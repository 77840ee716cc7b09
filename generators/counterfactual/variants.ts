import type { Rng } from '../../core/rng.js';
import type { Box } from '../../core/scene.js';

/** The three counterfactual variants of DeFacto-style training. */
export type Variant = 'positive' | 'masked' | 'random';
export const VARIANTS: readonly Variant[] = ['positive', 'masked', 'random'];

export type MaskStyle = 'solid' | 'background' | 'blur' | 'noise';
export const MASK_STYLES: readonly MaskStyle[] = ['solid', 'background', 'blur', 'noise'];

/** The answer that is right when the evidence is hidden. */
export const ABSTAIN = 'unknown';

export interface CounterfactualSpec {
  variants: Variant[];
  /** Ask for evidence boxes too (<bbox>[x1,y1,x2,y2]</bbox>), scored by region IoU. */
  grounding: boolean;
  styles: MaskStyle[];
}

export interface Mask {
  image: number;
  box: Box;
  style: MaskStyle;
}

export interface EvidenceRef {
  id: string;
  image: number;
  box: Box;
}

export interface VariantPlan {
  variant: Variant;
  masks: Mask[];
  answer: string;
}

export interface Expansion {
  question: string;
  variants: VariantPlan[];
  /** Variants not emitted, with the reason. */
  skipped: Partial<Record<Variant, string>>;
}

/** Gap in pixels kept between random masks and any evidence box: "never touching". */
const MARGIN = 3;

const area = (b: Box) => Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);
const near = (a: Box, b: Box, m: number) => a[0] < b[2] + m && b[0] < a[2] + m && a[1] < b[3] + m && b[1] < a[3] + m;

/**
 * Places masks away from the evidence (and from `keep`, the context needed to read it) with about
 * the evidence's total area: each evidence box's size is tried at random spots; a box that does
 * not fit is split into quarters (twice at most).
 */
export function placeAwayFrom(rng: Rng, evidence: Box[], size: { width: number; height: number }, keep: Box[] = []): Box[] {
  const placed: Box[] = [];
  const avoid = [...evidence, ...keep];
  const fits = (b: Box) => !avoid.some((e) => near(b, e, MARGIN)) && !placed.some((p) => near(b, p, 1));
  const tryPlace = (w: number, h: number, depth: number): void => {
    if (w >= 2 && h >= 2 && w <= size.width && h <= size.height) {
      for (let attempt = 0; attempt < 40; attempt++) {
        const x = rng.int(0, size.width - w);
        const y = rng.int(0, size.height - h);
        const b: Box = [x, y, x + w, y + h];
        if (fits(b)) {
          placed.push(b);
          return;
        }
      }
    }
    if (depth < 2 && w >= 4 && h >= 4) for (let q = 0; q < 4; q++) tryPlace(Math.floor(w / 2), Math.floor(h / 2), depth + 1);
  };
  for (const e of evidence) tryPlace(e[2] - e[0], e[3] - e[1], 0);
  return placed;
}

/**
 * A mask as tight as its element would still show the element's geometry (a bar's mask shows its
 * height), so masked-variant boxes grow by a random 15–35% of their size (at least 3 px) on each side.
 */
function widen(rng: Rng, b: Box, size: { width: number; height: number }): Box {
  const span = Math.max(b[2] - b[0], b[3] - b[1]);
  const m = () => Math.max(3, Math.round(span * rng.float(0.15, 0.35)));
  return [Math.max(0, b[0] - m()), Math.max(0, b[1] - m()), Math.min(size.width, b[2] + m()), Math.min(size.height, b[3] + m())];
}

function mentions(question: string, answer: string): boolean {
  const a = answer.trim().toLowerCase();
  if (!a || a.includes('\n')) return false;
  const escaped = a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(question.toLowerCase());
}

export function counterfactualQuestion(question: string, grounding: boolean): string {
  const abstain = ` If the part of the image needed to answer is hidden or covered, answer <answer>${ABSTAIN}</answer> instead.`;
  const boxes = grounding
    ? ' Also mark the image regions your answer relies on as <bbox>[x1, y1, x2, y2]</bbox> in pixel coordinates (one tag per region).'
    : '';
  return question + abstain + boxes;
}

/**
 * Plans the variants of one item from its evidence boxes and image sizes. Pure: the masks are
 * drawn later (renderers/mask). Masked variants are skipped when hiding the evidence would not
 * hide the answer; random variants when no room is left away from the evidence.
 */
export function planVariants(
  rng: Rng,
  item: { question: string; answer: string; evidence: EvidenceRef[]; context?: { image: number; box: Box }[]; unmaskable?: string; images: { width: number; height: number }[] },
  spec: CounterfactualSpec,
): Expansion {
  const style = rng.pick(spec.styles);
  const variants: VariantPlan[] = [];
  const skipped: Partial<Record<Variant, string>> = {};
  const evidenceArea = item.evidence.reduce((s, e) => s + area(e.box), 0);
  for (const variant of spec.variants) {
    if (variant === 'positive') {
      variants.push({ variant, masks: [], answer: item.answer });
      continue;
    }
    if (!item.evidence.length) {
      skipped[variant] = 'no evidence boxes';
      continue;
    }
    if (variant === 'masked') {
      const why = item.unmaskable ?? (mentions(item.question, item.answer) ? 'the answer is stated in the question' : undefined);
      if (why) skipped.masked = why;
      else {
        const masks = item.evidence.map((e) => ({ image: e.image, box: widen(rng, e.box, item.images[e.image]), style }));
        variants.push({ variant, masks, answer: ABSTAIN });
      }
      continue;
    }
    const masks: Mask[] = [];
    item.images.forEach((size, k) => {
      const ev = item.evidence.filter((e) => e.image === k).map((e) => e.box);
      const keep = (item.context ?? []).filter((c) => c.image === k).map((c) => c.box);
      for (const box of placeAwayFrom(rng.fork(`random-${k}`), ev, size, keep)) masks.push({ image: k, box, style });
    });
    const placedArea = masks.reduce((s, m) => s + area(m.box), 0);
    if (placedArea < 0.5 * evidenceArea) skipped.random = 'no room for masks away from the evidence';
    else variants.push({ variant, masks, answer: item.answer });
  }
  return { question: counterfactualQuestion(item.question, spec.grounding), variants, skipped };
}
