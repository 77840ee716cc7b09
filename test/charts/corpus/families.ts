// The chart families of the matplotlib test corpus (see make-corpus.ts). Each family writes one
// script per variant index from seeded data, in one of four house styles, and can write the same
// script with one documented perturbation: a colour changed, a data value changed, the title
// changed, the chart type swapped, or (multi-panel figures) one subplot dropped.

export type Perturbation = 'color' | 'data' | 'title' | 'swap' | 'drop';
export type Perturb = Partial<Record<Perturbation, boolean>>;
type Style = 'gallery' | 'chartmimic' | 'plot2code' | 'arxiv';

export interface Family {
  name: string;
  /** The chart type the extractor should report for it. */
  type: string;
  /** The family can be drawn as another chart type (perturbation 'swap'). */
  swap?: boolean;
  /** Multi-panel figure (perturbation 'drop'). */
  panels?: boolean;
  make(i: number, p: Perturb): string;
}

/** mulberry32 over a string hash: the corpus is the same on every machine. */
function rng(seed: string) {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  let a = h >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    num: (lo: number, hi: number, d = 1) => Number((lo + next() * (hi - lo)).toFixed(d)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
  };
}

const PALETTES = [
  ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd'],
  ['#4c72b0', '#dd8452', '#55a868', '#c44e52', '#8172b3'],
  ['#264653', '#2a9d8f', '#e9c46a', '#f4a261', '#e76f51'],
  ['#003f5c', '#58508d', '#bc5090', '#ff6361', '#ffa600'],
  ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9'],
  ['#6a4c93', '#1982c4', '#8ac926', '#ffca3a', '#ff595e'],
  ['#355070', '#6d597a', '#b56576', '#e56b6f', '#eaac8b'],
];
/** The colour a 'color' perturbation puts in place of the first one: far from every palette colour. */
const SWAPPED_COLOR = '#ff00ff';
const STYLES: readonly Style[] = ['gallery', 'chartmimic', 'plot2code', 'arxiv'];

const s = (x: string) => JSON.stringify(x);
const list = (xs: readonly (number | string)[]) => `[${xs.map((x) => (typeof x === 'number' ? String(x) : s(x))).join(', ')}]`;

interface Ctx {
  r: ReturnType<typeof rng>;
  style: Style;
  colors: string[];
  title: string;
  p: Perturb;
  /** Applies the 'data' perturbation to a data list: its middle value moves by half again plus 5. */
  data: (xs: number[]) => number[];
  /** A colormap name; the 'color' perturbation swaps it (charts coloured by a colormap have no single colour to change). */
  cmap: (name: string) => string;
}

function ctxFor(family: string, i: number, p: Perturb, titles: readonly string[], styles: readonly Style[] = STYLES): Ctx {
  const r = rng(`${family}/${i}`);
  const colors = [...PALETTES[(i * 3 + family.length) % PALETTES.length]];
  if (p.color) colors[0] = SWAPPED_COLOR;
  const title = titles[i % titles.length] + (p.title ? ' (preliminary)' : '');
  let used = false;
  const data = (xs: number[]) => {
    if (!p.data || used) return xs;
    used = true;
    const k = Math.floor(xs.length / 2);
    return xs.map((v, j) => (j === k ? Number((v * 1.5 + 5).toFixed(2)) : v));
  };
  const cmap = (name: string) => (p.color ? 'spring' : name);
  return { r, style: styles[i % styles.length], colors, title, p, data, cmap };
}

