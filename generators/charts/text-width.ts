import type { ChartStyle } from './spec.js';

/**
 * Advance widths of printable ASCII (32–126) in the DejaVu faces every renderer embeds, in 1/1000 em
 * (read once from fonts-dejavu-core's TTFs). Generators are pure, so they measure labels from this
 * table to lay charts out legibly before any renderer runs; other characters count as a wide "M".
 */
const WIDTHS: Record<ChartStyle['font'], readonly number[]> = {
  'sans-serif': [318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838],
  serif: [318, 402, 460, 838, 636, 950, 890, 275, 390, 390, 500, 838, 318, 338, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 536, 1000, 722, 735, 765, 802, 730, 694, 799, 872, 395, 401, 747, 664, 1024, 875, 820, 673, 820, 753, 685, 667, 843, 722, 1028, 712, 660, 695, 390, 337, 390, 838, 500, 500, 596, 640, 560, 640, 592, 370, 640, 644, 320, 310, 606, 320, 948, 644, 602, 640, 640, 478, 513, 402, 644, 565, 856, 564, 565, 527, 636, 337, 636, 838],
  monospace: new Array(95).fill(602),
};

/** Width in pixels of `text` drawn in `font` at `size` px (regular weight; bold is ≈10% wider). */
export function textWidth(text: string, font: ChartStyle['font'], size: number): number {
  const w = WIDTHS[font];
  let sum = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    sum += c >= 32 && c < 127 ? w[c - 32] : 1000;
  }
  return (sum * size) / 1000;
}

/** Height of a DejaVu line box (ascent + descent ≈ 1.164 em): what two stacked texts must clear. */
export const lineHeight = (size: number) => 1.17 * size;

export interface CategoryFit {
  /** Angle of the labels: flat, tilted or vertical. */
  angle: 0 | -45 | -90;
  /** Plot width that gives every label its room (at least the one asked for). */
  width: number;
}

/** Gap kept between neighbouring labels, in pixels. */
const GAP = 4;

/**
 * How to lay out category labels under a band axis of `width` px so that no two touch: flat when
 * the widest neighbours fit their bands, else tilted 45° when the bands are at least a rotated line
 * apart, else vertical, and the plot widened when even that is too tight.
 */
export function fitCategoryLabels(labels: readonly string[], font: ChartStyle['font'], size: number, width: number, wantTilt = false): CategoryFit {
  const n = Math.max(1, labels.length);
  const band = width / n;
  const w = labels.map((l) => textWidth(l, font, size));
  const flat = w.every((wi, i) => i === 0 || (wi + w[i - 1]) / 2 + GAP <= band);
  if (flat && !wantTilt) return { angle: 0, width };
  // Tilted labels are parallel strips whose perpendicular spacing is band·sin 45°.
  const line = lineHeight(size) + GAP;
  if (band * Math.SQRT1_2 >= line) return { angle: -45, width };
  if (band >= line) return { angle: -90, width };
  return { angle: -45, width: Math.ceil((line / Math.SQRT1_2) * n) };
}
