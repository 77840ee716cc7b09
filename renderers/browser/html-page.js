// Runs inside the pooled Chromium page for HTML scenes (plain browser JavaScript, inlined once per
// page). vfLayOut draws a scene into #root and returns its height and the layout box of every
// [data-id] element; vfProbe reports, per id, whether the element is visible inside the screen and
// uncovered (document.elementFromPoint at its centre and four inner points hits it or a descendant).
// vfShow(s, m) lays out like vfLayOut and marks the scene on screen for the screencast: once the
// viewport is the scene's size, it scrolls the document to m (#root is fixed to the viewport, so no
// pixel moves).
(function () {
  const root = () => document.getElementById('root');
  window.vfLayOut = function (s) {
    document.getElementById('vf-style').textContent = s.css;
    const el = root();
    el.style.width = s.width + 'px';
    // A fitted page is as tall as its content (at most s.height): no blank paper is captured.
    el.style.height = s.fitHeight ? 'auto' : s.height + 'px';
    el.innerHTML = s.html;
    const height = s.fitHeight ? Math.min(s.height, Math.max(1, Math.ceil(el.getBoundingClientRect().height))) : s.height;
    if (s.fitHeight) el.style.height = height + 'px';
    const boxes = {};
    const c = (v, m) => Math.max(0, Math.min(m, v));
    for (const node of el.querySelectorAll('[data-id]')) {
      const r = node.getBoundingClientRect();
      if (!(r.width > 0 && r.height > 0)) continue;
      boxes[node.getAttribute('data-id')] = [c(Math.floor(r.left), s.width), c(Math.floor(r.top), height), c(Math.ceil(r.right), s.width), c(Math.ceil(r.bottom), height)];
    }
    return { height, boxes };
  };
  // For the screencast (html.ts): a frame whose metadata says scroll offset m was committed by the
  // renderer after this scroll, so after the markup and, since the mark is set only then, at the scene's
  // viewport size. A frame drawn after a resize but before the renderer saw it has the new size but old
  // content (measured: half a page blank). When the viewport still has another size, the mark is set in
  // the resize event, which runs in the same rendering update as the resize: one frame, not two.
  let pending = null;
  const mark = (m, w, h) => {
    pending = { m, w, h };
    if (innerWidth !== w || innerHeight !== h) return false;
    pending = null;
    window.scrollTo(0, m);
    return true;
  };
  addEventListener('resize', () => pending && mark(pending.m, pending.w, pending.h));
  // Lays the scene out and marks it m, now or once the viewport is resized to it.
  window.vfShow = function (s, m) {
    const r = window.vfLayOut(s);
    mark(m, s.width, r.height);
    return r;
  };
  window.vfMark = mark;
  window.vfProbe = function (ids) {
    const base = root().getBoundingClientRect();
    const res = {};
    for (const id of ids) {
      const el = root().querySelector('[data-id="' + CSS.escape(id) + '"]');
      if (!el) {
        res[id] = { uncovered: false, visible: false };
        continue;
      }
      const r = el.getBoundingClientRect();
      const st = getComputedStyle(el);
      const visible = r.width > 0 && r.height > 0 && st.visibility === 'visible' && Number(st.opacity) > 0 && r.left >= base.left && r.top >= base.top && r.right <= base.right && r.bottom <= base.bottom;
      const pts = [[0.5, 0.5], [0.25, 0.3], [0.75, 0.3], [0.25, 0.7], [0.75, 0.7]];
      const uncovered = pts.every(([fx, fy]) => {
        const top = document.elementFromPoint(r.left + fx * r.width, r.top + fy * r.height);
        return !!top && (top === el || el.contains(top));
      });
      res[id] = { uncovered, visible };
    }
    return res;
  };
})();
