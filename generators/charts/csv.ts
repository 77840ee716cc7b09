import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Papa from 'papaparse';
import { FieldError, VeriforgeError } from '../../core/errors.js';
import type { Rng } from '../../core/rng.js';
import type { SyntheticTable } from './data.js';

/**
 * Real tables from CSV files. This is the one place a generator reads a file: the file is input data
 * (like a parameter), read once per process and cached, so generation stays a pure function of
 * (file contents, params, seed).
 */
export interface CsvRoles {
  path: string;
  /** Category or date column; '' infers the first date column, else the first text column. */
  x: string;
  /** Value columns, comma-separated (drawn as series on one axis); '' takes the first numeric column. */
  y: string;
  /** Column whose values name the series (long format); '' for wide tables. */
  group: string;
}

interface Parsed {
  columns: string[];
  rows: Record<string, string>[];
}

const cache = new Map<string, Parsed>();
const MISSING = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '-', '—', '?']);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `vega-datasets:NAME.csv` names a real table shipped with the vega-datasets package. */
const BUNDLED = 'vega-datasets:';

function resolveCsv(path: string): string {
  if (!path.startsWith(BUNDLED)) return path;
  const name = path.slice(BUNDLED.length);
  const dirs = (createRequire(import.meta.url).resolve.paths('vega-datasets') ?? []).map((d) => join(d, 'vega-datasets', 'data'));
  const dir = dirs.find((d) => existsSync(d));
  if (!/^[\w.-]+\.csv$/.test(name) || !dir || !existsSync(join(dir, name))) {
    throw new FieldError('params.csv', path, `a CSV file, or ${BUNDLED}NAME.csv for a table of the vega-datasets package (e.g. ${BUNDLED}stocks.csv, ${BUNDLED}seattle-weather.csv)`);
  }
  return join(dir, name);
}

