// Runs inside the pooled Chromium page (plain browser JavaScript, loaded once per page next to vega,
// vega-lite and echarts). It draws one chart into #root with the SVG renderer and reports the pixel box
// of every mark whose datum has an `_id`, read from the DOM, plus text boxes: `title`, and for
// Vega-Lite `axis-label:<text>`, `axis-title:…`, `legend-label:…`, `legend-title:…`; for ECharts
// `text:<text>` (its scene does not say which component drew a text).
/* global vega, vegaLite, echarts */
(function () {
  // Only the embedded DejaVu faces are ever used: a generic or DejaVu name maps to its face, any
  // other name to VF Sans, so no system font can stand in.
  function face(name) {
    const n = String(name || '').toLowerCase();
    if (n.includes('mono')) return 'VF Mono';
    if (n.includes('serif') && !n.includes('sans')) return 'VF Serif';
    return 'VF Sans';
  }
  const FONT_KEY = /^(font|fontFamily|[a-z]*Font)$/;
  // Data is left alone: a column may be called "font".
  const DATA_KEY = { data: true, datasets: true, values: true };
  const root = () => document.getElementById('root');

  function union(a, b) {
    if (!a) return b;
    if (!b) return a;
    return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
  }
  function rectBox(r) {
    if (!r || !(r.width > 0 || r.height > 0)) return null;
    return [r.left, r.top, r.right, r.bottom];
  }
  function addBox(boxes, id, b) {
    if (b) boxes[id] = union(boxes[id], b);
  }
  function finish(boxes, width, height) {
    const out = {};
    const c = (v, m) => Math.max(0, Math.min(m, v));
    for (const k of Object.keys(boxes)) {
      const b = boxes[k];
      out[k] = [c(Math.floor(b[0]), width), c(Math.floor(b[1]), height), c(Math.ceil(b[2]), width), c(Math.ceil(b[3]), height)];
    }
    return out;
  }

  /** Maps every font of a spec (config, title, axes, marks: any key "font" or "…Font") to a face. */
  function pinFonts(spec, depth) {
    if (depth > 30 || !spec || typeof spec !== 'object') return spec;
    if (Array.isArray(spec)) return spec.map((x) => pinFonts(x, depth + 1));
    const out = {};
    for (const k of Object.keys(spec)) out[k] = DATA_KEY[k] ? spec[k] : FONT_KEY.test(k) && typeof spec[k] === 'string' ? face(spec[k]) : pinFonts(spec[k], depth + 1);
    return out;
  }

  /** The spec with every text in an embedded face (the config font, or VF Sans). */
  function pinVegaLite(vl) {
    const font = face(vl.config && vl.config.font);
    const config = Object.assign({}, vl.config || {}, { font });
    return pinFonts(Object.assign({}, vl, { config }), 0);
  }

  // Marks whose items share one path (the whole line or area) or that only label others: no per-datum box.
  const SHARED_PATH = { text: true, line: true, area: true, trail: true };
  const TEXT_ROLES = { 'title-text': 'title', 'axis-title': 'axis-title', 'axis-label': 'axis-label', 'legend-label': 'legend-label', 'legend-title': 'legend-title' };

  /** Visits every item under a scenegraph mark (marks hold items; group items hold marks). */
  function walkVega(mark, visit) {
    for (const item of mark.items || []) {
      visit(item);
      if (mark.marktype === 'group') for (const child of item.items || []) walkVega(child, visit);
    }
  }

  async function vegaView(vl, renderer, el) {
    const compiled = vegaLite.compile(pinVegaLite(vl)).spec;
    const view = new vega.View(vega.parse(compiled), { renderer, container: el, hover: false, logLevel: vega.None });
    await view.runAsync();
    return view;
  }

  /** Texts drawn by a Vega view, by role: what the chart-to-code verifier compares. */
  function vegaTexts(view) {
    const texts = [];
    walkVega(view.scenegraph().root, (item) => {
      const role = item.mark && item.mark.role;
      if (TEXT_ROLES[role] && item.text !== undefined && item.text !== null && item.text !== '') {
        const t = Array.isArray(item.text) ? item.text.join(' ') : String(item.text);
        texts.push(TEXT_ROLES[role] + ':' + t);
      }
    });
    return texts;
  }

  async function renderVegaLite(vl) {
    clear();
    const el = root();
    const view = await vegaView(vl, 'svg', el);
    try {
      const svg = el.querySelector('svg');
      const width = Math.ceil(Number(svg.getAttribute('width')));
      const height = Math.ceil(Number(svg.getAttribute('height')));
      const boxes = {};
      walkVega(view.scenegraph().root, (item) => {
        const mark = item.mark;
        if (!mark || !item._svg) return;
        const id = item.datum && item.datum._id;
        if (id && mark.role === 'mark' && !SHARED_PATH[mark.marktype]) addBox(boxes, String(id), rectBox(item._svg.getBoundingClientRect()));
        else if (mark.role === 'title-text') addBox(boxes, 'title', rectBox(item._svg.getBoundingClientRect()));
        else if (TEXT_ROLES[mark.role] && item.text !== undefined) addBox(boxes, TEXT_ROLES[mark.role] + ':' + String(item.text), rectBox(item._svg.getBoundingClientRect()));
      });
      return { width, height, boxes: finish(boxes, width, height), texts: drawnTexts() };
    } finally {
      // Finalized by the next render, after the screenshot.
      window.__vfView = view;
    }
  }

  function zrBox(el) {
    if (!el) return null;
    if (el.isGroup) {
      let b = null;
      el.eachChild((c) => (b = union(b, zrBox(c))));
      return b;
    }
    if (el.ignore || el.invisible || !el.getBoundingRect) return null;
    const r = el.getBoundingRect().clone();
    const m = el.getComputedTransform && el.getComputedTransform();
    if (m) r.applyTransform(m);
    return [r.x, r.y, r.x + r.width, r.y + r.height];
  }

  function renderECharts(option, width, height) {
    clear();
    const el = root();
    const div = document.createElement('div');
    div.style.width = width + 'px';
    div.style.height = height + 'px';
    el.appendChild(div);
    const chart = echarts.init(div, null, { renderer: 'svg', width, height });
    try {
      const font = face(option.textStyle && option.textStyle.fontFamily);
      chart.setOption(Object.assign({}, pinFonts(option, 0), { animation: false, textStyle: Object.assign({}, option.textStyle, { fontFamily: font }) }));
      const boxes = {};
      chart.getModel().eachSeries((series) => {
        const data = series.getData();
        for (let i = 0; i < data.count(); i++) {
          const raw = data.getRawDataItem(i);
          if (raw && raw._id) addBox(boxes, String(raw._id), zrBox(data.getItemGraphicEl(i)));
        }
      });
      for (const d of chart.getZr().storage.getDisplayList()) {
        const t = d.style && d.style.text;
        if (t !== undefined && t !== null && t !== '') addBox(boxes, 'text:' + String(t), zrBox(d));
      }
      const title = option.title && option.title.text;
      if (title && boxes['text:' + title]) boxes.title = boxes['text:' + title];
      return { width, height, boxes: finish(boxes, width, height), texts: drawnTexts() };
    } finally {
      // Disposed by the next render, after the screenshot.
      window.__vfChart = chart;
    }
  }

  /**
   * Every visible text the renderer drew, as the quadrilateral of its own layout box (getBBox in the
   * text's coordinates, mapped through its transform, so rotated labels stay tight) and its font size
   * in image pixels: what the legibility check reads. Hidden texts (opacity 0, as Vega's label
   * thinning leaves them) are skipped.
   */
  function drawnTexts() {
    const out = [];
    const origin = root().getBoundingClientRect();
    for (const el of root().querySelectorAll('text')) {
      const text = (el.textContent || '').trim();
      if (!text) continue;
      if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const style = getComputedStyle(el);
      if (style.fillOpacity === '0' || style.fill === 'none' || hiddenByOpacity(el)) continue;
      const b = el.getBBox();
      const m = el.getScreenCTM();
      if (!m || !(b.width > 0 && b.height > 0)) continue;
      const pt = (x, y) => [m.a * x + m.c * y + m.e - origin.left, m.b * x + m.d * y + m.f - origin.top];
      const quad = [pt(b.x, b.y), pt(b.x + b.width, b.y), pt(b.x + b.width, b.y + b.height), pt(b.x, b.y + b.height)];
      out.push({ text, size: parseFloat(style.fontSize) * Math.hypot(m.a, m.b), quad });
    }
    return out;
  }
  /** An ancestor (or the text) with an opacity attribute or style of 0. */
  function hiddenByOpacity(el) {
    for (let e = el; e && e !== root(); e = e.parentElement) {
      if (e.getAttribute('opacity') === '0' || e.getAttribute('fill-opacity') === '0' || getComputedStyle(e).opacity === '0') return true;
    }
    return false;
  }

  function clear() {
    if (window.__vfView) {
      window.__vfView.finalize();
      window.__vfView = null;
    }
    if (window.__vfChart) {
      window.__vfChart.dispose();
      window.__vfChart = null;
    }
    root().innerHTML = '';
  }

  // Larger charts are refused before any canvas is allocated (a hostile spec could ask for 10^10 px).
  const MAX_SIDE = 4000;

  async function vegaCanvas(vl) {
    const view = await vegaView(vl, 'none', null);
    try {
      const w = view.width() + (view.padding().left || 0) + (view.padding().right || 0);
      const h = view.height() + (view.padding().top || 0) + (view.padding().bottom || 0);
      if (!(w <= MAX_SIDE && h <= MAX_SIDE)) throw new Error('chart larger than ' + MAX_SIDE + ' px on a side');
      return { canvas: await view.toCanvas(1), texts: vegaTexts(view) };
    } finally {
      view.finalize();
    }
  }

  /** Pixels of `canvas` drawn onto a white w×h canvas (scaled when sizes differ). */
  function pixels(canvas, w, h) {
    const out = document.createElement('canvas');
    out.width = w;
    out.height = h;
    const ctx = out.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(canvas, 0, 0, w, h);
    return ctx.getImageData(0, 0, w, h).data;
  }

  // Truth renders are reused across verifications of the same item (GRPO samples many per prompt).
  const truthCache = new Map();

  async function truthRender(truth, key) {
    let hit = truthCache.get(key);
    if (!hit) {
      const r = await vegaCanvas(truth);
      hit = { w: r.canvas.width, h: r.canvas.height, data: pixels(r.canvas, r.canvas.width, r.canvas.height), texts: r.texts };
      if (truthCache.size >= 64) truthCache.delete(truthCache.keys().next().value);
      truthCache.set(key, hit);
    }
    return hit;
  }

  /**
   * Chart-to-code comparison: renders the candidate at the truth's size and returns the share of "ink"
   * pixels (non-white in either image) on which both agree, the drawn texts of both and their sizes.
   */
  async function compareVegaLite(truth, truthKey, candidate) {
    const a = await truthRender(truth, truthKey);
    const b = await vegaCanvas(candidate);
    const bd = pixels(b.canvas, a.w, a.h);
    let ink = 0;
    let agree = 0;
    for (let i = 0; i < a.data.length; i += 4) {
      const da = 765 - a.data[i] - a.data[i + 1] - a.data[i + 2];
      const db = 765 - bd[i] - bd[i + 1] - bd[i + 2];
      if (da < 30 && db < 30) continue;
      ink++;
      const diff = Math.abs(a.data[i] - bd[i]) + Math.abs(a.data[i + 1] - bd[i + 1]) + Math.abs(a.data[i + 2] - bd[i + 2]);
      if (diff < 60) agree++;
    }
    return { pixel: ink ? agree / ink : 1, truthTexts: a.texts, candidateTexts: b.texts, truthSize: [a.w, a.h], candidateSize: [b.canvas.width, b.canvas.height] };
  }

  window.vfRenderVegaLite = renderVegaLite;
  window.vfRenderECharts = renderECharts;
  window.vfCompareVegaLite = compareVegaLite;
})();
