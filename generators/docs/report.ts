import type { Rng } from '../../core/rng.js';
import { ACCENTS, company, esc, paperCss, person, span, type Doc, type Question } from './common.js';

/** A two-column quarterly report page: headline, body text, a figures table, a key-facts box. */

const REGIONS = ['North', 'South', 'East', 'West', 'Central', 'Coastal', 'Mountain'];
const TOPICS = ['revenue', 'new customers', 'orders shipped', 'support tickets'];
const FILLER = [
  'Demand remained steady through the period, with the strongest growth in subscription renewals.',
  'Operating costs were held flat while the team completed the move to the new distribution centre.',
  'Customer satisfaction scores improved after the launch of the redesigned self-service portal.',
  'The board approved the hiring plan for the second half, focused on engineering and field sales.',
  'Supply constraints eased in the final month, and lead times returned to their usual range.',
  'Marketing spend shifted towards partner programmes, which delivered a lower acquisition cost.',
  'Two pilot projects with enterprise customers moved into production ahead of schedule.',
  'Inventory levels were reduced by a fifth without any increase in back orders.',
];

export function reportDoc(rng: Rng): Doc {
  const accent = rng.pick(ACCENTS);
  const org = company(rng);
  const year = rng.int(2019, 2025);
  const topic = rng.pick(TOPICS);
  const regions = rng.shuffle(REGIONS).slice(0, rng.int(3, 5));
  const values = regions.map(() => [0, 1, 2, 3].map(() => rng.int(120, 990)));
  const author = person(rng);
  const offices = rng.int(3, 40);
  const staff = rng.int(80, 4000);
  const paras = rng.shuffle(FILLER);
  const head = `<tr><th>Region</th>${[1, 2, 3, 4].map((q) => `<th class="num">Q${q}</th>`).join('')}</tr>`;
  const rows = regions.map((r, i) => `<tr><td>${span(`region:${i}`, r)}</td>${values[i].map((v, q) => `<td class="num">${span(`v:${i}:${q}`, String(v))}</td>`).join('')}</tr>`).join('');
  const totals = values.map((v) => v.reduce((a, b) => a + b, 0));
  const best = totals.indexOf(Math.max(...totals));
  const css = `${paperCss(accent, true)}
.rp{padding:44px 52px}.mast{border-bottom:3px solid var(--accent);padding-bottom:10px;display:flex;justify-content:space-between;align-items:flex-end}
.mast h1{font:bold 26px "VF Sans";margin:0;color:var(--accent)}.cols{column-count:2;column-gap:36px;margin-top:18px;text-align:justify}.cols p{margin:0 0 10px}
.fig{break-inside:avoid;margin:6px 0 14px}.cap{font:bold 12px "VF Sans";margin-bottom:4px}.facts{break-inside:avoid;background:#f1f0ea;border-left:4px solid var(--accent);padding:10px 14px;margin:8px 0 12px;font-family:"VF Sans"}`;
  const html = `<div class="rp"><div class="mast"><div><div class="lbl">${span('org', org)}</div><h1>Quarterly Review ${span('year', String(year))}</h1></div><div class="muted" style="font-family:'VF Sans'">Prepared by ${span('author', author)}</div></div>
<div class="cols"><p>${esc(paras[0])} ${esc(paras[1])}</p><p>${esc(paras[2])}</p>
<div class="fig"><div class="cap">Table 1. ${esc(topic[0].toUpperCase() + topic.slice(1))} by region${topic === 'revenue' ? ' (thousands)' : ''}</div><table>${head}${rows}</table></div>
<p>${esc(paras[3])} ${esc(paras[4])}</p><div class="facts"><div class="lbl">Key facts</div>Offices: ${span('offices', String(offices))}<br>Employees: ${span('staff', String(staff))}</div><p>${esc(paras[5])} ${esc(paras[6])}</p><p>${esc(paras[7])}</p></div></div>`;
  const i = rng.int(0, regions.length - 1);
  const q = rng.int(0, 3);
  const [q1, q2] = rng.shuffle([0, 1, 2, 3]).slice(0, 2).sort();
  const qs: Question[] = [
    { ask: `According to Table 1, what was the figure for the ${regions[i]} region in Q${q + 1}?`, answer: String(values[i][q]), type: 'number', evidence: [`v:${i}:${q}`], kind: 'extract' },
    { ask: `According to Table 1, what is the ${regions[i]} region's total over all four quarters?`, answer: String(totals[i]), type: 'number', evidence: [0, 1, 2, 3].map((k) => `v:${i}:${k}`), kind: 'compute' },
    { ask: `By how much did the ${regions[i]} region's figure change from Q${q1 + 1} to Q${q2 + 1} (negative for a fall)?`, answer: String(values[i][q2] - values[i][q1]), type: 'number', evidence: [`v:${i}:${q1}`, `v:${i}:${q2}`], kind: 'compute' },
    { ask: 'Who prepared this report?', answer: author, type: 'text', evidence: ['author'], kind: 'extract' },
    { ask: 'How many employees does the key-facts box report?', answer: String(staff), type: 'number', evidence: ['staff'], kind: 'extract' },
  ];
  if (totals.filter((t) => t === totals[best]).length === 1) qs.push({ ask: 'Which region has the largest total over the four quarters in Table 1?', answer: regions[best], type: 'text', evidence: [`region:${best}`, ...[0, 1, 2, 3].map((k) => `v:${best}:${k}`)], kind: 'compute' });
  return { kind: 'report', width: 816, height: 860, css, html, questions: qs };
}
