import type { Rng } from '../../core/rng.js';
import { esc, icon, slug, statusBar, clockOf, type Look, type Screen, type Target } from './ui.js';

/** A settings page: grouped rows with icons, switches, values and chevrons (phone or desktop). */

type Kind = 'switch' | 'value' | 'link';
interface Setting {
  label: string;
  icon: string;
  kind: Kind;
  value?: string;
  sub?: string;
}

const SECTIONS: [string, Setting[]][] = [
  ['Connections', [
    { label: 'Wi-Fi', icon: 'wifi', kind: 'switch', sub: 'HomeNet-5G' },
    { label: 'Bluetooth', icon: 'bluetooth', kind: 'switch' },
    { label: 'Airplane mode', icon: 'plane', kind: 'switch' },
    { label: 'Mobile hotspot', icon: 'signal', kind: 'link' },
  ]],
  ['Display', [
    { label: 'Dark theme', icon: 'moon', kind: 'switch' },
    { label: 'Brightness', icon: 'sun', kind: 'value', value: 'Auto' },
    { label: 'Font size', icon: 'text', kind: 'value', value: 'Medium' },
  ]],
  ['Sound & notifications', [
    { label: 'Do not disturb', icon: 'bell', kind: 'switch' },
    { label: 'Volume', icon: 'volume', kind: 'link' },
    { label: 'Ringtone', icon: 'bell', kind: 'value', value: 'Chimes' },
  ]],
  ['Privacy & security', [
    { label: 'Location', icon: 'pin', kind: 'switch' },
    { label: 'Screen lock', icon: 'lock', kind: 'value', value: 'PIN' },
    { label: 'App permissions', icon: 'lock', kind: 'link' },
  ]],
  ['System', [
    { label: 'Language', icon: 'globe', kind: 'value', value: 'English' },
    { label: 'Battery saver', icon: 'battery', kind: 'switch' },
    { label: 'Software update', icon: 'download', kind: 'link', sub: 'Last checked today' },
    { label: 'About phone', icon: 'info', kind: 'link' },
  ]],
];

const CSS = `.sec{margin:14px 14px 0;font-size:12px;font-weight:bold;color:var(--accent);text-transform:uppercase;letter-spacing:.04em;padding:6px 6px}
.group{margin:0 14px;background:var(--surface);border-radius:14px;overflow:hidden;border:1px solid var(--border)}
.set{height:56px;padding:0 14px;gap:14px;border-bottom:1px solid var(--border)}.set:last-child{border-bottom:none}
.set .ico{color:var(--muted)}.set .sub{font-size:12px;color:var(--muted)}
.desk{display:flex;height:100%}.side{width:240px;background:var(--surface);border-right:1px solid var(--border);padding:16px 10px}
.side .nav{height:38px;padding:0 12px;gap:12px;border-radius:8px;color:var(--text)}.side .nav.cur{background:var(--hover);color:var(--accent);font-weight:bold}
.main{flex:1;overflow:hidden;padding:8px 24px}.main h1{font-size:24px;margin:18px 14px 4px}`;

export function settingsScreen(rng: Rng, look: Look): Screen {
  // Rows are 56 px and a section header about 44 px: take sections while they fit below the bars.
  let room = look.height - (look.device === 'mobile' ? 34 + 56 : 70) - 52 - 24;
  const sections: [string, Setting[]][] = [];
  for (const [title, items] of rng.shuffle(SECTIONS)) {
    const n = Math.min(items.length - rng.int(0, 1), Math.floor((room - 44) / 56));
    if (n < 2) break;
    sections.push([title, rng.shuffle(items).slice(0, n)]);
    room -= 44 + 56 * n + 2;
  }
  const targets: Target[] = [];
  let controls = 0;
  const rows = (items: Setting[]) =>
    items
      .map((s) => {
        const id = slug(s.label);
        controls++;
        let right = '';
        if (s.kind === 'switch') {
          const on = rng.chance(0.5);
          right = `<div class="switch${on ? ' on' : ''}" data-id="switch:${id}"></div>`;
          targets.push({ id: `switch:${id}`, instruction: `turn ${on ? 'off' : 'on'} ${s.label}`, action: 'click' });
        } else {
          right = `${s.value ? `<span class="muted">${esc(s.value)}</span>` : ''}${icon('chevron', ' style="color:var(--muted)"')}`;
          targets.push({ id: `row:${id}`, instruction: `open the ${s.label} settings`, action: 'click' });
        }
        const label = `<div class="grow"><div class="ell">${esc(s.label)}</div>${s.sub ? `<div class="sub ell">${esc(s.sub)}</div>` : ''}</div>`;
        return `<div class="row set" data-id="row:${id}">${icon(s.icon)}${label}${right}</div>`;
      })
      .join('');
  const body = sections.map(([title, items]) => `<div class="sec">${esc(title)}</div><div class="group">${rows(items)}</div>`).join('');
  const search = `<div class="field" data-id="search" style="margin:12px 14px 0;border-radius:20px">${icon('search')}<span style="margin-left:10px">Search settings</span></div>`;
  targets.push({ id: 'search', instruction: 'search the settings for "notifications"', action: 'type', text: 'notifications' });
  if (look.device === 'mobile') {
    const html = `${statusBar(clockOf(rng))}<div class="row appbar"><div class="iconbtn" data-id="back">${icon('back')}</div><span>Settings</span></div>${search}${body}`;
    targets.push({ id: 'back', instruction: 'go back to the previous screen', action: 'click' });
    return { kind: 'settings', html, css: CSS, targets, controls: controls + 2 };
  }
  const nav = ['General', 'Network', 'Display', 'Sound', 'Privacy', 'Accounts', 'Updates'];
  const cur = rng.int(0, nav.length - 1);
  const side = nav.map((n, i) => `<div class="row nav${i === cur ? ' cur' : ''}" data-id="nav:${slug(n)}">${icon(['home', 'wifi', 'sun', 'volume', 'lock', 'user', 'download'][i])}<span>${n}</span></div>`).join('');
  for (const [i, n] of nav.entries()) if (i !== cur) targets.push({ id: `nav:${slug(n)}`, instruction: `show the ${n} section in the sidebar`, action: 'click' });
  const html = `<div class="desk"><div class="side"><div style="font-size:18px;font-weight:bold;padding:6px 12px 14px">Control Center</div>${side}</div><div class="main"><h1>${esc(nav[cur])}</h1>${search}${body}</div></div>`;
  return { kind: 'settings', html, css: CSS, targets, controls: controls + nav.length + 1 };
}
