import type { Rng } from '../../core/rng.js';
import { clockOf, esc, icon, statusBar, type Look, type Screen, type Target } from './ui.js';

/**
 * A sign-up or checkout form (fields, checkboxes, buttons), or a confirmation dialog over a
 * dimmed file list: then only the dialog's buttons are targets, since the page behind it is covered.
 */

const FORMS = [
  {
    title: 'Create your account',
    fields: [['Full name', 'Jane Doe', 'jordan rivera'], ['Email address', 'name@example.com', 'jordan@example.com'], ['Password', 'At least 8 characters', 'Tr41l-mix-88'], ['Phone number', '+1 555 0100', '+1 555 0142']],
    checks: ['I agree to the Terms of Service', 'Send me product news'],
    submit: 'Create account',
  },
  {
    title: 'Shipping details',
    fields: [['Street address', '221 Baker Street', '12 Harbour Road'], ['City', 'City', 'Lisbon'], ['Postal code', '00000', '1100-148'], ['Delivery notes', 'Optional', 'Leave at the door']],
    checks: ['Use as billing address', 'Save this address'],
    submit: 'Continue to payment',
  },
] as const;

const CSS = `.form{padding:22px 24px;display:flex;flex-direction:column;gap:14px}.form h2{margin:0 0 4px;font-size:22px}
.lbl{font-size:13px;font-weight:bold;margin-bottom:6px}.chk{gap:10px;font-size:14px}
.desk-form{width:520px;margin:36px auto;padding:8px 8px 16px}.files .f{height:48px;padding:0 20px;gap:14px;border-bottom:1px solid var(--border);background:var(--surface)}
.scrim{position:absolute;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}
.dialog{background:var(--raised);border-radius:18px;padding:22px 22px 16px;box-shadow:0 8px 28px rgba(0,0,0,.35)}.dialog h3{margin:0 0 10px;font-size:19px}`;

export function formScreen(rng: Rng, look: Look): Screen {
  return rng.chance(0.35) ? dialogScreen(rng, look) : fieldsScreen(rng, look);
}

function fieldsScreen(rng: Rng, look: Look): Screen {
  const mobile = look.device === 'mobile';
  const f = rng.pick(FORMS);
  const targets: Target[] = [];
  const fields = f.fields
    .map(([label, hint, value], i) => {
      targets.push({ id: `field:${i}`, instruction: `enter "${value}" in the ${label} field`, action: 'type', text: value });
      return `<div><div class="lbl">${esc(label)}</div><div class="field" data-id="field:${i}">${esc(hint)}</div></div>`;
    })
    .join('');
  const checks = f.checks
    .map((c, i) => {
      const on = rng.chance(0.3);
      targets.push({ id: `check:${i}`, instruction: `${on ? 'untick' : 'tick'} the box "${c}"`, action: 'click' });
      return `<div class="row chk"><div class="check${on ? ' on' : ''}" data-id="check:${i}"></div><span>${esc(c)}</span></div>`;
    })
    .join('');
  targets.push({ id: 'submit', instruction: `submit the form with the "${f.submit}" button`, action: 'click' });
  targets.push({ id: 'cancel', instruction: 'cancel and leave the form', action: 'click' });
  const buttons = `<div class="row" style="gap:10px;justify-content:flex-end;margin-top:6px"><div class="btn" data-id="cancel">Cancel</div><div class="btn primary" data-id="submit">${esc(f.submit)}</div></div>`;
  const body = `<h2>${esc(f.title)}</h2>${fields}${checks}${buttons}`;
  const html = mobile
    ? `${statusBar(clockOf(rng))}<div class="row appbar"><div class="iconbtn">${icon('close')}</div><span>${esc(f.title)}</span></div><div class="form">${body.replace(/<h2>.*?<\/h2>/, '')}</div>`
    : `<div class="row appbar" style="font-size:16px"><span style="color:var(--accent)">${icon('home')}</span><span>Account</span></div><div class="card desk-form"><div class="form">${body}</div></div>`;
  return { kind: 'form', html, css: CSS, targets, controls: f.fields.length + f.checks.length + 2 };
}

function dialogScreen(rng: Rng, look: Look): Screen {
  const names = rng.shuffle(['budget-2024.xlsx', 'holiday.jpg', 'notes.txt', 'contract.pdf', 'logo.svg', 'draft-v3.docx', 'backup.zip', 'slides.pptx', 'invoice-118.pdf', 'song.mp3']);
  const files = names.slice(0, 9).map((n) => `<div class="row f">${icon('file')}<span class="grow">${esc(n)}</span><span class="muted">${rng.int(1, 900)} KB</span></div>`).join('');
  const n = rng.int(2, 6);
  const [verb, what, title] = rng.pick([['Delete', 'delete', `Delete ${n} files?`], ['Move to trash', 'move to the trash', `Move ${n} files to the trash?`]] as const);
  const targets: Target[] = [
    { id: 'confirm', instruction: `confirm that the ${n} files should be ${what === 'delete' ? 'deleted' : 'moved to the trash'}`, action: 'click' },
    { id: 'dismiss', instruction: 'keep the files and close the dialog without changes', action: 'click' },
  ];
  const w = Math.min(look.width - 40, 420);
  const dialog = `<div class="dialog" style="width:${w}px"><h3>${title}</h3><div class="muted" style="margin-bottom:18px">This cannot be undone after 30 days.</div><div class="row" style="gap:10px;justify-content:flex-end"><div class="btn" data-id="dismiss">Cancel</div><div class="btn danger" data-id="confirm">${verb}</div></div></div>`;
  const top = look.device === 'mobile' ? statusBar(clockOf(rng)) : '';
  const html = `${top}<div class="row appbar">${icon('menu')}<span>My files</span></div><div class="files">${files}</div><div class="scrim">${dialog}</div>`;
  return { kind: 'dialog', html, css: CSS, targets, controls: 2 };
}
