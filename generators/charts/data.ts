import type { Rng } from '../../core/rng.js';
import type { BinData, BoxData, PointData, QAxis, TableData } from './spec.js';

/** A subject for synthetic tables: real-sounding labels and a measure with its unit. */
interface Topic {
  title: string;
  xTitle: string;
  measure: string;
  legendTitle: string;
  categories: readonly string[];
  series: readonly string[];
  ordered: boolean;
  /** Typical magnitude of values and decimals they are recorded with. */
  scale: [number, number];
  decimals: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const YEARS = ['2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'];
const QUARTERS = ['Q1 2022', 'Q2 2022', 'Q3 2022', 'Q4 2022', 'Q1 2023', 'Q2 2023', 'Q3 2023', 'Q4 2023', 'Q1 2024', 'Q2 2024'];

const TOPICS: readonly Topic[] = [
  { title: 'Monthly rainfall', xTitle: 'Month', measure: 'Rainfall (mm)', legendTitle: 'City', categories: MONTHS, series: ['Bergen', 'Lyon', 'Porto', 'Graz', 'Cork', 'Turin'], ordered: true, scale: [20, 180], decimals: 0 },
  { title: 'Revenue by quarter', xTitle: 'Quarter', measure: 'Revenue (million USD)', legendTitle: 'Region', categories: QUARTERS, series: ['North', 'South', 'East', 'West', 'Central'], ordered: true, scale: [10, 90], decimals: 1 },
  { title: 'Annual visitors', xTitle: 'Year', measure: 'Visitors (thousands)', legendTitle: 'Park', categories: YEARS, series: ['Lake Park', 'Pine Ridge', 'Red Canyon', 'Elk Valley'], ordered: true, scale: [100, 900], decimals: 0 },
  { title: 'Website sessions', xTitle: 'Month', measure: 'Sessions (thousands)', legendTitle: 'Channel', categories: MONTHS, series: ['Search', 'Social', 'Email', 'Direct', 'Referral'], ordered: true, scale: [5, 60], decimals: 1 },
  { title: 'Units sold by product', xTitle: 'Product', measure: 'Units sold (thousands)', legendTitle: 'Year', categories: ['Laptops', 'Tablets', 'Phones', 'Monitors', 'Printers', 'Cameras', 'Headphones', 'Speakers', 'Routers'], series: ['2022', '2023', '2024'], ordered: false, scale: [10, 120], decimals: 0 },
  { title: 'Electricity by source', xTitle: 'Source', measure: 'Output (TWh)', legendTitle: 'Country', categories: ['Solar', 'Wind', 'Hydro', 'Nuclear', 'Gas', 'Coal', 'Biomass'], series: ['Spain', 'Poland', 'Sweden', 'Italy'], ordered: false, scale: [5, 80], decimals: 0 },
  { title: 'Department budgets', xTitle: 'Department', measure: 'Budget (thousand EUR)', legendTitle: 'Year', categories: ['Research', 'Marketing', 'Sales', 'Support', 'Legal', 'Finance', 'Operations', 'IT'], series: ['2023', '2024'], ordered: false, scale: [200, 950], decimals: 0 },
  { title: 'Fruit harvest', xTitle: 'Fruit', measure: 'Harvest (tonnes)', legendTitle: 'Farm', categories: ['Apples', 'Pears', 'Plums', 'Cherries', 'Peaches', 'Apricots', 'Grapes', 'Quinces'], series: ['Hillside', 'Riverbend', 'Oakfield'], ordered: false, scale: [2, 30], decimals: 1 },
];

export interface SyntheticTable extends TableData {
  title: string;
  xTitle: string;
  measure: string;
  legendTitle: string;
  decimals: number;
}

const round = (v: number, d: number) => Number(v.toFixed(d));

/**
 * A table with `nCat` categories and `nSeries` series: ordered topics get trend + seasonality + noise,
 * nominal ones a level per category plus a per-series factor. Values stay positive (bars start at 0).
 */
export function syntheticTable(rng: Rng, nCat: number, nSeries: number, wantOrdered?: boolean): SyntheticTable {
  const pool = TOPICS.filter((t) => (wantOrdered === undefined || t.ordered === wantOrdered) && t.categories.length >= nCat && t.series.length >= nSeries);
  const topic = rng.pick(pool.length ? pool : TOPICS);
  const nc = Math.min(nCat, topic.categories.length);
  const ns = Math.min(nSeries, topic.series.length);
  const start = topic.ordered ? rng.int(0, topic.categories.length - nc) : 0;
  const categories = topic.ordered ? topic.categories.slice(start, start + nc) : rng.shuffle(topic.categories).slice(0, nc);
  const series = rng.shuffle(topic.series).slice(0, ns);
  const [lo, hi] = topic.scale;
  const catLevel = categories.map(() => rng.float(0.3, 1));
  const values = series.map(() => {
    const base = rng.float(lo + (hi - lo) * 0.2, lo + (hi - lo) * 0.7);
    const slope = rng.float(-0.5, 0.8);
    const amp = rng.float(0, 0.35);
    const phase = rng.float(0, 2 * Math.PI);
    const factor = rng.float(0.6, 1.3);
    return categories.map((_, t) => {
      const v = topic.ordered
        ? base * (1 + (slope * t) / Math.max(1, nc - 1) + amp * Math.sin((2 * Math.PI * t) / 12 + phase) + rng.float(-0.08, 0.08))
        : (lo + (hi - lo) * catLevel[t]) * factor * rng.float(0.85, 1.15);
      return round(Math.max(lo * 0.3, v), topic.decimals);
    });
  });
  return { kind: 'table', categories, series, values, ordered: topic.ordered, title: topic.title, xTitle: topic.xTitle, measure: topic.measure, legendTitle: topic.legendTitle, decimals: topic.decimals };
}

/** Decimals a tick step needs to print exactly (2.5 needs one, 0.25 two). */
export function stepDecimals(step: number): number {
  for (let d = 0; d < 8; d++) if (Math.abs(round(step, d) - step) < 1e-9) return d;
  return 8;
}

/** "Nice" axis from lo to at least hi with about `ticks` intervals: steps of 1, 2, 2.5 or 5 × 10^k. */
export function niceAxis(title: string, lo: number, hi: number, ticks: number): QAxis {
  const raw = Math.max(1e-9, (hi - lo) / ticks);
  const mag = 10 ** Math.floor(Math.log10(raw));
  // The nice step closest to the raw one (in ratio): finer gridlines make values easier to read.
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).reduce((best, s) => (Math.abs(Math.log(s / raw)) < Math.abs(Math.log(best / raw)) ? s : best));
  const min = Math.floor(lo / step + 1e-9) * step;
  let max = Math.ceil(hi / step - 1e-9) * step;
  if (max - hi < step * 0.05) max += step; // headroom so the top mark does not touch the frame
  const decimals = stepDecimals(step);
  return { title, min: round(min, decimals), max: round(max, decimals), step: round(step, decimals), decimals };
}

