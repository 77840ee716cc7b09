import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeMatplotlibPool, matplotlibPool, renderReference, sandboxProblem } from '../../engines/matplotlib/index.js';
import { verifyAsync } from '../../verifiers/index.js';
import type { MatplotlibTruth } from '../../verifiers/charts/matplotlib.js';
import { combineMpl, type MplParts } from '../../verifiers/charts/matplotlib-score.js';

// A two-panel reference in the style of an arXiv figure: grouped bars with a legend, and a line.
const REF = `import matplotlib.pyplot as plt
import numpy as np

labels = ['Q1', 'Q2', 'Q3', 'Q4']
north = [12.0, 15.5, 9.0, 18.0]
south = [8.0, 11.0, 14.5, 10.0]
x = np.arange(len(labels))
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 4))
ax1.bar(x - 0.2, north, 0.4, label='North', color='#1f77b4')
ax1.bar(x + 0.2, south, 0.4, label='South', color='#ff7f0e')
ax1.set_xticks(x)
ax1.set_xticklabels(labels)
ax1.set_ylabel('Revenue (M$)')
ax1.set_title('Quarterly revenue')
ax1.legend()
t = np.linspace(0, 10, 50)
ax2.plot(t, np.sin(t), color='#2ca02c', label='signal')
ax2.set_title('Signal')
ax2.set_xlabel('time (s)')
fig.tight_layout()
plt.savefig('figure.png', dpi=200)
`;

const PERTURBED: Record<string, { code: string; lower: string[] }> = {
  colour: { code: REF.replace("color='#ff7f0e'", "color='#d62728'"), lower: ['color'] },
  value: { code: REF.replace('14.5', '4.5'), lower: ['data'] },
  title: { code: REF.replace("'Quarterly revenue'", "'Annual revenue'"), lower: ['text'] },
  type: { code: REF.replace("ax2.plot(t, np.sin(t), color='#2ca02c', label='signal')", "ax2.scatter(t, np.sin(t), color='#2ca02c', label='signal')"), lower: ['type'] },
  subplot: {
    code: REF.replace('fig.tight_layout()', 'fig.delaxes(ax2)\nfig.tight_layout()'),
    lower: ['layout', 'data'],
  },
};

const skip = !!sandboxProblem();
// One pool for the whole file: starting the sandboxes again for each block costs seconds.
afterAll(() => closeMatplotlibPool());
let truth: MatplotlibTruth;
const fence = (code: string) => `Here is the script:\n\`\`\`python\n${code}\`\`\``;

describe.skipIf(skip)('matplotlib chart-to-code reward', () => {
  beforeAll(async () => {
    await matplotlibPool().ready();
    const ref = await renderReference(REF);
    expect(ref.ok, ref.error).toBe(true);
    truth = { target: 'matplotlib', script: REF, ...ref.truth! };
  }, 60_000);

  it('extracts the reference exactly: texts, types, layout, data', () => {
    const f = truth.reference;
    expect(f.axes.map((a) => a.types)).toEqual([['bar'], ['line']]);
    expect(f.axes.map((a) => a.grid)).toEqual([[1, 2, 0, 1, 0, 1], [1, 2, 0, 1, 1, 2]]);
    const texts = f.texts.map((t) => t.text);
    for (const t of ['Quarterly revenue', 'Signal', 'Revenue (M$)', 'time (s)', 'North', 'South', 'Q1', 'Q4']) expect(texts).toContain(t);
    const bars = f.axes[0].artists.filter((a) => a.kind === 'rect');
    expect(bars.map((b) => b.d[0][3]).sort((a, b) => a - b)).toEqual([8, 9, 10, 11, 12, 14.5, 15.5, 18]);
    expect(new Set(bars.flatMap((b) => b.colors))).toEqual(new Set(['#1f77b4', '#ff7f0e']));
    const line = f.axes[1].artists.find((a) => a.kind === 'line')!;
    expect(line.n).toBe(50);
    expect(line.d[10][1]).toBeCloseTo(Math.sin((10 * 10) / 49), 5);
  });

  it('scores the reference against itself 1, with every part 1', async () => {
    const v = await verifyAsync('chart-to-code', fence(REF), truth);
    expect(v.score).toBe(1);
    expect(v.parts).toMatchObject({ executes: 1, text: 1, type: 1, layout: 1, color: 1, data: 1, visual: 1 });
  }, 30_000);

  it('each documented perturbation lowers its own part and the total', async () => {
    for (const [name, p] of Object.entries(PERTURBED)) {
      const v = await verifyAsync('chart-to-code', fence(p.code), truth);
      expect(v.parts?.executes, name).toBe(1);
      expect(v.score, name).toBeLessThan(1);
      expect(combineMpl(v.parts as MplParts), name).toBeLessThan(1);
      for (const part of p.lower) expect(v.parts?.[part], `${name}: ${part}`).toBeLessThan(1);
    }
  }, 60_000);
});

// 3D: the surface's vertices are read in data coordinates, so z counts (its screen projection looks
// the same when z and its limits scale together).
const SURFACE = `import matplotlib.pyplot as plt
import numpy as np
fig = plt.figure(figsize=(6, 4))
ax = fig.add_subplot(projection='3d')
X, Y = np.meshgrid(np.linspace(-3, 3, 12), np.linspace(-3, 3, 12))
Z = np.cos(np.hypot(X, Y))
ax.plot_surface(X, Y, Z, cmap='viridis')
ax.set_title('cos(r)')
`;

