type Box = [number, number, number, number];

/** What a grounded answer holds: an action, a point or a box, a text value. */
export interface RegionAnswer {
  action?: string;
  point?: [number, number];
  box?: Box;
  text?: string;
  /** The answer's text value for document answers ("answer" key). */
  value?: string;
}

const POINT_KEYS = ['point', 'point_2d', 'coordinate', 'coordinates', 'click', 'position'];
const BOX_KEYS = ['box', 'bbox', 'bbox_2d', 'region', 'roi'];
const nums = (v: unknown, n: number) => Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/**
 * Reads a grounded answer: a JSON object (keys action, point/point_2d/coordinate, box/bbox/bbox_2d,
 * text, answer), or plain text like `click (120, 48)` / `type [10, 20, 80, 40] "hello"`. One point
 * or one box only: several coordinates lists are refused (no spraying guesses).
 */
export function parseRegionAnswer(answer: string): RegionAnswer | string {
  const obj = answer.match(/\{[\s\S]*\}/);
  if (obj) {
    let v: unknown;
    try {
      v = JSON.parse(obj[0]);
    } catch {
      return 'the answer is not valid JSON';
    }
    if (!v || typeof v !== 'object' || Array.isArray(v)) return 'the answer must be a JSON object';
    const o = v as Record<string, unknown>;
    const out: RegionAnswer = {};
    if (typeof o.action === 'string') out.action = o.action;
    if (typeof o.text === 'string') out.text = o.text;
    if (typeof o.answer === 'string' || typeof o.answer === 'number') out.value = String(o.answer);
    const p = POINT_KEYS.filter((k) => k in o);
    const b = BOX_KEYS.filter((k) => k in o);
    if (p.length + b.length > 1) return 'give one point or one box, not several';
    if (p.length) {
      if (!nums(o[p[0]], 2)) return `"${p[0]}" must be [x, y]`;
      out.point = o[p[0]] as [number, number];
    }
    if (b.length) {
      if (!nums(o[b[0]], 4)) return `"${b[0]}" must be [x1, y1, x2, y2]`;
      const q = o[b[0]] as Box;
      if (!(q[0] < q[2] && q[1] < q[3])) return 'a box needs x1 < x2 and y1 < y2';
      out.box = q;
    }
    return out;
  }
  const lists = [...answer.matchAll(/[[(]\s*(-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)*)\s*[\])]/g)].map((m) => m[1].split(',').map(Number));
  if (lists.length !== 1) return lists.length ? 'give one point or one box, not several' : 'no point or box found';
  const out: RegionAnswer = {};
  const act = /^\s*([a-z_]+)/i.exec(answer);
  if (act) out.action = act[1];
  const quoted = /"([^"]*)"/.exec(answer);
  if (quoted) out.text = quoted[1];
  const [c] = lists;
  if (c.length === 2) out.point = [c[0], c[1]];
  else if (c.length === 4 && c[0] < c[2] && c[1] < c[3]) out.box = [c[0], c[1], c[2], c[3]];
  else return 'coordinates must be [x, y] or [x1, y1, x2, y2]';
  return out;
}

export function boxIou(a: Box, b: Box): number {
  const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const inter = w * h;
  const union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
  return union > 0 ? inter / union : 0;
}