const PYPLOT: [RegExp, string][] = [
  [/\bax\.set_title\(/g, 'plt.title('],
  [/\bax\.set_xlabel\(/g, 'plt.xlabel('],
  [/\bax\.set_ylabel\(/g, 'plt.ylabel('],
  [/\bax\.set_xticks\(/g, 'plt.xticks('],
  [/\bax\.set_yticks\(/g, 'plt.yticks('],
  [/\bax\.set_xlim\(/g, 'plt.xlim('],
  [/\bax\.set_ylim\(/g, 'plt.ylim('],
  [/\bax\.(bar|barh|plot|scatter|pie|hist|boxplot|violinplot|errorbar|imshow|contourf|contour|quiver|stem|hexbin|fill_between|stackplot|legend|grid|step|text|axhline)\(/g, 'plt.$1('],
];

/**
 * Wraps a single-axes body (written against `ax`) in the style's boilerplate: figure creation,
 * fonts, cosmetics and the ending (show, savefig or neither).
 */
function single(c: Ctx, body: string[], o: { xlabel?: string; ylabel?: string; polar?: boolean; threeD?: boolean; imports?: string[] } = {}): string {
  const head = ['import matplotlib.pyplot as plt', 'import numpy as np', ...(o.imports ?? [])];
  const labels = [...(o.xlabel ? [`ax.set_xlabel(${s(o.xlabel)})`] : []), ...(o.ylabel ? [`ax.set_ylabel(${s(o.ylabel)})`] : [])];
  const special = o.polar || o.threeD;
  const kw = o.polar ? ", subplot_kw={'projection': 'polar'}" : o.threeD ? ", subplot_kw={'projection': '3d'}" : '';
  let style = c.style;
  const pyplotBody = [...body, `ax.set_title(${s(c.title)})`, ...labels].map((l) => PYPLOT.reduce((acc, [re, to]) => acc.replace(re, to), l));
  if (style === 'plot2code' && (special || pyplotBody.some((l) => /\bax\b/.test(l)))) style = 'gallery';
  switch (style) {
    case 'plot2code':
      return [...head, '', 'plt.figure(figsize=(8, 6))', ...pyplotBody, 'plt.tight_layout()', 'plt.show()', ''].join('\n');
    case 'chartmimic':
      return [
        ...head,
        '',
        '# Data',
        `fig, ax = plt.subplots(figsize=(9, 6)${kw})`,
        ...body,
        `ax.set_title(${s(c.title)}, fontsize=16, fontweight='bold', pad=12)`,
        ...labels.map((l) => l.replace(/\)$/, ', fontsize=13)')),
        ...(special ? [] : ["ax.grid(True, linestyle='--', alpha=0.5)", "ax.spines['top'].set_visible(False)", "ax.spines['right'].set_visible(False)"]),
        'plt.tight_layout()',
        "plt.savefig('chart.png', dpi=300)",
        '',
      ].join('\n');
    case 'arxiv':
      return [
        ...head,
        '',
        "plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})",
        `fig, ax = plt.subplots(figsize=(4.2, 3.0)${kw})`,
        ...body,
        `ax.set_title(${s(c.title)})`,
        ...labels,
        'fig.tight_layout()',
        "fig.savefig('figure.pdf', bbox_inches='tight')",
        '',
      ].join('\n');
    default:
      return [...head, '', `fig, ax = plt.subplots(figsize=(6.4, 4.8)${kw})`, ...body, `ax.set_title(${s(c.title)})`, ...labels, ''].join('\n');
  }
}

const CATS = [
  ['Apples', 'Pears', 'Plums', 'Cherries', 'Grapes', 'Figs'],
  ['North', 'South', 'East', 'West', 'Central'],
  ['Q1', 'Q2', 'Q3', 'Q4'],
  ['ResNet', 'ViT', 'ConvNeXt', 'Swin', 'DeiT'],
  ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  ['Python', 'Java', 'Go', 'Rust', 'C++'],
  ['Oslo', 'Lima', 'Perth', 'Quito', 'Riga', 'Hanoi'],
];
const SERIES = ['2022', '2023', '2024', 'Baseline', 'Ours', 'Control', 'Treatment'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A bar-like family: categories × values, drawn as bars or (swap) as a line. */
const barSimple: Family = {
  name: 'bar_simple',
  type: 'bar',
  swap: true,
  make(i, p) {
    const c = ctxFor('bar_simple', i, p, ['Fruit supply by kind', 'Sales by region', 'Quarterly revenue', 'Top-1 accuracy', 'Daily visitors', 'Developer survey', 'City population']);
    const cats = CATS[i % CATS.length];
    const vals = c.data(cats.map(() => c.r.int(10, 95)));
    const draw = p.swap ? `ax.plot(categories, values, marker='o', color=${s(c.colors[0])})` : `bars = ax.bar(categories, values, color=${s(c.colors[0])}, edgecolor='black', linewidth=0.6)`;
    const body = [`categories = ${list(cats)}`, `values = ${list(vals)}`, draw, ...(p.swap ? [] : i % 2 ? ['ax.bar_label(bars, padding=3)'] : []), `ax.set_ylim(0, ${Math.ceil((Math.max(...vals) * 1.2) / 10) * 10})`];
    return single(c, body, { xlabel: 'Category', ylabel: 'Value' });
  },
};

const barGrouped: Family = {
  name: 'bar_grouped',
  type: 'bar',
  swap: true,
  make(i, p) {
    const c = ctxFor('bar_grouped', i, p, ['Penguin attributes by species', 'Scores by group and gender', 'Benchmark results', 'Energy use by sector', 'Model comparison', 'Exports by year', 'Survey answers']);
    const cats = CATS[(i + 2) % CATS.length];
    const ns = 2 + (i % 3);
    const series = SERIES.slice(i % 3, i % 3 + ns);
    const rows = series.map((_, k) => (k === 0 ? c.data(cats.map(() => c.r.num(20, 90))) : cats.map(() => c.r.num(20, 90))));
    const width = Number((0.8 / ns).toFixed(2));
    const body = [`labels = ${list(cats)}`, 'data = {', ...series.map((n, k) => `    ${s(n)}: ${list(rows[k])},`), '}', `colors = ${list(c.colors.slice(0, ns))}`, 'x = np.arange(len(labels))', `width = ${width}`];
    body.push('for k, (name, vals) in enumerate(data.items()):');
    body.push(`    offset = (k - ${(ns - 1) / 2}) * width`);
    body.push(p.swap ? '    ax.plot(x + offset, vals, marker="s", label=name, color=colors[k])' : '    ax.bar(x + offset, vals, width, label=name, color=colors[k])');
    body.push('ax.set_xticks(x, labels)', `ax.legend(loc='upper left', ncols=${ns})`, 'ax.set_ylim(0, 110)');
    return single(c, body, { ylabel: 'Score' });
  },
};

const barhStacked: Family = {
  name: 'barh_stacked',
  type: 'bar',
  make(i, p) {
    const c = ctxFor('barh_stacked', i, p, ['Survey responses by question', 'Time spent per task', 'Budget split', 'Votes by district', 'Traffic sources', 'Workload by team', 'Land use']);
    const cats = CATS[(i + 4) % CATS.length];
    const parts = ['Agree', 'Neutral', 'Disagree'];
    const rows = parts.map((_, k) => (k === 0 ? c.data(cats.map(() => c.r.int(10, 50))) : cats.map(() => c.r.int(5, 30))));
    const body = [`items = ${list(cats)}`, ...parts.map((n, k) => `${n.toLowerCase()} = np.array(${list(rows[k])})`), 'left = np.zeros(len(items))'];
    parts.forEach((n, k) => body.push(`ax.barh(items, ${n.toLowerCase()}, left=left, label=${s(n)}, color=${s(c.colors[k])})`, `left += ${n.toLowerCase()}`));
    body.push('ax.invert_yaxis()', "ax.legend(ncols=3, loc='lower right')");
    return single(c, body, { xlabel: 'Responses' });
  },
};

const lineMulti: Family = {
  name: 'line_multi',
  type: 'line',
  swap: true,
  make(i, p) {
    const c = ctxFor('line_multi', i, p, ['Monthly temperature', 'Training loss', 'Stock price', 'Website traffic', 'Rainfall by month', 'CPU usage', 'Average commute']);
    const n = 6 + (i % 7);
    const months = MONTHS.slice(0, n);
    const ns = 1 + (i % 3);
    const body = [`months = ${list(months)}`];
    for (let k = 0; k < ns; k++) {
      const base = c.r.num(10, 40);
      const ys = months.map((_, t) => Number((base + t * c.r.num(-1, 3) + c.r.num(-4, 4)).toFixed(1)));
      const name = ['city_a', 'city_b', 'city_c'][k];
      body.push(`${name} = ${list(k === 0 ? c.data(ys) : ys)}`);
      body.push(p.swap && k === 0 ? `ax.bar(months, ${name}, color=${s(c.colors[k])}, label=${s(name)})` : `ax.plot(months, ${name}, marker='o', linestyle='${['-', '--', '-.'][k]}', color=${s(c.colors[k])}, label=${s(name)})`);
    }
    body.push('ax.legend()');
    return single(c, body, { xlabel: 'Month', ylabel: 'Value' });
  },
};

const areaStack: Family = {
  name: 'area_stack',
  type: 'area',
  swap: true,
  make(i, p) {
    const c = ctxFor('area_stack', i, p, ['Energy mix over time', 'Users by platform', 'Storage by type', 'World population by continent', 'Revenue streams', 'Cloud spend', 'Fleet composition']);
    const years = Array.from({ length: 8 }, (_, k) => 2016 + k);
    const rows = [0, 1, 2].map((k) => (k === 0 ? c.data(years.map(() => c.r.int(5, 30))) : years.map(() => c.r.int(5, 30))));
    const body = [`years = ${list(years)}`, `coal = ${list(rows[0])}`, `gas = ${list(rows[1])}`, `solar = ${list(rows[2])}`, `colors = ${list(c.colors.slice(0, 3))}`];
    if (p.swap) body.push("for vals, name, col in zip([coal, gas, solar], ['Coal', 'Gas', 'Solar'], colors):", '    ax.plot(years, vals, label=name, color=col)');
    else body.push("ax.stackplot(years, coal, gas, solar, labels=['Coal', 'Gas', 'Solar'], colors=colors, alpha=0.85)");
    body.push("ax.legend(loc='upper left')");
    return single(c, body, { xlabel: 'Year', ylabel: 'TWh' });
  },
};

const bandLine: Family = {
  name: 'line_band',
  type: 'line',
  make(i, p) {
    const c = ctxFor('line_band', i, p, ['Validation accuracy over epochs', 'Forecast with 95% interval', 'Mean reward per episode', 'Sensor reading with uncertainty', 'Learning curve', 'Demand forecast', 'Calibration curve']);
    const n = 10 + i;
    const ys = c.data(Array.from({ length: n }, (_, t) => Number((50 + 40 * (1 - Math.exp(-t / 4)) + c.r.num(-2, 2)).toFixed(1))));
    const body = [`epochs = np.arange(1, ${n + 1})`, `mean = np.array(${list(ys)})`, `std = np.array(${list(ys.map(() => c.r.num(1, 4)))})`, `ax.plot(epochs, mean, color=${s(c.colors[0])}, label='mean')`, `ax.fill_between(epochs, mean - std, mean + std, color=${s(c.colors[0])}, alpha=0.25, label='±1 std')`, "ax.legend(loc='lower right')"];
    return single(c, body, { xlabel: 'Epoch', ylabel: 'Accuracy (%)' });
  },
};

const scatterGroups: Family = {
  name: 'scatter_groups',
  type: 'scatter',
  swap: true,
  make(i, p) {
    const c = ctxFor('scatter_groups', i, p, ['Height vs weight', 'Price vs rating', 'Latency vs throughput', 'GDP vs life expectancy', 'Study time vs score', 'Engine size vs mileage', 'Feature embedding']);
    const groups = ['A', 'B', 'C'].slice(0, 2 + (i % 2));
    const body: string[] = [];
    groups.forEach((g, k) => {
      const n = 8 + c.r.int(0, 6);
      const xs = Array.from({ length: n }, () => c.r.num(0, 100));
      const ys = xs.map((x) => Number((x * c.r.num(0.3, 0.9) + k * 15 + c.r.num(-8, 8)).toFixed(1)));
      body.push(`x_${g.toLowerCase()} = ${list(xs)}`, `y_${g.toLowerCase()} = ${list(k === 0 ? c.data(ys) : ys)}`);
      body.push(p.swap && k === 0 ? `ax.plot(sorted(x_${g.toLowerCase()}), y_${g.toLowerCase()}, color=${s(c.colors[k])}, label='Group ${g}')` : `ax.scatter(x_${g.toLowerCase()}, y_${g.toLowerCase()}, s=40, color=${s(c.colors[k])}, alpha=0.8, label='Group ${g}')`);
    });
    body.push('ax.legend()');
    return single(c, body, { xlabel: 'x', ylabel: 'y' });
  },
};

const bubble: Family = {
  name: 'bubble',
  type: 'scatter',
  make(i, p) {
    const c = ctxFor('bubble', i, p, ['Countries by income and emissions', 'Projects by cost and value', 'Startups by funding', 'Species by size and speed', 'Stores by sales', 'Cities by density', 'Apps by downloads']);
    const n = 10 + i;
    const xs = Array.from({ length: n }, () => c.r.num(1, 50));
    const ys = c.data(Array.from({ length: n }, () => c.r.num(1, 50)));
    const sizes = Array.from({ length: n }, () => c.r.int(20, 400));
    const body = [`x = ${list(xs)}`, `y = ${list(ys)}`, `sizes = ${list(sizes)}`, `sc = ax.scatter(x, y, s=sizes, c=sizes, cmap='${c.cmap(['viridis', 'plasma', 'coolwarm', 'magma'][i % 4])}', alpha=0.7, edgecolors=${s(c.colors[0])})`, "fig.colorbar(sc, ax=ax, label='Size')"];
    return single(c, body, { xlabel: 'Income', ylabel: 'Emissions' });
  },
};

const pie: Family = {
  name: 'pie',
  type: 'pie',
  swap: true,
  make(i, p) {
    const c = ctxFor('pie', i, p, ['Market share', 'Browser usage', 'Time allocation', 'Budget breakdown', 'Energy sources', 'Favourite pets', 'Traffic by device']);
    const cats = CATS[(i + 1) % CATS.length].slice(0, 4 + (i % 2));
    const vals = c.data(cats.map(() => c.r.int(5, 40)));
    const body = [`labels = ${list(cats)}`, `sizes = ${list(vals)}`, `colors = ${list(c.colors.slice(0, cats.length))}`];
    body.push(p.swap ? 'ax.bar(labels, sizes, color=colors)' : `ax.pie(sizes, labels=labels, colors=colors, autopct='%1.1f%%', startangle=${[90, 140, 0, 45][i % 4]}${i % 3 === 0 ? ', explode=[0.08] + [0] * (len(sizes) - 1)' : ''})`);
    if (!p.swap) body.push("ax.axis('equal')");
    return single(c, body);
  },
};

const donut: Family = {
  name: 'donut',
  type: 'pie',
  make(i, p) {
    const c = ctxFor('donut', i, p, ['Portfolio allocation', 'Ticket categories', 'Sales channels', 'Cloud regions', 'Survey answers', 'Ingredient mix', 'Issue labels']);
    const cats = CATS[(i + 3) % CATS.length].slice(0, 3 + (i % 3));
    const vals = c.data(cats.map(() => c.r.int(5, 40)));
    const body = [`labels = ${list(cats)}`, `values = ${list(vals)}`, `wedges, texts = ax.pie(values, colors=${list(c.colors.slice(0, cats.length))}, wedgeprops=dict(width=0.4, edgecolor='white'), startangle=90)`, "ax.legend(wedges, labels, loc='center left', bbox_to_anchor=(1, 0.5))", `ax.text(0, 0, ${s(`Total\\n${vals.reduce((a, b) => a + b, 0)}`).replace(/\\\\n/g, '\\n')}, ha='center', va='center')`];
    return single(c, body);
  },
};

const hist: Family = {
  name: 'hist',
  type: 'hist',
  swap: true,
  make(i, p) {
    const c = ctxFor('hist', i, p, ['Distribution of exam scores', 'Response time histogram', 'Height distribution', 'Residuals', 'Word counts per document', 'Session length', 'Order values']);
    const bins = 6 + i;
    const edges = Array.from({ length: bins + 1 }, (_, k) => 10 * k);
    const counts = c.data(Array.from({ length: bins }, (_, k) => Math.round(50 * Math.exp(-(((k - bins / 2) / (bins / 3)) ** 2)) + c.r.int(0, 8))));
    const body = [`edges = ${list(edges)}`, `counts = ${list(counts)}`];
    body.push(p.swap ? `ax.plot([(a + b) / 2 for a, b in zip(edges[:-1], edges[1:])], counts, marker='o', color=${s(c.colors[0])})` : `ax.hist(edges[:-1], bins=edges, weights=counts, color=${s(c.colors[0])}, edgecolor='white')`);
    return single(c, body, { xlabel: 'Value', ylabel: 'Frequency' });
  },
};

const histSamples: Family = {
  name: 'hist_samples',
  type: 'hist',
  make(i, p) {
    const c = ctxFor('hist_samples', i, p, ['Sampled normal distribution', 'Two overlapping populations', 'Simulated waiting times', 'Bootstrap means', 'Noise amplitude', 'Lognormal incomes', 'Measurement error']);
    const mu = c.r.num(0, 10);
    const body = [`rng = np.random.default_rng(${i + 7})`, `a = rng.normal(${p.data ? mu + 3 : mu}, 1.5, 400)`, `b = rng.normal(${mu + 2}, 1.0, 300)`, `ax.hist(a, bins=25, alpha=0.6, color=${s(c.colors[0])}, label='group a')`, `ax.hist(b, bins=25, alpha=0.6, color=${s(c.colors[1])}, label='group b')`, 'ax.legend()'];
    return single(c, body, { xlabel: 'Value', ylabel: 'Count' });
  },
};

const box: Family = {
  name: 'box',
  type: 'box',
  swap: true,
  make(i, p) {
    const c = ctxFor('box', i, p, ['Latency by server', 'Scores by class', 'Yield by field', 'Runtime by solver', 'Salaries by department', 'Delivery time by carrier', 'Accuracy by seed']);
    const groups = CATS[(i + 5) % CATS.length].slice(0, 3 + (i % 3));
    const body = [`rng = np.random.default_rng(${i + 11})`, `labels = ${list(groups)}`, `means = ${list(c.data(groups.map(() => c.r.int(20, 60))))}`, 'data = [rng.normal(m, 6, 80) for m in means]'];
    if (p.swap) body.push(`ax.violinplot(data, showmedians=True)`, `ax.set_xticks(range(1, len(labels) + 1), labels)`);
    else body.push(`bp = ax.boxplot(data, patch_artist=True, labels=labels)`, "for patch in bp['boxes']:", `    patch.set_facecolor(${s(c.colors[0])})`);
    return single(c, body, { ylabel: 'Value' });
  },
};

const violin: Family = {
  name: 'violin',
  type: 'violin',
  make(i, p) {
    const c = ctxFor('violin', i, p, ['Gene expression by tissue', 'Rating distribution', 'Wait times by clinic', 'Reaction times', 'Token lengths by source', 'Energy per run', 'Error by method']);
    const n = 3 + (i % 3);
    const body = [`rng = np.random.default_rng(${i + 3})`, `centers = ${list(c.data(Array.from({ length: n }, () => c.r.int(10, 40))))}`, 'samples = [rng.normal(m, 4 + k, 200) for k, m in enumerate(centers)]', 'parts = ax.violinplot(samples, showmeans=True)', "for body in parts['bodies']:", `    body.set_facecolor(${s(c.colors[0])})`, '    body.set_alpha(0.7)', `ax.set_xticks(range(1, ${n + 1}), ${list(Array.from({ length: n }, (_, k) => `set ${k + 1}`))})`];
    return single(c, body, { ylabel: 'Measurement' });
  },
};

const errorbar: Family = {
  name: 'errorbar',
  type: 'errorbar',
  swap: true,
  make(i, p) {
    const c = ctxFor('errorbar', i, p, ['Mean accuracy over 5 seeds', 'Dose response', 'Throughput vs batch size', 'Ablation results', 'Measured decay', 'Speed-up vs threads', 'Error vs sample size'], ['arxiv', 'gallery', 'chartmimic']);
    const n = 5 + (i % 4);
    const xs = Array.from({ length: n }, (_, k) => 2 ** k);
    const ys = c.data(xs.map((_, k) => Number((20 + 10 * Math.log2(k + 2) + c.r.num(-2, 2)).toFixed(2))));
    const err = xs.map(() => c.r.num(0.5, 3));
    const body = [`x = ${list(xs)}`, `y = ${list(ys)}`, `err = ${list(err)}`];
    body.push(p.swap ? `ax.bar(range(len(x)), y, color=${s(c.colors[0])})` : `ax.errorbar(x, y, yerr=err, fmt='o-', capsize=4, color=${s(c.colors[0])}, ecolor='gray', label='ours')`);
    if (!p.swap) body.push("ax.set_xscale('log', base=2)", 'ax.legend()');
    return single(c, body, { xlabel: 'Batch size', ylabel: 'Score' });
  },
};

const heatmap: Family = {
  name: 'heatmap',
  type: 'heatmap',
  swap: true,
  make(i, p) {
    const c = ctxFor('heatmap', i, p, ['Correlation matrix', 'Harvest by farmer', 'Confusion matrix', 'Attention weights', 'Hourly load', 'Co-occurrence counts', 'Pairwise distances']);
    const n = 4 + (i % 3);
    const m = n + (i % 2);
    const rows = Array.from({ length: n }, (_, r) => (r === 0 ? c.data(Array.from({ length: m }, () => c.r.num(0, 9))) : Array.from({ length: m }, () => c.r.num(0, 9))));
    const cmap = c.cmap(['viridis', 'YlGn', 'Blues', 'magma', 'coolwarm', 'Oranges', 'cividis'][i % 7]);
    const body = [`data = np.array([`, ...rows.map((r) => `    ${list(r)},`), '])', `rows = ${list(Array.from({ length: n }, (_, k) => `r${k + 1}`))}`, `cols = ${list(Array.from({ length: m }, (_, k) => `c${k + 1}`))}`];
    body.push(p.swap ? `im = ax.contourf(data, cmap='${cmap}')` : `im = ax.imshow(data, cmap='${cmap}')`, 'ax.set_xticks(range(len(cols)), cols)', 'ax.set_yticks(range(len(rows)), rows)');
    if (!p.swap && i % 2 === 0) body.push('for r in range(len(rows)):', '    for k in range(len(cols)):', "        ax.text(k, r, f'{data[r, k]:.1f}', ha='center', va='center', color='w')");
    body.push(`fig.colorbar(im, ax=ax)`);
    return single(c, body);
  },
};

const contour: Family = {
  name: 'contour',
  type: 'contour',
  make(i, p) {
    const c = ctxFor('contour', i, p, ['Potential field', 'Loss landscape', 'Elevation map', 'Gaussian mixture density', 'Temperature field', 'Pressure contours', 'Objective surface']);
    const a = p.data ? 2.5 : 1 + (i % 3) * 0.5;
    const body = ['x = np.linspace(-3, 3, 80)', 'y = np.linspace(-2, 2, 60)', 'X, Y = np.meshgrid(x, y)', `Z = np.exp(-X**2 - Y**2) * ${a} + np.exp(-(X - 1.5)**2 - (Y - 0.5)**2)`, `cs = ax.contourf(X, Y, Z, levels=${8 + i}, cmap='${['viridis', 'RdBu_r', 'terrain', 'plasma'][i % 4]}')`, `ax.contour(X, Y, Z, levels=${8 + i}, colors=${s(c.colors[0])}, linewidths=0.5)`, 'fig.colorbar(cs, ax=ax)'];
    return single(c, body, { xlabel: 'x', ylabel: 'y' });
  },
};

const radar: Family = {
  name: 'radar',
  type: 'polar',
  make(i, p) {
    const c = ctxFor('radar', i, p, ['Skill profile', 'Model capabilities', 'Player attributes', 'Product comparison', 'Nutrient profile', 'Team ratings', 'Course evaluation']);
    const axes = ['Speed', 'Power', 'Range', 'Cost', 'Safety', 'Comfort', 'Style'].slice(0, 5 + (i % 3));
    const ns = 1 + (i % 2);
    const body = [`labels = ${list(axes)}`, 'angles = np.linspace(0, 2 * np.pi, len(labels), endpoint=False).tolist()', 'angles += angles[:1]'];
    for (let k = 0; k < ns; k++) {
      const vals = axes.map(() => c.r.int(2, 9));
      body.push(`v${k} = ${list(k === 0 ? c.data(vals) : vals)}`, `v${k} += v${k}[:1]`, `ax.plot(angles, v${k}, color=${s(c.colors[k])}, linewidth=2, label='option ${k + 1}')`, `ax.fill(angles, v${k}, color=${s(c.colors[k])}, alpha=0.25)`);
    }
    body.push('ax.set_xticks(angles[:-1], labels)', 'ax.set_ylim(0, 10)', "ax.legend(loc='upper right', bbox_to_anchor=(1.3, 1.1))");
    return single(c, body, { polar: true });
  },
};

const quiver: Family = {
  name: 'quiver',
  type: 'quiver',
  make(i, p) {
    const c = ctxFor('quiver', i, p, ['Wind field', 'Gradient field', 'Ocean currents', 'Electric field', 'Velocity field', 'Flow around a source', 'Vector field']);
    const k = p.data ? 3 : 1 + (i % 3);
    const body = [`X, Y = np.meshgrid(np.arange(0, ${6 + i}), np.arange(0, 6))`, `U = np.cos(X / ${k})`, 'V = np.sin(Y / 2)', `ax.quiver(X, Y, U, V, color=${s(c.colors[0])})`];
    return single(c, body, { xlabel: 'x', ylabel: 'y' });
  },
};

const stem: Family = {
  name: 'stem',
  type: 'stem',
  make(i, p) {
    const c = ctxFor('stem', i, p, ['Impulse response', 'Discrete signal', 'Sparse coefficients', 'Event counts', 'Filter taps', 'Autocorrelation', 'Spike train']);
    const n = 10 + i;
    const ys = c.data(Array.from({ length: n }, (_, t) => Number((Math.exp(-t / 5) * Math.cos(t) * 10).toFixed(2))));
    const body = [`n = np.arange(${n})`, `h = ${list(ys)}`, "markerline, stemlines, baseline = ax.stem(n, h)", `markerline.set_color(${s(c.colors[0])})`, `stemlines.set_color(${s(c.colors[0])})`];
    return single(c, body, { xlabel: 'n', ylabel: 'h[n]' });
  },
};

const surface: Family = {
  name: 'surface3d',
  type: 'surface',
  make(i, p) {
    const c = ctxFor('surface3d', i, p, ['3D surface of sin(r)', 'Saddle surface', 'Gaussian bump', 'Ripple surface', 'Paraboloid', 'Wave interference', 'Terrain patch']);
    const f = ['np.sin(np.sqrt(X**2 + Y**2))', 'X**2 - Y**2', 'np.exp(-(X**2 + Y**2) / 4)', 'np.cos(X) * np.sin(Y)'][i % 4];
    const body = ['X, Y = np.meshgrid(np.linspace(-4, 4, 30), np.linspace(-4, 4, 30))', `Z = ${f}${p.data ? ' * 2' : ''}`, `ax.plot_surface(X, Y, Z, cmap='${c.cmap(['viridis', 'coolwarm', 'plasma'][i % 3])}', edgecolor=${s(c.colors[0])}, linewidth=0.1)`, "ax.set_zlabel('z')"];
    return single(c, body, { xlabel: 'x', ylabel: 'y', threeD: true });
  },
};

const hexbin: Family = {
  name: 'hexbin',
  type: 'hexbin',
  make(i, p) {
    const c = ctxFor('hexbin', i, p, ['Joint density of two variables', 'Pickup locations', 'Pixel intensities', 'Click heat', 'Star positions', 'Sampled points', 'Correlated noise']);
    const body = [`rng = np.random.default_rng(${i})`, 'x = rng.normal(0, 1, 2000)', `y = x * ${p.data ? 2.5 : 0.5 + (i % 3) * 0.3} + rng.normal(0, 1, 2000)`, `hb = ax.hexbin(x, y, gridsize=${15 + i}, cmap='${c.cmap(['Blues', 'inferno', 'Greens'][i % 3])}', edgecolors=${s(c.colors[0])})`, "fig.colorbar(hb, ax=ax, label='count')"];
    return single(c, body, { xlabel: 'x', ylabel: 'y' });
  },
};

/** arXiv-style multi-panel figure: (a)–(d) panels of line, bar, scatter and histogram; 'drop' removes the last. */
const panels: Family = {
  name: 'panels',
  type: 'line',
  panels: true,
  make(i, p) {
    const c = ctxFor('panels', i, p, ['Experimental results', 'Ablation study', 'Scaling behaviour', 'Robustness analysis', 'Training dynamics', 'Dataset statistics', 'Method comparison']);
    const n = [2, 3, 4][i % 3] - (p.drop ? 1 : 0);
    const [rows, cols] = n === 4 ? [2, 2] : [1, n];
    const xs = Array.from({ length: 8 }, (_, k) => k + 1);
    const lines = [
      'import matplotlib.pyplot as plt',
      'import numpy as np',
      '',
      "plt.rcParams.update({'font.family': 'serif', 'font.size': 9})",
      `fig, axes = plt.subplots(${rows}, ${cols}, figsize=(${cols * 3.2}, ${rows * 2.6}))`,
      'axes = np.atleast_1d(axes).ravel()',
      `x = ${list(xs)}`,
      `acc = ${list(c.data(xs.map((k) => Number((60 + 30 * (1 - Math.exp(-k / 3))).toFixed(1)))))}`,
      `axes[0].plot(x, acc, marker='o', color=${s(c.colors[0])})`,
      "axes[0].set_title('(a) accuracy')",
      "axes[0].set_xlabel('epoch')",
      `axes[1].bar(['A', 'B', 'C', 'D'], ${list([c.r.int(10, 40), c.r.int(10, 40), c.r.int(10, 40), c.r.int(10, 40)])}, color=${s(c.colors[1])})`,
      "axes[1].set_title('(b) runtime')",
    ];
    if (n >= 3) lines.push(`axes[2].scatter(${list(xs)}, ${list(xs.map(() => c.r.num(0, 10)))}, color=${s(c.colors[2])})`, "axes[2].set_title('(c) error')");
    if (n >= 4) lines.push(`axes[3].hist(np.random.default_rng(${i}).normal(0, 1, 300), bins=20, color=${s(c.colors[3])})`, "axes[3].set_title('(d) residuals')");
    lines.push(`fig.suptitle(${s(c.title)})`, 'fig.tight_layout()', "plt.savefig('results.png', dpi=200)", '');
    return lines.join('\n');
  },
};

/** Gallery-style dual axes: bars on the left axis, a line on a twin right axis; 'drop' removes the twin. */
const dualAxes: Family = {
  name: 'dual_axes',
  type: 'bar',
  panels: true,
  make(i, p) {
    const c = ctxFor('dual_axes', i, p, ['Sales and margin', 'Rainfall and temperature', 'Requests and latency', 'Production and price', 'Users and revenue', 'Orders and returns', 'Traffic and conversion']);
    const months = MONTHS.slice(0, 6 + (i % 4));
    const bars = c.data(months.map(() => c.r.int(20, 90)));
    const line = months.map(() => c.r.num(5, 25));
    const lines = ['import matplotlib.pyplot as plt', '', `months = ${list(months)}`, `sales = ${list(bars)}`, `margin = ${list(line)}`, 'fig, ax1 = plt.subplots(figsize=(7, 4))', `ax1.bar(months, sales, color=${s(c.colors[0])})`, `ax1.set_ylabel('Sales', color=${s(c.colors[0])})`];
    if (!p.drop) lines.push('ax2 = ax1.twinx()', `ax2.plot(months, margin, color=${s(c.colors[1])}, marker='o')`, `ax2.set_ylabel('Margin (%)', color=${s(c.colors[1])})`);
    lines.push(`ax1.set_title(${s(c.title)})`, 'fig.tight_layout()', '');
    return lines.join('\n');
  },
};

const eventplot: Family = {
  name: 'step_lines',
  type: 'line',
  make(i, p) {
    const c = ctxFor('step_lines', i, p, ['Cumulative arrivals', 'Inventory level', 'Queue length', 'Server count', 'Step response', 'Price tiers', 'Staffing plan']);
    const n = 8 + i;
    const ys = c.data(Array.from({ length: n }, () => c.r.int(0, 20)));
    const body = [`t = np.arange(${n})`, `level = ${list(ys)}`, `ax.step(t, level, where='post', color=${s(c.colors[0])}, label='level')`, "ax.axhline(10, color='gray', linestyle=':')", 'ax.legend()'];
    return single(c, body, { xlabel: 'Time', ylabel: 'Units' });
  },
};

export const FAMILIES: Family[] = [barSimple, barGrouped, barhStacked, lineMulti, areaStack, bandLine, scatterGroups, bubble, pie, donut, hist, histSamples, box, violin, errorbar, heatmap, contour, radar, quiver, stem, surface, hexbin, panels, dualAxes, eventplot];
