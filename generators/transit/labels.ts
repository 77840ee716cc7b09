import type { Rng } from '../../core/rng.js';
import { grow, segmentHitsRect } from '../graphs/geometry.js';

/**
 * Label placement without a canvas: generators may not draw, so text is sized from the advance
 * widths of DejaVu Sans (the renderer's pinned face), in 1/1000 em for ASCII 32..126, measured with
 * the canvas renderer's own font. Kerning only narrows text, so the sum of advances never
 * under-estimates; the test suite checks the real rendered boxes of 500 maps for overlaps.
 */
const REGULAR = [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838];
const BOLD = [348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838];

/** Ascent and descent of DejaVu Sans as shares of the font size (a little generous). */
export const ASCENT = 0.86;
export const DESCENT = 0.27;
/** Extra height per further line of a wrapped label, as a share of the font size. */
export const LEADING = 1.1;

export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let em = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0) - 32;
    em += c >= 0 && c < table.length ? table[c] : 1000;
  }
  return (em * size) / 1000;
}

export type Rect = [number, number, number, number];

export const overlaps = (a: Rect, b: Rect, gap = 0) => a[0] < b[2] + gap && b[0] < a[2] + gap && a[1] < b[3] + gap && b[1] < a[3] + gap;

/** Does a segment of half-width `halfWidth` touch the rectangle? (The segment against the grown rectangle.) */
export function segmentHits(r: Rect, a: [number, number], b: [number, number], halfWidth: number): boolean {
  return segmentHitsRect(a, b, grow(r, halfWidth));
}

/** A label's place next to its anchor: text box and how the text is anchored in it. */
export interface Placement {
  box: Rect;
  x: number;
  y: number;
  align: 'left' | 'center' | 'right';
}

/**
 * The eight classic positions around a station marker, in the order map makers prefer them
 * (right, left, the diagonals, above, below), for a text block of `lines` lines of width `w`.
 * `d` is the gap from the station centre.
 */
export function candidates(cx: number, cy: number, w: number, size: number, d: number, lines = 1): Placement[] {
  const h = (ASCENT + DESCENT + LEADING * (lines - 1)) * size;
  const at = (x1: number, y1: number, align: Placement['align']): Placement => {
    const box: Rect = [x1 - 1, y1, x1 + w + 1, y1 + h];
    const x = align === 'left' ? x1 : align === 'right' ? x1 + w : x1 + w / 2;
    return { box, x, y: y1 + ASCENT * size, align };
  };
  // Diagonal places clear the marker square (half-size d - 5 + 2) by a pixel.
  const e = d - 1;
  return [
    at(cx + d, cy - h / 2, 'left'),
    at(cx - d - w, cy - h / 2, 'right'),
    at(cx + e, cy - e - h, 'left'),
    at(cx + e, cy + e, 'left'),
    at(cx - e - w, cy - e - h, 'right'),
    at(cx - e - w, cy + e, 'right'),
    at(cx - w / 2, cy - d - h, 'center'),
    at(cx - w / 2, cy + d, 'center'),
  ];
}

/**
 * Picks one candidate per label so that no two chosen boxes overlap: most constrained labels
 * first, each taking its most preferred free position; a few shuffled orders are tried and the
 * one leaving fewest labels without a place is returned (the caller removes those stations or
 * draws another network).
 */
export function placeLabels(rng: Rng, options: Placement[][], gap: number): { chosen: number[]; unplaced: number[] } {
  const order = options.map((_, i) => i).sort((a, b) => options[a].length - options[b].length || a - b);
  let best: { chosen: number[]; unplaced: number[] } | null = null;
  for (let attempt = 0; attempt < 6; attempt++) {
    const seq = attempt === 0 ? order : rng.shuffle(order);
    const chosen = new Array<number>(options.length).fill(-1);
    const unplaced: number[] = [];
    const placed: Rect[] = [];
    for (const i of seq) {
      const c = options[i].findIndex((p) => !placed.some((q) => overlaps(p.box, q, gap)));
      if (c < 0) unplaced.push(i);
      else {
        chosen[i] = c;
        placed.push(options[i][c].box);
      }
    }
    if (!best || unplaced.length < best.unplaced.length) best = { chosen, unplaced };
    if (!unplaced.length) break;
  }
  return best!;
}
