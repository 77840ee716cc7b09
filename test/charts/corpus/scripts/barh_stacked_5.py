import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
items = ["Q1", "Q2", "Q3", "Q4"]
agree = np.array([10, 21, 10, 23])
neutral = np.array([24, 24, 10, 28])
disagree = np.array([30, 28, 27, 25])
left = np.zeros(len(items))
ax.barh(items, agree, left=left, label="Agree", color="#355070")
left += agree
ax.barh(items, neutral, left=left, label="Neutral", color="#6d597a")
left += neutral
ax.barh(items, disagree, left=left, label="Disagree", color="#b56576")
left += disagree
ax.invert_yaxis()
ax.legend(ncols=3, loc='lower right')
ax.set_title("Workload by team", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Responses", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
