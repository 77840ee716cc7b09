// The gallery: a grid of dataset items, filters, and a detail view that draws evidence boxes and
// asks the server's verifier about a typed response. Plain ES module, no build step.
const $ = (id) => document.getElementById(id);
function el(tag, props = {}, ...kids) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...kids);
  return node;
}

const PAGE = 48;
let offset = 0;
let current = null;
let request = 0;

async function api(path, init) {
  const res = await fetch(path, init);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ?? `${res.status}`);
  return body;
}

function filters() {
  const p = new URLSearchParams({ limit: PAGE, offset });
  if ($('task').value) p.set('task', $('task').value);
  if ($('level').value) p.set('level', $('level').value);
  return p;
}

const featureText = (f) => Object.entries(f).map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(2)}`).join(' · ');

function card(item) {
  // Items with several images (multi-view scenes, before/after pairs) show every view side by side.
  const thumb = (im, k) => el('img', { src: im.url, loading: 'lazy', alt: `${item.id} image ${k + 1}` });
  const img = item.images.length > 1 ? el('div', { className: 'views' }, ...item.images.map(thumb)) : item.images[0] ? thumb(item.images[0], 0) : el('div');
  const c = el(
    'article',
    { className: 'card', tabIndex: 0 },
    img,
    el('div', { className: 'meta' }, el('span', { className: 'tag', textContent: item.task }), el('span', { className: 'tag level', textContent: `level ${item.level ?? '–'}` }), el('span', { className: 'id', textContent: item.id })),
    el('div', { className: 'q', textContent: item.question }),
    el('pre', { textContent: item.answer }),
    el('div', { className: 'feat', textContent: featureText(item.features) }),
  );
  c.dataset.id = item.id;
  c.addEventListener('click', () => open(item.id));
  c.addEventListener('keydown', (e) => e.key === 'Enter' && open(item.id));
  return c;
}

async function load(reset) {
  if (reset) offset = 0;
  const mine = ++request;
  const page = await api(`/api/items?${filters()}`);
  if (mine !== request) return; // a newer filter change won
  if (reset) $('grid').replaceChildren();
  offset += page.items.length;
  $('grid').append(...page.items.map(card));
  $('count').textContent = `${page.total} items`;
  $('more').hidden = offset >= page.total;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Every image of the item, each with its own evidence boxes drawn over it in image pixels. */
function drawBoxes(item) {
  const show = $('show-boxes').checked;
  $('stage').replaceChildren(
    ...item.images.map((im, k) => {
      const svg = document.createElementNS(SVG, 'svg');
      svg.setAttribute('viewBox', `0 0 ${im.width} ${im.height}`);
      svg.setAttribute('preserveAspectRatio', 'none');
      for (const ev of item.evidence.filter((e) => e.image === k)) {
        const [x1, y1, x2, y2] = ev.box;
        const r = document.createElementNS(SVG, 'rect');
        Object.entries({ x: x1, y: y1, width: x2 - x1, height: y2 - y1 }).forEach(([a, v]) => r.setAttribute(a, v));
        r.append(Object.assign(document.createElementNS(SVG, 'title'), { textContent: ev.id }));
        svg.append(r);
      }
      svg.style.display = show ? '' : 'none';
      return el('div', { className: 'shot' }, el('img', { src: im.url, alt: `${item.id} image ${k + 1}` }), svg);
    }),
  );
}

async function open(id) {
  const item = await api(`/api/items/${encodeURIComponent(id)}`);
  current = item;
  $('d-title').textContent = `${item.id} · ${item.task} · level ${item.level ?? '–'} · ${item.evidence.length} evidence boxes`;
  $('d-question').textContent = item.question;
  $('d-answer').textContent = item.answer;
  $('d-truth').textContent = JSON.stringify(item.truth, null, 1);
  $('d-features').replaceChildren(...Object.entries(item.features).map(([k, v]) => el('tr', {}, el('td', { textContent: k }), el('td', { textContent: String(v) }))));
  $('response').value = '';
  $('verdict').hidden = true;
  drawBoxes(item);
  if (!$('detail').open) $('detail').showModal();
}

async function verify() {
  const v = $('verdict');
  v.hidden = false;
  v.className = '';
  v.textContent = 'verifying…';
  try {
    const verdict = await api(`/api/items/${encodeURIComponent(current.id)}/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response: $('response').value }),
    });
    v.className = verdict.correct ? 'ok' : 'bad';
    const parts = Object.entries(verdict.parts ?? {}).map(([k, x]) => `${k} ${Number(x).toFixed(2)}`).join(', ');
    v.replaceChildren(
      el('strong', { id: 'verdict-score', textContent: `score ${verdict.score} · ${verdict.correct ? 'correct' : 'wrong'}` }),
      el('div', { id: 'verdict-reason', textContent: verdict.reason }),
      el('div', { textContent: parts }),
    );
  } catch (e) {
    v.className = 'bad';
    v.textContent = e.message;
  }
}

async function init() {
  const f = await api('/api/facets');
  $('source').textContent = `${f.dir} · ${f.items} items`;
  for (const t of f.tasks) $('task').append(el('option', { value: t.task, textContent: `${t.task} (${t.count})` }));
  const levels = [...new Set(f.tasks.flatMap((t) => t.levels))].filter((l) => l !== null).sort();
  for (const l of levels) $('level').append(el('option', { value: l, textContent: l }));
  $('task').addEventListener('change', () => load(true));
  $('level').addEventListener('change', () => load(true));
  $('more').addEventListener('click', () => load(false));
  $('verify').addEventListener('click', verify);
  $('fill').addEventListener('click', () => ($('response').value = `<answer>${current.answer}</answer>`));
  $('show-boxes').addEventListener('change', () => current && drawBoxes(current));
  await load(true);
  document.body.dataset.ready = '1';
}

init().catch((e) => {
  $('count').textContent = `error: ${e.message}`;
});
