import Papa from 'papaparse';
import type { VerifierDefinition } from '../registry.js';
import { normLabel, parseOneNumber } from './answer.js';

interface TableTruth {
  columns: string[];
  rows: { key: string; values: number[] }[];
  tolerance: number[];
  decimals: number;
}

const MAX_ROWS = 500;

function checkTruth(t: unknown): string | undefined {
  const x = t as TableTruth;
  if (!x || typeof x !== 'object' || !Array.isArray(x.columns) || !Array.isArray(x.rows) || !Array.isArray(x.tolerance)) return 'truth needs columns, rows and tolerance';
  const n = x.columns.length - 1;
  if (n < 1 || x.tolerance.length !== n) return 'one tolerance per value column';
  if (!x.rows.every((r) => r && typeof r.key === 'string' && Array.isArray(r.values) && r.values.length === n && r.values.every(Number.isFinite))) return `every row needs a key and ${n} finite values`;
  return undefined;
}

const rowKey = (s: string) => normLabel(s).replace(/\s*-\s*/g, '-');

/** Rows of cells from CSV, TSV or a Markdown table (separator rows dropped). */
export function parseTable(text: string): string[][] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !/^\|?\s*:?-{2,}/.test(l) && !/^```/.test(l));
  if (lines.length > MAX_ROWS) throw new Error(`more than ${MAX_ROWS} rows`);
  return lines.map((l) => {
    if (l.includes('|')) return l.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    if (l.includes('\t')) return l.split('\t').map((c) => c.trim());
    return (Papa.parse<string[]>(l, { delimiter: ',' }).data[0] ?? []).map((c) => c.trim());
  });
}

/**
 * Chart-to-table: rows matched by their key (first cell), cells by column position; a cell counts when
 * it is one number within its column's tolerance. parts: precision and recall over cells and their F1;
 * correct only when every cell of the truth is matched and nothing extra is given.
 */
export const chartTableVerifier: VerifierDefinition<TableTruth> = {
  name: 'chart-to-table',
  describe: 'chart transcription: cell-level F1 with tick-derived numeric tolerance; rows matched by label',
  tasks: ['chart-to-table'],
  checkTruth,
  judge(answer, t) {
    let rows: string[][];
    try {
      rows = parseTable(answer);
    } catch (e) {
      return { correct: false, reason: (e as Error).message, parts: { cells: 0 } };
    }
    const truthByKey = new Map(t.rows.map((r) => [rowKey(r.key), r]));
    const seen = new Set<string>();
    const n = t.columns.length - 1;
    let given = 0;
    let matched = 0;
    let rowsMatched = 0;
    for (const cells of rows) {
      const key = rowKey(cells[0] ?? '');
      const truth = truthByKey.get(key);
      const isHeader = !truth && (key === rowKey(t.columns[0]) || cells.slice(1).every((c) => !/\d/.test(c)));
      if (isHeader) continue;
      given += Math.max(n, cells.length - 1);
      if (!truth || seen.has(key)) continue;
      seen.add(key);
      rowsMatched++;
      for (let k = 0; k < n; k++) {
        let v: number;
        try {
          v = parseOneNumber(cells[k + 1] ?? '');
        } catch {
          continue;
        }
        if (Math.abs(v - truth.values[k]) <= t.tolerance[k] + 1e-9 * Math.max(1, Math.abs(truth.values[k]))) matched++;
      }
    }
    const total = t.rows.length * n;
    const recall = matched / total;
    const precision = given ? matched / given : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    const correct = matched === total && given === total;
    const parts = { cells: f1, precision, recall, rows: rowsMatched / t.rows.length };
    const reason = correct ? `all ${total} cells match` : `${matched} of ${total} cells match; ${given} cells given`;
    return { correct, reason, parts, partial: f1, parsed: { rows: rows.length } };
  },
};
