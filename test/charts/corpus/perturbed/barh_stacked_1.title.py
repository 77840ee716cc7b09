import matplotlib.pyplot as plt
import numpy as np

# Data
fig, ax = plt.subplots(figsize=(9, 6))
items = ["Python", "Java", "Go", "Rust", "C++"]
agree = np.array([13, 20, 35, 19, 45])
neutral = np.array([21, 5, 10, 12, 6])
disagree = np.array([5, 15, 5, 28, 20])
left = np.zeros(len(items))
ax.barh(items, agree, left=left, label="Agree", color="#4c72b0")
left += agree
ax.barh(items, neutral, left=left, label="Neutral", color="#dd8452")
left += neutral
ax.barh(items, disagree, left=left, label="Disagree", color="#55a868")
left += disagree
ax.invert_yaxis()
ax.legend(ncols=3, loc='lower right')
ax.set_title("Time spent per task (preliminary)", fontsize=16, fontweight='bold', pad=12)
ax.set_xlabel("Responses", fontsize=13)
ax.grid(True, linestyle='--', alpha=0.5)
ax.spines['top'].set_visible(False)
ax.spines['right'].set_visible(False)
plt.tight_layout()
plt.savefig('chart.png', dpi=300)
