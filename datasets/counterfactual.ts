import { sha256Hex } from '../core/canonical.js';
import { FieldError } from '../core/errors.js';
import type { Box } from '../core/scene.js';
import { Rng } from '../core/rng.js';
import { MASK_STYLES, planVariants, VARIANTS, ABSTAIN, type CounterfactualSpec, type MaskStyle, type Variant } from '../generators/counterfactual/variants.js';
import { applyMasks } from '../renderers/mask.js';
import type { CounterfactualTruth } from '../verifiers/counterfactual/judge.js';
import type { Manifest } from './manifest.js';
import { readRecords } from './read.js';
import type { DatasetRecord } from './record.js';

/** `{variants, grounding?, styles?}` (or "positive,masked,random") → a checked spec. */
export function parseCounterfactual(v: unknown, field: string): CounterfactualSpec {
  const o = typeof v === 'string' ? { variants: v } : (v as Record<string, unknown>);
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new FieldError(field, v, '{"variants": ["positive","masked","random"], "grounding"?: bool, "styles"?: [...]}');
  for (const k of Object.keys(o)) if (!['variants', 'grounding', 'styles'].includes(k)) throw new FieldError(`${field}.${k}`, o[k], 'known keys are variants, grounding, styles');
  const list = (x: unknown, name: string, allowed: readonly string[]): string[] => {
    const items = typeof x === 'string' ? x.split(',').map((s) => s.trim()) : x;
    if (!Array.isArray(items) || !items.length || items.some((i) => !allowed.includes(i)) || new Set(items).size !== items.length) {
      throw new FieldError(`${field}.${name}`, x, `a non-empty list without repeats of ${allowed.join(', ')}`);
    }
    return allowed.filter((a) => items.includes(a)); // canonical order: equal specs hash alike
  };
  const variants = list(o.variants ?? VARIANTS, 'variants', VARIANTS) as Variant[];
  const styles = list(o.styles ?? MASK_STYLES, 'styles', MASK_STYLES) as MaskStyle[];
  if (o.grounding !== undefined && typeof o.grounding !== 'boolean') throw new FieldError(`${field}.grounding`, o.grounding, 'true or false');
  return { variants, grounding: o.grounding === true, styles };
}

/**
 * Turns one rendered item into its counterfactual variant records: masks drawn with sharp, the
 * abstention instruction added to the question, and the truth wrapped so the base verifier judges
 * unmasked variants and only the abstention is right on masked ones.
 */
export async function expandVariants(
  base: { record: DatasetRecord; images: Buffer[]; unmaskable?: string; context?: { image: number; box: Box }[] },
  spec: CounterfactualSpec,
  format: 'png' | 'jpeg' | 'webp',
): Promise<{ record: DatasetRecord; images: Buffer[] }[]> {
  const r = base.record;
  const plan = planVariants(new Rng(`${r.seed}/counterfactual`), { question: r.question, answer: r.answer, evidence: r.evidence, context: base.context, unmaskable: base.unmaskable, images: r.images }, spec);
  const randomMasks = plan.variants.find((v) => v.variant === 'random')?.masks.map((m) => m.box) ?? [];
  const out: { record: DatasetRecord; images: Buffer[] }[] = [];
  for (const vp of plan.variants) {
    const id = `${r.id}-${vp.variant}`;
    const images = await Promise.all(
      base.images.map((bytes, k) => {
        const masks = vp.masks.filter((m) => m.image === k);
        return masks.length ? applyMasks(bytes, masks, `${r.seed}/${vp.variant}/${k}`, format) : Promise.resolve(bytes);
      }),
    );
    const truth: CounterfactualTruth = {
      counterfactual: { variant: vp.variant, abstain: ABSTAIN, grounding: spec.grounding, evidence: r.evidence.map((e) => e.box), irrelevant: randomMasks },
      truth: r.truth,
    };
    const record: DatasetRecord = {
      ...r,
      id,
      question: plan.question,
      answer: vp.answer,
      truth,
      images: r.images.map((ref, k) => ({ ...ref, path: ref.path.replace(/(\.[a-z]+)$/, `-${vp.variant}$1`), sha256: sha256Hex(images[k]) })),
      group: r.id,
      variant: vp.variant,
      masks: vp.masks,
      ...(out.length === 0 && Object.keys(plan.skipped).length ? { skipped: plan.skipped } : {}),
    };
    out.push({ record, images });
  }
  return out;
}

export interface VariantSummary {
  variants: Record<string, number>;
  skipped: Record<string, Record<string, number>>;
  /** Base items none of whose variants could be emitted. */
  itemsWithoutVariants: number;
}

/**
 * Counts emitted and skipped variants over a finished dataset's records (for its manifest);
 * undefined when no plan entry asks for variants.
 */
export async function summarizeVariants(dir: string, manifest: Manifest): Promise<VariantSummary | undefined> {
  const baseItems = manifest.plan.entries.filter((e) => e.counterfactual).reduce((s, e) => s + e.count, 0);
  if (!baseItems) return undefined;
  const variants: Record<string, number> = {};
  const skipped: Record<string, Record<string, number>> = {};
  const groups = new Set<string>();
  for await (const r of readRecords(dir, manifest)) {
    if (!r.variant) continue;
    groups.add(r.group!);
    variants[r.variant] = (variants[r.variant] ?? 0) + 1;
    for (const [variant, why] of Object.entries(r.skipped ?? {})) {
      skipped[variant] ??= {};
      skipped[variant][why] = (skipped[variant][why] ?? 0) + 1;
    }
  }
  return { variants, skipped, itemsWithoutVariants: baseItems - groups.size };
}
