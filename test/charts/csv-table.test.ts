// Real tables from CSV files (missing values, a date column, long and wide layouts, clear errors) and
// the chart-to-table task and verifier. No browser.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { Rng } from '../../core/rng.js';
import type { TaskDefinition } from '../../core/task.js';
import { chartQa } from '../../generators/charts/chart-qa.js';
import { chartToTable, type TableTruth } from '../../generators/charts/chart-to-table.js';
import { csvTable, parseDate, parseNumber } from '../../generators/charts/csv.js';
import { verify } from '../../verifiers/index.js';

const dir = mkdtempSync(join(tmpdir(), 'veriforge-csv-'));
const csv = join(dir, 'sales.csv');
// Long format, ISO dates, a grouped thousands separator, NA and blank cells, a text column.
writeFileSync(
  csv,
  [
    'date,region,revenue,units,notes',
    '2021-01-15,North,"1,200.5",31,ok',
    '2021-01-20,South,900,20,',
    '2021-02-15,North,1100,29,',
    '2021-02-20,South,,22,blank revenue',
    '2021-03-15,North,NA,30,missing',
    '2021-03-20,South,950,24,',
    '2021-04-15,North,1350.25,35,',
    '2021-04-20,South,1010,25,',
    '2021-04-28,South,1030,26,second April row',
    '2021-05-15,North,1400,36,',
    '2021-05-20,South,1080,27,',
  ].join('\n'),
);

const params = (p: Record<string, unknown>, task: TaskDefinition = chartQa) => resolveParams(task.params, p, 'params', task.levels[3]);

describe('CSV tables', () => {
  it('parses numbers and dates without locale', () => {
    expect([parseNumber('1,200.5'), parseNumber('-3'), parseNumber('2.5e3'), parseNumber('NA'), parseNumber(''), parseNumber('12 kg')]).toEqual([1200.5, -3, 2500, null, null, null]);
    expect(parseDate('2012-01-31')).toEqual({ year: 2012, month: 1 });
    expect(parseDate('Jan 1 2000')).toEqual({ year: 2000, month: 1 });
    expect(parseDate('31/01/2012')).toBeNull();
  });

  it('pivots a long table by group, buckets dates by month, averages duplicates and drops months with a missing value', () => {
    const t = csvTable(new Rng('a'), { path: csv, x: '', y: 'revenue', group: 'region' }, 12, 3);
    expect(t.ordered).toBe(true);
    expect(t.series).toEqual(['North', 'South']);
    // Feb (South blank) and Mar (North NA) are dropped; April's two South rows are averaged.
    expect(t.categories).toEqual(['Jan 2021', 'Apr 2021', 'May 2021']);
    expect(t.values).toEqual([
      [1201, 1350, 1400],
      [900, 1020, 1080],
    ]);
    expect(t.title).toBe('revenue by date (mean per month)');
  });

  it('charts a CSV in chart-qa and chart-to-table, and the answers come from the file', () => {
    for (let i = 0; i < 10; i++) {
      const inst = chartToTable.generate(new Rng(`t${i}`), params({ csv, y: 'revenue', group: 'region', type: i % 2 ? 'line' : 'bar' }, chartToTable));
      expect(inst.truth.rows.map((r) => r.key)).toEqual(['Jan 2021', 'Apr 2021', 'May 2021']);
      expect(verify('chart-to-table', `<answer>${inst.answer}</answer>`, inst.truth).score).toBe(1);
      const q = chartQa.generate(new Rng(`q${i}`), params({ csv, y: 'revenue', group: 'region' }));
      expect(verify('chart-qa', `<answer>${q.answer}</answer>`, q.truth).score).toBe(1);
      expect(q.textOnly).toContain('Jan 2021');
    }
  });

  it('charts the real stocks table shipped with vega-datasets (dates like "Jan 1 2000")', () => {
    const path = join(process.cwd(), 'node_modules/vega-datasets/data/stocks.csv');
    const inst = chartQa.generate(new Rng('stocks'), params({ csv: path, group: 'symbol', type: 'line', series: 3 }));
    expect(verify('chart-qa', `<answer>${inst.answer}</answer>`, inst.truth).score).toBe(1);
    expect(inst.textOnly).toMatch(/MSFT|AMZN|IBM|GOOG|AAPL/);
  });

  it('reads the real tables of vega-datasets by name (vega-datasets:NAME.csv)', () => {
    const iowa = csvTable(new Rng('iowa'), { path: 'vega-datasets:iowa-electricity.csv', x: '', y: '', group: 'source' }, 6, 3);
    expect(iowa.series).toEqual(['Fossil Fuels', 'Nuclear Energy', 'Renewables']);
    expect(iowa.categories.every((c) => /^\d{4}$/.test(c))).toBe(true);
    const weather = chartQa.generate(new Rng('w'), params({ csv: 'vega-datasets:seattle-weather.csv', y: 'temp_max', type: 'line' }));
    expect(verify('chart-qa', `<answer>${weather.answer}</answer>`, weather.truth).score).toBe(1);
    expect(() => csvTable(new Rng('x'), { path: 'vega-datasets:nope.csv', x: '', y: '', group: '' }, 6, 1)).toThrow(/params.csv: got "vega-datasets:nope.csv"; allowed: a CSV file, or vega-datasets:NAME.csv/);
  });

  it('names the field, the value and what is allowed when a column or file is wrong', () => {
    const gen = (p: Record<string, unknown>) => () => chartQa.generate(new Rng('e'), params(p));
    expect(gen({ csv, y: 'revenu' })).toThrow('params.y: got "revenu"; allowed: a column of the CSV file: date, region, revenue, units, notes');
    expect(gen({ csv, y: 'notes' })).toThrow(/params.y: got "notes"; allowed: a numeric column .*numeric columns: revenue, units/);
    expect(gen({ csv, x: 'when' })).toThrow(/params.x: got "when"; allowed: a column of the CSV file/);
    expect(gen({ csv: join(dir, 'missing.csv') })).toThrow(/params.csv: got ".*missing.csv"; allowed: a readable CSV file \(ENOENT\)/);
    expect(chartQa.check!(params({ csv, type: 'scatter' }))).toMatch(/type: got "scatter" with a CSV file; allowed: bar, line, area, pie, heatmap/);
    expect(chartQa.check!(params({ x: 'date' }))).toMatch(/need csv=FILE/);
  });
});

