import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
categories = ["Python", "Java", "Go", "Rust", "C++"]
values = [28, 90, 76, 52, 83]
bars = ax.bar(categories, values, color="#0072b2", edgecolor='black', linewidth=0.6)
ax.bar_label(bars, padding=3)
ax.set_ylim(0, 110)
ax.set_title("Developer survey", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Category", fontsize=13)
ax.set_ylabel("Value", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
