import type { Rng } from '../../core/rng.js';

/** Line colours as on real schematic maps; `name` is used when a map names its lines by colour. */
export const PALETTE: readonly { name: string; hex: string; dark: boolean }[] = [
  { name: 'Red', hex: '#e1251b', dark: true },
  { name: 'Blue', hex: '#0b5fb3', dark: true },
  { name: 'Green', hex: '#00843d', dark: true },
  { name: 'Orange', hex: '#f08a00', dark: false },
  { name: 'Purple', hex: '#7b3f98', dark: true },
  { name: 'Brown', hex: '#8b5a2b', dark: true },
  { name: 'Pink', hex: '#e0619d', dark: true },
  { name: 'Teal', hex: '#00a19a', dark: true },
  { name: 'Yellow', hex: '#f5c400', dark: false },
  { name: 'Grey', hex: '#8a949c', dark: true },
];

const FIRST = [
  'Alder', 'Ash', 'Bay', 'Beacon', 'Birch', 'Bridge', 'Brook', 'Castle', 'Cedar', 'Chapel', 'Clay', 'Cliff', 'Copper', 'Crown',
  'Dock', 'Elm', 'Fair', 'Fern', 'Fox', 'Glen', 'Granite', 'Hazel', 'Heath', 'Holly', 'Iron', 'Ivy', 'King', 'Lark', 'Lime',
  'Linden', 'Maple', 'Mill', 'Moor', 'Oak', 'Orchard', 'Pine', 'Queen', 'Raven', 'Reed', 'Rose', 'Salt', 'Silver', 'Stone',
  'Swan', 'Thorn', 'Tower', 'Vale', 'Willow', 'Wood', 'Wren', 'North', 'South', 'East', 'West', 'Old', 'New',
];
const SECOND = ['Park', 'Street', 'Square', 'Road', 'Gate', 'Hill', 'Market', 'Cross', 'Green', 'Lane', 'Wharf', 'Common', 'Heights', 'Bridge', 'Field', 'Row', 'Quay', 'End'];
const SINGLE = ['Central', 'Harbour', 'University', 'Museum', 'Stadium', 'Riverside', 'Cathedral', 'Exchange', 'Arsenal', 'Docklands', 'Observatory', 'Parliament', 'Fairground', 'Terminal'];

const CITIES = ['Port Alden', 'Nova Ria', 'Kestrel Bay', 'Eastmere', 'Valdora', 'Hollin', 'Marisport', 'Corvan', 'Lindqvist', 'Sorrel City', 'Brightwater', 'Tavira Nova'];

/** `n` distinct station names; two-word names whose words differ ("Bridge Bridge" never appears). */
export function stationNames(rng: Rng, n: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < n) {
    const name = rng.chance(0.12) ? rng.pick(SINGLE) : `${rng.pick(FIRST)} ${rng.pick(SECOND)}`;
    const [a, b] = name.split(' ');
    if (a === b || seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

export function cityName(rng: Rng): string {
  return rng.pick(CITIES);
}

export type NameScheme = 'number' | 'letter' | 'colour';

/** Line name and its short badge text ('' when the map shows no badges). */
export function lineName(scheme: NameScheme, k: number, colour: string): { name: string; badge: string } {
  if (scheme === 'number') return { name: `Line ${k + 1}`, badge: String(k + 1) };
  if (scheme === 'letter') return { name: `Line ${String.fromCharCode(65 + k)}`, badge: String.fromCharCode(65 + k) };
  return { name: `${colour} Line`, badge: '' };
}