describe.skipIf(skip)('matplotlib 3D data', () => {

  it('a surface scores 1 against itself, and with z doubled its data part drops', async () => {
    const ref = await renderReference(SURFACE);
    expect(ref.ok, ref.error).toBe(true);
    const surface = ref.figure!.axes[0].artists[0];
    expect(surface).toMatchObject({ kind: 'poly', type: 'surface' });
    expect(surface.d[0]).toHaveLength(3);
    const t: MatplotlibTruth = { target: 'matplotlib', script: SURFACE, ...ref.truth! };
    expect((await verifyAsync('chart-to-code', fence(SURFACE), t)).score).toBe(1);
    const doubled = await verifyAsync('chart-to-code', fence(SURFACE.replace('Z = np.cos(np.hypot(X, Y))', 'Z = 2 * np.cos(np.hypot(X, Y))')), t);
    expect(doubled.parts?.data).toBeLessThan(0.5);
    expect(doubled.score).toBeLessThan(0.9);
  }, 60_000);
});

// arXiv-style figures often turn LaTeX on; the sandbox has none, so their texts go through mathtext.
const USETEX = `import matplotlib.pyplot as plt
plt.rcParams['text.usetex'] = True
fig, ax = plt.subplots(figsize=(5, 3))
ax.plot([1, 2, 3], [2, 4, 1], label=r'$\\alpha_i$')
ax.set_title(r'Loss $\\mathcal{L}$', usetex=True)
ax.set_xlabel(r'\\textbf{epoch}')
ax.legend()
`;

describe.skipIf(skip)('matplotlib without LaTeX', () => {

  it('a script that turns usetex on still runs, keeps its texts and scores 1 against itself', async () => {
    const ref = await renderReference(USETEX);
    expect(ref.ok, ref.error).toBe(true);
    const texts = JSON.stringify(ref.figure);
    expect(texts).toContain('Loss $\\\\mathcal{L}$');
    expect(texts).toContain('\\\\textbf{epoch}');
    const t: MatplotlibTruth = { target: 'matplotlib', script: USETEX, ...ref.truth! };
    expect((await verifyAsync('chart-to-code', fence(USETEX), t)).score).toBe(1);
    const other = await verifyAsync('chart-to-code', fence(USETEX.replace('Loss', 'Gain')), t);
    expect(other.parts?.text).toBeLessThan(1);
  }, 60_000);
});

// Real scripts often plot unseeded random data, and seaborn bootstraps its error bars.
const UNSEEDED = `import random
import numpy as np
import seaborn as sns
import matplotlib.pyplot as plt
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3))
a, b = np.random.default_rng(), np.random.default_rng()
ax1.scatter(np.random.randn(30), a.normal(size=30), label='x')
ax1.scatter(b.normal(size=30), [random.random() for _ in range(30)], label='y')
ax1.legend()
sns.barplot(x=['p'] * 20 + ['q'] * 20, y=np.random.rand(40), ax=ax2)
`;

describe.skipIf(skip)('matplotlib randomness', () => {

  it('unseeded random data draws the same figure in every job, on every zygote, and scores 1 against itself', async () => {
    const runs = await Promise.all(Array.from({ length: 6 }, () => renderReference(UNSEEDED)));
    for (const r of runs) expect(r.ok, r.error).toBe(true);
    const figures = runs.map((r) => JSON.stringify(r.figure));
    expect(new Set(figures).size).toBe(1);
    // Two unseeded generators in one job still differ.
    const [x, y] = runs[0].figure!.axes[0].artists;
    expect(JSON.stringify(x.d)).not.toBe(JSON.stringify(y.d));
    const t: MatplotlibTruth = { target: 'matplotlib', script: UNSEEDED, ...runs[0].truth! };
    const twice = await Promise.all([0, 1, 2, 3].map(() => verifyAsync('chart-to-code', fence(UNSEEDED), t)));
    for (const v of twice) expect(v.score, v.reason).toBe(1);
  }, 90_000);
});

// Keywords matplotlib 3.7–3.10 added, as current scripts write them (the sandbox runs Debian's 3.6).
const NEWER = `import matplotlib.pyplot as plt
fig, (ax1, ax2, ax3) = plt.subplots(1, 3, figsize=(10, 3))
bars = ax1.bar(['A', 'B'], [12.5, 7.0])
ax1.bar_label(bars, fmt='{:.1f}%')
ax1.bar_label(bars, fmt=lambda v: f'{v:.0f} units', label_type='center')
ax2.boxplot([[1, 2, 3, 4], [2, 3, 4, 9]], tick_labels=['low', 'high'], orientation='horizontal')
ax3.violinplot([[1, 2, 3, 4], [2, 3, 4, 9]], orientation='horizontal')
`;

describe.skipIf(skip)('matplotlib: newer keywords', () => {

  it('bar_label {}-formats and callables, boxplot tick_labels and orientation, violinplot orientation run as in current matplotlib', async () => {
    const ref = await renderReference(NEWER);
    expect(ref.ok, ref.error).toBe(true);
    const texts = JSON.stringify(ref.figure);
    for (const t of ['12.5%', '7.0%', '12 units', '7 units', 'low', 'high']) expect(texts).toContain(`"${t}"`);
    const [, box, violin] = ref.figure!.axes;
    expect(box.xlim[1]).toBeGreaterThan(box.ylim[1]); // values along x
    expect(box.types).toContain('box');
    expect(violin.types).toContain('violin');
    // Horizontal: the box axes' category labels are on y.
    expect(ref.figure!.texts.find((t) => t.text === 'low')?.role).toBe('axes1.ytick');
    const bad = await renderReference(NEWER.replace("orientation='horizontal')\nax3", "orientation='sideways')\nax3"));
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/orientation must be 'horizontal' or 'vertical'/);
  }, 60_000);
});
