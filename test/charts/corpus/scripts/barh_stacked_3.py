import matplotlib.pyplot as plt
import numpy as np

plt.rcParams.update({'font.family': 'serif', 'font.size': 9, 'axes.linewidth': 0.8})
fig, ax = plt.subplots(figsize=(4.2, 3.0))
items = ["Apples", "Pears", "Plums", "Cherries", "Grapes", "Figs"]
agree = np.array([49, 30, 22, 16, 24, 24])
neutral = np.array([12, 30, 9, 26, 23, 24])
disagree = np.array([20, 5, 29, 25, 25, 30])
left = np.zeros(len(items))
ax.barh(items, agree, left=left, label="Agree", color="#1f77b4")
left += agree
ax.barh(items, neutral, left=left, label="Neutral", color="#ff7f0e")
left += neutral
ax.barh(items, disagree, left=left, label="Disagree", color="#2ca02c")
left += disagree
ax.invert_yaxis()
ax.legend(ncols=3, loc='lower right')
ax.set_title("Votes by district")
ax.set_xlabel("Responses")
fig.tight_layout()
fig.savefig('figure.pdf', bbox_inches='tight')