const SAMPLE_TOPICS = [
  { title: 'Delivery times', x: 'Delivery time (min)', center: [25, 45], spread: [5, 12], decimals: 0 },
  { title: 'Adult heights', x: 'Height (cm)', center: [160, 180], spread: [5, 10], decimals: 0 },
  { title: 'Exam scores', x: 'Score (points)', center: [55, 75], spread: [8, 15], decimals: 0 },
  { title: 'Battery life', x: 'Battery life (h)', center: [8, 14], spread: [1.5, 3], decimals: 1 },
] as const;

/** Approximately normal draw (sum of uniforms: no trigonometry-dependent tails, fully deterministic). */
function normal(rng: Rng, mu: number, sd: number): number {
  let s = 0;
  for (let i = 0; i < 6; i++) s += rng.next();
  return mu + sd * (s - 3) * Math.SQRT2;
}

export interface SyntheticBins extends BinData {
  /** The x axis: its ticks are exactly the bin edges. */
  axis: QAxis;
  title: string;
  xTitle: string;
  decimals: number;
}

export function syntheticBins(rng: Rng, nBins: number): SyntheticBins {
  const t = rng.pick(SAMPLE_TOPICS);
  const mu = rng.float(t.center[0], t.center[1]);
  const sd = rng.float(t.spread[0], t.spread[1]);
  const n = rng.int(60, 400);
  const skew = rng.float(-0.6, 0.6);
  const samples = Array.from({ length: n }, () => round(normal(rng, mu, sd) + skew * Math.abs(normal(rng, 0, sd)), t.decimals));
  const axis = niceAxis(t.x, Math.min(...samples), Math.max(...samples) + 1e-9, nBins);
  const edges: number[] = [];
  for (let v = axis.min; v <= axis.max + 1e-9; v = round(v + axis.step, 8)) edges.push(round(v, axis.decimals));
  const counts = edges.slice(0, -1).map((e, i) => samples.filter((s) => s >= e && s < edges[i + 1]).length);
  return { kind: 'bins', edges, counts, axis, title: `Distribution of ${t.title.toLowerCase()}`, xTitle: t.x, decimals: t.decimals };
}

