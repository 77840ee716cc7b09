/**
 * What a Vega-Lite spec draws, reduced to comparable parts: mark types, encoding descriptors, data
 * points keyed by their category values, texts and colours. Truth and candidate are summarised the
 * same way, so field names, key order and styling the picture does not show never matter.
 */
type Obj = Record<string, any>;

export interface DataPoint {
  /** Category values (nominal/ordinal channels), joined; '' for scatter points. */
  key: string;
  value: number;
  /** Scatter: the quantitative x. */
  x?: number;
}

export interface Summary {
  marks: string[];
  encodings: string[];
  points: DataPoint[];
  scatter: boolean;
  texts: string[];
  colors: string[];
}

/** Vega-Lite's defaults where a spec leaves colours out. */
const TABLEAU10 = ['#4c78a8', '#f58518', '#e45756', '#72b7b2', '#54a24b', '#eeca3b', '#b279a2', '#ff9da6', '#9d755d', '#bab0ac'];
const DEFAULT_MARK = '#4c78a8';
const POSITION = ['x', 'y', 'theta'];
const KEY_CHANNELS = ['x', 'y', 'color', 'xOffset', 'yOffset'];

const markType = (m: unknown): string => (typeof m === 'string' ? m : m && typeof m === 'object' ? String((m as Obj).type ?? '') : '');
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

interface Unit {
  mark: unknown;
  encoding: Obj;
  values: Obj[];
}

/** Leaf views of a (possibly layered) spec, with encodings and inline data inherited from parents. */
function units(spec: Obj, parentEnc: Obj = {}, parentValues: Obj[] = [], depth = 0): Unit[] {
  if (depth > 8) return [];
  const encoding = { ...parentEnc, ...(isObj(spec.encoding) ? spec.encoding : {}) };
  const values = Array.isArray(spec.data?.values) ? spec.data.values.filter(isObj) : parentValues;
  if (Array.isArray(spec.layer)) return spec.layer.filter(isObj).flatMap((l: Obj) => units(l, encoding, values, depth + 1));
  return spec.mark === undefined ? [] : [{ mark: spec.mark, encoding, values }];
}

const fieldOf = (def: unknown): string | null => (isObj(def) && typeof def.field === 'string' ? def.field : null);
const typeOf = (def: unknown): string => (isObj(def) ? String(def.type ?? (def.bin ? 'quantitative' : def.aggregate ? 'quantitative' : 'nominal')) : '');
const discrete = (def: unknown) => ['nominal', 'ordinal'].includes(typeOf(def));

/** Stacking as Vega-Lite applies it: bars and areas with a colour field stack unless told not to. */
function stackOf(u: Unit, q: string): string | null {
  const t = markType(u.mark);
  if (!['bar', 'area'].includes(t) || !fieldOf(u.encoding.color) || u.encoding.xOffset || u.encoding.yOffset) return null;
  const s = isObj(u.encoding[q]) ? u.encoding[q].stack : undefined;
  if (s === null || s === false) return 'none';
  return s === undefined || s === true ? 'zero' : String(s);
}

function valueChannel(u: Unit): string | null {
  const enc = u.encoding;
  for (const ch of ['theta', 'y', 'x']) if (fieldOf(enc[ch]) && typeOf(enc[ch]) === 'quantitative') return ch;
  if (fieldOf(enc.color) && typeOf(enc.color) === 'quantitative') return 'color';
  return null;
}

function aggregate(values: number[], how: unknown): number {
  if (how === 'mean' || how === 'average') return values.reduce((a, b) => a + b, 0) / values.length;
  if (how === 'max') return Math.max(...values);
  if (how === 'min') return Math.min(...values);
  return values.reduce((a, b) => a + b, 0);
}

function dataOf(u: Unit): { points: DataPoint[]; scatter: boolean } {
  const enc = u.encoding;
  const xq = fieldOf(enc.x) && typeOf(enc.x) === 'quantitative';
  const yq = fieldOf(enc.y) && typeOf(enc.y) === 'quantitative';
  if (xq && yq && !enc.x2 && !enc.y2) {
    const g = discrete(enc.color) ? fieldOf(enc.color) : null;
    const points = u.values.map((r) => ({ key: g ? String(r[g]) : '', x: Number(r[enc.x.field]), value: Number(r[enc.y.field]) })).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.value));
    return { points, scatter: true };
  }
  const vc = valueChannel(u);
  if (!vc) return { points: [], scatter: false };
  const vf = enc[vc].field as string;
  const keyFields = [...new Set(KEY_CHANNELS.filter((ch) => discrete(enc[ch]) && fieldOf(enc[ch])).map((ch) => enc[ch].field as string))];
  if (vc === 'theta' && discrete(enc.color) && fieldOf(enc.color) && !keyFields.includes(enc.color.field)) keyFields.push(enc.color.field);
  const groups = new Map<string, number[]>();
  for (const r of u.values) {
    const v = Number(r[vf]);
    if (!Number.isFinite(v)) continue;
    const key = keyFields.map((f) => String(r[f] ?? '').trim()).join('\u0001');
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const how = enc[vc].aggregate;
  return { points: [...groups].map(([key, vs]) => ({ key, value: vs.length === 1 && !how ? vs[0] : aggregate(vs, how) })), scatter: false };
}

