import type { Rng } from '../../core/rng.js';

/**
 * The look shared by every synthetic screen: a device frame (phone or desktop window), light or
 * dark theme, an accent colour, and a small icon set drawn as inline SVG (no fonts or images to
 * fetch). Screens are plain HTML laid out by Chromium; elements a question may point at carry
 * `data-id`, so their boxes come from the layout.
 */

export type Device = 'mobile' | 'desktop';

export interface Look {
  device: Device;
  dark: boolean;
  accent: string;
  width: number;
  height: number;
}

const ACCENTS = ['#1a73e8', '#6750a4', '#0b8043', '#00796b', '#d93025', '#e8710a', '#3949ab'];

export function pickLook(rng: Rng, device: Device | 'mixed', theme: 'light' | 'dark' | 'mixed'): Look {
  const d: Device = device === 'mixed' ? (rng.chance(0.5) ? 'mobile' : 'desktop') : device;
  const dark = theme === 'mixed' ? rng.chance(0.35) : theme === 'dark';
  const [width, height] = d === 'mobile' ? rng.pick([[390, 844], [412, 892], [360, 780]]) : rng.pick([[1280, 800], [1200, 760], [1024, 720]]);
  return { device: d, dark, accent: rng.pick(ACCENTS), width, height };
}

/** Style sheet of a look: theme variables and the components every screen uses. */
export function baseCss(look: Look): string {
  const t = look.dark
    ? { bg: '#121316', surface: '#1e1f23', raised: '#26282d', text: '#e8eaed', muted: '#9aa0a6', border: '#33363c', hover: '#2b2d33' }
    : { bg: '#f3f4f7', surface: '#ffffff', raised: '#ffffff', text: '#1f2328', muted: '#5f6368', border: '#e2e4e9', hover: '#eef0f4' };
  return `#root{--bg:${t.bg};--surface:${t.surface};--raised:${t.raised};--text:${t.text};--muted:${t.muted};--border:${t.border};--hover:${t.hover};--accent:${look.accent};
background:var(--bg);color:var(--text);font-size:14px;line-height:1.35}
.row{display:flex;align-items:center}.grow{flex:1;min-width:0}.muted{color:var(--muted)}.ell{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.ico{width:20px;height:20px;flex:none;fill:none;stroke:currentColor;stroke-width:1.8;stroke-linecap:round;stroke-linejoin:round}
.statusbar{height:34px;padding:0 22px;font-size:14px;font-weight:bold;justify-content:space-between;background:var(--surface)}
.appbar{height:56px;padding:0 16px;gap:14px;background:var(--surface);border-bottom:1px solid var(--border);font-size:19px;font-weight:bold}
.btn{display:inline-flex;align-items:center;justify-content:center;gap:6px;height:36px;padding:0 16px;border-radius:18px;border:1px solid var(--border);background:var(--surface);color:var(--text);font-weight:bold;font-size:13px}
.btn.primary{background:var(--accent);border-color:var(--accent);color:#fff}
.btn.danger{background:#d93025;border-color:#d93025;color:#fff}
.iconbtn{width:38px;height:38px;border-radius:19px;display:flex;align-items:center;justify-content:center;color:var(--muted)}
.switch{width:40px;height:22px;border-radius:11px;background:${look.dark ? '#5f6368' : '#bdc1c6'};position:relative;flex:none}
.switch::after{content:"";position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:8px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.3)}
.switch.on{background:var(--accent)}.switch.on::after{left:21px}
.field{height:40px;border:1px solid var(--border);border-radius:8px;padding:0 12px;display:flex;align-items:center;background:var(--surface);color:var(--muted)}
.check{width:18px;height:18px;border:2px solid var(--muted);border-radius:4px;flex:none}
.check.on{background:var(--accent);border-color:var(--accent)}
.card{background:var(--surface);border:1px solid var(--border);border-radius:12px}
.badge{min-width:20px;height:20px;padding:0 6px;border-radius:10px;background:var(--accent);color:#fff;font-size:11px;font-weight:bold;display:inline-flex;align-items:center;justify-content:center}
.avatar{width:40px;height:40px;border-radius:20px;flex:none;color:#fff;font-weight:bold;display:flex;align-items:center;justify-content:center;font-size:16px}`;
}

