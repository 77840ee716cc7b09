import type { Rng } from '../../core/rng.js';
import { ACCENTS, city, date, esc, paperCss, person, span, street, type Doc, type Question } from './common.js';

/** A filled-in application form: boxed fields with typed-in values, checkboxes, a signature line. */

const FORMS = [
  { title: 'Membership Application', org: 'Riverside Community Library', ref: 'Member no.' },
  { title: 'Patient Registration Form', org: 'Lakeview Family Clinic', ref: 'Patient ID' },
  { title: 'Employee Information Sheet', org: 'Human Resources Department', ref: 'Employee ID' },
];
const OPTIONS = [['Email updates', 'Text reminders', 'Printed newsletter'], ['Weekdays', 'Evenings', 'Weekends']];

export function formDoc(rng: Rng): Doc {
  const f = rng.pick(FORMS);
  const accent = rng.pick(ACCENTS);
  const name = person(rng);
  const b = date(rng.fork('born'), 'us');
  const born = `${b.text.slice(0, 6)}${rng.int(1948, 2005)}`;
  const signed = date(rng, 'long');
  const phone = `(${rng.int(200, 989)}) ${rng.int(200, 989)}-${String(rng.int(0, 9999)).padStart(4, '0')}`;
  const email = `${name.toLowerCase().replace(' ', '.')}@${rng.pick(['mail.com', 'example.org', 'post.net'])}`;
  const ref = `${rng.pick(['A', 'M', 'P', 'E'])}${rng.int(100000, 999999)}`;
  const address = `${street(rng)}, ${city(rng)}`;
  const fields: [string, string, string][] = [
    ['name', 'Full name', name],
    ['dob', 'Date of birth', born],
    ['phone', 'Phone', phone],
    ['email', 'Email', email],
    ['address', 'Home address', address],
  ];
  const options = rng.pick(OPTIONS);
  const ticked = options.map(() => rng.chance(0.5));
  if (!ticked.some(Boolean)) ticked[0] = true;
  const box = (id: string, label: string, value: string, wide: boolean) =>
    `<div class="fld${wide ? ' wide' : ''}"><div class="lbl">${esc(label)}</div><div class="val">${span(id, value)}</div></div>`;
  const css = `${paperCss(accent, false)}
.fm{padding:46px 56px}.top{display:flex;justify-content:space-between;border-bottom:2px solid var(--accent);padding-bottom:12px}.top h1{margin:0;font-size:24px;color:var(--accent)}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:14px 22px;margin-top:24px}.fld{border:1px solid #bdbdb5;border-radius:4px;padding:6px 10px 8px}.fld.wide{grid-column:span 2}
.val{font:15px "VF Mono";color:#1b2a6b;margin-top:4px}.opts{display:flex;gap:26px;margin-top:8px}.opt{display:flex;gap:8px;align-items:center}
.cb{width:16px;height:16px;border:1.5px solid #444;display:flex;align-items:center;justify-content:center;font:bold 13px "VF Sans";color:#1b2a6b}
.sig{margin-top:44px;display:flex;gap:40px}.sig>div{flex:1;border-top:1px solid #444;padding-top:6px}`;
  const opts = options.map((o, i) => `<div class="opt" data-id="opt:${i}"><span class="cb">${ticked[i] ? '✓' : ''}</span><span>${esc(o)}</span></div>`).join('');
  const html = `<div class="fm"><div class="top"><div><div class="lbl">${esc(f.org)}</div><h1>${esc(f.title)}</h1></div><div style="text-align:right"><div class="lbl">${esc(f.ref)}</div><div class="val">${span('ref', ref)}</div></div></div>
<div class="grid">${box('name', 'Full name', name, false)}${box('dob', 'Date of birth (MM/DD/YYYY)', fields[1][2], false)}${box('phone', 'Phone', phone, false)}${box('email', 'Email', email, false)}${box('address', 'Home address', address, true)}</div>
<div style="margin-top:22px" class="lbl">Contact preferences (tick all that apply)</div><div class="opts">${opts}</div>
<div class="sig"><div><span style="font:italic 18px 'VF Serif';color:#1b2a6b">${esc(name)}</span><div class="lbl">Signature</div></div><div>${span('signed', signed.text)}<div class="lbl">Date signed</div></div></div></div>`;
  const chosen = options.filter((_, i) => ticked[i]);
  const k = rng.int(2, 4);
  const qs: Question[] = [
    { ask: `What is the applicant's ${fields[k][1].toLowerCase()}?`, answer: fields[k][2], type: 'text', evidence: [fields[k][0]], kind: 'extract' },
    { ask: 'What is the date of birth written on the form?', answer: fields[1][2], type: 'text', evidence: ['dob'], kind: 'extract' },
    { ask: `What is the ${f.ref.toLowerCase()} on this form?`, answer: ref, type: 'text', evidence: ['ref'], kind: 'extract' },
    { ask: 'Whose form is this (full name)?', answer: name, type: 'text', evidence: ['name'], kind: 'extract' },
    { ask: 'How many contact preferences are ticked?', answer: String(chosen.length), type: 'number', evidence: options.map((_, i) => `opt:${i}`), kind: 'compute' },
    { ask: 'On what date was the form signed?', answer: signed.text, type: 'text', evidence: ['signed'], kind: 'extract' },
  ];
  return { kind: 'form', width: 816, height: 640, css, html, questions: qs };
}