function titleOf(def: Obj, fallbackField: string | null): string | null {
  if ('title' in def) return def.title === null ? null : String(def.title);
  if (isObj(def.axis) && 'title' in def.axis) return def.axis.title === null ? null : String(def.axis.title);
  if (isObj(def.legend) && 'title' in def.legend) return def.legend.title === null ? null : String(def.legend.title);
  return fallbackField;
}

function textsOf(spec: Obj, us: Unit[]): string[] {
  const out: string[] = [];
  const title = isObj(spec.title) ? spec.title.text : spec.title;
  if (typeof title === 'string' && title) out.push(`title:${title}`);
  const seen = new Set<string>();
  for (const u of us) {
    for (const ch of ['x', 'y', 'color']) {
      const def = u.encoding[ch];
      if (!isObj(def) || !fieldOf(def) || seen.has(ch)) continue;
      if (ch === 'color' && (def.legend === null || typeOf(def) === 'quantitative')) continue;
      seen.add(ch);
      const t = titleOf(def, def.field);
      if (t) out.push(`${ch === 'color' ? 'legend' : 'axis'}-title:${t}`);
      if (discrete(def)) for (const v of new Set(u.values.map((r) => String(r[def.field] ?? '')))) out.push(`label:${v}`);
    }
  }
  return out;
}

function colorsOf(us: Unit[]): string[] {
  const out = new Set<string>();
  for (const u of us) {
    const t = markType(u.mark);
    if (t === 'text' || t === 'rule' || t === 'tick') continue;
    const c = u.encoding.color;
    if (isObj(c) && fieldOf(c)) {
      const n = typeOf(c) === 'quantitative' ? 2 : new Set(u.values.map((r) => r[c.field])).size;
      const range = isObj(c.scale) && Array.isArray(c.scale.range) ? c.scale.range : TABLEAU10;
      for (const x of range.slice(0, n)) out.add(String(x).toLowerCase());
    } else if (isObj(c) && typeof c.value === 'string') out.add(c.value.toLowerCase());
    else if (isObj(u.mark) && typeof (u.mark.color ?? u.mark.fill) === 'string') out.add(String(u.mark.color ?? u.mark.fill).toLowerCase());
    else out.add(DEFAULT_MARK);
  }
  return [...out];
}

const FADE = ['opacity', 'fillOpacity', 'strokeOpacity'];

/**
 * Settings that can hide or fade marks without touching data or channels (opacity on marks, as a
 * channel value or in config, and fixed sizes). Without a render these must match the truth too.
 */
function visibility(spec: Obj, us: Unit[]): string[] {
  const out: string[] = [];
  for (const u of us) {
    const t = markType(u.mark);
    if (isObj(u.mark)) for (const k of FADE) if (u.mark[k] !== undefined) out.push(`${t}:${k}=${u.mark[k]}`);
    for (const ch of [...FADE, 'size']) {
      const def = u.encoding[ch];
      if (isObj(def) && !fieldOf(def)) out.push(`${t}:${ch}-value=${JSON.stringify(def.value ?? def.condition ?? null)}`);
    }
  }
  if (isObj(spec.config)) {
    for (const [part, v] of Object.entries(spec.config)) if (isObj(v)) for (const k of FADE) if (v[k] !== undefined) out.push(`config.${part}.${k}=${v[k]}`);
  }
  return out;
}

export function summarize(spec: Obj): Summary {
  const us = units(spec);
  const marks = [...new Set(us.map((u) => markType(u.mark)).filter(Boolean))].sort();
  const encodings = new Set<string>();
  for (const u of us) {
    for (const [ch, def] of Object.entries(u.encoding)) {
      if (!isObj(def) || (!fieldOf(def) && !['x2', 'y2'].includes(ch))) continue;
      if (['text', 'order', 'tooltip'].includes(ch)) continue;
      encodings.add(`${ch}:${fieldOf(def) ? typeOf(def) : 'field'}${def.aggregate ? `:${def.aggregate}` : ''}`);
      // What moves marks without changing channels: a pinned quantitative domain, and the order of
      // discrete values (Vega-Lite sorts them ascending unless sort is null or given).
      if (typeOf(def) === 'quantitative' && isObj(def.scale) && Array.isArray(def.scale.domain)) encodings.add(`${ch}:domain=${def.scale.domain.map(Number).join(',')}`);
      if (discrete(def) && ['x', 'y', 'xOffset', 'yOffset'].includes(ch)) encodings.add(`${ch}:sort=${def.sort === null ? 'data' : Array.isArray(def.sort) ? def.sort.join('|') : JSON.stringify(def.sort ?? 'ascending')}`);
    }
    const q = POSITION.find((ch) => fieldOf(u.encoding[ch]) && typeOf(u.encoding[ch]) === 'quantitative');
    const stack = q ? stackOf(u, q) : null;
    if (stack) encodings.add(`stack:${stack}`);
  }
  for (const k of ['width', 'height']) if (typeof spec[k] === 'number') encodings.add(`${k}=${spec[k]}`);
  for (const d of visibility(spec, us)) encodings.add(d);
  // Data from the main (first non-text) view: label layers repeat the same rows.
  const main = us.find((u) => !['text', 'rule', 'tick'].includes(markType(u.mark))) ?? us[0];
  const { points, scatter } = main ? dataOf(main) : { points: [], scatter: false };
  return { marks, encodings: [...encodings].sort(), points, scatter, texts: textsOf(spec, us), colors: colorsOf(us) };
}
