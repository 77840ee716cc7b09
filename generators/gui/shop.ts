import type { Rng } from '../../core/rng.js';
import { clockOf, esc, icon, slug, statusBar, type Look, type Screen, type Target } from './ui.js';

/** A shop: search, categories, product cards with pictures, ratings, prices and cart buttons. */

/** Product pictures as small SVG still lifes (object on a tinted backdrop). */
const PICTURES: Record<string, string> = {
  mug: '<rect x="22" y="26" width="34" height="40" rx="4" fill="#f5f5f5" stroke="#555" stroke-width="2"/><path d="M56 36h6a8 8 0 0 1 0 16h-6" fill="none" stroke="#555" stroke-width="4"/><path d="M30 18c0-4 4-4 4-8M40 18c0-4 4-4 4-8" stroke="#999" stroke-width="2" fill="none"/>',
  lamp: '<path d="M30 20h30l8 22H22z" fill="#ffd54f" stroke="#8d6e00" stroke-width="2"/><rect x="43" y="42" width="4" height="26" fill="#6d4c41"/><rect x="30" y="68" width="30" height="6" rx="3" fill="#6d4c41"/>',
  headphones: '<path d="M22 52V44a23 23 0 0 1 46 0v8" fill="none" stroke="#37474f" stroke-width="5"/><rect x="16" y="48" width="14" height="22" rx="5" fill="#37474f"/><rect x="60" y="48" width="14" height="22" rx="5" fill="#37474f"/>',
  backpack: '<rect x="24" y="22" width="42" height="52" rx="12" fill="#43a047"/><rect x="32" y="48" width="26" height="18" rx="4" fill="#2e7d32"/><path d="M36 22v-6h18v6" fill="none" stroke="#1b5e20" stroke-width="3"/>',
  watch: '<rect x="38" y="10" width="14" height="70" rx="4" fill="#5d4037"/><circle cx="45" cy="45" r="17" fill="#eceff1" stroke="#263238" stroke-width="4"/><path d="M45 45V35M45 45l7 4" stroke="#263238" stroke-width="2"/>',
  plant: '<path d="M32 56h26l-4 20H36z" fill="#d84315"/><path d="M45 56c0-14-10-22-18-24 2 10 8 18 18 24zM45 56c0-16 8-26 18-28-2 12-8 22-18 28z" fill="#43a047"/>',
  sneaker: '<path d="M14 60l4-22 14 6 12 10 26 6v8H14z" fill="#1e88e5"/><path d="M14 68h56" stroke="#fff" stroke-width="4"/>',
  bottle: '<rect x="36" y="24" width="18" height="50" rx="7" fill="#26a69a"/><rect x="39" y="14" width="12" height="10" rx="2" fill="#004d40"/>',
};
const PRODUCTS: [string, string][] = [
  ['Ceramic mug', 'mug'], ['Desk lamp', 'lamp'], ['Wireless headphones', 'headphones'], ['Trail backpack', 'backpack'], ['Leather watch', 'watch'],
  ['Potted fern', 'plant'], ['Running shoes', 'sneaker'], ['Steel water bottle', 'bottle'], ['Travel mug', 'mug'], ['Studio headphones', 'headphones'],
];
const TINTS = ['#fde8e4', '#e3f2fd', '#e8f5e9', '#fff8e1', '#f3e5f5', '#e0f7fa'];
const CATEGORIES = ['All', 'Home', 'Audio', 'Outdoor', 'Accessories', 'Sale'];

const CSS = `.shophead{height:64px;padding:0 20px;gap:16px;background:var(--surface);border-bottom:1px solid var(--border)}
.logo{font-size:20px;font-weight:bold;color:var(--accent);letter-spacing:-.02em}.chips{gap:8px;padding:12px 20px}
.chip{height:32px;padding:0 14px;border-radius:16px;border:1px solid var(--border);background:var(--surface);display:flex;align-items:center;font-size:13px}.chip.cur{background:var(--accent);border-color:var(--accent);color:#fff}
.grid{display:grid;gap:14px;padding:0 20px}.prod{padding:10px;display:flex;flex-direction:column;gap:5px}
.pic{border-radius:8px;display:flex;align-items:center;justify-content:center}.price{font-weight:bold;font-size:16px}.stars{color:#f4b400;font-size:13px}
.cartbtn{position:relative}.cartbtn .badge{position:absolute;top:-2px;right:-4px}`;

