import type { Point, TextBox } from '../core/scene.js';

/**
 * Legibility of a drawn chart, judged from the renderer's own text boxes (every library reports
 * them: Chromium from the SVG it drew, matplotlib from its text artists): no text smaller than
 * MIN_TEXT_PX, and no two texts overlapping by more than OVERLAP_TOLERANCE_PX. A question about
 * "North field" is unfair when that label runs into "South field".
 */
export const MIN_TEXT_PX = 10;
/**
 * Layout boxes include the font's ascent and descent (≈1.16 em for DejaVu), so stacked legend rows
 * or two-line titles may touch by a pixel while the glyphs stay well apart.
 */
export const OVERLAP_TOLERANCE_PX = 1.5;

export interface LegibilityProblem {
  kind: 'overlap' | 'small';
  texts: string[];
  detail: string;
}

/** Depth of overlap of two convex quads along the axis that separates them best (≤ 0: apart). */
function penetration(a: Point[], b: Point[]): number {
  let best = Infinity;
  for (const quad of [a, b]) {
    for (let i = 0; i < quad.length; i++) {
      const [x1, y1] = quad[i];
      const [x2, y2] = quad[(i + 1) % quad.length];
      const len = Math.hypot(x2 - x1, y2 - y1);
      if (len < 1e-9) continue;
      const nx = (y1 - y2) / len;
      const ny = (x2 - x1) / len;
      const proj = (q: Point[]) => q.map(([x, y]) => x * nx + y * ny);
      const pa = proj(a);
      const pb = proj(b);
      best = Math.min(best, Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)));
    }
  }
  return best;
}

const bounds = (q: Point[]) => [Math.min(...q.map((p) => p[0])), Math.min(...q.map((p) => p[1])), Math.max(...q.map((p) => p[0])), Math.max(...q.map((p) => p[1]))];

/** Every legibility problem of one chart (empty when it is legible). */
export function legibilityProblems(texts: readonly TextBox[], minPx = MIN_TEXT_PX): LegibilityProblem[] {
  const out: LegibilityProblem[] = [];
  for (const t of texts) {
    if (t.size < minPx - 1e-6) out.push({ kind: 'small', texts: [t.text], detail: `"${t.text}" is ${t.size.toFixed(1)} px (< ${minPx} px)` });
  }
  const b = texts.map((t) => bounds(t.quad));
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      // Bounding boxes first: most pairs are far apart.
      if (b[i][0] >= b[j][2] || b[j][0] >= b[i][2] || b[i][1] >= b[j][3] || b[j][1] >= b[i][3]) continue;
      const depth = penetration(texts[i].quad, texts[j].quad);
      if (depth > OVERLAP_TOLERANCE_PX) out.push({ kind: 'overlap', texts: [texts[i].text, texts[j].text], detail: `"${texts[i].text}" and "${texts[j].text}" overlap by ${depth.toFixed(1)} px` });
    }
  }
  return out;
}

/** One line naming the first few problems, for errors and reports. */
export function describeProblems(problems: readonly LegibilityProblem[]): string {
  const head = problems.slice(0, 3).map((p) => p.detail).join('; ');
  return problems.length > 3 ? `${head}; and ${problems.length - 3} more` : head;
}