describe('chart-to-table verifier', () => {
  const inst = chartToTable.generate(new Rng('table'), params({ type: 'bar', series: 2 }, chartToTable));
  const t = inst.truth as TableTruth;
  const check = (answer: string) => verify('chart-to-table', `<answer>${answer}</answer>`, t);

  it('accepts the truth as CSV, Markdown or TSV, with values inside the tolerance', () => {
    expect(check(inst.answer).score).toBe(1);
    const md = [`| ${t.columns.join(' | ')} |`, `|${t.columns.map(() => '---').join('|')}|`, ...t.rows.map((r) => `| ${r.key} | ${r.values.join(' | ')} |`)].join('\n');
    expect(check(md).score).toBe(1);
    expect(check(t.rows.map((r) => [r.key, ...r.values].join('\t')).join('\n')).score).toBe(1);
    const nudged = t.rows.map((r) => [r.key, ...r.values.map((v, k) => v + t.tolerance[k] * 0.9)].join(',')).join('\n');
    expect(check(nudged).score).toBe(1);
  });

  it('scores a wrong cell, a missing row and an extra row below 1, with partial parts', () => {
    const rows = t.rows.map((r) => [r.key, ...r.values]);
    const wrong = rows.map((r, i) => (i === 0 ? [r[0], Number(r[1]) + 3 * t.tolerance[0] + 1, ...r.slice(2)] : r));
    const v = verify('chart-to-table', `<answer>${wrong.map((r) => r.join(',')).join('\n')}</answer>`, t, { partialCredit: true });
    expect(v.score).toBeLessThan(1);
    expect(v.parts!.recall).toBeCloseTo(1 - 1 / (t.rows.length * (t.columns.length - 1)));
    expect(check(rows.slice(1).map((r) => r.join(',')).join('\n')).score).toBe(0);
    expect(check([...rows, ['Extra', 1, 2]].map((r) => r.join(',')).join('\n')).score).toBe(0);
    // The same row twice does not count twice.
    expect(check([...rows, rows[0]].map((r) => r.join(',')).join('\n')).score).toBe(0);
  });
});