export function shopScreen(rng: Rng, look: Look): Screen {
  const mobile = look.device === 'mobile';
  const cols = mobile ? 2 : look.width >= 1200 ? 4 : 3;
  const rows = mobile ? 2 : 2;
  const items = rng.shuffle(PRODUCTS).slice(0, cols * rows).map(([name, pic]) => ({ name, pic, price: rng.int(8, 180) - 0.01, rating: rng.int(30, 50) / 10, reviews: rng.int(3, 900) }));
  const targets: Target[] = [];
  items.forEach((p, i) => {
    targets.push({ id: `add:${i}`, instruction: `add the ${p.name.toLowerCase()} to the cart`, action: 'click' });
    targets.push({ id: `card:${i}`, instruction: `open the product page of the ${p.name.toLowerCase()}`, action: 'click' });
  });
  const prices = items.map((p) => p.price);
  const cheapest = prices.indexOf(Math.min(...prices));
  if (prices.filter((x) => x === prices[cheapest]).length === 1) targets.push({ id: `add:${cheapest}`, instruction: 'add the cheapest product shown to the cart', action: 'click' });
  const dearest = prices.indexOf(Math.max(...prices));
  if (prices.filter((x) => x === prices[dearest]).length === 1) targets.push({ id: `add:${dearest}`, instruction: 'add the most expensive product shown to the cart', action: 'click' });
  targets.push({ id: 'cart', instruction: 'open the shopping cart', action: 'click' });
  targets.push({ id: 'search', instruction: 'search the shop for "umbrella"', action: 'type', text: 'umbrella' });
  const cur = rng.int(0, CATEGORIES.length - 1);
  const chips = (mobile ? CATEGORIES.slice(0, 4) : CATEGORIES).map((c, i) => {
    if (i !== cur) targets.push({ id: `cat:${slug(c)}`, instruction: `show the ${c} category`, action: 'click' });
    return `<div class="chip${i === cur ? ' cur' : ''}" data-id="cat:${slug(c)}">${c}</div>`;
  });
  const picH = mobile ? 110 : 150;
  const cards = items
    .map((p, i) => {
      const stars = '★'.repeat(Math.round(p.rating)) + '☆'.repeat(5 - Math.round(p.rating));
      return `<div class="card prod" data-id="card:${i}"><div class="pic" style="height:${picH}px;background:${rng.pick(TINTS)}"><svg width="${picH - 20}" height="${picH - 20}" viewBox="0 0 90 90">${PICTURES[p.pic]}</svg></div><div class="ell" style="font-weight:bold">${esc(p.name)}</div><div class="row" style="gap:6px"><span class="stars">${stars}</span><span class="muted" style="font-size:12px">(${p.reviews})</span></div><div class="row"><span class="price grow">$${p.price.toFixed(2)}</span><div class="btn primary" data-id="add:${i}" style="height:32px;padding:0 ${mobile ? 10 : 14}px">${mobile ? icon('cart') : 'Add to cart'}</div></div></div>`;
    })
    .join('');
  const count = rng.int(0, 5);
  const cart = `<div class="iconbtn cartbtn" data-id="cart" style="color:var(--text)">${icon('cart')}${count ? `<span class="badge">${count}</span>` : ''}</div>`;
  const brand = rng.pick(['Nordhaus', 'Tidy & Co', 'Pinecrest', 'Lumo Store', 'Fieldmark']);
  const search = `<div class="field grow" data-id="search" style="border-radius:20px">${icon('search')}<span style="margin-left:10px" class="ell">Search products</span></div>`;
  const head = mobile
    ? `${statusBar(clockOf(rng))}<div class="row shophead" style="padding:0 12px;gap:8px"><span class="logo">${esc(brand)}</span><span class="grow"></span>${cart}</div><div style="padding:12px 16px 0;display:flex">${search}</div>`
    : `<div class="row shophead"><span class="logo">${esc(brand)}</span>${search}<div class="iconbtn">${icon('heart')}</div><div class="iconbtn">${icon('user')}</div>${cart}</div>`;
  const html = `${head}<div class="row chips">${chips.join('')}</div><div style="padding:0 20px 10px;font-size:18px;font-weight:bold">Popular right now</div><div class="grid" style="grid-template-columns:repeat(${cols},1fr)">${cards}</div>`;
  return { kind: 'shop', html, css: CSS, targets, controls: items.length * 2 + chips.length + 2 };
}