const PATHS: Record<string, string> = {
  back: '<path d="M15 5l-7 7 7 7"/>',
  chevron: '<path d="M9 5l7 7-7 7"/>',
  search: '<circle cx="11" cy="11" r="6.5"/><path d="M16 16l4.5 4.5"/>',
  wifi: '<path d="M2.5 9a14 14 0 0 1 19 0M5.5 12.5a9.5 9.5 0 0 1 13 0M8.5 16a5 5 0 0 1 7 0"/><circle cx="12" cy="19" r="1"/>',
  bluetooth: '<path d="M7 7l10 10-5 4V3l5 4L7 17"/>',
  plane: '<path d="M21 15l-8-4V5a1 1 0 0 0-2 0v6l-8 4v2l8-2v4l-2 1.5V22l3-1 3 1v-1.5L13 19v-4l8 2z"/>',
  moon: '<path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z"/>',
  sun: '<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>',
  bell: '<path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z"/><path d="M10 20a2 2 0 0 0 4 0"/>',
  lock: '<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/>',
  pin: '<path d="M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12z"/><circle cx="12" cy="9" r="2.5"/>',
  globe: '<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18"/>',
  info: '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>',
  battery: '<rect x="3" y="7" width="16" height="10" rx="2"/><path d="M21 10v4"/>',
  volume: '<path d="M4 9h4l5-4v14l-5-4H4z"/><path d="M16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11"/>',
  text: '<path d="M4 7V5h16v2M12 5v14M9 19h6"/>',
  download: '<path d="M12 4v11M7 10l5 5 5-5M5 20h14"/>',
  inbox: '<path d="M3 13l3-8h12l3 8v6H3z"/><path d="M3 13h5l1 2h6l1-2h5"/>',
  star: '<path d="M12 3.5l2.6 5.4 5.9.8-4.3 4.1 1 5.8-5.2-2.8-5.2 2.8 1-5.8L3.5 9.7l5.9-.8z"/>',
  send: '<path d="M3 11l18-8-7 18-2-8z"/>',
  file: '<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4"/>',
  trash: '<path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13"/>',
  alert: '<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18v.5"/>',
  archive: '<rect x="3" y="4" width="18" height="5" rx="1"/><path d="M5 9v11h14V9M10 13h4"/>',
  refresh: '<path d="M20 12a8 8 0 1 1-2.3-5.7M20 4v5h-5"/>',
  pencil: '<path d="M4 20h4L19 9l-4-4L4 16z"/>',
  cart: '<path d="M3 4h3l2.5 11h10L21 8H7"/><circle cx="10" cy="19.5" r="1.5"/><circle cx="17" cy="19.5" r="1.5"/>',
  menu: '<path d="M4 6h16M4 12h16M4 18h16"/>',
  user: '<circle cx="12" cy="8" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>',
  home: '<path d="M3 11l9-7 9 7v9h-6v-6H9v6H3z"/>',
  heart: '<path d="M12 20s-8-5-8-11a4.5 4.5 0 0 1 8-2.5A4.5 4.5 0 0 1 20 9c0 6-8 11-8 11z"/>',
  more: '<circle cx="12" cy="5" r="1.3"/><circle cx="12" cy="12" r="1.3"/><circle cx="12" cy="19" r="1.3"/>',
  signal: '<path d="M4 19v-3M9 19v-6M14 19v-9M19 19V6"/>',
  close: '<path d="M6 6l12 12M18 6L6 18"/>',
  filter: '<path d="M4 5h16l-6 8v6l-4-2v-4z"/>',
};

export const icon = (name: string, extra = '') => `<svg class="ico" viewBox="0 0 24 24"${extra}>${PATHS[name] ?? PATHS.info}</svg>`;

/** HTML-escapes text put into markup. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The phone status bar (clock, signal, Wi-Fi, battery). */
export const statusBar = (clock: string) =>
  `<div class="row statusbar"><span>${clock}</span><span class="row" style="gap:6px">${icon('signal')}${icon('wifi')}${icon('battery')}</span></div>`;

export const clockOf = (rng: Rng) => `${rng.int(7, 22)}:${String(rng.int(0, 59)).padStart(2, '0')}`;

const AVATARS = ['#e57373', '#64b5f6', '#81c784', '#ffb74d', '#ba68c8', '#4db6ac', '#f06292', '#7986cb', '#a1887f'];
export const avatar = (rng: Rng, name: string) => `<div class="avatar" style="background:${rng.pick(AVATARS)}">${esc(name[0])}</div>`;

/** A target a question may point at: the element, what to ask, and the action that does it. */
export interface Target {
  id: string;
  /** Imperative instruction naming the element uniquely on this screen. */
  instruction: string;
  action: 'click' | 'type';
  /** For type actions: the text to enter. */
  text?: string;
}

export interface Screen {
  kind: string;
  html: string;
  css: string;
  targets: Target[];
  /** Number of interactive elements drawn (a difficulty feature). */
  controls: number;
}

/** Turns a label into an id fragment ("Wi-Fi" → "wi-fi"). */
export const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const ordinal = (k: number) => ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'][k] ?? `${k + 1}th`;
