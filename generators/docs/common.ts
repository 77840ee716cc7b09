import type { Rng } from '../../core/rng.js';

/**
 * Pieces shared by the synthetic documents: people, companies, addresses, dates and money, all
 * seeded; amounts are kept in cents so every printed total is exact.
 */

export interface Question {
  /** The question text (without the answer-format instructions). */
  ask: string;
  /** Canonical answer as printed or computed. */
  answer: string;
  /** How answers are compared: normalised text, or a number (money, counts). */
  type: 'text' | 'number';
  /** data-id of the elements that support the answer. */
  evidence: string[];
  /** Extractive (read one field) or computed (arithmetic over several). */
  kind: 'extract' | 'compute';
}

export interface Doc {
  kind: string;
  width: number;
  height: number;
  css: string;
  html: string;
  questions: Question[];
}

export const FIRST = ['Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan', 'Sofia', 'Mateo', 'Amara', 'Ravi', 'Yuki', 'Leila', 'Tomas', 'Ingrid', 'Kwame', 'Priya'];
export const LAST = ['Andersen', 'Baptiste', 'Castillo', 'Dubois', 'Eriksson', 'Fischer', 'Goldberg', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Romano'];
const COMPANY_A = ['Northwind', 'Bluepeak', 'Crescent', 'Ironleaf', 'Silverline', 'Harbor', 'Evergreen', 'Redwood', 'Summit', 'Brightside', 'Oakridge', 'Copperfield'];
const COMPANY_B = ['Supply Co.', 'Logistics Ltd', 'Design Studio', 'Analytics GmbH', 'Trading LLC', 'Print Works', 'Consulting', 'Foods Inc.', 'Electronics', 'Outfitters'];
const STREETS = ['Maple Avenue', 'King Street', 'Harbour Road', 'Elm Court', 'Station Lane', 'Market Square', 'Queens Parade', 'Mill Road'];
const CITIES = ['Springfield, IL 62704', 'Portland, OR 97205', 'Leeds LS1 4AP', 'Austin, TX 78701', 'Bristol BS1 5TR', 'Denver, CO 80202', 'Dublin D02 X285', 'Toronto, ON M5V 2T6'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const person = (rng: Rng) => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
export const company = (rng: Rng) => `${rng.pick(COMPANY_A)} ${rng.pick(COMPANY_B)}`;
export const street = (rng: Rng) => `${rng.int(2, 480)} ${rng.pick(STREETS)}`;
export const city = (rng: Rng) => rng.pick(CITIES);

/** A date written the way documents do; `offset` days later for due dates. */
export function date(rng: Rng, style: 'long' | 'iso' | 'us'): { text: string; day: number; month: number; year: number } {
  const year = rng.int(2021, 2025);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const text = style === 'long' ? `${MONTHS[month - 1]} ${day}, ${year}` : style === 'iso' ? `${year}-${pad(month)}-${pad(day)}` : `${pad(month)}/${pad(day)}/${year}`;
  return { text, day, month, year };
}

export function laterDate(d: { day: number; month: number; year: number }, days: number, style: 'long' | 'iso' | 'us'): string {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  const [y, m, dd] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  return style === 'long' ? `${MONTHS[m - 1]} ${dd}, ${y}` : style === 'iso' ? `${y}-${pad(m)}-${pad(dd)}` : `${pad(m)}/${pad(dd)}/${y}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Cents as money text with thousands separators: 123456 → "1,234.56". */
export function money(cents: number): string {
  const neg = cents < 0;
  const c = Math.abs(cents);
  const whole = String(Math.floor(c / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${whole}.${pad(c % 100)}`;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A value element the questions may point at. */
export const span = (id: string, text: string, cls = '') => `<span data-id="${id}"${cls ? ` class="${cls}"` : ''}>${esc(text)}</span>`;

/** Paper look shared by documents: off-white page, hairlines, a seeded accent colour. */
export function paperCss(accent: string, serif: boolean): string {
  return `#root{background:#fdfdfb;color:#222;font-family:${serif ? '"VF Serif"' : '"VF Sans"'};font-size:13px;line-height:1.45;--accent:${accent}}
table{border-collapse:collapse;width:100%}th{text-align:left;font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:#555;border-bottom:2px solid var(--accent);padding:6px 8px}
td{padding:6px 8px;border-bottom:1px solid #e4e4e0}.num{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#6b6b6b}.lbl{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:#777}`;
}

export const ACCENTS = ['#1f4e79', '#8e2c2c', '#2e6b3f', '#5b3f8c', '#b35c00', '#0e6f78', '#333333'];
