import { d3Format, markId, type ChartSpec, type QAxis } from './spec.js';

/** A Vega-Lite spec as plain JSON (we build it; vega-lite itself is only loaded by renderers). */
export type VlSpec = Record<string, unknown>;

export function ticks(a: QAxis): number[] {
  const out: number[] = [];
  for (let k = 0; a.min + k * a.step <= a.max + a.step * 1e-6; k++) out.push(Number((a.min + k * a.step).toFixed(a.decimals + 2)));
  return out;
}

/** Quantitative encoding with the axis pinned: explicit domain and tick values, so tolerances are known. */
function quant(field: string, a: QAxis, grid: boolean): Record<string, unknown> {
  return { field, type: 'quantitative', title: a.title, scale: { domain: [a.min, a.max], nice: false, zero: false }, axis: { values: ticks(a), format: d3Format(a.decimals), grid } };
}

function colorBy(field: string, domain: string[], s: ChartSpec, title: string | null): Record<string, unknown> {
  return {
    field,
    type: 'nominal',
    title,
    scale: { domain, range: s.style.palette.slice(0, domain.length) },
    legend: title === null && s.type !== 'pie' ? null : { orient: s.style.legend },
  };
}

/** Rows carry `_id`: the renderer reports the pixel box of every mark drawn from a row with an id. */
function tableRows(s: ChartSpec) {
  if (s.data.kind !== 'table') return [];
  const d = s.data;
  return d.series.flatMap((name, si) => d.categories.map((c, ci) => ({ _id: markId(si, ci), c, s: name, v: d.values[si][ci] })));
}

