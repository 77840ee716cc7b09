// Longer scripts in the style of the scripts chart-to-code benchmarks run (gallery examples,
// paper figures): numpy data, several panels, annotations, pandas and seaborn. Written for this bench.
export const REAL_STYLE: string[] = [
  `import numpy as np
import matplotlib.pyplot as plt

rng = np.random.default_rng(3)
epochs = np.arange(1, 51)
fig, axes = plt.subplots(2, 2, figsize=(10, 7))
for ax, (name, base) in zip(axes.flat, [('ResNet-50', 0.62), ('ViT-B/16', 0.58), ('ConvNeXt-T', 0.66), ('Swin-T', 0.64)]):
    train = base + 0.3 * (1 - np.exp(-epochs / 12)) + rng.normal(0, 0.005, epochs.size)
    val = train - 0.04 - 0.02 * np.log1p(epochs / 10)
    ax.plot(epochs, train, label='train', color='#1f77b4', lw=1.8)
    ax.plot(epochs, val, label='validation', color='#d62728', ls='--', lw=1.8)
    ax.fill_between(epochs, val - 0.01, val + 0.01, color='#d62728', alpha=0.15)
    ax.set_title(name, fontsize=12)
    ax.set_xlabel('Epoch')
    ax.set_ylabel('Top-1 accuracy')
    ax.grid(alpha=0.3)
    ax.annotate(f'{val.max():.3f}', xy=(epochs[val.argmax()], val.max()), xytext=(30, 0.7), arrowprops=dict(arrowstyle='->'))
axes[0, 0].legend(loc='lower right')
fig.suptitle('Training curves on ImageNet-1k', fontsize=14)
plt.tight_layout()
plt.savefig('curves.pdf', bbox_inches='tight')
plt.show()
`,
  `import matplotlib.pyplot as plt
import numpy as np

methods = ['Baseline', 'Ours (small)', 'Ours (base)', 'Ours (large)']
datasets = ['COCO', 'LVIS', 'ADE20K', 'Cityscapes', 'VOC']
scores = np.array([[38.2, 24.1, 41.5, 72.3, 70.1], [40.8, 26.5, 43.0, 74.0, 72.8], [43.1, 29.2, 45.6, 76.2, 75.0], [45.6, 31.7, 47.9, 78.5, 77.3]])
x = np.arange(len(datasets))
width = 0.2
fig, ax = plt.subplots(figsize=(9, 5))
colors = ['#8c8c8c', '#9ecae1', '#4292c6', '#08519c']
for i, (m, c) in enumerate(zip(methods, colors)):
    bars = ax.bar(x + (i - 1.5) * width, scores[i], width, label=m, color=c, edgecolor='black', linewidth=0.5)
    ax.bar_label(bars, fmt='%.1f', fontsize=7, padding=2)
ax.set_xticks(x)
ax.set_xticklabels(datasets)
ax.set_ylabel('mAP / mIoU (%)')
ax.set_ylim(0, 90)
ax.set_title('Comparison with the baseline across benchmarks')
ax.legend(ncol=2, frameon=False)
ax.spines[['top', 'right']].set_visible(False)
fig.tight_layout()
plt.savefig('bars.png', dpi=300)
`,
  `import pandas as pd
import matplotlib.pyplot as plt

df = pd.DataFrame({
    'month': pd.date_range('2023-01-01', periods=12, freq='MS'),
    'solar': [12, 18, 30, 42, 55, 63, 66, 60, 45, 31, 17, 10],
    'wind': [48, 44, 41, 35, 30, 26, 24, 27, 33, 40, 46, 50],
    'hydro': [20, 22, 26, 30, 31, 29, 25, 22, 20, 21, 22, 21],
}).set_index('month')
ax = df.plot.area(figsize=(8, 4.5), alpha=0.8, color=['#f2b701', '#3969ac', '#11a579'])
ax.set_ylabel('Generation (TWh)')
ax.set_xlabel('')
ax.set_title('Renewable generation by source, 2023')
ax.legend(loc='upper left', title='Source')
plt.tight_layout()
`,
  `import numpy as np
import seaborn as sns
import matplotlib.pyplot as plt

labels = ['cat', 'dog', 'bird', 'fish', 'horse', 'deer']
rng = np.random.default_rng(7)
cm = rng.integers(0, 15, size=(6, 6)) + np.diag(rng.integers(60, 90, size=6))
cm = cm / cm.sum(axis=1, keepdims=True)
fig, ax = plt.subplots(figsize=(7, 6))
sns.heatmap(cm, annot=True, fmt='.2f', cmap='Blues', xticklabels=labels, yticklabels=labels, cbar_kws={'label': 'fraction'}, ax=ax)
ax.set_xlabel('Predicted label')
ax.set_ylabel('True label')
ax.set_title('Normalized confusion matrix')
plt.tight_layout()
plt.show()
`,
  `import numpy as np
import matplotlib.pyplot as plt

categories = ['Speed', 'Accuracy', 'Memory', 'Robustness', 'Latency', 'Cost']
models = {'Model A': [4, 3.5, 2, 4.5, 3, 2.5], 'Model B': [3, 4.5, 3.5, 3, 4, 3.5]}
angles = np.linspace(0, 2 * np.pi, len(categories), endpoint=False).tolist()
angles += angles[:1]
fig, ax = plt.subplots(figsize=(6, 6), subplot_kw=dict(polar=True))
for (name, vals), color in zip(models.items(), ['#e41a1c', '#377eb8']):
    vals = vals + vals[:1]
    ax.plot(angles, vals, color=color, linewidth=2, label=name)
    ax.fill(angles, vals, color=color, alpha=0.25)
ax.set_xticks(angles[:-1])
ax.set_xticklabels(categories)
ax.set_ylim(0, 5)
ax.set_title('Capability profile', y=1.08)
ax.legend(loc='upper right', bbox_to_anchor=(1.25, 1.1))
plt.savefig('/results/figures/radar.png')
`,
  `import numpy as np
import matplotlib.pyplot as plt

rng = np.random.default_rng(11)
groups = [rng.normal(loc, scale, 200) for loc, scale in [(5, 1), (6, 1.5), (5.5, 0.8), (7, 1.2)]]
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.5), sharey=True)
bp = ax1.boxplot(groups, patch_artist=True, labels=['A', 'B', 'C', 'D'])
for patch, color in zip(bp['boxes'], ['#66c2a5', '#fc8d62', '#8da0cb', '#e78ac3']):
    patch.set_facecolor(color)
ax1.set_title('Box plot')
ax1.set_ylabel('Response time (s)')
vp = ax2.violinplot(groups, showmeans=True)
ax2.set_xticks([1, 2, 3, 4])
ax2.set_xticklabels(['A', 'B', 'C', 'D'])
ax2.set_title('Violin plot')
for ax in (ax1, ax2):
    ax.yaxis.grid(True, linestyle=':')
fig.suptitle('Response time per variant')
fig.tight_layout()
`,
  `import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(-3, 3, 200)
y = np.linspace(-3, 3, 200)
X, Y = np.meshgrid(x, y)
Z = np.exp(-(X**2 + Y**2) / 2) * np.cos(2 * X) + 0.3 * np.sin(Y)
fig, ax = plt.subplots(figsize=(7, 5.5))
cf = ax.contourf(X, Y, Z, levels=20, cmap='viridis')
cs = ax.contour(X, Y, Z, levels=10, colors='k', linewidths=0.5)
ax.clabel(cs, inline=True, fontsize=7)
fig.colorbar(cf, ax=ax, label='f(x, y)')
ax.set_xlabel('x')
ax.set_ylabel('y')
ax.set_title('Loss landscape')
plt.savefig('contour.png')
`,
  `import numpy as np
import matplotlib.pyplot as plt

years = np.arange(2015, 2024)
revenue = np.array([1.2, 1.5, 1.9, 2.4, 2.2, 2.9, 3.6, 4.1, 4.8])
margin = np.array([8.5, 9.1, 10.2, 11.0, 7.4, 12.3, 13.8, 14.1, 15.0])
err = np.array([0.1, 0.12, 0.15, 0.2, 0.25, 0.2, 0.22, 0.25, 0.3])
fig, ax1 = plt.subplots(figsize=(8, 4.5))
ax1.bar(years, revenue, yerr=err, capsize=3, color='#4c72b0', label='Revenue')
ax1.set_ylabel('Revenue (bn USD)', color='#4c72b0')
ax2 = ax1.twinx()
ax2.plot(years, margin, color='#c44e52', marker='o', label='Operating margin')
ax2.set_ylabel('Margin (%)', color='#c44e52')
ax1.set_title('Revenue and margin, 2015-2023')
fig.legend(loc='upper left', bbox_to_anchor=(0.1, 0.9))
fig.tight_layout()
plt.show()
`,
];
