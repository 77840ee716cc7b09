import type { Rng } from '../../core/rng.js';
import { city, date, esc, money, span, street, type Doc, type Question } from './common.js';

/** A till receipt: monospaced, narrow, items with prices, totals, payment and change. */

const GOODS = ['Whole milk 1L', 'Sourdough loaf', 'Free-range eggs', 'Bananas 1kg', 'Cheddar 200g', 'Olive oil 500ml', 'Coffee beans', 'Pasta 500g', 'Tomatoes', 'Greek yogurt', 'Orange juice', 'Dark chocolate', 'Rice 1kg', 'Dish soap', 'Paper towels', 'Apples 1kg'];
const STORES = ['FRESHWAY MARKET', 'CORNER GROCER', 'GREENLEAF FOODS', 'DAILY BASKET', 'HARBOR PANTRY'];

export function receiptDoc(rng: Rng): Doc {
  const store = rng.pick(STORES);
  const n = rng.int(4, 9);
  const items = rng.shuffle(GOODS).slice(0, n).map((name) => ({ name, price: rng.int(59, 1899) }));
  const subtotal = items.reduce((a, b) => a + b.price, 0);
  const rate = rng.pick([5, 7, 8.5, 10]);
  const tax = Math.round((subtotal * rate) / 100);
  const total = subtotal + tax;
  const card = rng.chance(0.6);
  const method = card ? `${rng.pick(['VISA', 'MASTERCARD', 'AMEX'])} ****${rng.int(1000, 9999)}` : 'CASH';
  const paid = card ? total : Math.ceil(total / 1000) * 1000 + rng.pick([0, 1000]);
  const when = date(rng, 'us');
  const time = `${String(rng.int(8, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const line = (l: string, r: string) => `<div class="ln"><span>${l}</span><span>${r}</span></div>`;
  const rows = items.map((it, i) => line(span(`item:${i}`, it.name), span(`price:${i}`, money(it.price)))).join('');
  const css = `#root{background:#e9e7e2;font-family:"VF Mono";font-size:13px;color:#262626}
.rc{width:340px;margin:24px auto;background:#fffef9;padding:26px 24px 34px;box-shadow:0 2px 10px rgba(0,0,0,.18)}.c{text-align:center}.ln{display:flex;justify-content:space-between;gap:12px;line-height:1.6}
.rule{border-top:1px dashed #777;margin:10px 0}.big{font-weight:bold;font-size:15px}`;
  const html = `<div class="rc"><div class="c big">${span('store', store)}</div><div class="c">${esc(street(rng))}<br>${esc(city(rng))}</div><div class="c">TEL ${rng.int(200, 999)}-${rng.int(100, 999)}-${rng.int(1000, 9999)}</div>
<div class="rule"></div>${line(span('date', when.text), span('time', time))}${line('RECEIPT', span('receipt', `#${rng.int(10000, 99999)}`))}<div class="rule"></div>${rows}<div class="rule"></div>
${line('SUBTOTAL', span('subtotal', money(subtotal)))}${line(`TAX ${rate}%`, span('tax', money(tax)))}<div class="big">${line('TOTAL', span('total', money(total)))}</div><div class="rule"></div>
${line(span('method', method), span('paid', money(paid)))}${card ? '' : line('CHANGE', span('change', money(paid - total)))}<div class="rule"></div><div class="c">ITEMS: ${span('count', String(n))}</div><div class="c" style="margin-top:10px">THANK YOU FOR SHOPPING!</div></div>`;
  const k = rng.int(0, n - 1);
  const [a, b] = rng.shuffle(items.map((_, i) => i)).slice(0, 2);
  const qs: Question[] = [
    { ask: 'What is the total on this receipt?', answer: money(total), type: 'number', evidence: ['total'], kind: 'extract' },
    { ask: 'On what date was this purchase made, as printed?', answer: when.text, type: 'text', evidence: ['date'], kind: 'extract' },
    { ask: `How much did "${items[k].name}" cost?`, answer: money(items[k].price), type: 'number', evidence: [`price:${k}`], kind: 'extract' },
    { ask: 'Which store issued this receipt?', answer: store, type: 'text', evidence: ['store'], kind: 'extract' },
    { ask: `What did "${items[a].name}" and "${items[b].name}" cost together?`, answer: money(items[a].price + items[b].price), type: 'number', evidence: [`price:${a}`, `price:${b}`], kind: 'compute' },
    { ask: 'How much tax was charged?', answer: money(tax), type: 'number', evidence: ['tax'], kind: 'extract' },
  ];
  if (!card) qs.push({ ask: 'How much change was given?', answer: money(paid - total), type: 'number', evidence: ['change'], kind: 'extract' });
  else qs.push({ ask: 'Which card paid for this purchase (as printed)?', answer: method, type: 'text', evidence: ['method'], kind: 'extract' });
  return { kind: 'receipt', width: 420, height: 420 + 21 * n + 80, css, html, questions: qs };
}