function body(s: ChartSpec): VlSpec {
  const st = s.style;
  const catAxis = (title: string) => ({ field: 'c', type: 'nominal', sort: null, title, axis: { labelAngle: st.labelAngle } });
  const label = (extra: Record<string, unknown>, enc: Record<string, unknown> = {}) => ({
    mark: { type: 'text', fontSize: st.fontSize - 1, color: '#222222', ...extra },
    encoding: { text: { field: 'v', type: 'quantitative', format: d3Format(s.decimals) }, ...enc },
  });
  switch (s.type) {
    case 'bar': {
      const d = s.data as Extract<ChartSpec['data'], { kind: 'table' }>;
      const multi = d.series.length > 1;
      const horizontal = s.layout === 'horizontal';
      const stacked = s.layout === 'stacked';
      const cat = catAxis(s.xTitle);
      const val = { ...quant('v', s.value, st.grid), ...(multi ? { stack: stacked ? 'zero' : null } : {}) };
      const enc: Record<string, unknown> = horizontal ? { y: cat, x: val } : { x: cat, y: val };
      if (multi && !stacked) enc[horizontal ? 'yOffset' : 'xOffset'] = { field: 's', sort: null, scale: { domain: d.series } };
      const bar = { mark: { type: 'bar' }, encoding: multi ? { color: colorBy('s', d.series, s, s.legendTitle) } : { color: { value: st.palette[0] } } };
      if (!st.labels || stacked) return { data: { values: tableRows(s) }, ...bar, encoding: { ...enc, ...bar.encoding } };
      const text = horizontal ? label({ align: 'left', dx: 3 }) : label({ baseline: 'bottom', dy: -2 });
      return { data: { values: tableRows(s) }, encoding: enc, layer: [bar, text] };
    }
    case 'line':
    case 'area': {
      const d = s.data as Extract<ChartSpec['data'], { kind: 'table' }>;
      const multi = d.series.length > 1;
      const mark = s.type === 'line' ? { type: 'line', point: { filled: true, size: 40 } } : { type: 'area', line: true, point: { filled: true, size: 40 }, opacity: 0.35 };
      const enc = { x: catAxis(s.xTitle), y: { ...quant('v', s.value, st.grid), stack: null } };
      const color = multi ? { color: colorBy('s', d.series, s, s.legendTitle) } : {};
      const main = { mark: multi ? mark : { ...mark, color: st.palette[0] }, encoding: color };
      if (!st.labels) return { data: { values: tableRows(s) }, ...main, encoding: { ...enc, ...color } };
      return { data: { values: tableRows(s) }, encoding: enc, layer: [main, label({ baseline: 'bottom', dy: -6 })] };
    }
    case 'pie': {
      const d = s.data as Extract<ChartSpec['data'], { kind: 'table' }>;
      const r = Math.round(Math.min(st.width, st.height) / 2 - 28);
      // Both layers stack by the same order field, so each label sits on its own slice.
      const enc = { theta: { field: 'v', type: 'quantitative', stack: true }, order: { field: '_id' } };
      const arc = { mark: { type: 'arc', outerRadius: r, innerRadius: s.donut ? Math.round(r * 0.5) : 0, stroke: '#ffffff' }, encoding: { color: colorBy('c', d.categories, s, s.xTitle) } };
      return { data: { values: tableRows(s) }, encoding: enc, layer: [arc, label({ radius: r + 14 })] };
    }
    case 'heatmap': {
      const d = s.data as Extract<ChartSpec['data'], { kind: 'table' }>;
      const flat = d.values.flat();
      const mid = (Math.min(...flat) + Math.max(...flat)) / 2;
      const enc = { x: catAxis(s.xTitle), y: { field: 's', type: 'nominal', sort: null, title: s.legendTitle } };
      const rect = { mark: { type: 'rect' }, encoding: { color: { field: 'v', type: 'quantitative', title: s.value.title, scale: { range: [st.palette[0], st.palette[1]] }, legend: null } } };
      const text = label({ baseline: 'middle' }, { color: { condition: { test: `datum.v > ${mid}`, value: '#ffffff' }, value: '#111111' } });
      return { data: { values: tableRows(s) }, encoding: enc, layer: [rect, text] };
    }
    case 'histogram': {
      const d = s.data as Extract<ChartSpec['data'], { kind: 'bins' }>;
      const x = s.xAxis!;
      const values = d.counts.map((n, i) => ({ _id: markId(0, i), lo: d.edges[i], hi: d.edges[i + 1], v: n }));
      return {
        data: { values },
        mark: { type: 'bar', color: st.palette[0], stroke: '#ffffff', strokeWidth: 1 },
        encoding: { x: { ...quant('lo', x, false), bin: { binned: true, step: x.step } }, x2: { field: 'hi' }, y: quant('v', s.value, st.grid) },
      };
    }
    case 'box': {
      const d = s.data as Extract<ChartSpec['data'], { kind: 'box' }>;
      const values = d.groups.map((c, i) => { const [min, q1, median, q3, max] = d.stats[i]; return { _id: markId(0, i), c, min, q1, median, q3, max }; });
      const y = (f: string) => ({ ...quant(f, s.value, st.grid) });
      return {
        data: { values },
        encoding: { x: catAxis(s.xTitle) },
        layer: [
          { mark: { type: 'rule', color: '#333333' }, encoding: { y: y('min'), y2: { field: 'max' } } },
          { mark: { type: 'bar', size: 26, color: st.palette[0] }, encoding: { y: y('q1'), y2: { field: 'q3' } } },
          { mark: { type: 'tick', size: 26, thickness: 2, color: '#111111' }, encoding: { y: y('median') } },
        ],
      };
    }
    case 'scatter': {
      const d = s.data as Extract<ChartSpec['data'], { kind: 'points' }>;
      const values = d.points.map((p, i) => ({ _id: markId(0, i), x: p.x, y: p.y, g: d.groups[p.g] }));
      const color = d.groups.length > 1 ? colorBy('g', d.groups, s, s.legendTitle) : { value: st.palette[0] };
      return { data: { values }, mark: { type: 'point', filled: true, size: 50, opacity: 0.9 }, encoding: { x: quant('x', s.xAxis!, st.grid), y: quant('y', s.value, st.grid), color } };
    }
  }
}

/** Compiles our chart spec to Vega-Lite. The font is a generic family; renderers map it to an embedded face. */
export function toVegaLite(s: ChartSpec): VlSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: s.style.width,
    height: s.style.height,
    background: s.style.background,
    padding: 10,
    title: { text: s.title, anchor: s.style.titleAnchor, fontSize: s.style.fontSize + 4 },
    config: {
      font: s.style.font,
      axis: { labelFontSize: s.style.fontSize, titleFontSize: s.style.fontSize + 1 },
      legend: { labelFontSize: s.style.fontSize, titleFontSize: s.style.fontSize },
      view: { stroke: null },
    },
    ...body(s),
  };
}