/** Quantile with linear interpolation between order statistics (R type 7, numpy's default). */
export function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
}

const BOX_TOPICS = [
  { title: 'Commute time by city', x: 'City', y: 'Commute (min)', groups: ['Madrid', 'Oslo', 'Vienna', 'Dublin', 'Prague', 'Lisbon', 'Zurich'], center: [20, 50], spread: [4, 12], decimals: 0 },
  { title: 'Response time by server', x: 'Server', y: 'Latency (ms)', groups: ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'], center: [80, 200], spread: [10, 40], decimals: 0 },
  { title: 'Crop yield by field', x: 'Field', y: 'Yield (t/ha)', groups: ['North field', 'South field', 'River plot', 'Hill plot', 'Orchard edge'], center: [3, 9], spread: [0.5, 1.5], decimals: 1 },
] as const;

export interface SyntheticBoxes extends BoxData {
  title: string;
  xTitle: string;
  yTitle: string;
  decimals: number;
}

export function syntheticBoxes(rng: Rng, nGroups: number): SyntheticBoxes {
  const t = rng.pick(BOX_TOPICS);
  const groups = rng.shuffle(t.groups).slice(0, Math.min(nGroups, t.groups.length));
  const stats = groups.map(() => {
    const mu = rng.float(t.center[0], t.center[1]);
    const sd = rng.float(t.spread[0], t.spread[1]);
    const xs = Array.from({ length: rng.int(15, 60) }, () => round(Math.max(0, normal(rng, mu, sd)), t.decimals)).sort((a, b) => a - b);
    return [xs[0], quantile(xs, 0.25), quantile(xs, 0.5), quantile(xs, 0.75), xs[xs.length - 1]].map((v) => round(v, t.decimals + 1)) as [number, number, number, number, number];
  });
  return { kind: 'box', groups, stats, title: t.title, xTitle: t.x, yTitle: t.y, decimals: t.decimals + 1 };
}

const SCATTER_TOPICS = [
  { title: 'Price and rating of hotels', x: 'Price per night (USD)', y: 'Guest rating (points)', xr: [40, 300], yr: [50, 95], groups: ['City centre', 'Airport', 'Suburbs'] },
  { title: 'Engine size and fuel use', x: 'Engine size (l)', y: 'Fuel use (l/100 km)', xr: [1, 5], yr: [4, 14], groups: ['Petrol', 'Diesel', 'Hybrid'] },
  { title: 'Study time and exam score', x: 'Study time (h)', y: 'Exam score (points)', xr: [0, 40], yr: [30, 100], groups: ['Class A', 'Class B', 'Class C'] },
] as const;

export interface SyntheticPoints extends PointData {
  title: string;
  xTitle: string;
  yTitle: string;
  legendTitle: string;
}

export function syntheticPoints(rng: Rng, nPoints: number, nGroups: number): SyntheticPoints {
  const t = rng.pick(SCATTER_TOPICS);
  const groups = rng.shuffle(t.groups).slice(0, nGroups);
  const slope = rng.float(-0.8, 0.8);
  const points = Array.from({ length: nPoints }, () => {
    const u = rng.next();
    const g = rng.int(0, groups.length - 1);
    const x = t.xr[0] + u * (t.xr[1] - t.xr[0]);
    const mid = (t.yr[0] + t.yr[1]) / 2 + (slope * (u - 0.5) + (g - 1) * 0.1) * (t.yr[1] - t.yr[0]);
    const y = Math.min(t.yr[1], Math.max(t.yr[0], mid + rng.float(-0.15, 0.15) * (t.yr[1] - t.yr[0])));
    const d = t.xr[1] <= 10 ? 2 : 0;
    return { x: round(x, d), y: round(y, t.yr[1] <= 20 ? 1 : 0), g };
  });
  return { kind: 'points', groups, points, title: t.title, xTitle: t.x, yTitle: t.y, legendTitle: 'Group' };
}
