import type { Rng } from '../../core/rng.js';
import { ACCENTS, city, company, date, esc, laterDate, money, paperCss, person, span, street, type Doc, type Question } from './common.js';

/** An invoice: letterhead, numbers and dates, bill-to block, line items, totals, payment terms. */

const ITEMS = ['Website redesign', 'Logo package', 'Hosting (12 months)', 'Copywriting', 'Product photography', 'SEO audit', 'Office chairs', 'Standing desk', 'Laptop stand', 'Printer toner', 'Consulting hours', 'Training workshop', 'Support plan', 'Data migration', 'Custom report', 'Cable kit'];

export function invoiceDoc(rng: Rng): Doc {
  const accent = rng.pick(ACCENTS);
  const seller = company(rng);
  const buyer = company(rng.fork('buyer'));
  const contact = person(rng);
  const style = rng.pick(['long', 'iso', 'us'] as const);
  const issued = date(rng, style);
  const terms = rng.pick([14, 30, 45]);
  const due = laterDate(issued, terms, style);
  const number = `INV-${rng.int(1000, 9999)}`;
  const n = rng.int(3, 7);
  const items = rng.shuffle(ITEMS).slice(0, n).map((name) => {
    const qty = rng.int(1, 12);
    const unit = rng.int(5, 900) * 100 + rng.pick([0, 0, 50, 99, 25]);
    return { name, qty, unit, amount: qty * unit };
  });
  const subtotal = items.reduce((a, b) => a + b.amount, 0);
  const rate = rng.pick([0, 5, 8, 10, 20]);
  const tax = Math.round((subtotal * rate) / 100);
  const total = subtotal + tax;
  const cur = rng.pick(['$', '€', '£']);
  const rows = items
    .map((it, i) => `<tr><td>${span(`item:${i}`, it.name)}</td><td class="num">${span(`qty:${i}`, String(it.qty))}</td><td class="num">${span(`unit:${i}`, `${cur}${money(it.unit)}`)}</td><td class="num">${span(`amount:${i}`, `${cur}${money(it.amount)}`)}</td></tr>`)
    .join('');
  const css = `${paperCss(accent, rng.chance(0.3))}
.inv{padding:48px 56px}.head{display:flex;justify-content:space-between;align-items:flex-start}.logo{display:flex;gap:12px;align-items:center}
.mark{width:46px;height:46px;border-radius:10px;background:var(--accent);color:#fff;font:bold 20px "VF Sans";display:flex;align-items:center;justify-content:center}
.title{font:bold 30px "VF Sans";color:var(--accent);letter-spacing:.08em;text-align:right}.meta td{border:none;padding:2px 0 2px 16px}
.blocks{display:flex;gap:60px;margin:34px 0 26px}.totals{width:300px;margin-left:auto;margin-top:14px}.totals td{border:none;padding:4px 8px}
.grand td{border-top:2px solid var(--accent);font-weight:bold;font-size:15px}.foot{margin-top:40px;font-size:12px;color:#555;border-top:1px solid #e4e4e0;padding-top:12px}`;
  const html = `<div class="inv"><div class="head"><div class="logo"><div class="mark">${esc(seller[0])}</div><div><div style="font:bold 17px 'VF Sans'">${span('seller', seller)}</div><div class="muted">${esc(street(rng))}<br>${esc(city(rng))}</div></div></div>
<div><div class="title">INVOICE</div><table class="meta"><tr><td class="lbl">Invoice no.</td><td>${span('number', number)}</td></tr><tr><td class="lbl">Issued</td><td>${span('issued', issued.text)}</td></tr><tr><td class="lbl">Due</td><td>${span('due', due)}</td></tr></table></div></div>
<div class="blocks"><div><div class="lbl">Bill to</div><div style="font-weight:bold">${span('buyer', buyer)}</div><div>Attn: ${span('contact', contact)}</div><div class="muted">${esc(street(rng.fork('b')))}<br>${esc(city(rng.fork('b')))}</div></div>
<div><div class="lbl">Payment terms</div><div>${span('terms', `Net ${terms}`)}</div></div></div>
<table><thead><tr><th>Description</th><th class="num">Qty</th><th class="num">Unit price</th><th class="num">Amount</th></tr></thead><tbody>${rows}</tbody></table>
<table class="totals"><tr><td>Subtotal</td><td class="num">${span('subtotal', `${cur}${money(subtotal)}`)}</td></tr><tr><td>Tax (${rate}%)</td><td class="num">${span('tax', `${cur}${money(tax)}`)}</td></tr><tr class="grand"><td>Total due</td><td class="num">${span('total', `${cur}${money(total)}`)}</td></tr></table>
<div class="foot">Please pay within ${terms} days. Thank you for your business!</div></div>`;

  const qs: Question[] = [
    { ask: 'What is the invoice number?', answer: number, type: 'text', evidence: ['number'], kind: 'extract' },
    { ask: 'What is the due date of this invoice, as written?', answer: due, type: 'text', evidence: ['due'], kind: 'extract' },
    { ask: 'Which company is billed (the "Bill to" company)?', answer: buyer, type: 'text', evidence: ['buyer'], kind: 'extract' },
    { ask: 'What is the total amount due?', answer: money(total), type: 'number', evidence: ['total'], kind: 'extract' },
    { ask: 'How many line items does the invoice list?', answer: String(n), type: 'number', evidence: items.map((_, i) => `item:${i}`), kind: 'compute' },
  ];
  const k = rng.int(0, n - 1);
  qs.push({ ask: `What is the unit price of "${items[k].name}"?`, answer: money(items[k].unit), type: 'number', evidence: [`unit:${k}`], kind: 'extract' });
  qs.push({ ask: `How many units of "${items[k].name}" were invoiced?`, answer: String(items[k].qty), type: 'number', evidence: [`qty:${k}`], kind: 'extract' });
  const [a, b] = rng.shuffle(items.map((_, i) => i)).slice(0, 2);
  qs.push({ ask: `What is the combined amount of "${items[a].name}" and "${items[b].name}"?`, answer: money(items[a].amount + items[b].amount), type: 'number', evidence: [`amount:${a}`, `amount:${b}`], kind: 'compute' });
  const top = items.reduce((m, it, i) => (it.amount > items[m].amount ? i : m), 0);
  if (items.filter((it) => it.amount === items[top].amount).length === 1) qs.push({ ask: 'Which line item has the largest amount?', answer: items[top].name, type: 'text', evidence: [`item:${top}`, `amount:${top}`], kind: 'compute' });
  if (rate > 0) qs.push({ ask: 'How much tax is charged?', answer: money(tax), type: 'number', evidence: ['tax'], kind: 'extract' });
  return { kind: 'invoice', width: 816, height: 260 + 34 * n + 420, css, html, questions: qs };
}