function readCsv(given: string): Parsed {
  const hit = cache.get(given);
  if (hit) return hit;
  const path = resolveCsv(given);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new FieldError('params.csv', path, `a readable CSV file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const out = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', dynamicTyping: false, transformHeader: (h) => h.trim() });
  const columns = (out.meta.fields ?? []).filter((c) => c !== '');
  if (columns.length < 2 || out.data.length < 2) throw new FieldError('params.csv', path, 'a CSV file with a header row, at least two columns and two data rows');
  const parsed = { columns, rows: out.data };
  cache.set(given, parsed);
  return parsed;
}

/** Locale-free number parsing: "1,234.5" (grouped thousands), "-3", "2.5e3"; null when missing or text. */
export function parseNumber(cell: string | undefined): number | null {
  const s = (cell ?? '').trim();
  if (MISSING.has(s.toLowerCase())) return null;
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) ? s.replace(/,/g, '') : s;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return null;
  return Number(plain);
}

/** ISO dates (2012-01-31, 2012-01, 2012/01/31) and "Jan 1 2000"; month precision is all we need. */
export function parseDate(cell: string | undefined): { year: number; month: number } | null {
  const s = (cell ?? '').trim();
  let m = s.match(/^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?:[T ].*)?$/);
  if (m) return { year: Number(m[1]), month: Number(m[2]) };
  m = s.match(/^([A-Za-z]{3})[a-z]*\.? +\d{1,2},? +(\d{4})$/);
  if (m && MONTHS.includes(m[1].toLowerCase())) return { year: Number(m[2]), month: MONTHS.indexOf(m[1].toLowerCase()) + 1 };
  return null;
}

type Kind = 'number' | 'date' | 'text';

/** A column's kind: number or date when at least 80% of its non-missing cells parse as one. */
function kindOf(p: Parsed, col: string): Kind {
  const cells = p.rows.map((r) => (r[col] ?? '').trim()).filter((c) => !MISSING.has(c.toLowerCase()));
  if (!cells.length) return 'text';
  if (cells.filter((c) => parseNumber(c) !== null).length >= 0.8 * cells.length && !cells.every((c) => /^\d{4}$/.test(c) && Number(c) > 1800 && Number(c) < 2200)) return 'number';
  if (cells.filter((c) => parseDate(c) !== null || /^\d{4}$/.test(c)).length >= 0.8 * cells.length) return 'date';
  return 'text';
}

function column(p: Parsed, field: string, name: string): string {
  if (!p.columns.includes(name)) throw new FieldError(field, name, `a column of the CSV file: ${p.columns.join(', ')}`);
  return name;
}

/**
 * A chart table from a CSV file: roles given or inferred, dates bucketed to years (long spans) or
 * months, duplicate keys averaged, categories with a missing value in any chosen series dropped, and a
 * seeded window of at most `maxCategories` categories (contiguous for dates).
 */
export function csvTable(rng: Rng, roles: CsvRoles, maxCategories: number, maxSeries: number): SyntheticTable {
  const p = readCsv(roles.path);
  const kinds = Object.fromEntries(p.columns.map((c) => [c, kindOf(p, c)]));
  const group = roles.group ? column(p, 'params.group', roles.group) : '';
  const x = roles.x
    ? column(p, 'params.x', roles.x)
    : (p.columns.find((c) => kinds[c] === 'date' && c !== group) ?? p.columns.find((c) => kinds[c] === 'text' && c !== group));
  if (!x) throw new FieldError('params.x', '', `a category or date column; none could be inferred among ${p.columns.join(', ')}`);
  const ys = roles.y
    ? roles.y.split(',').map((c) => column(p, 'params.y', c.trim()))
    : p.columns.filter((c) => kinds[c] === 'number' && c !== x && c !== group).slice(0, 1);
  if (!ys.length) throw new FieldError('params.y', roles.y, `a numeric column of the CSV file: ${p.columns.filter((c) => kinds[c] === 'number').join(', ') || '(none found)'}`);
  for (const y of ys) if (kinds[y] !== 'number') throw new FieldError('params.y', y, `a numeric column (${y} holds text); numeric columns: ${p.columns.filter((c) => kinds[c] === 'number').join(', ')}`);
  if (group && ys.length > 1) throw new FieldError('params.y', roles.y, 'a single value column when params.group names the series column');

  // Bucket keys: dates by month or year, other values as written.
  const isDate = kinds[x] === 'date';
  const dates = isDate ? p.rows.map((r) => parseDate(r[x]) ?? (/^\d{4}$/.test((r[x] ?? '').trim()) ? { year: Number(r[x]), month: 1 } : null)) : [];
  const years = dates.filter((d) => d).map((d) => d!.year);
  const byYear = isDate && Math.max(...years) - Math.min(...years) >= 2;
  const keyOf = (i: number): string | null => {
    if (!isDate) return (p.rows[i][x] ?? '').trim() || null;
    const d = dates[i];
    if (!d) return null;
    return byYear ? String(d.year) : `${d.year}-${String(d.month).padStart(2, '0')}`;
  };
  const label = (key: string) => (isDate && !byYear ? `${MONTH_NAMES[Number(key.slice(5)) - 1]} ${key.slice(0, 4)}` : key);

  const seriesNames = group ? [...new Set(p.rows.map((r) => (r[group] ?? '').trim()).filter(Boolean))] : ys;
  const sums = new Map<string, { sum: number; n: number }>();
  const keys: string[] = [];
  p.rows.forEach((r, i) => {
    const k = keyOf(i);
    if (k === null) return;
    if (!keys.includes(k)) keys.push(k);
    for (const y of ys) {
      const v = parseNumber(r[y]);
      if (v === null) continue;
      const s = group ? (r[group] ?? '').trim() : y;
      const cell = `${k}\u0000${s}`;
      const acc = sums.get(cell) ?? { sum: 0, n: 0 };
      acc.sum += v;
      acc.n++;
      sums.set(cell, acc);
    }
  });
  if (isDate) keys.sort();
  const series = seriesNames.slice(0, maxSeries);
  const complete = keys.filter((k) => series.every((s) => sums.has(`${k}\u0000${s}`)));
  if (complete.length < 2) throw new VeriforgeError(`params.csv: ${roles.path} has fewer than two ${x} values with every series (${series.join(', ')}) present`);
  const n = Math.min(maxCategories, complete.length);
  const start = rng.int(0, complete.length - n);
  const chosen = isDate ? complete.slice(start, start + n) : rng.shuffle(complete.map((k, i) => [k, i] as const)).slice(0, n).sort((a, b) => a[1] - b[1]).map((e) => e[0]);
  const mean = (k: string, s: string) => sums.get(`${k}\u0000${s}`)!.sum / sums.get(`${k}\u0000${s}`)!.n;
  const raw = series.map((s) => chosen.map((k) => mean(k, s)));
  const top = Math.max(...raw.flat().map(Math.abs));
  const decimals = top >= 100 ? 0 : top >= 10 ? 1 : 2;
  const averaged = [...sums.values()].some((a) => a.n > 1);
  const measure = group || ys.length === 1 ? ys[0] : 'Value';
  return {
    kind: 'table',
    categories: chosen.map(label),
    series,
    values: raw.map((row) => row.map((v) => Number(v.toFixed(decimals)))),
    ordered: isDate,
    title: `${measure} by ${x}${averaged ? ` (mean per ${isDate ? (byYear ? 'year' : 'month') : x})` : ''}`,
    xTitle: isDate ? (byYear ? 'Year' : 'Month') : x,
    measure,
    legendTitle: group || 'Series',
    decimals,
  };
}
