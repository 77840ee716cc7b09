/**
 * Admission of a candidate Vega-Lite spec before anything renders it. A spec is data, never code we
 * run, but the chart runtime can still fetch URLs, generate huge sequences or load images: all refused
 * here, cheaply, with a reason.
 */
export const LIMITS = { chars: 100_000, depth: 24, nodes: 50_000, rows: 5_000, side: 2_000 };

/** Keys that make the runtime reach outside the page or generate unbounded data. */
const FORBIDDEN: Record<string, string> = {
  url: 'remote or file data (url) is not allowed; put the data inline in data.values',
  sequence: 'generated data (sequence) is not allowed; put the data inline in data.values',
  graticule: 'generated data (graticule) is not allowed',
  href: 'links (href) are not allowed',
  loader: 'custom loaders are not allowed',
  usermeta: 'usermeta is not allowed',
};

/** The JSON object in an answer: fenced code, or the text from its first "{" to its last "}". */
export function extractJson(answer: string): string {
  const fence = answer.match(/```(?:json|vega-lite|vegalite)?\s*([\s\S]*?)```/i);
  const text = fence ? fence[1] : answer;
  const a = text.indexOf('{');
  const b = text.lastIndexOf('}');
  if (a < 0 || b < a) throw new Error('no JSON object in the answer');
  return text.slice(a, b + 1);
}

/** Parses and admits a candidate spec; throws an Error whose message is the reason for score 0. */
export function admitSpec(answer: string): Record<string, unknown> {
  const json = extractJson(answer);
  if (json.length > LIMITS.chars) throw new Error(`the spec has ${json.length} characters; at most ${LIMITS.chars}`);
  let spec: unknown;
  try {
    spec = JSON.parse(json);
  } catch (e) {
    throw new Error(`the spec is not valid JSON (${(e as Error).message.slice(0, 80)})`);
  }
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) throw new Error('the spec must be a JSON object');
  let nodes = 0;
  let rows = 0;
  // Iterative walk: a hostile nesting depth cannot overflow our stack.
  const stack: [unknown, number][] = [[spec, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (++nodes > LIMITS.nodes) throw new Error(`the spec has more than ${LIMITS.nodes} JSON values`);
    if (depth > LIMITS.depth) throw new Error(`the spec nests deeper than ${LIMITS.depth} levels`);
    if (Array.isArray(v)) {
      for (const x of v) stack.push([x, depth + 1]);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k in FORBIDDEN) throw new Error(FORBIDDEN[k]);
        if (k === 'values' && Array.isArray(x) && (rows += x.length) > LIMITS.rows) throw new Error(`the spec has more than ${LIMITS.rows} data rows`);
        if ((k === 'width' || k === 'height' || k === 'step') && typeof x === 'number' && !(Math.abs(x) <= LIMITS.side)) throw new Error(`${k} ${x} is larger than ${LIMITS.side}`);
        if ((k === 'mark' || k === 'type') && (x === 'image' || (x as { type?: unknown })?.type === 'image')) throw new Error('image marks are not allowed');
        stack.push([x, depth + 1]);
      }
    }
  }
  return spec as Record<string, unknown>;
}
